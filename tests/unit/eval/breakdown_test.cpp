#include "eval/breakdown.hpp"

#include "eval/prediction.hpp"
#include "eval/report.hpp"
#include "eval_fixture.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using newskg::eval::DocumentScore;
using newskg::eval::Gold;
using newskg::eval::GroupScore;
using newskg::test::eval_rules;

namespace {

const std::string entities =
  R"("entities": {"a": {"aliases": ["Alpha"]}, "b": {"aliases": ["Beta"]},
    "c": {"aliases": ["Gamma"]}, "x": {"aliases": ["Xi"]}, "y": {"aliases": ["Ypsilon"]},
    "z": {"aliases": ["Zeta"]}})";

// "summit": Arabic by its "lang" field (the name has no suffix).
//   required {a-met-b, a-announced-(attacked z), x-warned-y}, optional {a-condemned-b}
const std::string summit_gold = R"({"lang": "ar", )" + entities + R"(, "relations": [
    {"s": "a", "p": "met", "o": "b"},
    {"s": "a", "p": "announced", "o": {"event": "attacked", "s": "a", "o": "z"}},
    {"s": "x", "p": "warned", "o": "y"},
    {"s": "a", "p": "condemned", "o": "b", "optional": true}]})";

// "talks.en": English by its name, having no "lang" field.
//   required {a-met-c, x-warned-z, y-warned-z, a-urged-b}
const std::string talks_gold = "{" + entities + R"(, "relations": [
    {"s": "a", "p": "met", "o": "c"}, {"s": "x", "p": "warned", "o": "z"},
    {"s": "y", "p": "warned", "o": "z"}, {"s": "a", "p": "urged", "o": "b"}]})";

std::string rel(const std::string& s, const std::string& p, const std::string& o)
{
  return R"({"subject": ")" + s + R"(", "predicate": ")" + p + R"(", "object": ")" + o + R"("})";
}

DocumentScore
score(const std::string& gold_json, const std::string& name, const std::string& relations)
{
  const auto gold = Gold::parse(gold_json, name, name + ".json", eval_rules());
  const auto prediction = newskg::eval::parse_extraction_line(
    R"({"doc": ")" + name
    + R"(", "entities": [)"
      R"({"id": "A", "label": "Alpha"}, {"id": "B", "label": "Beta"}, {"id": "C", "label": "Gamma"},)"
      R"({"id": "X", "label": "Xi"}, {"id": "Y", "label": "Ypsilon"}, {"id": "Z", "label": "Zeta"},)"
      R"({"id": "E", "type": "Event", "predicate": "attacked", "object": "Z"}], "relations": [)"
    + relations + "]}");
  return newskg::eval::score_document(
    gold, newskg::eval::predicted_triples(prediction, gold, eval_rules()));
}

// A spurious prediction: "accused" is no predicate of either gold.
const std::string accused_a_c = R"(, {"subject": "A", "predicate": "accused", "object": "C"})";

// summit: predicted b-met-a (matches a-met-b), a-announced-(attacked z), the
// optional a-condemned-b (left out), and a-accused-c, a predicate no gold uses.
//   matched {a-met-b, a-announced-(attacked z)}, missed {x-warned-y}, spurious {a-accused-c}
// talks: predicted a-met-c, y-warned-z, and x-warned-y (summit's, not talks').
//   matched {a-met-c, y-warned-z}, missed {x-warned-z, a-called-on-b}, spurious {x-warned-y}
std::vector<DocumentScore> two_documents(const std::string& summit_spurious)
{
  return {
    score(summit_gold,
          "summit",
          rel("B", "met", "A") + "," + rel("A", "announced", "E") + "," + rel("A", "condemned", "B")
            + summit_spurious),
    score(talks_gold,
          "talks.en",
          rel("A", "met", "C") + "," + rel("Y", "warned", "Z") + "," + rel("X", "warned", "Y"))};
}

struct Row
{
  std::string name;
  std::size_t tp = 0;
  std::size_t predicted = 0;
  std::size_t gold = 0;
  std::size_t docs = 0;
};

void check_rows(const std::vector<GroupScore>& actual, const std::vector<Row>& expected)
{
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO(expected[i].name);
    CHECK(actual[i].name == expected[i].name);
    CHECK(actual[i].score.true_positives == expected[i].tp);
    CHECK(actual[i].score.predicted == expected[i].predicted);
    CHECK(actual[i].score.gold == expected[i].gold);
    CHECK(actual[i].score.documents == expected[i].docs);
  }
}

} // namespace

