#include "eval/breakdown.hpp"

#include <map>
#include <set>
#include <string>

namespace newskg::eval {

namespace {

std::vector<GroupScore> rows_of(const std::map<std::string, TotalScore>& groups)
{
  std::vector<GroupScore> rows;
  rows.reserve(groups.size());
  for (const auto& [name, counts] : groups) {
    rows.push_back(GroupScore{.name = name, .score = with_ratios(counts)});
  }
  return rows;
}

} // namespace

std::vector<GroupScore> by_predicate(std::span<const DocumentScore> documents)
{
  // DocumentScore::predicted is matched + spurious and ::gold is matched +
  // missed (score.py: tp = len(gold & got)), so counting the three lists
  // triple by triple gives the document's counts split by predicate.
  std::map<std::string, TotalScore> groups;
  for (const auto& document : documents) {
    std::set<std::string> seen;
    for (const auto& triple : document.matched) {
      auto& group = groups[triple.predicate];
      ++group.true_positives;
      ++group.predicted;
      ++group.gold;
      seen.insert(triple.predicate);
    }
    for (const auto& triple : document.missed) {
      ++groups[triple.predicate].gold;
      seen.insert(triple.predicate);
    }
    for (const auto& triple : document.spurious) {
      ++groups[triple.predicate].predicted;
      seen.insert(triple.predicate);
    }
    for (const auto& predicate : seen) {
      ++groups[predicate].documents;
    }
  }
  return rows_of(groups);
}

std::vector<GroupScore> by_language(std::span<const DocumentScore> documents)
{
  std::map<std::string, TotalScore> groups;
  for (const auto& document : documents) {
    auto& group = groups[document.lang];
    group.true_positives += document.true_positives;
    group.predicted += document.predicted;
    group.gold += document.gold;
    ++group.documents;
  }
  return rows_of(groups);
}

} // namespace newskg::eval
