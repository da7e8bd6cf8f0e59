#include "export/exporters.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using newskg::exports::write_gexf;

namespace {

std::string sample_gexf(newskg::exports::GexfVersion version = newskg::exports::GexfVersion::v1_2)
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  std::ostringstream out;
  write_gexf(graph, ontology, out, version);
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

TEST_CASE("GEXF is version 1.2 in the namespace networkx reads, 1.3 on request",
          "[export][gexf][unit]")
{
  // Issue 10 item 3: networkx 2.8 reads only the 1.1draft and 1.2draft
  // namespaces ("No <graph> element in GEXF file" on 1.3).
  const auto xml = sample_gexf();
  const auto xml13 = sample_gexf(newskg::exports::GexfVersion::v1_3);

  CHECK_THAT(xml, Catch::Contains(R"(<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">)"));
  CHECK(xml.find("http://gexf.net/1.3") == std::string::npos);
  CHECK_THAT(xml13, Catch::Contains(R"(<gexf xmlns="http://gexf.net/1.3" version="1.3">)"));
  CHECK(xml13.find("1.2draft") == std::string::npos);
  for (const auto& text : {xml, xml13}) {
    CHECK_THAT(text, Catch::Contains("defaultedgetype=\"directed\""));
    // exports.md §4: the XSD rejects `int`; no date, so exports are reproducible.
    CHECK(text.find("type=\"int\"") == std::string::npos);
    CHECK(text.find("lastmodifieddate") == std::string::npos);
  }
}

TEST_CASE("GEXF 1.2 and 1.3 differ in the root element only", "[export][gexf][unit]")
{
  auto xml = sample_gexf();
  const auto xml13 = sample_gexf(newskg::exports::GexfVersion::v1_3);
  const std::string root12 = R"(<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">)";
  const std::string root13 = R"(<gexf xmlns="http://gexf.net/1.3" version="1.3">)";

  REQUIRE(xml.find(root12) != std::string::npos);
  xml.replace(xml.find(root12), root12.size(), root13);

  CHECK(xml == xml13);
}

TEST_CASE("GEXF gives every edge its predicate as kind", "[export][gexf][unit]")
{
  const auto xml = sample_gexf();

  REQUIRE(count_of(xml, "<edge ") == 4);
  CHECK(count_of(xml, " kind=\"") == 4);
  CHECK_THAT(xml, Catch::Contains("label=\"HOLDS_POSITION\" kind=\"HOLDS_POSITION\""));
  CHECK(xml.find("weight=\"0\"") == std::string::npos);
}

TEST_CASE("GEXF writes every edge directed and marks symmetric ones by an attribute",
          "[export][gexf][unit]")
{
  // Issue 10 item 3: networkx raises "Undirected edge found in directed graph"
  // on the symmetric "met" written with type="undirected".
  const auto xml = sample_gexf();

  CHECK_THAT(xml,
             Catch::Contains("source=\"wd:Q3052772\" target=\"wd:Q7747\" label=\"MET\" "
                             "kind=\"MET\" weight=\"1\" start=\"2020-10-20\" end=\"2020-10-20\">"));
  CHECK(xml.find("type=\"undirected\"") == std::string::npos);
  CHECK(xml.find("type=\"mutual\"") == std::string::npos);
  CHECK(count_of(xml, "<attvalue for=\"symmetric\" value=\"true\"/>") == 1);
  CHECK(count_of(xml, "<attvalue for=\"symmetric\" value=\"false\"/>") == 3);
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

  CHECK_THAT(xml,
             Catch::Contains("<node id=\"wd:Q7747\" label=\"Vladimir Putin\" start=\"2020-10-20\" "
                             "end=\"2020-10-20\">"));
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

TEST_CASE("GEXF is dynamic, spanning each element's days, when an article is dated",
          "[export][gexf][unit]")
{
  // Issue 10 item 4: mode="static" and no dates left Gephi's timeline empty.
  const auto ontology = newskg::test::export_ontology();
  auto later = newskg::test::sample_extraction();
  later.doc = "later";
  later.date = "2020-11-02T10:00:00Z";
  later.entities.resize(2);  // Putin and Macron
  later.relations.resize(1); // Putin met Macron
  newskg::graph::KnowledgeGraph dated(ontology);
  dated.add(newskg::test::sample_extraction());
  dated.add(later);
  std::ostringstream out;

  write_gexf(dated, ontology, out);

  const auto xml = out.str();
  CHECK_THAT(xml,
             Catch::Contains("<graph defaultedgetype=\"directed\" mode=\"dynamic\" "
                             "timeformat=\"date\">"));
  CHECK_THAT(xml,
             Catch::Contains("label=\"Vladimir Putin\" start=\"2020-10-20\" end=\"2020-11-02\">"));
  CHECK_THAT(xml, Catch::Contains("label=\"Azerbaijan\" start=\"2020-10-20\" end=\"2020-10-20\">"));
  // Putin, Macron and the edge between them, in both articles.
  CHECK(count_of(xml, " start=\"2020-10-20\" end=\"2020-11-02\">") == 3);

  auto undated = newskg::test::sample_extraction();
  undated.date.clear();
  newskg::graph::KnowledgeGraph static_graph(ontology);
  static_graph.add(undated);
  std::ostringstream static_out;
  write_gexf(static_graph, ontology, static_out);
  CHECK_THAT(static_out.str(),
             Catch::Contains("<graph defaultedgetype=\"directed\" mode=\"static\">"));
  CHECK(static_out.str().find("start=") == std::string::npos);
}

// Issue 9: export --no-measures.
TEST_CASE("GEXF without measures has no measure attribute or value", "[export][gexf][unit]")
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  std::ostringstream out;
  write_gexf(
    graph, ontology, out, newskg::exports::GexfVersion::v1_3, newskg::exports::Measures::skip);
  const auto xml = out.str();
  for (const auto* id : {"degree", "weighted_degree", "pagerank", "betweenness", "component"}) {
    INFO(id);
    CHECK(xml.find(std::string("attribute id=\"") + id + "\"") == std::string::npos);
    CHECK(xml.find(std::string("attvalue for=\"") + id + "\"") == std::string::npos);
  }
  CHECK(count_of(xml, "<node id=") == 6);
  CHECK(count_of(sample_gexf(), "<attvalue for=\"betweenness\"") == 6);
  CHECK_THAT(sample_gexf(), Catch::Contains("title=\"betweenness\""));
}
