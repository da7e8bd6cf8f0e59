#include "graph/measures.hpp"

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

// The vertices renumbered by degree, highest first (ties in vertex order),
// with each neighbour list kept in its own order, only renumbered: a search
// then meets the vertices it meets in `adjacency`, in the same order, while
// the hubs that most searches pass through share a few cache lines. Issue 9:
// the searches of the betweenness estimate wait on memory, not arithmetic.
struct Renumbered
{
  Adjacency adjacency;
  std::vector<std::uint32_t> number; // old vertex -> its number in `adjacency`
};

Renumbered renumbered_by_degree(const Adjacency& adjacency)
{
  const auto n = adjacency.size();
  const auto& offsets = adjacency.offsets;
  std::vector<std::uint32_t> by_degree(n);
  std::iota(by_degree.begin(), by_degree.end(), std::uint32_t{0});
  std::stable_sort(by_degree.begin(), by_degree.end(), [&](std::uint32_t a, std::uint32_t b) {
    return offsets[a + 1] - offsets[a] > offsets[b + 1] - offsets[b];
  });
  Renumbered out;
  out.number.resize(n);
  for (std::size_t rank = 0; rank < n; ++rank) {
    out.number[by_degree[rank]] = static_cast<std::uint32_t>(rank);
  }
  auto& to = out.adjacency;
  to.offsets.reserve(n + 1);
  to.offsets.push_back(0);
  to.targets.reserve(adjacency.targets.size());
  for (const auto v : by_degree) {
    for (auto at = offsets[v]; at < offsets[v + 1]; ++at) {
      to.targets.push_back(out.number[adjacency.targets[at]]);
    }
    to.offsets.push_back(to.targets.size());
  }
  return out;
}

// Brandes (2001) on the unweighted undirected graph from each of `sources`
// (ascending), doing Boost's brandes_betweenness_centrality's arithmetic in
// Boost's order, so that with every vertex a source the values are the same to
// the last bit (tests/unit/graph compares them): a breadth-first search from
// each source in vertex order, path counts as std::size_t, and the
// dependencies summed as the vertices leave Boost's stack (the reverse of the
// search order). Unlike Boost it resets only the vertices a search reached.
// Issue 9: the search reads every neighbour's distance, so the distances are
// an array of their own (4 bytes a vertex, which stays in cache), and a
// vertex's path count and dependency share one record, read only for the
// neighbours one level down; the search writes down each vertex's
// predecessors, so the backward pass reads them alone instead of every
// neighbour and its distance; and the searches run on the vertices
// renumbered by degree (renumbered_by_degree), which visits every vertex,
// neighbour and predecessor in the same order, so every sum is the same.
// Returns the sums of the dependencies, halved as Boost halves them on an
// undirected graph.
std::vector<double> dependency_sums(const Adjacency& graph,
                                    const std::vector<std::uint32_t>& sources)
{
  const auto n = graph.size();
  const auto renumbered = renumbered_by_degree(graph);
  const auto& number = renumbered.number;
  std::vector<double> centrality(n, 0.0); // by the new numbers
  const auto& offsets = renumbered.adjacency.offsets;
  const auto& targets = renumbered.adjacency.targets;
  constexpr std::int32_t unreached = -1;
  struct Visit
  {
    std::uint32_t predecessors = 0; // written at offsets[v] .. in `predecessor`
    std::size_t paths = 0;
    double dependency = 0;
  };
  std::vector<std::int32_t> distance(n, unreached);
  std::vector<Visit> visit(n);
  std::vector<std::uint32_t> predecessor(targets.size());
  std::vector<std::uint32_t> order; // search order; Boost's stack pops it backwards
  order.reserve(n);
  for (const auto source : sources) {
    const auto s = number[source];
    order.clear();
    order.push_back(s);
    distance[s] = 0;
    visit[s].paths = 1;
    for (std::size_t next = 0; next < order.size(); ++next) {
      const auto v = order[next];
      const auto& from = visit[v];
      const auto level = distance[v] + 1;
      for (auto at = offsets[v]; at < offsets[v + 1]; ++at) {
        const auto w = targets[at];
        auto& d = distance[w];
        if (d == unreached) {
          d = level;
          auto& to = visit[w];
          to.paths = from.paths;
          predecessor[offsets[w]] = v;
          to.predecessors = 1;
          order.push_back(w);
        } else if (d == level) {
          auto& to = visit[w];
          to.paths += from.paths;
          predecessor[offsets[w] + to.predecessors++] = v;
        }
      }
    }
    // A vertex's record is read for the last time when it leaves the stack
    // (its predecessors leave after it), so it is reset there.
    for (auto left = order.size(); left-- > 0;) {
      const auto w = order[left];
      const auto& to = visit[w];
      const auto first = offsets[w];
      for (auto at = first; at < first + to.predecessors; ++at) {
        auto& from = visit[predecessor[at]];
        double factor = static_cast<double>(from.paths) / static_cast<double>(to.paths);
        factor *= (1.0 + to.dependency);
        from.dependency = from.dependency + factor;
      }
      if (w != s) {
        centrality[w] = centrality[w] + to.dependency;
      }
      visit[w] = Visit{};
      distance[w] = unreached;
    }
  }
  std::vector<double> out(n);
  for (std::size_t v = 0; v < n; ++v) {
    out[v] = centrality[number[v]] / 2.0;
  }
  return out;
}

// Betweenness divided by the number of pairs of other nodes, (n-1)(n-2)/2:
// exact (every vertex a source) up to options.exact_max_nodes vertices;
// above, estimated from options.pivots sources (betweenness_pivots), each sum
// scaled by n / pivots (Brandes and Pich 2007).
std::vector<double> betweenness(const Adjacency& adjacency, const BetweennessOptions& options)
{
  const auto n = adjacency.size();
  if (n < 3) {
    return std::vector<double>(n, 0.0); // (n-1)(n-2)/2 == 0: no node lies between two others
  }
  const bool estimate = n > options.exact_max_nodes && options.pivots < n;
  std::vector<std::uint32_t> sources;
  if (estimate) {
    sources = betweenness_pivots(n, options.pivots);
  } else {
    sources.resize(n);
    std::iota(sources.begin(), sources.end(), std::uint32_t{0});
  }
  auto centrality = dependency_sums(adjacency, sources);
  const auto pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
  const double scale = static_cast<double>(n) / static_cast<double>(sources.size());
  for (auto& value : centrality) {
    if (estimate) {
      value *= scale;
    }
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
