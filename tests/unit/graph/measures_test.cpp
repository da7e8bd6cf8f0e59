#include "graph/measures.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <random>
#include <sstream>
#include <tuple>

using newskg::Entity;
using newskg::EntityType;
using newskg::Extraction;
using newskg::Ontology;
using newskg::Relation;
using newskg::graph::compute_measures;
using newskg::graph::KnowledgeGraph;

namespace {

Ontology measures_ontology()
{
  std::istringstream tsv(
    "# name\tcameo\tsymmetric\tsubject_types\tobject_types\tlabel_en\tlabel_ar\n"
    "informed\t040\tno\tPerson\tPerson\tinformed\tأبلغ\n"
    "met\t043\tyes\tPerson\tPerson\tmet\tالتقى\n");
  return Ontology::parse(tsv, "measures.tsv");
}

Relation relation(std::string subject, std::string predicate, std::string object, std::size_t at)
{
  return Relation{.subject = std::move(subject),
                  .predicate = std::move(predicate),
                  .object = std::move(object),
                  .confidence = 0.9,
                  .evidence = {.sentence = at, .span = {at * 10, at * 10 + 5}, .text = "x"}};
}

// A star a-{b,c,d} of "met", a second "informed" edge a->b, a pair e-f and a
// lone g: two components and an isolated node.
KnowledgeGraph star_graph()
{
  Extraction x{.doc = "star", .lang = "en"};
  for (const auto* id : {"a", "b", "c", "d", "e", "f", "g"}) {
    x.entities.push_back(Entity{.id = id, .type = EntityType::person, .label = id});
  }
  x.relations = {relation("a", "met", "b", 1),
                 relation("a", "met", "b", 2),
                 relation("a", "informed", "b", 3),
                 relation("c", "met", "a", 4),
                 relation("a", "met", "d", 5),
                 relation("e", "met", "f", 6)};
  KnowledgeGraph graph(measures_ontology());
  graph.add(x);
  return graph;
}

} // namespace

TEST_CASE("Degree counts one per edge and weighted degree sums evidence", "[graph][unit]")
{
  const auto measures = compute_measures(star_graph());

  REQUIRE(measures.size() == 7);
  // a: met b (2 pieces), informed b, met c, met d.
  CHECK(measures.at("a").degree == 4);
  CHECK(measures.at("a").weighted_degree == Approx(5));
  CHECK(measures.at("b").degree == 2);
  CHECK(measures.at("b").weighted_degree == Approx(3));
  CHECK(measures.at("g").degree == 0);
  CHECK(measures.at("g").weighted_degree == 0);
}

TEST_CASE("Betweenness is normalized over pairs of other nodes", "[graph][unit]")
{
  const auto measures = compute_measures(star_graph());

  // a lies on the paths b-c, b-d, c-d: 3 of the (7-1)(7-2)/2 = 15 pairs.
  CHECK(measures.at("a").betweenness == Approx(3.0 / 15.0));
  CHECK(measures.at("b").betweenness == 0);
  CHECK(measures.at("e").betweenness == 0);
}

TEST_CASE("Components are numbered largest first", "[graph][unit]")
{
  const auto measures = compute_measures(star_graph());

  for (const auto* id : {"a", "b", "c", "d"}) {
    CHECK(measures.at(id).component == 0);
  }
  CHECK(measures.at("e").component == 1);
  CHECK(measures.at("f").component == 1);
  CHECK(measures.at("g").component == 2);
}

TEST_CASE("PageRank sums to one and ranks the hub first", "[graph][unit]")
{
  const auto measures = compute_measures(star_graph());

  double total = 0;
  for (const auto& [id, m] : measures) {
    total += m.pagerank;
    if (id != "a") {
      CHECK(m.pagerank < measures.at("a").pagerank);
    }
  }
  CHECK(total == Approx(1.0));
  // e and f are a symmetric pair: the same rank.
  CHECK(measures.at("e").pagerank == Approx(measures.at("f").pagerank));
}

TEST_CASE("Measures of the same graph are the same twice", "[graph][unit]")
{
  CHECK(compute_measures(star_graph()) == compute_measures(star_graph()));
}

