#pragma once

#include "eval/gold.hpp"
#include "eval/triple.hpp"

#include <cstddef>
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
  std::size_t true_positives = 0;
  std::size_t predicted = 0; // predicted triples, optional gold ones left out
  std::size_t gold = 0;      // required gold triples
  double precision = 0;      // tp / predicted; 0 when nothing is predicted
  double recall = 0;         // tp / gold; 1 when the gold has no required triple
  double f1 = 0;
  std::vector<Triple> missed;   // required and not predicted, in triple order
  std::vector<Triple> spurious; // predicted and neither required nor optional
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

struct Report
{
  std::vector<DocumentScore> documents; // in gold file order
  TotalScore total;
};

// Scores `predicted` (predicted_triples() of the document, empty when there
// is no prediction for it) against `gold`: optional gold triples are removed
// from the prediction first, so predicting them neither helps nor hurts.
//   gold {a-met-b, a-warned-c}, optional {a-praised-b}, predicted {b-met-a, a-praised-b, a-accused-c}
//   => tp 1, predicted 2, gold 2, P 0.5, R 0.5, F1 0.5
[[nodiscard]] DocumentScore score_document(const Gold& gold, std::set<Triple> predicted);

// The micro-averaged total over `documents`.
[[nodiscard]] TotalScore total_of(std::span<const DocumentScore> documents);

} // namespace newskg::eval
