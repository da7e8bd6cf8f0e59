#pragma once

// The CAMEO to PLOVER crosswalk, data/ontology/cameo_plover.tsv: the PLOVER
// project's official table CAMEO2PLOVER-2021.txt, converted by
// data/tools/cameo2plover.py. It gives each CAMEO code its PLOVER event,
// mode and context: 041 (discuss by telephone) => CONSULT, mode phone; 192
// (occupy territory) => COERCE, mode seize, context military.

#include <filesystem>
#include <istream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::exports {

struct PloverCategory
{
  std::string event;                // "CONSULT"
  std::string mode;                 // "phone", or "" when the table gives none
  std::vector<std::string> context; // {"crime", "corruption"}, or none

  friend bool operator==(const PloverCategory&, const PloverCategory&) = default;
};

class PloverTable
{
public:
  // Reads rows of `cameo<TAB>event<TAB>mode<TAB>context<TAB>cameo_text`;
  // '#' starts a comment line, context values are separated by '|'. Throws
  // DataError "source:line: problem" for a code that is not 2 to 4 digits,
  // an event that is not upper-case letters, a code given twice or a row with
  // fewer than four fields.
  static PloverTable parse(std::istream& in, std::string_view source);
  // data_dir/ontology/cameo_plover.tsv; DataError when it is missing.
  static PloverTable load(const std::filesystem::path& data_dir);
  // The table compiled in (core/builtin_data.hpp), for a cache exported
  // without the data directory. Parsed on first use; thread-safe.
  static const PloverTable& builtin();

  // The category of a CAMEO code; a four-digit code the table lacks takes its
  // three-digit parent's ("0435" => "043"). nullptr for a code the table
  // has not, such as CAMEO 01 and 02, which PLOVER dropped.
  [[nodiscard]] const PloverCategory* find(std::string_view cameo) const;

  [[nodiscard]] std::size_t size() const { return m_categories.size(); }

private:
  std::map<std::string, PloverCategory, std::less<>> m_categories;
};

} // namespace newskg::exports
