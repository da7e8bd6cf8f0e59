#include "export/exporters.hpp"
#include "export/rdf_quads.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <sstream>

namespace {

// The sample plus a second article, "b", that repeats Putin meeting Macron.
newskg::graph::KnowledgeGraph two_article_graph(const newskg::Ontology& ontology)
{
  auto graph = newskg::test::sample_graph(ontology);
  auto second = newskg::test::sample_extraction();
  second.doc = std::string(1, 'b'); // not = "b": GCC 12 -Wrestrict false positive (bug 105329)
  second.relations.resize(1);       // met
  graph.add(second);
  return graph;
}

} // namespace

TEST_CASE("The dataset has one named graph per article after the default graph",
          "[export][rdf][unit]")
{
  const auto ontology = newskg::test::export_ontology();

  const auto dataset = newskg::exports::rdf_dataset(two_article_graph(ontology), ontology);

  REQUIRE(dataset.size() == 3);
  CHECK(dataset[0].iri.empty());
  // Percent-encoded, in document id order: "b" < "karabakh 2020/10".
  CHECK(dataset[1].iri == "https://newskg.org/graph/article/b");
  CHECK(dataset[2].iri == "https://newskg.org/graph/article/karabakh%202020%2F10");
  CHECK(dataset[1].triples.size() == 1); // b only says that Putin met Macron
  CHECK(dataset[2].triples.size() == 4);
}

TEST_CASE("TriG gives each article graph its PROV-O provenance", "[export][rdf][unit]")
{
  const auto ontology = newskg::test::export_ontology();
  std::ostringstream out;

  newskg::exports::write_trig(two_article_graph(ontology), ontology, out);

  const auto trig = out.str();
  CHECK_THAT(trig, Catch::Contains("@prefix prov: <http://www.w3.org/ns/prov#> ."));
  CHECK_THAT(trig, Catch::Contains("<https://newskg.org/graph/article/b> {"));
  CHECK_THAT(trig,
             Catch::Contains("<https://newskg.org/graph/article/b>\n    rdf:type prov:Entity ;\n"
                             "    prov:wasDerivedFrom <https://newskg.org/article/b> ;\n"
                             "    prov:wasAttributedTo <https://newskg.org/agent/newskg> ."));
  CHECK_THAT(trig, Catch::Contains("kgo:met <https://newskg.org/entity/Q7747>"));
}

TEST_CASE("N-Quads put the graph label after the object", "[export][rdf][unit]")
{
  const auto ontology = newskg::test::export_ontology();
  std::ostringstream out;

  newskg::exports::write_nquads(two_article_graph(ontology), ontology, out);

  CHECK_THAT(out.str(),
             Catch::Contains("<https://newskg.org/entity/Q3052772> "
                             "<https://newskg.org/ontology#met> "
                             "<https://newskg.org/entity/Q7747> "
                             "<https://newskg.org/graph/article/b> .\n"));
}
