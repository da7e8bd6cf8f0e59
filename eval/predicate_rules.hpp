#pragma once

#include "core/ontology.hpp"

#include "eval/triple.hpp"

#include <filesystem>
#include <functional>
#include <istream>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace newskg::eval {

// How the metric reads predicates: which are symmetric (from
// data/ontology/predicates.tsv) and which synonyms a system may use for them
// (data/ontology/predicate_aliases.tsv). Immutable once built; share by const&.
class PredicateRules
{
public:
  // Symmetric predicates from `ontology`; synonyms from lines of
  // `alias<TAB>predicate` ('#' starts a comment line), e.g. "condemned	criticized".
  // Throws DataError "source:line: ..." when a line has fewer than two fields,
  // an alias is not in normalized spelling (predicate_spelling), an alias
  // appears twice, or the predicate is not in `ontology`.
  static PredicateRules
  parse(const Ontology& ontology, std::istream& aliases, std::string_view source);
  // Reads data_dir/ontology/predicates.tsv and data_dir/ontology/predicate_aliases.tsv.
  // Throws DataError naming the file that is missing or malformed.
  static PredicateRules load(const std::filesystem::path& data_dir);

  // score.py's norm_pred(): the spelling normalized, then a synonym replaced
  // by its predicate: "Condemned" => "criticized", "coChairedBy" => "co-chaired-by".
  // A predicate outside the ontology comes back normalized, not rejected.
  [[nodiscard]] std::string normalize(std::string_view predicate) const;

  // For a normalized predicate: "met" => true, "visited" => false.
  [[nodiscard]] bool is_symmetric(std::string_view predicate) const;

  // score.py's triple(): the predicate normalized, and for a symmetric one
  // the two entities in code point order, so (b, met, a) == (a, met, b). An
  // Event end is never reordered.
  [[nodiscard]] Triple triple(Term subject, std::string_view predicate, Term object) const;

  [[nodiscard]] const std::map<std::string, std::string, std::less<>>& aliases() const
  {
    return m_aliases;
  }

private:
  std::set<std::string, std::less<>> m_symmetric;
  std::map<std::string, std::string, std::less<>> m_aliases; // "condemned" -> "criticized"
};

} // namespace newskg::eval
