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
  DocumentScore score{.doc = gold.name,
                      .lang = gold.lang,
                      .predicted = predicted.size(),
                      .gold = gold.required.size()};
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
  std::set_intersection(gold.required.begin(),
                        gold.required.end(),
                        predicted.begin(),
                        predicted.end(),
                        std::back_inserter(score.matched));
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
  return with_ratios(total);
}

TotalScore with_ratios(TotalScore counts)
{
  counts.precision = ratio(counts.true_positives, counts.predicted, 0.0);
  counts.recall = ratio(counts.true_positives, counts.gold, 0.0);
  counts.f1 = f1_of(counts.precision, counts.recall);
  return counts;
}

} // namespace newskg::eval