TEST_CASE("An empty graph has no measures", "[graph][unit]")
{
  const KnowledgeGraph graph(measures_ontology());

  CHECK(compute_measures(graph).empty());
}

TEST_CASE("measure_value reads each measure by name", "[graph][unit][error]")
{
  const newskg::graph::NodeMeasures m{
    .degree = 3, .weighted_degree = 4.5, .pagerank = 0.25, .betweenness = 0.5, .component = 2};

  CHECK(newskg::graph::measure_value(m, "degree") == 3);
  CHECK(newskg::graph::measure_value(m, "weighted_degree") == 4.5);
  CHECK(newskg::graph::measure_value(m, "pagerank") == 0.25);
  CHECK(newskg::graph::measure_value(m, "betweenness") == 0.5);
  CHECK(newskg::graph::measure_value(m, "component") == 2);
  CHECK_THROWS_AS(newskg::graph::measure_value(m, "closeness"), std::invalid_argument);
}

namespace {

std::string node_id(std::uint64_t number)
{
  std::string id = "n"; // not "n" + std::to_string(...): GCC 12's -Wrestrict false positive
  id += std::to_string(number);
  return id;
}

// A random graph of `edges` relations among `nodes` people ("met" and
// "informed", self-loops and repeats included), ids n0, n1, ... added in a
// scrambled order.
KnowledgeGraph random_graph(std::uint64_t seed, std::size_t nodes, std::size_t edges)
{
  std::mt19937_64 random(seed);
  Extraction x{.doc = "random", .lang = "en"};
  for (std::size_t i = 0; i < nodes; ++i) {
    const auto id = node_id((i * 7919) % nodes);
    x.entities.push_back(Entity{.id = id, .type = EntityType::person, .label = id});
  }
  for (std::size_t i = 0; i < edges; ++i) {
    const auto a = node_id(random() % nodes);
    const auto b = node_id(random() % nodes);
    x.relations.push_back(relation(a, random() % 2 == 0 ? "met" : "informed", b, i));
  }
  KnowledgeGraph graph(measures_ontology());
  graph.add(x);
  return graph;
}

} // namespace

// Issue 9: betweenness and components are computed on compressed rows, not
// with Boost; the exports must not change, so the values are compared with
// Boost's brandes_betweenness_centrality and connected_components (the code
// they replace) to the last bit.
TEST_CASE("Betweenness and components equal Boost's to the last bit", "[graph][unit]")
{
  using Undirected = boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS>;
  for (const auto& [seed, nodes, edges] : {std::tuple{1U, 40U, 60U},
                                           std::tuple{2U, 200U, 150U},
                                           std::tuple{3U, 300U, 900U},
                                           std::tuple{4U, 3U, 2U},
                                           std::tuple{5U, 500U, 2000U}}) {
    const auto graph = random_graph(seed, nodes, edges);
    const auto measures = compute_measures(graph);

    std::map<std::string, std::size_t, std::less<>> index;
    for (const auto* node : graph.nodes()) {
      index.emplace(node->id, index.size());
    }
    Undirected undirected(index.size());
    for (const auto* edge : graph.edges()) {
      if (edge->subject != edge->object) {
        boost::add_edge(index.at(edge->subject), index.at(edge->object), undirected);
      }
    }
    const auto n = index.size();
    std::vector<double> centrality(n, 0.0);
    boost::brandes_betweenness_centrality(
      undirected,
      boost::centrality_map(boost::make_iterator_property_map(
        centrality.begin(), boost::get(boost::vertex_index, undirected))));
    const auto pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
    std::vector<std::size_t> component(n, 0);
    boost::connected_components(undirected,
                                boost::make_iterator_property_map(
                                  component.begin(), boost::get(boost::vertex_index, undirected)));
    // Components renumbered largest first: the same partition, and the same
    // component for two nodes in both numberings.
    std::map<std::size_t, std::size_t> ours_of_boost;

    for (const auto& [id, i] : index) {
      INFO("seed " << seed << ", node " << id);
      CHECK(measures.at(id).betweenness == centrality[i] / pairs);
      const auto [at, added] = ours_of_boost.emplace(component[i], measures.at(id).component);
      CHECK(at->second == measures.at(id).component);
    }
  }
}
