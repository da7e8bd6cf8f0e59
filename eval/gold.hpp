#pragma once

#include "eval/predicate_rules.hpp"
#include "eval/triple.hpp"

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newskg::eval {

// The gold of one article, a NAME.json file as ontology.md ("Gold and
// scoring") describes it:
//   {"lang": "en",
//    "entities": {"usa": {"type": "Country", "aliases": ["United States", "US"]}, ...},
//    "relations": [{"s": "usa", "p": "called-on", "o": "libya"},
//                  {"s": "usa", "p": "met", "o": "libya", "optional": true},
//                  {"s": "x", "p": "announced", "o": {"event": "attacked", "s": "y", "o": "z"}}]}
struct Gold
{
  std::string name; // the file name without ".json": "libya-statements.en"
  // The article's language: the file's "lang" when it is a non-empty string,
  // else the last suffix of `name` when it looks like a language subtag
  // ("libya-statements.en" => "en"), else "und" (BCP 47: undetermined).
  // score.py ignores "lang", so a missing or mistyped one is no error.
  std::string lang;
  // normalize_name(alias) -> entity key, for every alias and every key; the
  // first entity (in file order) to claim a name keeps it.
  std::unordered_map<std::string, std::string> entity_of_name;
  std::set<Triple> required;
  std::set<Triple> optional; // never also in `required`

  // The gold key a normalized name stands for; nullopt when none does.
  [[nodiscard]] std::optional<std::string> entity_named(const std::string& normalized) const;

  // Parses the JSON text of one gold file; `name` becomes Gold::name and
  // `source` names the file in errors. Throws InputError
  // "source[:line:col]: problem" for broken JSON, invalid UTF-8, or a
  // missing or mistyped field.
  static Gold parse(std::string_view json,
                    std::string_view name,
                    std::string_view source,
                    const PredicateRules& rules);
  // Reads `path`; throws InputError naming it when it cannot be read or parsed.
  static Gold load(const std::filesystem::path& path, const PredicateRules& rules);
};

// Every NAME.json directly in `dir` (as score.py's glob("*.json"), dot files
// included, subdirectories not), loaded, sorted by file name. Throws
// InputError naming `dir` when it is not a directory, or the first bad file.
[[nodiscard]] std::vector<Gold> load_gold_dir(const std::filesystem::path& dir,
                                              const PredicateRules& rules);

} // namespace newskg::eval
