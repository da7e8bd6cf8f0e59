#include "graph/measures.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <numeric>
#include <set>
#include <stdexcept>
#include <utility>

namespace newskg::graph {

namespace {

using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
using Undirected = boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS>;

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

std::vector<double> betweenness(const Undirected& undirected)
{
  const auto n = boost::num_vertices(undirected);
  std::vector<double> centrality(n, 0.0);
  if (n < 3) {
    return centrality; // (n-1)(n-2)/2 == 0: no node lies between two others
  }
  boost::brandes_betweenness_centrality(
    undirected,
    boost::centrality_map(boost::make_iterator_property_map(
      centrality.begin(), boost::get(boost::vertex_index, undirected))));
  // Boost counts each unordered pair once on an undirected graph (it halves
  // Brandes' sums), so divide by the number of pairs of other nodes.
  const auto pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
  for (auto& value : centrality) {
    value /= pairs;
  }
  return centrality;
}

// Boost numbers components in vertex order; renumber them largest first.
std::vector<std::size_t> components(const Undirected& undirected)
{
  const auto n = boost::num_vertices(undirected);
  std::vector<std::size_t> component(n, 0);
  const auto count = static_cast<std::size_t>(
    boost::connected_components(undirected,
                                boost::make_iterator_property_map(
                                  component.begin(), boost::get(boost::vertex_index, undirected))));
  std::vector<std::size_t> size(count, 0);
  for (const auto c : component) {
    ++size[c];
  }
  std::vector<std::size_t> order(count);
  std::iota(order.begin(), order.end(), std::size_t{0});
  // Boost's numbering follows the smallest vertex index, so a stable sort by
  // size keeps ties in order of their smallest node id.
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
  Undirected undirected(nodes.size());
  for (const auto* edge : graph.edges()) {
    const Endpoints ends{.subject = index.at(edge->subject),
                         .object = index.at(edge->object),
                         .symmetric = edge->symmetric};
    endpoints.push_back(ends);
    for (const auto end : {ends.subject, ends.object}) {
      ++measures[end].degree;
      measures[end].weighted_degree += edge_weight(*edge);
    }
    if (ends.subject != ends.object) {
      boost::add_edge(ends.subject, ends.object, undirected); // setS: once per pair
    }
  }
  const auto rank = pagerank(nodes.size(), endpoints);
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
