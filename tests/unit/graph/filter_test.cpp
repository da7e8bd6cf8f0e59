#include "graph/filter.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using newskg::Entity;
using newskg::EntityType;
using newskg::Extraction;
using newskg::Ontology;
using newskg::Relation;
using newskg::graph::filter_extraction;
using newskg::graph::filter_graph;
using newskg::graph::GraphFilter;
using newskg::graph::in_date_range;
using newskg::graph::KnowledgeGraph;

namespace {

Ontology filter_ontology()
{
  std::istringstream tsv(
    "# name\tcameo\tsymmetric\tsubject_types\tobject_types\tlabel_en\tlabel_ar\n"
    "holds-position\t-\tno\tPerson\tCountry\tholds position in\tيشغل منصبا في\n"
    "met\t043\tyes\tPerson\tPerson\tmet\tالتقى\n"
    "visited\t042\tno\tPerson\tCountry\tvisited\tزار\n");
  return Ontology::parse(tsv, "filter.tsv");
}

Relation relation(std::string s, std::string p, std::string o, std::size_t at, double confidence)
{
  return Relation{.subject = std::move(s),
                  .predicate = std::move(p),
                  .object = std::move(o),
                  .confidence = confidence,
                  .evidence = {.sentence = at, .span = {at * 10, at * 10 + 5}, .text = "x"}};
}

// A chain lavrov - putin - macron (met), putin holds-position russia, macron
// visited russia twice; and pashinyan visited armenia, apart.
Extraction chain_article()
{
  Extraction x{.doc = "chain", .lang = "en", .date = "2020-10-10"};
  for (const auto* id : {"lavrov", "putin", "macron", "pashinyan"}) {
    x.entities.push_back(Entity{.id = id, .type = EntityType::person, .label = id});
  }
  for (const auto* id : {"russia", "armenia"}) {
    x.entities.push_back(Entity{.id = id, .type = EntityType::country, .label = id});
  }
  x.relations = {relation("lavrov", "met", "putin", 1, 0.9),
                 relation("putin", "met", "macron", 2, 0.5),
                 relation("putin", "holds-position", "russia", 3, 0.9),
                 relation("macron", "visited", "russia", 4, 0.9),
                 relation("macron", "visited", "russia", 5, 0.9),
                 relation("pashinyan", "visited", "armenia", 6, 0.9)};
  return x;
}

KnowledgeGraph filtered(const GraphFilter& filter)
{
  KnowledgeGraph graph(filter_ontology());
  auto article = chain_article();
  if (filter_extraction(article, filter)) {
    graph.add(article);
  }
  return filter_graph(graph, filter);
}

std::vector<std::string> node_ids(const KnowledgeGraph& graph)
{
  std::vector<std::string> ids;
  for (const auto* node : graph.nodes()) {
    ids.push_back(node->id);
  }
  return ids;
}

} // namespace

TEST_CASE("Dates compare by day, and a range excludes undated articles", "[graph][unit]")
{
  const GraphFilter october{.since = "2020-10-01", .until = "2020-10-31"};

  CHECK(in_date_range("2020-10-01", october));
  CHECK(in_date_range("2020-10-31T23:59:00Z", october));
  CHECK_FALSE(in_date_range("2020-09-30", october));
  CHECK_FALSE(in_date_range("2020-11-01", october));
  CHECK_FALSE(in_date_range("", october));
  CHECK(in_date_range("", GraphFilter{}));
  CHECK(in_date_range("2020-10-10", GraphFilter{.since = "2020-10-10"}));
  CHECK_FALSE(in_date_range("2020-10-10", GraphFilter{.until = "2020-10-09"}));
}

TEST_CASE("No filter keeps the whole graph", "[graph][unit]")
{
  const auto graph = filtered(GraphFilter{});

  CHECK(graph.node_count() == 6);
  CHECK(graph.edge_count() == 5);
}

TEST_CASE("An article outside the dates adds nothing", "[graph][unit]")
{
  CHECK(filtered(GraphFilter{.since = "2020-11-01"}).node_count() == 0);
  CHECK(filtered(GraphFilter{.until = "2020-10-10"}).node_count() == 6);
}

TEST_CASE("A predicate filter keeps its edges and their endpoints", "[graph][unit]")
{
  const auto graph = filtered(GraphFilter{.predicates = {"met"}});

  CHECK(node_ids(graph) == std::vector<std::string>{"lavrov", "macron", "putin"});
  CHECK(graph.edge_count() == 2);
}

TEST_CASE("Confidence filters pieces of evidence, mentions filter edges", "[graph][unit]")
{
  SECTION("min confidence")
  {
    const auto graph = filtered(GraphFilter{.min_confidence = 0.6});
    CHECK(graph.edge_count() == 4);         // putin met macron (0.5) is gone
    CHECK(graph.find("macron") != nullptr); // still visited russia
  }
  SECTION("min mentions")
  {
    const auto graph = filtered(GraphFilter{.min_mentions = 2});
    REQUIRE(graph.edge_count() == 1);
    CHECK(graph.edges().front()->predicate == "visited");
    CHECK(node_ids(graph) == std::vector<std::string>{"macron", "russia"});
  }
}

TEST_CASE("A type filter keeps nodes of the types and the edges between them", "[graph][unit]")
{
  const auto graph = filtered(GraphFilter{.types = {EntityType::person}});

  CHECK(graph.node_count() == 4); // pashinyan stays: no edge filter was given
  CHECK(graph.edge_count() == 2);
}

TEST_CASE("The ego network reaches depth hops in either direction", "[graph][unit]")
{
  SECTION("depth 1 from macron")
  {
    const auto graph = filtered(GraphFilter{.around = {"macron"}, .depth = 1});
    CHECK(node_ids(graph) == std::vector<std::string>{"macron", "putin", "russia"});
    CHECK(graph.edge_count() == 3);
  }
  SECTION("depth 2 from lavrov")
  {
    const auto graph = filtered(GraphFilter{.around = {"lavrov"}, .depth = 2});
    CHECK(node_ids(graph) == std::vector<std::string>{"lavrov", "macron", "putin", "russia"});
  }
  SECTION("depth 0 is the entity alone")
  {
    const auto graph = filtered(GraphFilter{.around = {"lavrov"}, .depth = 0});
    CHECK(node_ids(graph) == std::vector<std::string>{"lavrov"});
    CHECK(graph.edge_count() == 0);
  }
  SECTION("an id that is not in the graph gives an empty graph")
  {
    CHECK(filtered(GraphFilter{.around = {"nobody"}}).node_count() == 0);
  }
}

TEST_CASE("A subgraph keeps evidence, mentions and the symmetric flag", "[graph][unit]")
{
  const auto graph = filtered(GraphFilter{.predicates = {"met"}});

  const auto* edge = graph.edges().front();
  CHECK(edge->symmetric);
  CHECK(edge->cameo == "043");
  CHECK(edge->evidence.size() == 1);
}
