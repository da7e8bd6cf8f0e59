#include "export/exporters.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using newskg::exports::write_gexf;

namespace {

std::string sample_gexf()
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  std::ostringstream out;
  write_gexf(graph, ontology, out);
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

TEST_CASE("GEXF is version 1.3 in the namespace its XSD validates", "[export][gexf][unit]")
{
  const auto xml = sample_gexf();

  CHECK_THAT(xml, Catch::Contains("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">"));
  CHECK_THAT(xml, Catch::Contains("defaultedgetype=\"directed\""));
  // exports.md §4: the 1.3 XSD rejects `int`; no date, so exports are reproducible.
  CHECK(xml.find("type=\"int\"") == std::string::npos);
  CHECK(xml.find("lastmodifieddate") == std::string::npos);
}

TEST_CASE("GEXF gives every edge its predicate as kind", "[export][gexf][unit]")
{
  const auto xml = sample_gexf();

  REQUIRE(count_of(xml, "<edge ") == 4);
  CHECK(count_of(xml, " kind=\"") == 4);
  CHECK_THAT(xml, Catch::Contains("label=\"HOLDS_POSITION\" kind=\"HOLDS_POSITION\""));
  // The symmetric "met" is drawn without direction.
  CHECK_THAT(xml, Catch::Contains("kind=\"MET\" type=\"undirected\" weight=\"1\""));
  CHECK(xml.find("weight=\"0\"") == std::string::npos);
}

TEST_CASE("GEXF escapes a predicate in the edge's label and kind", "[export][gexf][unit][error]")
{
  // Issue 12: a predicate with '"' (read by --from-extracted) broke the file.
  const auto ontology = newskg::test::export_ontology();
  newskg::graph::KnowledgeGraph graph(ontology);
  auto extraction = newskg::test::sample_extraction();
  extraction.relations = {newskg::test::sample_relation("wd:Q7747", "said \"x\" <&", "wd:Q227")};
  graph.add(extraction);
  std::ostringstream out;

  write_gexf(graph, ontology, out);

  const auto type = std::string("SAID &quot;X&quot; &lt;&amp;");
  CHECK_THAT(out.str(), Catch::Contains("label=\"" + type + "\" kind=\"" + type + "\""));
  CHECK(out.str().find("SAID \"") == std::string::npos);
}

TEST_CASE("GEXF carries labels in both languages and the measures", "[export][gexf][unit][arabic]")
{
  const auto xml = sample_gexf();

  CHECK_THAT(xml, Catch::Contains("<node id=\"wd:Q7747\" label=\"Vladimir Putin\">"));
  CHECK_THAT(xml, Catch::Contains("<attvalue for=\"label_ar\" value=\"فلاديمير بوتين\"/>"));
  CHECK_THAT(xml, Catch::Contains("<attvalue for=\"label_ar\" value=\"يشغل منصبا في\"/>"));
  CHECK_THAT(xml,
             Catch::Contains("<attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>"));
  const auto nodes = count_of(xml, "<node ");
  REQUIRE(nodes == 6);
  for (const auto* measure :
       {"degree", "weighted_degree", "pagerank", "betweenness", "component"}) {
    INFO(measure);
    CHECK(count_of(xml, std::string("<attvalue for=\"") + measure + "\"") == nodes);
  }
}

TEST_CASE("GEXF escapes text in attribute values", "[export][gexf][unit]")
{
  const auto xml = sample_gexf();

  CHECK_THAT(xml, Catch::Contains("label=\"Zangilan &lt;&amp;&quot;\\ district\""));
  CHECK(xml.find('\x0B') == std::string::npos);
  CHECK_THAT(xml, Catch::Contains("علييف&quot;&#10;"));
}
