#include "export/exporters.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

using Catch::Contains;

namespace {

std::string dot_of_sample()
{
  const auto ontology = newskg::test::export_ontology();
  std::ostringstream out;
  newskg::exports::write_dot(newskg::test::sample_graph(ontology), ontology, out);
  return out.str();
}

std::string plover_of_sample()
{
  const auto ontology = newskg::test::export_ontology();
  std::ostringstream out;
  newskg::exports::write_plover(newskg::test::sample_graph(ontology), out);
  return out.str();
}

} // namespace

TEST_CASE("DOT labels nodes in both languages and escapes quotes and backslashes",
          "[export][unit][dot][arabic]")
{
  const auto dot = dot_of_sample();

  CHECK_THAT(dot, Contains("\"wd:Q7747\" [label=\"Vladimir Putin\\nفلاديمير بوتين\""));
  // "Zangilan <&\"\x0B\\ district": the quote and backslash escaped, \x0B dropped.
  CHECK_THAT(dot, Contains("label=\"Zangilan <&\\\"\\\\ district\\nزنغيلان\""));
}

TEST_CASE("DOT draws symmetric relations without an arrow", "[export][unit][dot]")
{
  const auto dot = dot_of_sample();

  CHECK_THAT(dot, Contains("\"wd:Q3052772\" -> \"wd:Q7747\" [label=\"met\", predicate=\"met\""));
  CHECK_THAT(dot, Contains(", dir=none];"));
}

TEST_CASE("PLOVER lines are written for event predicates only, one per evidence",
          "[export][unit][plover]")
{
  const auto lines = plover_of_sample();

  // met (043), captured (192), announced (010); holds-position has no CAMEO code.
  CHECK(std::count(lines.begin(), lines.end(), '\n') == 3);
  CHECK_THAT(lines, !Contains("holds-position"));
  CHECK_THAT(lines, Contains("\"event_type\":\"CONSULT\",\"cameo\":\"043\""));
  CHECK_THAT(lines, Contains("\"event_type\":\"ASSAULT\",\"cameo\":\"192\""));
  // CAMEO 01 (statements) has no PLOVER type.
  CHECK_THAT(lines, Contains("\"event_type\":null,\"cameo\":\"010\""));
}

TEST_CASE("PLOVER lines carry actors, date, source sentence, offsets and confidence",
          "[export][unit][plover][arabic]")
{
  const auto lines = plover_of_sample();

  CHECK_THAT(lines, Contains("\"actor1\":{\"id\":\"wd:Q227\",\"label\":\"Azerbaijan\","
                             "\"label_ar\":\"أذربيجان\",\"type\":\"Country\",\"wikidata\":\"Q227\"}"));
  CHECK_THAT(lines, Contains("\"date\":\"2020-10-20\""));
  CHECK_THAT(lines, Contains("\"source\":{\"doc\":\"karabakh 2020/10\",\"sentence\":2,\"start\":100,"
                             "\"end\":180,\"text\":\"أعلن الرئيس \\\"علييف\\\"\\n\"}"));
  CHECK_THAT(lines, Contains("\"confidence\":0.85"));
}
