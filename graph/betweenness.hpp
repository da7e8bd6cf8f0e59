#pragma once

// Betweenness centrality on compressed rows (measures.cpp builds them), kept
// apart from the other measures. Not part of the public interface.

#include "graph/measures.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newskg::graph {

// The undirected simple graph as compressed rows: the neighbours of vertex v
// are targets[offsets[v] .. offsets[v + 1]), ascending and distinct, the
// order in which Boost's adjacency_list<setS, vecS, undirectedS> gave them.
struct Adjacency
{
  std::vector<std::size_t> offsets;
  std::vector<std::uint32_t> targets;

  [[nodiscard]] std::size_t size() const { return offsets.size() - 1; }
};

// Betweenness divided by the number of pairs of other nodes, (n-1)(n-2)/2,
// per vertex: exact (every vertex a source) up to options.exact_max_nodes
// vertices; above, estimated from options.pivots sources
// (betweenness_pivots), each sum scaled by n / pivots (Brandes and Pich
// 2007). The searches run on options.threads threads; every number is the
// same to the last bit for any number of threads.
[[nodiscard]] std::vector<double> betweenness(const Adjacency& adjacency,
                                              const BetweennessOptions& options);

} // namespace newskg::graph
