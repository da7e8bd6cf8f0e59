#include "graph/measures.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
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

// Issue 9: the searches run on several threads, each into its source's own
// dependencies, summed in source order: the same numbers as on one thread.
TEST_CASE("Betweenness is the same to the last bit on any number of threads", "[graph][unit]")
{
  const auto graph = random_graph(8, 700, 1400);
  for (const auto& options :
       {newskg::graph::BetweennessOptions{},
        newskg::graph::BetweennessOptions{.exact_max_nodes = 100, .pivots = 90}}) {
    auto one = options;
    one.threads = 1;
    const auto expected = compute_measures(graph, one);

    for (const std::size_t threads : {2U, 3U, 8U}) {
      auto many = options;
      many.threads = threads;
      INFO(threads << " threads, exact up to " << options.exact_max_nodes << " nodes");
      CHECK(compute_measures(graph, many) == expected);
    }
  }
}

// Issue 9: above BetweennessOptions::exact_max_nodes, betweenness is
// estimated from a fixed draw of source nodes.
TEST_CASE("Betweenness pivots are a fixed draw of distinct nodes", "[graph][unit]")
{
  using newskg::graph::betweenness_pivots;
  const auto pivots = betweenness_pivots(1000, 50);
  REQUIRE(pivots.size() == 50);
  CHECK(std::is_sorted(pivots.begin(), pivots.end()));
  CHECK(std::adjacent_find(pivots.begin(), pivots.end()) == pivots.end());
  CHECK(pivots.back() < 1000);
  CHECK(betweenness_pivots(1000, 50) == pivots); // the same every time
  CHECK(betweenness_pivots(1000, 51) != pivots);
  CHECK(pivots.back() > 50); // not simply the first nodes
  // As many as there are nodes, or more: every node.
  CHECK(betweenness_pivots(4, 9) == std::vector<std::uint32_t>{0, 1, 2, 3});
  CHECK(betweenness_pivots(0, 3).empty());
}

TEST_CASE("Betweenness is estimated only above the exact limit", "[graph][unit]")
{
  using newskg::graph::betweenness_estimated;
  const newskg::graph::BetweennessOptions options{.exact_max_nodes = 100, .pivots = 10};
  CHECK_FALSE(betweenness_estimated(100, options));
  CHECK(betweenness_estimated(101, options));
  CHECK_FALSE(betweenness_estimated(9, {.exact_max_nodes = 5, .pivots = 10})); // pivots >= nodes
  CHECK(betweenness_estimated(11, {.exact_max_nodes = 5, .pivots = 10}));
  // The defaults: exact up to 10,000 nodes, 1,000 sources above.
  CHECK_FALSE(betweenness_estimated(10000));
  CHECK(betweenness_estimated(10001));
}

TEST_CASE("Estimated betweenness of a path, checked by hand", "[graph][unit]")
{
  // The path n0 - n1 - n2 - n3 - n4 (ids sort as the path runs). From a
  // source s, the dependency of v is the number of nodes beyond v: 4 - v when
  // s < v, v when s > v. Estimate of v: (5 / k) * sum over the k pivots,
  // halved (each pair counted from both ends), over (n-1)(n-2)/2 = 6 pairs.
  Extraction x{.doc = "path", .lang = "en"};
  for (const auto* id : {"n0", "n1", "n2", "n3", "n4"}) {
    x.entities.push_back(Entity{.id = id, .type = EntityType::person, .label = id});
  }
  x.relations = {relation("n0", "met", "n1", 1),
                 relation("n1", "met", "n2", 2),
                 relation("n2", "met", "n3", 3),
                 relation("n3", "met", "n4", 4)};
  KnowledgeGraph graph(measures_ontology());
  graph.add(x);
  const newskg::graph::BetweennessOptions options{.exact_max_nodes = 4, .pivots = 2};
  const auto pivots = newskg::graph::betweenness_pivots(5, 2);
  REQUIRE(pivots.size() == 2);
  const auto measures = compute_measures(graph, options);
  for (std::uint32_t v = 0; v < 5; ++v) {
    double sum = 0;
    for (const auto s : pivots) {
      sum += s < v ? 4.0 - v : (s > v ? double(v) : 0.0);
    }
    INFO("node n" << v << ", pivots " << pivots[0] << ", " << pivots[1]);
    CHECK(measures.at(node_id(v)).betweenness == Approx(2.5 * sum / 2.0 / 6.0));
  }
  // The ends lie between no two nodes; the exact middle is 4 pairs of 6.
  CHECK(measures.at("n0").betweenness == 0.0);
  CHECK(measures.at("n4").betweenness == 0.0);
  CHECK(compute_measures(graph).at("n2").betweenness == Approx(4.0 / 6.0));
  // With as many pivots as nodes the estimate is the exact value.
  CHECK(compute_measures(graph, {.exact_max_nodes = 4, .pivots = 5}) == compute_measures(graph));
}

TEST_CASE("Estimated betweenness is near the exact one on a random graph", "[graph][unit]")
{
  const auto graph = random_graph(6, 600, 1500);
  const auto exact = compute_measures(graph);
  const auto estimate = compute_measures(graph, {.exact_max_nodes = 100, .pivots = 300});
  REQUIRE(exact.size() == estimate.size());
  double top_exact = 0;
  std::string top;
  for (const auto& [id, m] : exact) {
    if (m.betweenness > top_exact) {
      top_exact = m.betweenness;
      top = id;
    }
  }
  // Half the nodes as sources: the most central node within 20%, and no
  // estimate off by more than the top value's fifth.
  CHECK(estimate.at(top).betweenness == Approx(top_exact).epsilon(0.2));
  for (const auto& [id, m] : exact) {
    INFO("node " << id);
    CHECK(std::abs(estimate.at(id).betweenness - m.betweenness) < top_exact / 5);
  }
  CHECK(estimate != exact);
}

TEST_CASE("Skipping betweenness leaves it 0 and the other measures unchanged", "[graph][unit]")
{
  const auto graph = random_graph(7, 60, 150);
  const auto all = compute_measures(graph);

  const auto skipped = compute_measures(graph, {.betweenness = newskg::graph::Betweenness::skip});

  REQUIRE(skipped.size() == all.size());
  for (const auto& [id, m] : all) {
    INFO("node " << id);
    auto expected = m;
    expected.betweenness = 0;
    CHECK(skipped.at(id) == expected);
  }
}
