#pragma once

// Measures of every node of a KnowledgeGraph, computed with Boost.Graph so
// that a graph opened in Gephi can be sized and coloured at once (issue 5):
// degree, weighted degree, PageRank, betweenness centrality and the id of the
// connected component.

#include "graph/knowledge_graph.hpp"

#include <cstddef>
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

// The measures by node id, for every node of `graph`.
//
// - PageRank (Brin and Page 1998, Boost's page_rank, damping 0.85, 100
//   iterations) runs on the directed graph in which a symmetric edge
//   (ontology.md: "met", "called") points both ways; the ranks are then scaled
//   to sum to 1, so that rank lost at nodes without out-edges is shared out.
// - Betweenness (Brandes 2001, Boost's brandes_betweenness_centrality) and the
//   components run on the undirected simple graph: who links whom, whatever
//   the predicate and direction. Betweenness is divided by (n-1)(n-2)/2.
// - Components are numbered by size, largest first; ties by smallest node id.
// The same graph always gives the same numbers: vertices are taken in id order.
[[nodiscard]] std::map<std::string, NodeMeasures, std::less<>>
compute_measures(const KnowledgeGraph& graph);

// The names of the measures, as exports write them: "degree",
// "weighted_degree", "pagerank", "betweenness", "component".
[[nodiscard]] const std::vector<std::string_view>& measure_names();

// The value of measure `name` (one of measure_names()) as a double.
[[nodiscard]] double measure_value(const NodeMeasures& measures, std::string_view name);

} // namespace newskg::graph
