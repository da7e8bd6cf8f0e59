#include "export/exporters.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <utility>

using Catch::Contains;

namespace {

std::string dot_of_sample()
{
  const auto ontology = newskg::test::export_ontology();
  std::ostringstream out;
  newskg::exports::write_dot(newskg::test::sample_graph(ontology), ontology, out);
  return out.str();
}

const newskg::exports::PloverTable& plover_table()
{
  static const auto table = newskg::exports::PloverTable::load(NEWSKG_SOURCE_DIR "/data");
  return table;
}

std::string plover_of(const newskg::Extraction& extraction,
                      newskg::exports::PloverCounts* counts = nullptr)
{
  const auto ontology = newskg::test::export_ontology();
  newskg::graph::KnowledgeGraph graph(ontology);
  graph.add(extraction);
  std::ostringstream out;
  const auto written = newskg::exports::write_plover(graph, plover_table(), out);
  if (counts != nullptr) {
    *counts = written;
  }
  return out.str();
}

std::string plover_of_sample()
{
  return plover_of(newskg::test::sample_extraction());
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

TEST_CASE("PLOVER lines are written for event predicates PLOVER has an event for",
          "[export][unit][plover]")
{
  newskg::exports::PloverCounts counts;
  const auto lines = plover_of(newskg::test::sample_extraction(), &counts);

  // met (043) and captured (192); announced (010) is CAMEO 01, which PLOVER
  // dropped; holds-position has no CAMEO code and is no event.
  CHECK(std::count(lines.begin(), lines.end(), '\n') == 2);
  CHECK(counts.events == 2);
  CHECK(counts.no_category == 1);
  CHECK(counts.undated == 0);
  CHECK_THAT(lines, !Contains("holds-position"));
  CHECK_THAT(lines, !Contains("\"cameo\":\"010\""));
  // CAMEO2PLOVER-2021.txt: 043 "Host a visit" is CONSULT, mode visit; 192
  // "Occupy territory" is COERCE (not ASSAULT), mode seize, context military.
  CHECK_THAT(lines, Contains("\"event\":[\"CONSULT\"],\"mode\":\"visit\",\"context\":[]"));
  CHECK_THAT(lines,
             Contains("\"event\":[\"COERCE\"],\"mode\":\"seize\",\"context\":[\"military\"]"));
  CHECK_THAT(counts.summary(), Catch::StartsWith("2 PLOVER events, 1 skipped whose CAMEO code"));
}

TEST_CASE("PLOVER lines use the manual's fields: date, source and recipient lists, text_info",
          "[export][unit][plover][arabic]")
{
  const auto lines = plover_of_sample();

  CHECK_THAT(lines, Contains("{\"id\":\""));
  CHECK_THAT(lines, Contains(",\"date\":\"2020-10-20\",\"event\":["));
  // captured: Azerbaijan the source, Zangilan the recipient, as lists of actors.
  CHECK_THAT(lines,
             Contains("\"source\":[{\"identifier_id\":\"Q227\",\"identifier_text\":"
                      "\"Azerbaijan\",\"id\":\"wd:Q227\",\"label_ar\":\"أذربيجان\","
                      "\"type\":\"Country\"}],\"recipient\":[{\"identifier_id\":"
                      "\"loc:zangilan\""));
  // met is reciprocal: both actors are the source, and there is no recipient.
  CHECK_THAT(lines, Contains("\"source\":[{\"identifier_id\":\"Q3052772\""));
  CHECK_THAT(lines,
             Contains("{\"identifier_id\":\"Q7747\",\"identifier_text\":\"Vladimir Putin\""));
  // Two events (captured, met): only captured has a recipient.
  const auto recipient = lines.find("\"recipient\"");
  CHECK(recipient != std::string::npos);
  CHECK(lines.find("\"recipient\"", recipient + 1) == std::string::npos);
  CHECK_THAT(lines,
             Contains("\"text\":\"أعلن الرئيس \\\"علييف\\\"\\n\",\"text_info\":{\"sequence\":2,"
                      "\"start\":100,\"end\":180},\"cite_info\":{\"citation\":"
                      "\"karabakh 2020/10\"},\"coder\":\"newskg\""));
  CHECK_THAT(lines, Contains("\"confidence\":0.85"));
  CHECK_THAT(lines, !Contains("\"actor1\""));
  CHECK_THAT(lines, !Contains("\"event_type\""));
}

TEST_CASE("PLOVER skips the events of undated articles and counts them", "[export][unit][plover]")
{
  auto undated = newskg::test::sample_extraction();
  undated.date.clear();
  newskg::exports::PloverCounts counts;

  const auto lines = plover_of(undated, &counts);

  CHECK(lines.empty());
  CHECK(counts.events == 0);
  CHECK(counts.undated == 2);
  CHECK(counts.no_category == 1);
}

TEST_CASE("PLOVER writes a date-time as its date and its time", "[export][unit][plover]")
{
  auto timed = newskg::test::sample_extraction();
  timed.date = "2020-10-20T09:30:00+03:00";

  const auto lines = plover_of(timed);

  CHECK_THAT(lines, Contains("\"date\":\"2020-10-20\",\"time\":\"09:30:00+03:00\",\"event\""));
}

TEST_CASE("The CAMEO to PLOVER table follows CAMEO2PLOVER-2021.txt", "[export][unit][plover]")
{
  using newskg::exports::PloverCategory;
  const auto& table = plover_table();

  struct Row
  {
    const char* cameo;
    const PloverCategory* expected;
  };
  const PloverCategory phone{.event = "CONSULT", .mode = "phone"};
  const PloverCategory visit{.event = "CONSULT", .mode = "visit"};
  const PloverCategory sign{.event = "SUPPORT", .context = {"diplomatic"}};
  const PloverCategory occupy{.event = "COERCE", .mode = "seize", .context = {"military"}};
  const PloverCategory demand{.event = "REQUEST"};
  const PloverCategory investigate{
    .event = "ACCUSE", .mode = "investigate", .context = {"crime", "corruption"}};
  for (const auto& row : {Row{"041", &phone},
                          Row{"042", &visit},
                          Row{"043", &visit},
                          Row{"057", &sign},
                          Row{"192", &occupy},
                          Row{"100", &demand},
                          Row{"091", &investigate},
                          Row{"0435", &visit}, // not in the table: its parent 043
                          Row{"010", nullptr}, // CAMEO 01 and 02: dropped by PLOVER
                          Row{"020", nullptr},
                          Row{"999", nullptr}}) {
    INFO(row.cameo);
    const auto* found = table.find(row.cameo);
    if (row.expected == nullptr) {
      CHECK(found == nullptr);
    } else {
      REQUIRE(found != nullptr);
      CHECK(*found == *row.expected);
    }
  }
  CHECK(table.size() == 256);
}

TEST_CASE("The CAMEO to PLOVER table reports a bad row with file and line",
          "[export][unit][plover][error]")
{
  for (const auto& [text, message] :
       {std::pair{"041\tCONSULT\tphone\t\tx\n41x\tCONSULT\t\t\tx\n", "t.tsv:2: a CAMEO code"},
        std::pair{"041\tconsult\tphone\t\tx\n", "t.tsv:1: a PLOVER event is upper-case"},
        std::pair{"041\tCONSULT\t\t\tx\n041\tAGREE\t\t\tx\n", "t.tsv:2: CAMEO 041 is given twice"},
        std::pair{"# c\n041\tCONSULT\n", "t.tsv:2: expected 4"}}) {
    std::istringstream in(text);
    CHECK_THROWS_WITH(newskg::exports::PloverTable::parse(in, "t.tsv"), Catch::StartsWith(message));
  }
}
