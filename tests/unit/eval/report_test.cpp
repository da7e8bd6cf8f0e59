#include "eval/report.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <utility>
#include <vector>

using newskg::eval::EventTerm;
using newskg::eval::Report;

namespace {

Report two_documents()
{
  Report report;
  report.documents.push_back(
    {.doc = "libya-statements.en",
     .true_positives = 1,
     .predicted = 3,
     .gold = 2,
     .precision = 1.0 / 3.0,
     .recall = 0.5,
     .f1 = 0.4,
     .missed = {{.subject = "usa", .predicate = "called-on", .object = "libya"}},
     .spurious = {
       {.subject = "usa", .predicate = "announced", .object = EventTerm{.predicate = "met"}},
       {.subject = "?Price", .predicate = "met", .object = "usa"}}});
  report.documents.push_back({.doc = "ليبيا", .recall = 1.0});
  report.total = {.precision = 1.0 / 3.0,
                  .recall = 0.5,
                  .f1 = 0.4,
                  .true_positives = 1,
                  .predicted = 3,
                  .gold = 2,
                  .documents = 2};
  return report;
}

} // namespace

TEST_CASE("ratios print as Python prints them", "[eval][unit]")
{
  // f"{x:.3f}" and repr(round(x, 3)), checked with Python 3.11.
  const std::vector<std::pair<double, std::pair<std::string, std::string>>> rows{
    {2.0 / 3.0, {"0.667", "0.667"}},
    {0.5, {"0.500", "0.5"}},
    {1.0, {"1.000", "1.0"}},
    {0.0, {"0.000", "0.0"}},
    {1.0 / 16.0, {"0.062", "0.062"}}, // an exact tie goes to even
    {3.0 / 16.0, {"0.188", "0.188"}}, // an exact tie goes to even
    {0.1, {"0.100", "0.1"}},
    {0.0005, {"0.001", "0.001"}}, // 0.0005 is a bit above the tie in binary
  };
  for (const auto& [value, expected] : rows) {
    INFO(value);
    CHECK(newskg::eval::fixed3(value) == expected.first);
    CHECK(newskg::eval::rounded3(value) == expected.second);
  }
}

TEST_CASE("the text report has score.py's lines", "[eval][unit]")
{
  std::ostringstream scores;
  std::ostringstream triples;

  write_text(two_documents(), newskg::eval::Detail::scores, scores);
  write_text(two_documents(), newskg::eval::Detail::triples, triples);

  const std::string row1 = "libya-statements.en                              "
                           "P=0.333 R=0.500 F1=0.400 (1/3 predicted, 2 gold)\n";
  // Padding counts code points: five Arabic letters and 43 spaces.
  const std::string row2 =
    "ليبيا" + std::string(43, ' ') + " P=0.000 R=1.000 F1=0.000 (0/0 predicted, 0 gold)\n";
  const std::string overall = "overall P=0.333 R=0.500 F1=0.400 over 2 documents\n";
  CHECK(scores.str() == row1 + row2 + overall);
  CHECK(triples.str()
        == row1 + "    missed   usa -[called-on]-> libya\n" + "    spurious ?Price -[met]-> usa\n"
             + "    spurious usa -[announced]-> (met)\n" + row2 + overall);
}

TEST_CASE("the JSON report has score.py's shape and numbers", "[eval][unit]")
{
  Report report;
  report.documents.push_back({.doc = "a",
                              .true_positives = 2,
                              .predicted = 3,
                              .gold = 2,
                              .precision = 2.0 / 3.0,
                              .recall = 1.0,
                              .f1 = 0.8});
  report.total = {.precision = 2.0 / 3.0,
                  .recall = 1.0,
                  .f1 = 0.8,
                  .true_positives = 2,
                  .predicted = 3,
                  .gold = 2,
                  .documents = 1};
  std::ostringstream out;

  write_json(report, out);

  // json.dumps({...}, ensure_ascii=False, indent=1) of the same numbers.
  CHECK(out.str() == R"({
 "documents": [
  {
   "doc": "a",
   "tp": 2,
   "predicted": 3,
   "gold": 2,
   "precision": 0.667,
   "recall": 1.0,
   "f1": 0.8,
   "missed": [],
   "spurious": []
  }
 ],
 "total": {
  "precision": 0.667,
  "recall": 1.0,
  "f1": 0.8,
  "tp": 2,
  "predicted": 3,
  "gold": 2,
  "docs": 1
 }
}
)");
}
