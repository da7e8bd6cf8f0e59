#include "export/exporters.hpp"
#include "export/xml_text.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>
#include <utility>

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

TEST_CASE("xml_nmtoken keeps newskg's entity ids and escapes any other id one to one",
          "[export][graphml][unit][arabic]")
{
  using newskg::exports::xml_nmtoken;
  // Each row: an entity id and the NMTOKEN GraphML writes for it.
  const std::pair<std::string, std::string> rows[] = {
    {"wd:Q7747", "wd:Q7747"},
    {"x:person:5d0a4b8f", "x:person:5d0a4b8f"},
    {"x:place:si-12", "x:place:si-12"},
    {"ev:capture.1", "ev:capture.1"},
    // A space and '_' are escaped, so "a b" and the plain-looking "a_20b" differ.
    {"a b_c", "a_20b_5Fc"},
    {"a_20b", "a_5F20b"},
    {"a b", "a_20b"},
    {"", "_"},
    // بوتين: U+0628 U+0648 U+062A U+064A U+0646, two UTF-8 bytes each.
    {"بوتين", "_D8_A8_D9_88_D8_AA_D9_8A_D9_86"},
    {"x<&\"y", "x_3C_26_22y"},
  };

  for (const auto& [id, token] : rows) {
    INFO(id);
    CHECK(xml_nmtoken(id) == token);
  }
}

TEST_CASE("GraphML node ids are the entity ids, which edges and Events point at",
          "[export][graphml][unit]")
{
  // Issue 10 item 2: nodes were n0, n1, ..., so an Event's event_subject
  // (wd:Q227) named no node and APOC's storeNodeIds stored "n3".
  const auto xml = sample_graphml();
  const std::regex node_id("<node id=\"([^\"]+)\">");
  std::set<std::string> ids;
  for (std::sregex_iterator it(xml.begin(), xml.end(), node_id), end; it != end; ++it) {
    ids.insert((*it)[1]);
  }

  CHECK(ids
        == std::set<std::string>{
          "ev:capture", "loc:zangilan", "wd:Q227", "wd:Q3052772", "wd:Q319863", "wd:Q7747"});
  CHECK_THAT(xml, Catch::Contains("source=\"wd:Q3052772\" target=\"wd:Q7747\""));
  CHECK_THAT(xml, Catch::Contains("source=\"wd:Q319863\" target=\"ev:capture\""));
  CHECK_THAT(xml, Catch::Contains("<data key=\"event_subject\">wd:Q227</data>"));
  CHECK_THAT(xml, Catch::Contains("<data key=\"event_object\">loc:zangilan</data>"));
  CHECK(xml.find("<node id=\"n0\">") == std::string::npos);
  CHECK(xml.find("source=\"n") == std::string::npos);
}

TEST_CASE("GraphML writes an id that is no NMTOKEN escaped, on its node and its edges",
          "[export][graphml][unit][error]")
{
  // build --from-extracted takes any string as an entity id.
  const auto ontology = newskg::test::export_ontology();
  newskg::graph::KnowledgeGraph graph(ontology);
  newskg::Extraction extraction{.doc = "d", .lang = "en"};
  extraction.entities = {
    newskg::test::sample_entity("p 1", newskg::EntityType::person, "One", ""),
    newskg::test::sample_entity("p_2", newskg::EntityType::person, "Two", ""),
  };
  extraction.relations = {newskg::test::sample_relation("p 1", "met", "p_2")};
  graph.add(extraction);
  std::ostringstream out;

  write_graphml(graph, out);

  CHECK_THAT(out.str(), Catch::Contains("<node id=\"p_201\">"));
  CHECK_THAT(out.str(), Catch::Contains("<node id=\"p_5F2\">"));
  CHECK_THAT(out.str(), Catch::Contains("source=\"p_201\" target=\"p_5F2\""));
  CHECK(out.str().find("id=\"p 1\"") == std::string::npos);
}

TEST_CASE("GraphML nodes and edges carry the first and last days of their articles",
          "[export][graphml][unit]")
{
  // Issue 10 item 4: no dates reached GraphML.
  const auto xml = sample_graphml();

  CHECK_THAT(xml,
             Catch::Contains("<key id=\"first_date\" for=\"node\" attr.name=\"first_date\" "
                             "attr.type=\"string\"/>"));
  CHECK_THAT(xml,
             Catch::Contains("<key id=\"edge_first_date\" for=\"edge\" attr.name=\"first_date\" "
                             "attr.type=\"string\"/>"));
  // Six nodes and four edges, all from the one article of 2020-10-20.
  CHECK(count_of(xml, "<data key=\"first_date\">2020-10-20</data>") == 6);
  CHECK(count_of(xml, "<data key=\"last_date\">2020-10-20</data>") == 6);
  CHECK(count_of(xml, "<data key=\"edge_first_date\">2020-10-20</data>") == 4);
  CHECK(count_of(xml, "<data key=\"edge_last_date\">2020-10-20</data>") == 4);

  const auto ontology = newskg::test::export_ontology();
  auto undated = newskg::test::sample_extraction();
  undated.date.clear();
  newskg::graph::KnowledgeGraph graph(ontology);
  graph.add(undated);
  std::ostringstream out;
  write_graphml(graph, out);
  CHECK(out.str().find("<data key=\"first_date\">") == std::string::npos);
  CHECK(out.str().find("<data key=\"edge_first_date\">") == std::string::npos);
}

// Issue 9: export --no-measures writes no measure; above 10,000 nodes the
// betweenness is an estimate, and its key says so.
TEST_CASE("GraphML without measures has no measure key or value", "[export][graphml][unit]")
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  std::ostringstream out;
  write_graphml(graph, out, newskg::exports::Measures::skip);
  const auto xml = out.str();
  for (const auto* key : {"degree", "weighted_degree", "pagerank", "betweenness", "component"}) {
    INFO(key);
    CHECK(xml.find(std::string("<key id=\"") + key + "\"") == std::string::npos);
    CHECK(xml.find(std::string("<data key=\"") + key + "\"") == std::string::npos);
  }
  // Everything else is as with the measures.
  CHECK(count_of(xml, "<node id=") == 6);
  CHECK(count_of(xml, "<edge id=") == 4);
  CHECK_THAT(xml, Catch::Contains("<key id=\"mentions\" for=\"node\""));
  CHECK_THAT(sample_graphml(), Catch::Contains("<data key=\"betweenness\">"));
  CHECK(sample_graphml().find("betweenness_estimate") == std::string::npos);
}

TEST_CASE("GraphML names an estimated betweenness betweenness_estimate", "[export][graphml][unit]")
{
  const auto graph = newskg::test::estimated_chain_graph(newskg::test::export_ontology());
  std::ostringstream out;
  write_graphml(graph, out);
  const auto xml = out.str();
  CHECK_THAT(xml,
             Catch::Contains("<key id=\"betweenness\" for=\"node\" "
                             "attr.name=\"betweenness_estimate\" attr.type=\"double\">\n"
                             "    <desc>betweenness estimated from 1000 of the 10001 nodes"));
  CHECK(count_of(xml, "<data key=\"betweenness\">") == 10001);
  CHECK(xml.find("attr.name=\"betweenness\"") == std::string::npos);
}
