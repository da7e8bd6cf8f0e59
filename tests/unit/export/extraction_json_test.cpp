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
  CHECK(read_extraction_json(line, "x.jsonl:1") == extraction);
}

TEST_CASE("Extract JSON leaves out unknown optional fields", "[export][json][unit]")
{
  const Extraction extraction{.doc = "d", .lang = "en"};

  const auto line = json_of(extraction);

  CHECK(line == "{\"doc\":\"d\",\"lang\":\"en\",\"entities\":[],\"relations\":[]}\n");
  CHECK(read_extraction_json(line, "x") == extraction);
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

  for (const auto& row : rows) {
    INFO(row.line);
    CHECK_THROWS_AS(read_extraction_json(row.line, "feed.jsonl:3"), newskg::InputError);
    CHECK_THROWS_WITH(read_extraction_json(row.line, "feed.jsonl:3"),
                      Catch::StartsWith(row.message));
  }
}
