#include "graph/measures.hpp"

#include "graph/betweenness.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <random>
#include <set>
#include <stdexcept>
#include <unordered_map>
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

// The undirected simple graph of `edges` as compressed rows: self-loops
// dropped, each pair of neighbours once.
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

std::vector<std::uint32_t> betweenness_pivots(std::size_t node_count, std::size_t count)
{
  // A fixed seed, so that the same graph always gets the same estimate;
  // mt19937_64's output is the same on every platform, and so are these
  // draws (a modulo, not a distribution, whose algorithm the standard leaves
  // open).
  std::mt19937_64 random(pivot_seed); // NOLINT(cert-msc51-cpp): deterministic on purpose
  std::vector<std::uint32_t> all(node_count);
  std::iota(all.begin(), all.end(), std::uint32_t{0});
  const auto k = std::min(count, node_count);
  for (std::size_t i = 0; i < k; ++i) { // a partial Fisher-Yates shuffle
    std::swap(all[i], all[i + random() % (node_count - i)]);
  }
  all.resize(k);
  std::sort(all.begin(), all.end());
  return all;
}

bool betweenness_estimated(std::size_t node_count, const BetweennessOptions& options)
{
  return node_count > options.exact_max_nodes && options.pivots < node_count;
}

std::map<std::string, NodeMeasures, std::less<>> compute_measures(const KnowledgeGraph& graph,
                                                                  const BetweennessOptions& options)
{
  const auto nodes = graph.nodes();
  // Issue 9: hashed, as every edge looks up both of its ends.
  std::unordered_map<std::string_view, std::size_t> index;
  index.reserve(nodes.size());
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
  const auto between = options.betweenness == Betweenness::skip
                         ? std::vector<double>(nodes.size(), 0.0)
                         : betweenness(undirected, options);
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
