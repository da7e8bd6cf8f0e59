#include "graph/measures.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <set>
#include <stdexcept>
#include <utility>

namespace newskg::graph {

namespace {

using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

constexpr double damping = 0.85;
constexpr std::size_t pagerank_iterations = 100;

struct Endpoints
{
  std::size_t subject = 0;
  std::size_t object = 0;
  bool symmetric = false;
};

std::vector<double> pagerank(std::size_t node_count, const std::vector<Endpoints>& edges)
{
  Directed directed(node_count);
  for (const auto& edge : edges) {
    boost::add_edge(edge.subject, edge.object, directed);
    if (edge.symmetric && edge.subject != edge.object) {
      boost::add_edge(edge.object, edge.subject, directed);
    }
  }
  std::vector<double> rank(node_count, 0.0);
  boost::graph::page_rank(
    directed,
    boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, directed)),
    boost::graph::n_iterations(pagerank_iterations),
    damping);
  const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
  if (total > 0) {
    for (auto& value : rank) {
      value /= total;
    }
  }
  return rank;
}

// The undirected simple graph as compressed rows: the neighbours of vertex v
// are targets[offsets[v] .. offsets[v + 1]), ascending and distinct, the
// order in which Boost's adjacency_list<setS, vecS, undirectedS> gave them.
struct Adjacency
{
  std::vector<std::size_t> offsets;
  std::vector<std::uint32_t> targets;

  [[nodiscard]] std::size_t size() const { return offsets.size() - 1; }
};

Adjacency adjacency_of(std::size_t node_count, const std::vector<Endpoints>& edges)
{
  std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
  arcs.reserve(edges.size() * 2);
  for (const auto& edge : edges) {
    if (edge.subject != edge.object) {
      const auto a = static_cast<std::uint32_t>(edge.subject);
      const auto b = static_cast<std::uint32_t>(edge.object);
      arcs.emplace_back(a, b);
      arcs.emplace_back(b, a);
    }
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  Adjacency adjacency;
  adjacency.offsets.assign(node_count + 1, 0);
  adjacency.targets.reserve(arcs.size());
  for (const auto& [from, to] : arcs) {
    ++adjacency.offsets[from + 1];
    adjacency.targets.push_back(to);
  }
  std::partial_sum(adjacency.offsets.begin(), adjacency.offsets.end(), adjacency.offsets.begin());
  return adjacency;
}

// Brandes (2001) on the unweighted undirected graph, doing Boost's
// brandes_betweenness_centrality's arithmetic in Boost's order, so that the
// values are the same to the last bit (tests/unit/graph compares them): a
// breadth-first search from each source in vertex order, neighbours in
// ascending order, path counts as std::size_t, and the dependencies summed as
// the vertices leave Boost's stack (the reverse of the search order). Unlike
// Boost it resets only the vertices a search reached and keeps no incoming
// edge lists: a vertex's predecessors are its neighbours one step nearer.
std::vector<double> betweenness(const Adjacency& adjacency)
{
  const auto n = adjacency.size();
  std::vector<double> centrality(n, 0.0);
  if (n < 3) {
    return centrality; // (n-1)(n-2)/2 == 0: no node lies between two others
  }
  const auto& offsets = adjacency.offsets;
  const auto& targets = adjacency.targets;
  constexpr std::int64_t unreached = -1;
  std::vector<std::int64_t> distance(n, unreached);
  std::vector<std::size_t> paths(n, 0);
  std::vector<double> dependency(n, 0.0);
  std::vector<std::uint32_t> order; // search order; Boost's stack pops it backwards
  order.reserve(n);
  for (std::size_t s = 0; s < n; ++s) {
    order.clear();
    order.push_back(static_cast<std::uint32_t>(s));
    distance[s] = 0;
    paths[s] = 1;
    for (std::size_t next = 0; next < order.size(); ++next) {
      const auto v = order[next];
      for (auto at = offsets[v]; at < offsets[v + 1]; ++at) {
        const auto w = targets[at];
        if (distance[w] == unreached) {
          distance[w] = distance[v] + 1;
          paths[w] = paths[v];
          order.push_back(w);
        } else if (distance[w] == distance[v] + 1) {
          paths[w] += paths[v];
        }
      }
    }
    for (auto left = order.size(); left-- > 0;) {
      const auto w = order[left];
      for (auto at = offsets[w]; at < offsets[w + 1]; ++at) {
        const auto v = targets[at];
        if (distance[v] + 1 == distance[w]) {
          double factor = static_cast<double>(paths[v]) / static_cast<double>(paths[w]);
          factor *= (1.0 + dependency[w]);
          dependency[v] = dependency[v] + factor;
        }
      }
      if (w != s) {
        centrality[w] = centrality[w] + dependency[w];
      }
    }
    for (const auto v : order) {
      distance[v] = unreached;
      paths[v] = 0;
      dependency[v] = 0.0;
    }
  }
  // Boost halves the sums on an undirected graph (each unordered pair once);
  // then divide by the number of pairs of other nodes.
  const auto pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
  for (auto& value : centrality) {
    value = value / 2.0;
    value /= pairs;
  }
  return centrality;
}

// Components numbered as Boost's connected_components numbers them (in the
// order of their smallest vertex), then renumbered largest first.
std::vector<std::size_t> components(const Adjacency& adjacency)
{
  const auto n = adjacency.size();
  constexpr auto none = static_cast<std::size_t>(-1);
  std::vector<std::size_t> component(n, none);
  std::vector<std::size_t> size;
  std::vector<std::uint32_t> stack;
  for (std::size_t first = 0; first < n; ++first) {
    if (component[first] != none) {
      continue;
    }
    const auto number = size.size();
    size.push_back(0);
    component[first] = number;
    stack.push_back(static_cast<std::uint32_t>(first));
    while (!stack.empty()) {
      const auto v = stack.back();
      stack.pop_back();
      ++size[number];
      for (auto at = adjacency.offsets[v]; at < adjacency.offsets[v + 1]; ++at) {
        const auto w = adjacency.targets[at];
        if (component[w] == none) {
          component[w] = number;
          stack.push_back(w);
        }
      }
    }
  }
  const auto count = size.size();
  std::vector<std::size_t> order(count);
  std::iota(order.begin(), order.end(), std::size_t{0});
  // A stable sort by size keeps ties in order of their smallest node id.
  std::stable_sort(
    order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return size[a] > size[b]; });
  std::vector<std::size_t> renumbered(count, 0);
  for (std::size_t rank = 0; rank < count; ++rank) {
    renumbered[order[rank]] = rank;
  }
  for (auto& c : component) {
    c = renumbered[c];
  }
  return component;
}

} // namespace

