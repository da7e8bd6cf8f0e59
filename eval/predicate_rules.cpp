#include "eval/predicate_rules.hpp"

#include "core/error.hpp"
#include "core/tsv.hpp"

#include "eval/normalize.hpp"

#include <fstream>
#include <utility>

namespace newskg::eval {

namespace {

std::ifstream open_data_file(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw DataError(path.string() + ": cannot open");
  }
  return in;
}

} // namespace

PredicateRules
PredicateRules::parse(const Ontology& ontology, std::istream& aliases, std::string_view source)
{
  PredicateRules rules;
  for (const auto& info : ontology.predicates()) {
    if (info.symmetric) {
      rules.m_symmetric.insert(info.name);
    }
  }
  TsvReader reader(aliases, source);
  while (reader.next()) {
    reader.require(2);
    const auto alias = reader.fields()[0];
    const auto predicate = reader.fields()[1];
    // score.py looks synonyms up after norm_pred's spelling step, so an alias
    // written any other way could never match.
    if (predicate_spelling(alias) != alias) {
      std::string message = "alias '";
      message.append(alias).append("' is not in normalized spelling (write '");
      message.append(predicate_spelling(alias)).append("')");
      reader.fail(message);
    }
    if (ontology.find(predicate) == nullptr) {
      std::string message = "'";
      message.append(predicate).append("' is not a predicate of the ontology");
      reader.fail(message);
    }
    if (!rules.m_aliases.emplace(alias, predicate).second) {
      std::string message = "alias '";
      message.append(alias).append("' is listed twice");
      reader.fail(message);
    }
  }
  return rules;
}

PredicateRules PredicateRules::load(const std::filesystem::path& data_dir)
{
  const auto ontology_path = data_dir / "ontology" / "predicates.tsv";
  const auto aliases_path = data_dir / "ontology" / "predicate_aliases.tsv";
  auto ontology_in = open_data_file(ontology_path);
  const auto ontology = Ontology::parse(ontology_in, ontology_path.string());
  auto aliases_in = open_data_file(aliases_path);
  return parse(ontology, aliases_in, aliases_path.string());
}

std::string PredicateRules::normalize(std::string_view predicate) const
{
  auto spelled = predicate_spelling(predicate);
  const auto alias = m_aliases.find(spelled);
  return alias == m_aliases.end() ? spelled : alias->second;
}

bool PredicateRules::is_symmetric(std::string_view predicate) const
{
  return m_symmetric.contains(predicate);
}

Triple PredicateRules::triple(Term subject, std::string_view predicate, Term object) const
{
  Triple triple{
    .subject = std::move(subject), .predicate = normalize(predicate), .object = std::move(object)};
  // score.py sorts only when the object is not an Event; with an Event subject
  // Python could not compare the two and stops, so we leave such a pair as is.
  auto* subject_entity = std::get_if<std::string>(&triple.subject);
  auto* object_entity = std::get_if<std::string>(&triple.object);
  if (is_symmetric(triple.predicate) && subject_entity != nullptr && object_entity != nullptr
      && *object_entity < *subject_entity) {
    std::swap(*subject_entity, *object_entity);
  }
  return triple;
}

} // namespace newskg::eval
