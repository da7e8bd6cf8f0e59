#pragma once

#include "core/entity_type.hpp"

#include <filesystem>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace newskg {

// One predicate of the relation contract, as data/ontology/predicates.tsv gives it.
struct PredicateInfo
{
  std::string name;  // kebab-case: "co-chaired-by"
  std::string cameo; // "041"; empty for standing relations
  bool symmetric = false;
  std::vector<EntityType> subject_types;
  std::vector<EntityType> object_types;
  std::string label_en; // "co-chaired by"
  std::string label_ar;

  [[nodiscard]] bool allows_subject(EntityType type) const;
  [[nodiscard]] bool allows_object(EntityType type) const;
};

// The predicates every stage agrees on. Immutable once loaded; share by const&.
class Ontology
{
public:
  // Reads
  // `name<TAB>cameo<TAB>symmetric<TAB>subject_types<TAB>object_types<TAB>label_en<TAB>label_ar`
  // lines; '#' starts a comment line; "-" is an empty cameo. Throws DataError
  // "source:line: ..." on the first bad line.
  static Ontology parse(std::istream& in, std::string_view source);
  static Ontology load(const std::filesystem::path& path);
  // data/ontology/predicates.tsv as it was when newskg was built, compiled in
  // (core/builtin_data.hpp): what export, query and stats read a cache with
  // when there is no data directory. Parsed on first use; thread-safe.
  static const Ontology& builtin();

  // nullptr when `name` is not a predicate of the contract.
  [[nodiscard]] const PredicateInfo* find(std::string_view name) const;
  [[nodiscard]] const std::vector<PredicateInfo>& predicates() const { return m_predicates; }

private:
  std::vector<PredicateInfo> m_predicates; // sorted by name
};

// "co-chaired-by" => "CO_CHAIRED_BY" (Neo4j relationship types).
[[nodiscard]] std::string upper_snake(std::string_view predicate);
// "co-chaired-by" => "coChairedBy" (RDF properties).
[[nodiscard]] std::string lower_camel(std::string_view predicate);

} // namespace newskg