double edge_weight(const Edge& edge)
{
  return static_cast<double>(std::max<std::size_t>(edge.mentions, 1));
}

std::map<std::string, NodeMeasures, std::less<>> compute_measures(const KnowledgeGraph& graph)
{
  const auto nodes = graph.nodes();
  std::map<std::string_view, std::size_t> index;
  for (const auto* node : nodes) {
    index.emplace(node->id, index.size());
  }
  std::vector<NodeMeasures> measures(nodes.size());
  std::vector<Endpoints> endpoints;
  endpoints.reserve(graph.edge_count());
  for (const auto* edge : graph.edges()) {
    const Endpoints ends{.subject = index.at(edge->subject),
                         .object = index.at(edge->object),
                         .symmetric = edge->symmetric};
    endpoints.push_back(ends);
    for (const auto end : {ends.subject, ends.object}) {
      ++measures[end].degree;
      measures[end].weighted_degree += edge_weight(*edge);
    }
  }
  const auto rank = pagerank(nodes.size(), endpoints);
  const auto undirected = adjacency_of(nodes.size(), endpoints);
  const auto between = betweenness(undirected);
  const auto component = components(undirected);

  std::map<std::string, NodeMeasures, std::less<>> out;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    measures[i].pagerank = rank[i];
    measures[i].betweenness = between[i];
    measures[i].component = component[i];
    out.emplace(nodes[i]->id, measures[i]);
  }
  return out;
}

const std::vector<std::string_view>& measure_names()
{
  static const std::vector<std::string_view> names{
    "degree", "weighted_degree", "pagerank", "betweenness", "component"};
  return names;
}

double measure_value(const NodeMeasures& measures, std::string_view name)
{
  if (name == "degree") {
    return static_cast<double>(measures.degree);
  }
  if (name == "weighted_degree") {
    return measures.weighted_degree;
  }
  if (name == "pagerank") {
    return measures.pagerank;
  }
  if (name == "betweenness") {
    return measures.betweenness;
  }
  if (name == "component") {
    return static_cast<double>(measures.component);
  }
  throw std::invalid_argument("unknown measure '" + std::string(name) + "'");
}

} // namespace newskg::graph
