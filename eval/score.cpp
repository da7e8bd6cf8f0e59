#include "eval/score.hpp"

#include <algorithm>
#include <iterator>

namespace newskg::eval {

namespace {

double ratio(std::size_t part, std::size_t whole, double if_empty)
{
  return whole == 0 ? if_empty : static_cast<double>(part) / static_cast<double>(whole);
}

double f1_of(double precision, double recall)
{
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

} // namespace

DocumentScore score_document(const Gold& gold, std::set<Triple> predicted)
{
  // score.py: got -= optional
  for (const auto& triple : gold.optional) {
    predicted.erase(triple);
  }
  DocumentScore score{.doc = gold.name, .predicted = predicted.size(), .gold = gold.required.size()};
  std::set_difference(gold.required.begin(),
                      gold.required.end(),
                      predicted.begin(),
                      predicted.end(),
                      std::back_inserter(score.missed));
  std::set_difference(predicted.begin(),
                      predicted.end(),
                      gold.required.begin(),
                      gold.required.end(),
                      std::back_inserter(score.spurious));
  score.true_positives = score.gold - score.missed.size();
  score.precision = ratio(score.true_positives, score.predicted, 0.0);
  score.recall = ratio(score.true_positives, score.gold, 1.0);
  score.f1 = f1_of(score.precision, score.recall);
  return score;
}

TotalScore total_of(std::span<const DocumentScore> documents)
{
  TotalScore total{.documents = documents.size()};
  for (const auto& document : documents) {
    total.true_positives += document.true_positives;
    total.predicted += document.predicted;
    total.gold += document.gold;
  }
  total.precision = ratio(total.true_positives, total.predicted, 0.0);
  total.recall = ratio(total.true_positives, total.gold, 0.0);
  total.f1 = f1_of(total.precision, total.recall);
  return total;
}

} // namespace newskg::eval
