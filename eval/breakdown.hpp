#pragma once

// Scores broken down by predicate or by language (eval --by), counted as the
// overall score is, so the rows add up to it: the true positives, predicted
// and gold counts of the rows sum to those of total_of(documents).

#include "eval/score.hpp"

#include <span>
#include <vector>

namespace newskg::eval {

// One row per predicate of a matched, missed or spurious triple, spelled as
// score.py normalizes it; a triple with an Event object counts under its
// outer predicate. Sorted by name. A spurious prediction of a predicate the
// gold never uses gets a row with gold 0, and lowers no other row:
//   gold {a-met-b}, predicted {a-met-b, a-warned-c}
//   => met: tp 1, predicted 1, gold 1; warned: tp 0, predicted 1, gold 0
[[nodiscard]] std::vector<GroupScore> by_predicate(std::span<const DocumentScore> documents);

// One row per DocumentScore::lang, sorted by name; a row's documents are the
// documents in that language.
[[nodiscard]] std::vector<GroupScore> by_language(std::span<const DocumentScore> documents);

} // namespace newskg::eval
