#pragma once

// The parts of check_data (extract/data_check.hpp) that its two source files
// share: data lines split into fields with the problems of their form, and the
// gazetteer's checks. Internal to extract/.

#include "extract/clitics.hpp"
#include "extract/data_check.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::extract::data_check {

// "data/ar/words.tsv:12: " (a file and line named by a problem).
[[nodiscard]] std::string at(std::string_view source, std::size_t line);

// A data line with its fields: views into the text it was split from.
struct Row
{
  std::size_t line = 0;
  std::vector<std::string_view> fields;
};

// The rows of `text` (blank and '#' lines skipped) with a number of fields
// that `shape` allows. Adds a problem for the form of each line
// (check_file lists them) and leaves out a line with too few or too many
// fields.
[[nodiscard]] std::vector<Row> rows_of(std::string_view text,
                                       std::string_view source,
                                       const FileShape& shape,
                                       std::vector<std::string>& problems);

// The text of `path` as read_data_file gives it, or nullopt with the
// problem added.
[[nodiscard]] std::optional<std::string> read_checked(const std::filesystem::path& path,
                                                      Presence presence,
                                                      std::vector<std::string>& problems);

// A row of a language file naming a country of the gazetteer by its id.
struct CountryReference
{
  std::string id;
  std::string where; // "data/ar/titles.tsv:48"
};

// What the language folders bring to the gazetteer's check: their names
// ("ar", "en"), the article rules of all of them, and the countries their
// rows name.
struct LanguageFolders
{
  std::vector<std::string> names;
  Clitics articles;
  std::vector<CountryReference> countries;
};

// Checks data_dir/gazetteer/ and the demonyms and party tags of the language
// folders: fields, ids and their types, roles of `roles`, dates, seat kinds,
// sort order, and names that two entities share once normalized as the
// loader does (the folders' article rules); and that each country the
// folders name is a country of the gazetteer. Adds to `problems`. Null
// `roles`: roles.tsv could not be read, and roles are not checked.
void check_gazetteer(const std::filesystem::path& data_dir,
                     const LanguageFolders& languages,
                     const Roles* roles,
                     std::vector<std::string>& problems);

} // namespace newskg::extract::data_check
