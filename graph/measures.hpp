#pragma once

// Measures of every node of a KnowledgeGraph, computed with Boost.Graph so
// that a graph opened in Gephi can be sized and coloured at once (issue 5):
// degree, weighted degree, PageRank, betweenness centrality and the id of the
// connected component.

#include "graph/knowledge_graph.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::graph {

struct NodeMeasures
{
  std::size_t degree = 0;     // edges at the node, in and out (one per predicate)
  double weighted_degree = 0; // sum of those edges' weights (edge_weight)
  double pagerank = 0;        // sums to 1 over the graph
  double betweenness = 0;     // normalized to [0, 1] (undirected)
  std::size_t component = 0;  // 0 is the largest connected component

  friend bool operator==(const NodeMeasures&, const NodeMeasures&) = default;
};

// The weight every export writes on an edge: its pieces of evidence, at least
// 1 (exports.md §2: Gephi drops an edge of weight 0).
[[nodiscard]] double edge_weight(const Edge& edge);

// Issue 9: exact betweenness runs a breadth-first search from every node, a
// cost of nodes x edges (minutes at 50,000 nodes and 100,000 edges). Above
// `exact_max_nodes` nodes it is estimated from `pivots` source nodes instead
// (Brandes and Pich 2007), drawn with a fixed seed so that the same graph
// always gives the same estimate; exports then say "estimate" where they name
// the measure (betweenness_estimate_name).
// A writer that shows no betweenness (dot) skips its cost, the largest of
// the measures: every node's betweenness is then 0.
enum class Betweenness { compute, skip };

struct BetweennessOptions
{
  std::size_t exact_max_nodes = 10000;
  std::size_t pivots = 1000;
  Betweenness betweenness = Betweenness::compute;
  // The searches run on this many threads (at least 1); every number is the
  // same to the last bit for any count.
  std::size_t threads = 2;
};

// The seed of betweenness_pivots' draws.
inline constexpr std::uint64_t pivot_seed = 20201010;

// `count` distinct nodes of 0 .. node_count-1, ascending, drawn with
// std::mt19937_64(pivot_seed); all of them when count >= node_count.
[[nodiscard]] std::vector<std::uint32_t> betweenness_pivots(std::size_t node_count,
                                                            std::size_t count);

// Whether compute_measures estimates the betweenness of a graph of
// `node_count` nodes rather than computing it exactly.
[[nodiscard]] bool betweenness_estimated(std::size_t node_count,
                                         const BetweennessOptions& options = {});

// The name exports give an estimated betweenness.
inline constexpr std::string_view betweenness_estimate_name = "betweenness_estimate";

// The measures by node id, for every node of `graph`.
//
// - PageRank (Brin and Page 1998, Boost's page_rank, damping 0.85, 100
//   iterations) runs on the directed graph in which a symmetric edge
//   (ontology.md: "met", "called") points both ways; the ranks are then scaled
//   to sum to 1, so that rank lost at nodes without out-edges is shared out.
// - Betweenness (Brandes 2001, Boost's brandes_betweenness_centrality) and the
//   components run on the undirected simple graph: who links whom, whatever
//   the predicate and direction. Betweenness is divided by (n-1)(n-2)/2;
//   above options.exact_max_nodes nodes it is an estimate (above).
// - Components are numbered by size, largest first; ties by smallest node id.
// The same graph always gives the same numbers: vertices are taken in id order.
[[nodiscard]] std::map<std::string, NodeMeasures, std::less<>>
compute_measures(const KnowledgeGraph& graph, const BetweennessOptions& options = {});

// The names of the measures, as exports write them: "degree",
// "weighted_degree", "pagerank", "betweenness", "component".
[[nodiscard]] const std::vector<std::string_view>& measure_names();

// The value of measure `name` (one of measure_names()) as a double.
[[nodiscard]] double measure_value(const NodeMeasures& measures, std::string_view name);

} // namespace newskg::graph
