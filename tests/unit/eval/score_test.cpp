#include "eval/score.hpp"

#include "core/error.hpp"

#include "eval/prediction.hpp"
#include "eval_fixture.hpp"

#include <catch2/catch.hpp>

#include <vector>

using newskg::eval::DocumentScore;
using newskg::eval::EventTerm;
using newskg::eval::Gold;
using newskg::eval::Triple;
using newskg::test::eval_rules;

namespace {

// Gold entities a, b, c, x, y, z, un (aliases "Alpha", "Beta", ... and the
// UN's Arabic name), and the relations given.
Gold gold_with(const std::string& relations)
{
  const std::string json = R"({"entities": {
      "a": {"aliases": ["Alpha"]}, "b": {"aliases": ["Beta"]}, "c": {"aliases": ["Gamma"]},
      "x": {"aliases": ["Xi"]}, "y": {"aliases": ["Ypsilon"]}, "z": {"aliases": ["Zeta"]},
      "un": {"aliases": ["United Nations", "الأمم المتحدة"]}},
    "relations": [)" + relations
                           + "]}";
  return Gold::parse(json, "doc", "doc.json", eval_rules());
}

// One `extract` line with entities A, B, C, X, Y, Z labelled as the gold
// names them, plus `more_entities`, and the relations given.
newskg::eval::PredictedDocument prediction_with(const std::string& relations,
                                                const std::string& more_entities = "")
{
  const std::string line =
    R"({"doc": "doc", "entities": [)"
    R"({"id": "A", "type": "Person", "label": "ALPHA"}, {"id": "B", "type": "Person", "label": "beta"},)"
    R"({"id": "C", "type": "Person", "label": "Gamma"}, {"id": "X", "type": "Person", "label": "Xi"},)"
    R"({"id": "Y", "type": "Person", "label": "Ypsilon"}, {"id": "Z", "type": "Person", "label": "Zeta"})"
    + more_entities + R"(], "relations": [)" + relations + "]}";
  return newskg::eval::parse_extraction_line(line);
}

std::string rel(const std::string& s, const std::string& p, const std::string& o)
{
  return R"({"subject": ")" + s + R"(", "predicate": ")" + p + R"(", "object": ")" + o + R"("})";
}

DocumentScore score(const Gold& gold, const newskg::eval::PredictedDocument& prediction)
{
  return newskg::eval::score_document(
    gold, newskg::eval::predicted_triples(prediction, gold, eval_rules()));
}

void check_counts(const DocumentScore& s, std::size_t tp, std::size_t predicted, std::size_t gold)
{
  CHECK(s.true_positives == tp);
  CHECK(s.predicted == predicted);
  CHECK(s.gold == gold);
}

} // namespace

// Each table row's P/R/F1 is worked out by hand in its comment; the same
// pairs give the same numbers with score.py.
TEST_CASE("a symmetric predicate matches in either order", "[eval][unit]")
{
  // gold {a-met-b, a-warned-c}; predicted {b-met-a = a-met-b, a-accused-c}
  // tp 1, P = 1/2, R = 1/2, F1 = 0.5
  const auto s =
    score(gold_with(R"({"s": "a", "p": "met", "o": "b"}, {"s": "a", "p": "warned", "o": "c"})"),
          prediction_with(rel("B", "met", "A") + "," + rel("A", "accused", "C")));

  check_counts(s, 1, 2, 2);
  CHECK(s.precision == 0.5);
  CHECK(s.recall == 0.5);
  CHECK(s.f1 == 0.5);
  CHECK(s.missed == std::vector<Triple>{{.subject = "a", .predicate = "warned", .object = "c"}});
  CHECK(s.spurious == std::vector<Triple>{{.subject = "a", .predicate = "accused", .object = "c"}});
}

TEST_CASE("a predicate that is not symmetric must keep its direction", "[eval][unit]")
{
  // gold {a-warned-b}; predicted {b-warned-a}: tp 0, P 0, R 0, F1 0
  const auto s = score(gold_with(R"({"s": "a", "p": "warned", "o": "b"})"),
                       prediction_with(rel("B", "warned", "A")));

  check_counts(s, 0, 1, 1);
  CHECK(s.f1 == 0.0);
}

TEST_CASE("an Event object matches on its inner predicate and object", "[eval][unit]")
{
  // gold {x-announced-(attacked z), x-announced-(met y)}
  // predicted {x-announced-(attacked z) with the wrong inner subject: a match,
  //            x-announced-(met a): spurious}
  // tp 1, P = 1/2, R = 1/2, F1 = 0.5
  const auto events =
    R"(, {"id": "E1", "type": "Event", "label": "", "predicate": "ATTACKED", "subject": "A", "object": "Z"})"
    R"(, {"id": "E2", "type": "Event", "label": "", "predicate": "met", "subject": "X", "object": "A"})";
  const auto s = score(
    gold_with(R"({"s": "x", "p": "announced", "o": {"event": "attacked", "s": "y", "o": "z"}},)"
              R"({"s": "x", "p": "announced", "o": {"event": "met", "s": "x", "o": "y"}})"),
    prediction_with(rel("X", "announced", "E1") + "," + rel("X", "announced", "E2"), events));

  check_counts(s, 1, 2, 2);
  CHECK(s.f1 == 0.5);
  const Triple spurious{.subject = "x",
                        .predicate = "announced",
                        .object = EventTerm{.predicate = "met", .object = "a"}};
  CHECK(s.spurious == std::vector<Triple>{spurious});
}