TEST_CASE("eval counts each predicate's triples, adding up to the total", "[eval][unit]")
{
  const auto documents = two_documents(accused_a_c);

  const auto rows = newskg::eval::by_predicate(documents);
  const auto total = newskg::eval::total_of(documents);

  // Worked by hand from the comment on two_documents(): condemned (criticized)
  // is optional, so it has no row; the Event counts under "announced".
  check_rows(rows,
             {{.name = "accused", .tp = 0, .predicted = 1, .gold = 0, .docs = 1},
              {.name = "announced", .tp = 1, .predicted = 1, .gold = 1, .docs = 1},
              {.name = "called-on", .tp = 0, .predicted = 0, .gold = 1, .docs = 1},
              {.name = "met", .tp = 2, .predicted = 2, .gold = 2, .docs = 2},
              {.name = "warned", .tp = 1, .predicted = 2, .gold = 3, .docs = 2}});
  CHECK(total.true_positives == 4);
  CHECK(total.predicted == 6);
  CHECK(total.gold == 7);
  // warned: P = 1/2, R = 1/3, F1 = 2 * (1/6) / (5/6) = 0.4
  CHECK(rows[4].score.precision == 0.5);
  CHECK(rows[4].score.recall == Approx(1.0 / 3.0));
  CHECK(rows[4].score.f1 == Approx(0.4));
  // A predicate the gold never uses: nothing right, so P 0; R 0 as for an empty total.
  CHECK(rows[0].score.precision == 0.0);
  CHECK(rows[0].score.recall == 0.0);
}

TEST_CASE(
  "eval --by predicate: a spurious predicate absent from gold lowers only its own precision",
  "[eval][unit]")
{
  const auto with_spurious = newskg::eval::by_predicate(two_documents(accused_a_c));
  const auto without = newskg::eval::by_predicate(two_documents(""));

  // The same rows but "accused"; the overall P falls from 4/5 to 4/6.
  REQUIRE(with_spurious.size() == without.size() + 1);
  CHECK(with_spurious[0].name == "accused");
  for (std::size_t i = 0; i < without.size(); ++i) {
    INFO(without[i].name);
    CHECK(with_spurious[i + 1].name == without[i].name);
    CHECK(with_spurious[i + 1].score.precision == without[i].score.precision);
    CHECK(with_spurious[i + 1].score.recall == without[i].score.recall);
  }
  CHECK(newskg::eval::total_of(two_documents("")).precision == 0.8);
}

TEST_CASE("eval counts each language's documents, from the gold's lang or the name", "[eval][unit]")
{
  const auto documents = two_documents(accused_a_c);

  const auto rows = newskg::eval::by_language(documents);

  // summit is "ar" by its "lang"; talks.en is "en" by its name.
  check_rows(rows,
             {{.name = "ar", .tp = 2, .predicted = 3, .gold = 3, .docs = 1},
              {.name = "en", .tp = 2, .predicted = 3, .gold = 4, .docs = 1}});
  // en: P = 2/3, R = 1/2, F1 = 2 * (1/3) / (7/6) = 4/7
  CHECK(rows[1].score.precision == Approx(2.0 / 3.0));
  CHECK(rows[1].score.recall == 0.5);
  CHECK(rows[1].score.f1 == Approx(4.0 / 7.0));
}

TEST_CASE("the eval report prints breakdown tables after the overall line", "[eval][unit]")
{
  newskg::eval::Report report;
  report.documents = two_documents(accused_a_c);
  report.total = newskg::eval::total_of(report.documents);
  report.by_predicate = newskg::eval::by_predicate(report.documents);
  report.by_language = newskg::eval::by_language(report.documents);
  std::ostringstream text;
  std::ostringstream json;

  write_text(report, newskg::eval::Detail::scores, text);
  write_json(report, json);

  CHECK_THAT(text.str(),
             Catch::Contains("over 2 documents\n"
                             "\n"
                             "predicate     tp  predicted   gold      P      R     F1   docs\n"
                             "accused        0          1      0  0.000  0.000  0.000      1\n"
                             "announced      1          1      1  1.000  1.000  1.000      1\n"
                             "called-on      0          0      1  0.000  0.000  0.000      1\n"
                             "met            2          2      2  1.000  1.000  1.000      2\n"
                             "warned         1          2      3  0.500  0.333  0.400      2\n"
                             "\n"
                             "language     tp  predicted   gold      P      R     F1   docs\n"
                             "ar            2          3      3  0.667  0.667  0.667      1\n"
                             "en            2          3      4  0.667  0.500  0.571      1\n"));
  CHECK_THAT(json.str(), Catch::Contains(R"( "by_predicate": {
  "accused": {
   "precision": 0.0,
   "recall": 0.0,
   "f1": 0.0,
   "tp": 0,
   "predicted": 1,
   "gold": 0,
   "docs": 1
  },)") && Catch::Contains(R"( "by_language": {
  "ar": {)"));
}

TEST_CASE("an eval report without breakdowns prints no tables", "[eval][unit]")
{
  newskg::eval::Report report;
  report.documents = two_documents("");
  report.total = newskg::eval::total_of(report.documents);
  std::ostringstream text;
  std::ostringstream json;

  write_text(report, newskg::eval::Detail::scores, text);
  write_json(report, json);

  CHECK_THAT(text.str(), Catch::EndsWith("over 2 documents\n"));
  CHECK_THAT(json.str(), !Catch::Contains("by_predicate") && !Catch::Contains("by_language"));
}
