#include "core/error.hpp"
#include "export/exporters.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using newskg::Extraction;
using newskg::exports::read_extraction_json;
using newskg::exports::write_extraction_json;

namespace {

std::string json_of(const Extraction& extraction)
{
  std::ostringstream out;
  write_extraction_json(extraction, out);
  return out.str();
}

} // namespace

TEST_CASE("Extract JSON reads back what it wrote", "[export][json][unit][arabic]")
{
  auto extraction = newskg::test::sample_extraction();
  extraction.title = "وقف إطلاق النار";
  extraction.url = "https://example.org/a?x=1&y=2";

  const auto line = json_of(extraction);

  REQUIRE(line.back() == '\n');
  CHECK(line.find('\n') == line.size() - 1);
  // Arabic stays raw UTF-8; the attribute is a key of the relation itself.
  CHECK_THAT(line, Catch::Contains("\"ar\":\"فلاديمير بوتين\""));
  CHECK_THAT(line, Catch::Contains("\"role\":\"president\""));
  CHECK_THAT(line, Catch::Contains("\"predicate\":\"captured\",\"subject\":\"wd:Q227\""));
  CHECK(read_extraction_json(line, "x.jsonl:1", newskg::test::export_ontology()) == extraction);
}

TEST_CASE("Extract JSON leaves out unknown optional fields", "[export][json][unit]")
{
  const Extraction extraction{.doc = "d", .lang = "en"};

  const auto line = json_of(extraction);

  CHECK(line == "{\"doc\":\"d\",\"lang\":\"en\",\"entities\":[],\"relations\":[]}\n");
  CHECK(read_extraction_json(line, "x", newskg::test::export_ontology()) == extraction);
}

TEST_CASE("Extract JSON reports where and why it cannot be read", "[export][json][unit][error]")
{
  struct Row
  {
    std::string line;
    std::string message;
  };
  const std::vector<Row> rows{
    {R"({"doc": "a", "entities": [)", "feed.jsonl:3: invalid JSON at offset"},
    {R"({"lang": "ar", "entities": [], "relations": []})", "feed.jsonl:3: missing field \"doc\""},
    {R"({"doc": 7, "entities": [], "relations": []})",
     "feed.jsonl:3: field \"doc\" must be a string"},
    {R"({"doc": "a", "relations": []})", "feed.jsonl:3: missing field \"entities\""},
    {R"({"doc": "a", "entities": [{"id": "x", "type": "Human"}], "relations": []})",
     "feed.jsonl:3: entities[0]: unknown entity type \"Human\""},
    {R"({"doc": "a", "entities": [], "relations": [{"subject": "x", "predicate": "met", "object": "y"}]})",
     "feed.jsonl:3: relations[0]: missing field \"evidence\""},
    {R"({"doc": "a", "entities": [], "relations": [{"subject": "x", "predicate": "met", "object": "y",)"
     R"( "evidence": {"sentence": -1, "start": 0, "end": 1}}]})",
     "feed.jsonl:3: relations[0].evidence: field \"sentence\" must be a non-negative integer"},
    {"[1, 2]", "feed.jsonl:3: expected a JSON object"},
    {"{\"doc\": \"\xFF\"}", "feed.jsonl:3: invalid JSON at offset"},
    // Level 1001 is the 1000th '[', at byte 8 + 999 after '{"doc": '.
    {R"({"doc": )" + std::string(150'000, '[') + std::string(150'000, ']') + "}",
     "feed.jsonl:3: invalid JSON at offset 1007: nested deeper than 1000 arrays and objects"},
  };

  const auto ontology = newskg::test::export_ontology();
  for (const auto& row : rows) {
    INFO(row.line);
    CHECK_THROWS_AS(read_extraction_json(row.line, "feed.jsonl:3", ontology), newskg::InputError);
    CHECK_THROWS_WITH(read_extraction_json(row.line, "feed.jsonl:3", ontology),
                      Catch::StartsWith(row.message));
  }
}

TEST_CASE("Extract JSON holds only what extract writes", "[export][json][unit][error]")
{
  // Issue 12: --from-extracted took predicates outside the ontology, confidence
  // 7 and evidence whose start is after its end. export_ontology() has
  // announced, captured, holds-position and met.
  const auto relation =
    [](const std::string& predicate, const std::string& confidence, const std::string& start) {
      return R"({"doc": "a", "entities": [], "relations": [{"subject": "x", "predicate": ")"
             + predicate + R"(", "object": "y", "confidence": )" + confidence
             + R"(, "evidence": {"sentence": 0, "start": )" + start + R"(, "end": 5}}]})";
    };
  struct Row
  {
    std::string line;
    std::string message; // empty: read without error
  };
  const std::vector<Row> rows{
    {relation("met", "0.9", "0"), ""},
    {relation("met", "0", "5"), ""}, // start == end: an empty span
    {relation("met", "1", "0"), ""},
    {relation("flew", "0.9", "0"),
     "feed.jsonl:3: relations[0]: predicate \"flew\" is not in the ontology"},
    {relation(R"(met\"><x)", "0.9", "0"), // JSON for met"><x
     "feed.jsonl:3: relations[0]: predicate \"met\"><x\" is not in the ontology"},
    {relation("met", "7", "0"),
     "feed.jsonl:3: relations[0]: field \"confidence\" must be between 0 and 1"},
    {relation("met", "-0.1", "0"),
     "feed.jsonl:3: relations[0]: field \"confidence\" must be between 0 and 1"},
    {relation("met", "1.0001", "0"),
     "feed.jsonl:3: relations[0]: field \"confidence\" must be between 0 and 1"},
    {relation("met", "0.9", "6"),
     "feed.jsonl:3: relations[0].evidence: \"start\" 6 is after \"end\" 5"},
    {R"({"doc": "a", "entities": [{"id": "e", "type": "Person", "mentions": [{"start": 9, "end": 2}]}],)"
     R"( "relations": []})",
     "feed.jsonl:3: entities[0].mentions[0]: \"start\" 9 is after \"end\" 2"},
    {R"({"doc": "a", "entities": [{"id": "e", "type": "Event", "predicate": "flew"}], "relations": []})",
     "feed.jsonl:3: entities[0]: predicate \"flew\" is not in the ontology"},
    {R"({"doc": "a", "date": "2020-02-30", "entities": [], "relations": []})",
     "feed.jsonl:3: field \"date\" must be an ISO 8601 date (YYYY-MM-DD, a time may follow)"},
    {R"({"doc": "a", "date": "2020-02-29T09:30Z", "entities": [], "relations": []})", ""},
  };

  const auto ontology = newskg::test::export_ontology();
  for (const auto& row : rows) {
    INFO(row.line);
    if (row.message.empty()) {
      CHECK_NOTHROW(read_extraction_json(row.line, "feed.jsonl:3", ontology));
    } else {
      CHECK_THROWS_WITH(read_extraction_json(row.line, "feed.jsonl:3", ontology),
                        Catch::Equals(row.message));
    }
  }
}