TEST_CASE("optional gold relations neither count nor hurt", "[eval][unit]")
{
  // gold required {a-criticized-b}, optional {a-called-on-c}
  // predicted {a-condemned-b = a-criticized-b, a-urged-c = a-called-on-c (removed),
  //            a-attacked-c}: tp 1, predicted 2, gold 1
  // P = 1/2, R = 1, F1 = 2 * 0.5 * 1 / 1.5 = 0.667
  const auto s = score(gold_with(R"({"s": "a", "p": "criticized", "o": "b"},)"
                                 R"({"s": "a", "p": "called-on", "o": "c", "optional": true})"),
                       prediction_with(rel("A", "condemned", "B") + "," + rel("A", "urged", "C")
                                       + "," + rel("A", "attacked", "C")));

  check_counts(s, 1, 2, 1);
  CHECK(s.precision == 0.5);
  CHECK(s.recall == 1.0);
  CHECK(s.f1 == Approx(2.0 / 3.0));
}

TEST_CASE("predicted entities resolve through any label, else stay '?label'", "[eval][unit]")
{
  // U1's Arabic label is the UN's alias with diacritics; U2 has no gold
  // name; U3 has neither label nor gold name; the last relation's object
  // is no entity of the document.
  // gold {a-criticized-un}; predicted {a-criticized-un, a-criticized-?Nowhere,
  //   a-criticized-?U3, ?dangling-criticized-U9}: tp 1, P = 1/4, R = 1, F1 = 0.4
  const auto more =
    R"(, {"id": "U1", "type": "Organization", "label": "", "labels": {"ar": "الأُمَم المتّحدة"}})"
    R"(, {"id": "U2", "type": "Location", "label": "Nowhere"})"
    R"(, {"id": "U3", "type": "Location"})";
  const auto s =
    score(gold_with(R"({"s": "a", "p": "criticized", "o": "un"})"),
          prediction_with(rel("A", "criticized", "U1") + "," + rel("A", "criticized", "U2") + ","
                            + rel("A", "criticized", "U3") + "," + rel("A", "criticized", "U9"),
                          more));

  check_counts(s, 1, 4, 1);
  CHECK(s.precision == 0.25);
  CHECK(s.f1 == Approx(0.4));
  const std::vector<Triple> spurious{
    {.subject = "?dangling", .predicate = "criticized", .object = "U9"},
    {.subject = "a", .predicate = "criticized", .object = "?Nowhere"},
    {.subject = "a", .predicate = "criticized", .object = "?U3"},
  };
  CHECK(s.spurious == spurious);
}

TEST_CASE("a gold document without a prediction is fully missed", "[eval][unit]")
{
  // gold {a-met-b}, nothing predicted: P 0 (nothing predicted), R 0, F1 0.
  // gold {} and nothing predicted: P 0, R 1 (nothing to find), F1 0.
  const auto missed =
    newskg::eval::score_document(gold_with(R"({"s": "a", "p": "met", "o": "b"})"), {});
  const auto empty = newskg::eval::score_document(gold_with(""), {});

  check_counts(missed, 0, 0, 1);
  CHECK(missed.precision == 0.0);
  CHECK(missed.recall == 0.0);
  CHECK(empty.recall == 1.0);
  CHECK(empty.f1 == 0.0);
}

TEST_CASE("the total is micro-averaged over documents", "[eval][unit]")
{
  // doc 1: tp 1, predicted 2, gold 2; doc 2: tp 3, predicted 3, gold 6; doc 3: 0, 0, 0
  // P = 4/5 = 0.8, R = 4/8 = 0.5, F1 = 2 * 0.4 / 1.3 = 0.615
  // (the mean of the documents' F1 would differ: 0.5, 0.667, 0)
  const std::vector<DocumentScore> documents{
    {.true_positives = 1, .predicted = 2, .gold = 2},
    {.true_positives = 3, .predicted = 3, .gold = 6},
    {.true_positives = 0, .predicted = 0, .gold = 0},
  };

  const auto total = newskg::eval::total_of(documents);

  CHECK(total.documents == 3);
  CHECK(total.true_positives == 4);
  CHECK(total.precision == 0.8);
  CHECK(total.recall == 0.5);
  CHECK(total.f1 == Approx(0.8 / 1.3));
  CHECK(newskg::eval::total_of({}).f1 == 0.0);
}

TEST_CASE("a broken extract line names its problem", "[eval][unit][error]")
{
  using newskg::eval::parse_extraction_line;

  CHECK_THROWS_WITH(parse_extraction_line(R"({"entities": [], "relations": []})"),
                    Catch::Contains("missing \"doc\""));
  CHECK_THROWS_WITH(parse_extraction_line(R"({"doc": "d", "entities": {}, "relations": []})"),
                    Catch::Contains("\"entities\" is missing or not an array"));
  CHECK_THROWS_WITH(
    parse_extraction_line(R"({"doc": "d", "entities": [{"label": "x"}], "relations": []})"),
    Catch::Contains("entity 1: missing \"id\""));
  CHECK_THROWS_AS(parse_extraction_line("{\"doc\": "), newskg::InputError);
  CHECK(newskg::eval::is_extraction_line(R"({"doc": "d", "entities": [], "relations": []})"));
  CHECK_FALSE(newskg::eval::is_extraction_line(R"({"id": "d", "text": "Putin met Macron."})"));
  CHECK_FALSE(newskg::eval::is_extraction_line("Putin met Macron."));
  // Issue 12: 150,000 levels crashed the parser; now a clear error.
  const auto deep = R"({"doc": "d", "entities": [], "relations": [], "x": )"
                    + std::string(150'000, '[') + std::string(150'000, ']') + "}";
  CHECK_THROWS_WITH(parse_extraction_line(deep), Catch::Contains("nested deeper than 1000"));
  CHECK_FALSE(newskg::eval::is_extraction_line(deep));
}
