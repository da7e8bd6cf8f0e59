#include "export/plover_table.hpp"

#include "core/builtin_data.hpp"
#include "core/error.hpp"
#include "core/tsv.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace newskg::exports {

namespace {

bool all_of(std::string_view text, bool (*accept)(char))
{
  return !text.empty() && std::all_of(text.begin(), text.end(), accept);
}

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

bool is_upper(char c)
{
  return c >= 'A' && c <= 'Z';
}

} // namespace

PloverTable PloverTable::parse(std::istream& in, std::string_view source)
{
  PloverTable table;
  TsvReader tsv(in, source);
  while (tsv.next()) {
    tsv.require(4);
    const auto& fields = tsv.fields();
    const auto code = fields[0];
    if (code.size() < 2 || code.size() > 4 || !all_of(code, is_digit)) {
      tsv.fail("a CAMEO code is 2 to 4 digits: '" + std::string(code) + "'");
    }
    if (!all_of(fields[1], is_upper)) {
      tsv.fail("a PLOVER event is upper-case letters: '" + std::string(fields[1]) + "'");
    }
    PloverCategory category{.event = std::string(fields[1]), .mode = std::string(fields[2])};
    for (const auto value : split(fields[3], '|')) {
      category.context.emplace_back(value);
    }
    if (!table.m_categories.emplace(std::string(code), std::move(category)).second) {
      tsv.fail("CAMEO " + std::string(code) + " is given twice");
    }
  }
  return table;
}

PloverTable PloverTable::load(const std::filesystem::path& data_dir)
{
  const auto path = data_dir / "ontology" / "cameo_plover.tsv";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw DataError(path.string() + ": cannot open the CAMEO to PLOVER table");
  }
  return parse(in, path.string());
}

const PloverTable& PloverTable::builtin()
{
  static const PloverTable table = [] {
    std::istringstream in{std::string(builtin_cameo_plover_tsv)};
    return parse(in, "cameo_plover.tsv (built in)");
  }();
  return table;
}

const PloverCategory* PloverTable::find(std::string_view cameo) const
{
  auto found = m_categories.find(cameo);
  if (found == m_categories.end() && cameo.size() == 4) {
    found = m_categories.find(cameo.substr(0, 3));
  }
  return found == m_categories.end() ? nullptr : &found->second;
}

} // namespace newskg::exports
