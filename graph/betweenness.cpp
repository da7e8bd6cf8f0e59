#include "graph/betweenness.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <numeric>
#include <thread>

namespace newskg::graph {

namespace {

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

// One thread's working memory for Brandes' searches, reused from source to
// source.
//
// Brandes (2001) on the unweighted undirected graph, doing Boost's
// brandes_betweenness_centrality's arithmetic in Boost's order, so that with
// every vertex a source the values are the same to the last bit
// (tests/unit/graph compares them): a breadth-first search in vertex order,
// path counts as std::size_t, and the dependencies summed as the vertices
// leave Boost's stack (the reverse of the search order). Unlike Boost it
// resets only the vertices a search reached. Issue 9: the search reads every
// neighbour's distance, so the distances are an array of their own (4 bytes a
// vertex, which stays in cache), and a vertex's path count and dependency
// share one record, read only for the neighbours one level down; the search
// writes down each vertex's predecessors, so the backward pass reads them
// alone instead of every neighbour and its distance; and the searches run on
// the vertices renumbered by degree (renumbered_by_degree), which visits
// every vertex, neighbour and predecessor in the same order, so every sum is
// the same.
class Search
{
public:
  // `graph` must outlive the search.
  explicit Search(const Adjacency& graph)
    : m_graph(graph),
      m_distance(graph.size(), unreached),
      m_visit(graph.size()),
      m_predecessor(graph.targets.size())
  {
    m_order.reserve(graph.size());
  }

  // Sets dependency[w] to the dependency of the source s on every vertex w
  // the search from s reaches but s; leaves the other entries as they are.
  // Allocates nothing, so it cannot throw.
  void run(std::uint32_t s, std::vector<double>& dependency) noexcept;

private:
  static constexpr std::int32_t unreached = -1;
  struct Visit
  {
    std::uint32_t predecessors = 0; // written at offsets[v] .. in `m_predecessor`
    std::size_t paths = 0;
    double dependency = 0;
  };

  const Adjacency& m_graph;
  std::vector<std::int32_t> m_distance;
  std::vector<Visit> m_visit;
  std::vector<std::uint32_t> m_predecessor;
  std::vector<std::uint32_t> m_order; // search order; Boost's stack pops it backwards
};

void Search::run(std::uint32_t s, std::vector<double>& dependency) noexcept
{
  const auto& offsets = m_graph.offsets;
  const auto& targets = m_graph.targets;
  auto& distance = m_distance;
  auto& visit = m_visit;
  auto& predecessor = m_predecessor;
  auto& order = m_order;
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
      dependency[w] = to.dependency;
    }
    visit[w] = Visit{};
    distance[w] = unreached;
  }
}

// How many searches run before their dependencies are summed: as many as
// fit in about 4 MB of dependencies, at least 4 per thread, at most 256.
std::size_t batch_size(std::size_t vertices, std::size_t threads)
{
  constexpr std::size_t budget = std::size_t{4} << 20U;
  const auto fit = budget / (sizeof(double) * std::max<std::size_t>(vertices, 1));
  return std::clamp<std::size_t>(fit, 4 * threads, 256);
}

// The dependencies of each of `sources` (ascending), summed per vertex over
// the sources in their order, as Boost sums them, and halved as Boost halves
// them on an undirected graph. Issue 9: the searches of a batch run on
// `threads` threads, each into its source's own array of dependencies; the
// arrays are then added in source order, so every sum is the one a single
// thread gives, to the last bit. A vertex the search from s does not reach,
// and s itself, add 0.0, which leaves a sum unchanged (the sums start at +0.0
// and no dependency is negative).
std::vector<double> dependency_sums(const Adjacency& graph,
                                    const std::vector<std::uint32_t>& sources,
                                    std::size_t threads)
{
  const auto n = graph.size();
  const auto renumbered = renumbered_by_degree(graph);
  const auto& number = renumbered.number;
  threads = std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(sources.size(), 1));
  std::vector<Search> searches;
  searches.reserve(threads);
  for (std::size_t t = 0; t < threads; ++t) {
    searches.emplace_back(renumbered.adjacency);
  }
  const auto batch = std::min(batch_size(n, threads), sources.size());
  std::vector<std::vector<double>> slots(batch, std::vector<double>(n, 0.0));
  std::vector<double> centrality(n, 0.0); // by the new numbers
  for (std::size_t first = 0; first < sources.size(); first += batch) {
    const auto last = std::min(first + batch, sources.size());
    std::atomic<std::size_t> next{first};
    const auto work = [&](Search& search) {
      for (auto i = next++; i < last; i = next++) {
        search.run(number[sources[i]], slots[i - first]);
      }
    };
    {
      std::vector<std::jthread> helpers;
      for (std::size_t t = 1; t < threads; ++t) {
        helpers.emplace_back(work, std::ref(searches[t]));
      }
      work(searches[0]);
    } // the helpers join here
    for (std::size_t i = 0; i < last - first; ++i) {
      auto& slot = slots[i];
      for (std::size_t v = 0; v < n; ++v) {
        centrality[v] = centrality[v] + slot[v];
        slot[v] = 0.0;
      }
    }
  }
  std::vector<double> out(n);
  for (std::size_t v = 0; v < n; ++v) {
    out[v] = centrality[number[v]] / 2.0;
  }
  return out;
}

} // namespace

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
  auto centrality = dependency_sums(adjacency, sources, options.threads);
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

} // namespace newskg::graph
