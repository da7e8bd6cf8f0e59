#include "core/ontology.hpp"

#include "core/builtin_data.hpp"
#include "core/error.hpp"
#include "core/tsv.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace newskg {

namespace {

std::vector<EntityType> parse_types(const TsvReader& reader, std::string_view field)
{
  std::vector<EntityType> types;
  for (const auto name : split(field, ',')) {
    const auto type = parse_entity_type(name);
    if (!type) {
      reader.fail("unknown entity type '" + std::string(name) + "'");
    }
    types.push_back(*type);
  }
  return types;
}

bool contains(const std::vector<EntityType>& types, EntityType type)
{
  return std::find(types.begin(), types.end(), type) != types.end();
}

} // namespace

bool PredicateInfo::allows_subject(EntityType type) const
{
  return contains(subject_types, type);
}

bool PredicateInfo::allows_object(EntityType type) const
{
  return contains(object_types, type);
}

Ontology Ontology::parse(std::istream& in, std::string_view source)
{
  Ontology ontology;
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(7);
    const auto& f = reader.fields();
    if (f[2] != "yes" && f[2] != "no") {
      reader.fail("symmetric must be 'yes' or 'no'");
    }
    PredicateInfo info{
      .name = std::string(f[0]),
      .cameo = f[1] == "-" ? std::string() : std::string(f[1]),
      .symmetric = f[2] == "yes",
      .subject_types = parse_types(reader, f[3]),
      .object_types = parse_types(reader, f[4]),
      .label_en = std::string(f[5]),
      .label_ar = std::string(f[6]),
    };
    if (ontology.find(info.name) != nullptr) {
      reader.fail("predicate '" + info.name + "' defined twice");
    }
    const auto at = std::lower_bound(ontology.m_predicates.begin(),
                                     ontology.m_predicates.end(),
                                     info.name,
                                     [](const auto& p, const auto& n) { return p.name < n; });
    ontology.m_predicates.insert(at, std::move(info));
  }
  if (ontology.m_predicates.empty()) {
    throw DataError(std::string(source) + ": no predicates");
  }
  return ontology;
}

Ontology Ontology::load(const std::filesystem::path& path)
{
  std::ifstream in(path);
  if (!in) {
    throw DataError(path.string() + ": cannot open");
  }
  return parse(in, path.string());
}

const Ontology& Ontology::builtin()
{
  static const Ontology ontology = [] {
    std::istringstream in{std::string(builtin_predicates_tsv)};
    return parse(in, "predicates.tsv (built in)");
  }();
  return ontology;
}

const PredicateInfo* Ontology::find(std::string_view name) const
{
  const auto at = std::lower_bound(m_predicates.begin(),
                                   m_predicates.end(),
                                   name,
                                   [](const auto& p, std::string_view n) { return p.name < n; });
  return at != m_predicates.end() && at->name == name ? &*at : nullptr;
}

std::string upper_snake(std::string_view predicate)
{
  std::string out;
  for (const char c : predicate) {
    out += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string lower_camel(std::string_view predicate)
{
  std::string out;
  bool upper = false;
  for (const char c : predicate) {
    if (c == '-') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

} // namespace newskg
