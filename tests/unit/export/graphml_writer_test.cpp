#include "export/exporters.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>

using newskg::exports::write_graphml;

namespace {

std::string sample_graphml()
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  std::ostringstream out;
  write_graphml(graph, out);
  return out.str();
}

std::size_t count_of(const std::string& text, const std::string& needle)
{
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

} // namespace

TEST_CASE("GraphML escapes XML specials and drops control characters", "[export][graphml][unit]")
{
  const auto xml = sample_graphml();

  CHECK_THAT(xml, Catch::Contains("Zangilan &lt;&amp;&quot;\\ district"));
  CHECK(xml.find('\x0B') == std::string::npos);
  // The evidence's newline survives as a character reference.
  CHECK_THAT(xml, Catch::Contains("علييف&quot;&#10;"));
}

TEST_CASE("GraphML puts the label first in every edge", "[export][graphml][unit]")
{
  const auto xml = sample_graphml();

  const auto edges = count_of(xml, "<edge ");
  REQUIRE(edges == 4);
  CHECK(count_of(xml, "\">\n      <data key=\"label\">") == edges);
  CHECK_THAT(xml, Catch::Contains("<data key=\"label\">HOLDS_POSITION</data>"));
  CHECK_THAT(xml, Catch::Contains("<data key=\"predicate\">holds-position</data>"));
}

TEST_CASE("GraphML never writes an edge weight of 0", "[export][graphml][unit]")
{
  const auto xml = sample_graphml();

  CHECK(count_of(xml, "<data key=\"weight\">1</data>") == 4);
  CHECK(xml.find("<data key=\"weight\">0") == std::string::npos);
}

TEST_CASE("GraphML node data follow the Gephi and APOC conventions",
          "[export][graphml][unit][arabic]")
{
  const auto xml = sample_graphml();

  CHECK_THAT(xml, Catch::Contains("<key id=\"name\" for=\"node\" attr.name=\"label\""));
  CHECK_THAT(xml, Catch::Contains("<data key=\"labels\">:Person</data>"));
  CHECK_THAT(xml, Catch::Contains("<data key=\"wikidata\">Q7747</data>"));
  CHECK_THAT(xml, Catch::Contains("<data key=\"name_ar\">فلاديمير بوتين</data>"));
  CHECK_THAT(xml, Catch::Contains("<data key=\"symmetric\">true</data>"));
  CHECK_THAT(xml, Catch::Contains("<data key=\"role\">president</data>"));
  CHECK_THAT(xml, Catch::Contains("karabakh 2020/10#2[100,180): "));
  CHECK_THAT(xml, Catch::Contains("edgedefault=\"directed\""));
  // exports.md §2: yEd's d3/d7 would hijack Gephi's labels.
  CHECK_FALSE(std::regex_search(xml, std::regex("key id=\"d[0-9]")));
}

TEST_CASE("GraphML key ids are unique across node and edge keys", "[export][graphml][unit]")
{
  const auto xml = sample_graphml();
  const std::regex key_id("<key id=\"([^\"]+)\"");

  std::set<std::string> ids;
  std::size_t keys = 0;
  for (std::sregex_iterator it(xml.begin(), xml.end(), key_id), end; it != end; ++it) {
    ids.insert((*it)[1]);
    ++keys;
  }

  CHECK(ids.size() == keys);
  CHECK(ids.contains("labels"));
  CHECK(ids.contains("label"));
}

TEST_CASE("GraphML of the same graph is byte-identical twice", "[export][graphml][unit]")
{
  CHECK(sample_graphml() == sample_graphml());
}

TEST_CASE("GraphML writes the graph measures on every node", "[export][graphml][unit]")
{
  const auto xml = sample_graphml();

  const auto nodes = count_of(xml, "<node ");
  REQUIRE(nodes == 6);
  for (const auto* key : {"degree", "weighted_degree", "pagerank", "betweenness", "component"}) {
    INFO(key);
    CHECK(count_of(xml, std::string("<data key=\"") + key + "\">") == nodes);
  }
  CHECK_THAT(xml,
             Catch::Contains("<key id=\"pagerank\" for=\"node\" attr.name=\"pagerank\" "
                             "attr.type=\"double\"/>"));
  CHECK_THAT(xml,
             Catch::Contains("<key id=\"component\" for=\"node\" attr.name=\"component\" "
                             "attr.type=\"long\"/>"));
}
