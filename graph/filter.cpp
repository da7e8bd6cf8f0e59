#include "graph/filter.hpp"

#include <algorithm>
#include <deque>
#include <map>

namespace newskg::graph {

namespace {

using Adjacency = std::map<std::string_view, std::set<std::string_view>>;

Adjacency adjacency_of(const KnowledgeGraph& graph)
{
  Adjacency adjacent;
  for (const auto* edge : graph.edges()) {
    adjacent[edge->subject].insert(edge->object);
    adjacent[edge->object].insert(edge->subject);
  }
  return adjacent;
}

// Breadth-first search along edges of either direction, up to `depth` hops.
std::set<std::string>
ego_network(const KnowledgeGraph& graph, const std::vector<std::string>& centres, std::size_t depth)
{
  const auto adjacent = adjacency_of(graph);
  std::map<std::string_view, std::size_t> hops;
  std::deque<std::string_view> queue;
  for (const auto& id : centres) {
    if (const auto* node = graph.find(id); node != nullptr && hops.emplace(node->id, 0).second) {
      queue.push_back(node->id);
    }
  }
  while (!queue.empty()) {
    const auto id = queue.front();
    queue.pop_front();
    const auto distance = hops.at(id);
    const auto next = adjacent.find(id);
    if (distance == depth || next == adjacent.end()) {
      continue;
    }
    for (const auto neighbour : next->second) {
      if (hops.emplace(neighbour, distance + 1).second) {
        queue.push_back(neighbour);
      }
    }
  }
  std::set<std::string> out;
  for (const auto& [id, distance] : hops) {
    out.emplace(id);
  }
  return out;
}

const auto keep_all_edges = [](const Edge&) {
  return true;
};

} // namespace

bool GraphFilter::filters_edges() const
{
  return !predicates.empty() || min_mentions > 0 || min_confidence > 0;
}

bool GraphFilter::filters_graph() const
{
  return !types.empty() || min_mentions > 0 || filters_edges() || !around.empty();
}

bool in_date_range(std::string_view date, const GraphFilter& filter)
{
  if (filter.since.empty() && filter.until.empty()) {
    return true;
  }
  if (date.empty()) {
    return false;
  }
  const auto day = date.substr(0, 10);
  return (filter.since.empty() || day >= filter.since)
         && (filter.until.empty() || day <= filter.until);
}

bool filter_extraction(Extraction& extraction, const GraphFilter& filter)
{
  if (!in_date_range(extraction.date, filter)) {
    return false;
  }
  std::erase_if(extraction.relations, [&](const Relation& relation) {
    return (!filter.predicates.empty() && !filter.predicates.contains(relation.predicate))
           || relation.confidence < filter.min_confidence;
  });
  return true;
}

KnowledgeGraph filter_graph(const KnowledgeGraph& graph, const GraphFilter& filter)
{
  auto out = graph.subgraph(
    [&](const Node& node) { return filter.types.empty() || filter.types.contains(node.type); },
    [&](const Edge& edge) { return edge.mentions >= filter.min_mentions; });
  if (filter.filters_edges()) {
    const auto adjacent = adjacency_of(out);
    out =
      out.subgraph([&](const Node& node) { return adjacent.contains(node.id); }, keep_all_edges);
  }
  if (!filter.around.empty()) {
    const auto kept = ego_network(out, filter.around, filter.depth);
    out = out.subgraph([&](const Node& node) { return kept.contains(node.id); }, keep_all_edges);
  }
  return out;
}

} // namespace newskg::graph
