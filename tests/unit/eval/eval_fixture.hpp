#pragma once

// What the eval tests share: a small rule set, so tables do not depend on
// the shipped data, and a temporary directory for gold files.

#include "eval/predicate_rules.hpp"

#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>

namespace newskg::test {

// Symmetric "met"; synonyms condemned → criticized and urged → called-on;
// also accused, announced, attacked, warned.
inline const eval::PredicateRules& eval_rules()
{
  static const auto rules = [] {
    std::istringstream tsv("met\t043\tyes\tPerson\tPerson\tmet\tالتقى\n"
                           "criticized\t111\tno\tPerson\tPerson\tcriticized\tانتقد\n"
                           "called-on\t020\tno\tPerson\tPerson\tcalled on\tدعا\n"
                           "accused\t112\tno\tPerson\tPerson\taccused\tاتهم\n"
                           "attacked\t190\tno\tPerson\tPerson\tattacked\tهاجم\n"
                           "warned\t138\tno\tPerson\tPerson\twarned\tحذر\n"
                           "announced\t010\tno\tPerson\tEvent,Person\tannounced\tأعلن\n");
    const auto ontology = Ontology::parse(tsv, "predicates.tsv");
    std::istringstream aliases("condemned\tcriticized\nurged\tcalled-on\n");
    return eval::PredicateRules::parse(ontology, aliases, "aliases.tsv");
  }();
  return rules;
}

// A fresh, empty directory under the system's temporary directory.
inline std::filesystem::path fresh_directory(std::string_view name)
{
  const auto dir =
    std::filesystem::temp_directory_path() / ("newskg-eval-test-" + std::string(name));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

} // namespace newskg::test
