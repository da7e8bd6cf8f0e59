#pragma once

#include "eval/score.hpp"

#include <ostream>
#include <string>

namespace newskg::eval {

enum class Detail { scores, triples };

// score.py's text output, line for line: one row per document,
//   "libya-statements.en<padded to 48> P=0.500 R=0.333 F1=0.400 (1/2 predicted, 3 gold)"
// with Detail::triples the missed and spurious triples under it, sorted by
// their text ("    missed   usa -[called-on]-> libya", "    spurious ..."),
// then "overall P=0.500 R=0.333 F1=0.400 over 1 documents". Last, for each
// breakdown the report holds (by predicate, then by language), a blank line
// and a table, columns aligned:
//   predicate     tp  predicted   gold      P      R     F1   docs
//   called-on      1          2      3  0.500  0.333  0.400      1
void write_text(const Report& report, Detail detail, std::ostream& out);

// score.py --json: {"documents": [{"doc", "tp", "predicted", "gold",
// "precision", "recall", "f1", "missed", "spurious"}...], "total": {"precision",
// "recall", "f1", "tp", "predicted", "gold", "docs"}}, indented by one space,
// ratios rounded to three decimals and written as Python writes them (0.5, 1.0).
// Breakdowns the report holds follow "total" as "by_predicate" and
// "by_language": {"called-on": {<the members of "total">}, ...}.
void write_json(const Report& report, std::ostream& out);

// Python's f"{x:.3f}": 0.0625 => "0.062" (ties to even, on the exact binary value).
[[nodiscard]] std::string fixed3(double value);

// Python's repr(round(x, 3)): 2/3 => "0.667", 0.5 => "0.5", 1 => "1.0".
[[nodiscard]] std::string rounded3(double value);

} // namespace newskg::eval
