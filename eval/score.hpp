#pragma once

#include "eval/gold.hpp"
#include "eval/triple.hpp"

#include <cstddef>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace newskg::eval {

// The score of one gold document. Ratios are unrounded; reports round them
// to three decimals as score.py does.
struct DocumentScore
{
  std::string doc;
  std::string lang; // Gold::lang: "ar"
  std::size_t true_positives = 0;
  std::size_t predicted = 0; // predicted triples, optional gold ones left out
  std::size_t gold = 0;      // required gold triples
  double precision = 0;      // tp / predicted; 0 when nothing is predicted
  double recall = 0;         // tp / gold; 1 when the gold has no required triple
  double f1 = 0;
  std::vector<Triple> missed;   // required and not predicted, in triple order
  std::vector<Triple> spurious; // predicted and neither required nor optional
  std::vector<Triple> matched;  // required and predicted (the true positives), in triple order
};

// Micro-averaged over every gold document: the counts summed, then the ratios.
struct TotalScore
{
  double precision = 0; // 0 when nothing is predicted
  double recall = 0;    // 0 when no gold triple exists at all
  double f1 = 0;
  std::size_t true_positives = 0;
  std::size_t predicted = 0;
  std::size_t gold = 0;
  std::size_t documents = 0;
};

// The triples of one predicate or one language, micro-averaged as the total
// is: `score.documents` counts the documents that have any of its triples
// (gold or predicted) or, for a language, every document in it.
struct GroupScore
{
  std::string name; // "met", "announced" (Event objects count under it), "ar"
  TotalScore score;
};

struct Report
{
  std::vector<DocumentScore> documents; // in gold file order
  TotalScore total;
  // Sorted by name; present when asked for (eval --by predicate,language).
  std::optional<std::vector<GroupScore>> by_predicate;
  std::optional<std::vector<GroupScore>> by_language;
};

// Scores `predicted` (predicted_triples() of the document, empty when there
// is no prediction for it) against `gold`: optional gold triples are removed
// from the prediction first, so predicting them neither helps nor hurts.
//   gold {a-met-b, a-warned-c}, optional {a-praised-b}, predicted {b-met-a, a-praised-b,
//   a-accused-c}
//   => tp 1, predicted 2, gold 2, P 0.5, R 0.5, F1 0.5
[[nodiscard]] DocumentScore score_document(const Gold& gold, std::set<Triple> predicted);

// The micro-averaged total over `documents`.
[[nodiscard]] TotalScore total_of(std::span<const DocumentScore> documents);

// `counts` with precision, recall and F1 worked out from its true positives,
// predicted and gold counts as total_of() does:
//   {tp 1, predicted 2, gold 4} => P 0.5, R 0.25, F1 0.333; {tp 0, predicted 1, gold 0} => all 0
[[nodiscard]] TotalScore with_ratios(TotalScore counts);

} // namespace newskg::eval
