#include "graph/knowledge_graph.hpp"

#include "core/hash.hpp"
#include "graph/merge.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <compare>
#include <cstdint>
#include <functional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newskg::graph {

namespace {

// vecS vertices (style.md: we never remove one) with the Node and Edge
// structs as bundled properties. Edge properties live in adjacency_list's
// edge list, so an Edge* stays valid while edges are added.
using BoostGraph =
  boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using Vertex = BoostGraph::vertex_descriptor;
using BoostEdge = BoostGraph::edge_descriptor;

struct PredicateRule
{
  bool symmetric = false;
  std::string cameo;
};

// A mention counted in a node's total: its document (numbered once per add,
// DocumentNumbers) and its span; kept per vertex (Impl::seen_mentions).
struct MentionKey
{
  std::uint32_t doc = 0;
  std::size_t begin = 0;
  std::size_t end = 0;

  friend auto operator<=>(const MentionKey&, const MentionKey&) = default;
};

// An edge's (subject, predicate, object) as numbers: its vertices and the
// predicate's number (Impl::predicate_number). Issue 9: interned once, so
// that finding the edge of a relation compares no strings and copies none.
struct EdgeKey
{
  Vertex subject = 0;
  std::uint32_t predicate = 0;
  Vertex object = 0;

  friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
};

struct EdgeKeyHash
{
  std::size_t operator()(const EdgeKey& key) const noexcept
  {
    std::size_t h = std::hash<std::size_t>{}(key.subject);
    for (const std::size_t part : {std::size_t{key.predicate}, std::size_t{key.object}}) {
      h ^= std::hash<std::size_t>{}(part) + 0x9e3779b97f4a7c15ULL + (h << 6U) + (h >> 2U);
    }
    return h;
  }
};

// The vertices of one document's entities, by entity id (KnowledgeGraph::add).
using DocumentVertices = std::unordered_map<std::string_view, Vertex>;

} // namespace

struct KnowledgeGraph::Impl
{
  BoostGraph graph;
  // Issue 9: hashed; nodes() sorts by id.
  std::unordered_map<std::string, Vertex, StringHash, std::equal_to<>> vertex_by_id;
  std::unordered_map<EdgeKey, BoostEdge, EdgeKeyHash> edge_by_key; // edges() sorts them
  std::unordered_map<std::string, std::uint32_t> predicate_numbers;
  std::map<std::string, PredicateRule, std::less<>> rules;
  // Every mention counted so far, so that adding a document twice does not
  // count its mentions twice: per vertex (seen_mentions[v]), sorted. Issue 9:
  // one vector per vertex rather than a hashed node per mention; documents
  // are numbered as they come, so a new mention mostly goes at the end.
  std::vector<std::vector<MentionKey>> seen_mentions;
  std::unordered_map<std::string, std::uint32_t> doc_numbers;

  [[nodiscard]] std::uint32_t doc_number(const std::string& doc);
  [[nodiscard]] std::uint32_t predicate_number(const std::string& predicate);
  Vertex add_entity(const Entity& entity, const Extraction& extraction, std::uint32_t doc_number);
  void add_relation(const Relation& relation,
                    const Extraction& extraction,
                    const DocumentVertices& vertices);
  // Every (id, vertex), sorted by id.
  [[nodiscard]] std::vector<std::pair<std::string_view, Vertex>> sorted_vertices() const;
};

std::uint32_t KnowledgeGraph::Impl::doc_number(const std::string& doc)
{
  return doc_numbers.emplace(doc, static_cast<std::uint32_t>(doc_numbers.size())).first->second;
}

std::vector<std::pair<std::string_view, Vertex>> KnowledgeGraph::Impl::sorted_vertices() const
{
  std::vector<std::pair<std::string_view, Vertex>> out(vertex_by_id.begin(), vertex_by_id.end());
  std::sort(out.begin(), out.end()); // ids are unique
  return out;
}

std::uint32_t KnowledgeGraph::Impl::predicate_number(const std::string& predicate)
{
  const auto found = predicate_numbers.find(predicate);
  if (found != predicate_numbers.end()) {
    return found->second;
  }
  const auto number = static_cast<std::uint32_t>(predicate_numbers.size());
  predicate_numbers.emplace(predicate, number);
  return number;
}

Vertex KnowledgeGraph::Impl::add_entity(const Entity& entity,
                                        const Extraction& extraction,
                                        std::uint32_t doc_number)
{
  const auto& doc = extraction.doc;
  auto found = vertex_by_id.find(entity.id);
  if (found == vertex_by_id.end()) {
    // Issue 9: add_vertex(node, graph) copies the node; it is moved in instead.
    const auto vertex = boost::add_vertex(graph);
    graph[vertex] = make_node(entity, doc, extraction.lang);
    found = vertex_by_id.emplace(entity.id, vertex).first;
  } else {
    merge_entity(graph[found->second], entity, doc, extraction.lang);
  }
  auto& node = graph[found->second];
  node.dates.add(extraction.date);
  if (seen_mentions.size() <= found->second) {
    seen_mentions.resize(found->second + 1);
  }
  auto& seen = seen_mentions[found->second];
  for (const auto& mention : entity.mentions) {
    const MentionKey key{.doc = doc_number, .begin = mention.span.begin, .end = mention.span.end};
    if (seen.empty() || seen.back() < key) {
      seen.push_back(key);
      ++node.mentions;
      continue;
    }
    const auto at = std::lower_bound(seen.begin(), seen.end(), key);
    if (*at != key) {
      seen.insert(at, key);
      ++node.mentions;
    }
  }
  return found->second;
}

void KnowledgeGraph::Impl::add_relation(const Relation& relation,
                                        const Extraction& extraction,
                                        const DocumentVertices& vertices)
{
  const auto rule = rules.find(relation.predicate);
  const bool symmetric = rule != rules.end() && rule->second.symmetric;
  // ontology.md: a symmetric predicate has no direction; its edge is stored
  // once, smaller id first, so "A met B" and "B met A" are one edge.
  const bool swap = symmetric && relation.object < relation.subject;
  const auto& subject = swap ? relation.object : relation.subject;
  const auto& object = swap ? relation.subject : relation.object;
  const auto from = vertices.at(subject);
  const auto to = vertices.at(object);
  const EdgeKey key{
    .subject = from, .predicate = predicate_number(relation.predicate), .object = to};
  auto found = edge_by_key.find(key);
  if (found == edge_by_key.end()) {
    Edge edge{.subject = subject,
              .predicate = relation.predicate,
              .object = object,
              .cameo = rule != rules.end() ? rule->second.cameo : std::string(),
              .symmetric = symmetric};
    // The relation's own cameo comes first; the ontology's fills a gap.
    if (!relation.cameo.empty()) {
      edge.cameo = relation.cameo;
    }
    // Moved in, as the node is (add_entity).
    const auto added = boost::add_edge(from, to, graph);
    graph[added.first] = std::move(edge);
    found = edge_by_key.emplace(key, added.first).first;
  }
  merge_relation(graph[found->second],
                 relation,
                 EdgeEvidence{.doc = extraction.doc,
                              .date = extraction.date,
                              .sentence = relation.evidence.sentence,
                              .span = relation.evidence.span,
                              .text = relation.evidence.text,
                              .confidence = relation.confidence});
}

KnowledgeGraph::KnowledgeGraph(const Ontology& ontology)
  : m_impl(std::make_unique<Impl>())
{
  for (const auto& predicate : ontology.predicates()) {
    m_impl->rules.emplace(predicate.name, PredicateRule{predicate.symmetric, predicate.cameo});
  }
}

void KnowledgeGraph::add_aliases(std::string_view id, const std::vector<std::string>& names)
{
  const auto found = m_impl->vertex_by_id.find(id);
  if (found == m_impl->vertex_by_id.end()) {
    return;
  }
  auto& node = m_impl->graph[found->second];
  for (const auto& name : names) {
    if (!name.empty()) {
      insert_sorted_unique(node.aliases, name);
    }
  }
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph::~KnowledgeGraph() = default;

void KnowledgeGraph::add(const Extraction& extraction)
{
  DocumentVertices vertices;
  vertices.reserve(extraction.entities.size());
  const auto doc = m_impl->doc_number(extraction.doc);
  for (const auto& entity : extraction.entities) {
    vertices.emplace(entity.id, m_impl->add_entity(entity, extraction, doc));
  }
  for (const auto& relation : extraction.relations) {
    // ontology.md: subject and object name ids in `entities`; a relation that
    // does not is dangling and skipped rather than given an empty node.
    if (vertices.contains(relation.subject) && vertices.contains(relation.object)) {
      m_impl->add_relation(relation, extraction, vertices);
    }
  }
}

std::size_t KnowledgeGraph::node_count() const
{
  return boost::num_vertices(m_impl->graph);
}

std::size_t KnowledgeGraph::edge_count() const
{
  return boost::num_edges(m_impl->graph);
}

std::vector<const Node*> KnowledgeGraph::nodes() const
{
  std::vector<const Node*> out;
  out.reserve(m_impl->vertex_by_id.size());
  for (const auto& [id, vertex] : m_impl->sorted_vertices()) {
    out.push_back(&m_impl->graph[vertex]);
  }
  return out;
}

std::vector<const Edge*> KnowledgeGraph::edges() const
{
  // Issue 9: sorted by numbers that stand for the strings: a vertex's rank
  // in id order and a predicate's rank in name order. Ids and predicate names
  // are unique, so the order is the one of (subject, predicate, object) as
  // strings, and no two edges tie.
  const auto& impl = *m_impl;
  std::vector<std::uint32_t> vertex_rank(boost::num_vertices(impl.graph));
  std::uint32_t rank = 0;
  for (const auto& [id, vertex] : impl.sorted_vertices()) {
    vertex_rank[vertex] = rank++;
  }
  std::vector<std::pair<std::string_view, std::uint32_t>> predicates(impl.predicate_numbers.begin(),
                                                                     impl.predicate_numbers.end());
  std::sort(predicates.begin(), predicates.end());
  std::vector<std::uint32_t> predicate_rank(predicates.size());
  rank = 0;
  for (const auto& [name, number] : predicates) {
    predicate_rank[number] = rank++;
  }
  struct Ranked
  {
    std::uint32_t subject;
    std::uint32_t predicate;
    std::uint32_t object;
    const Edge* edge;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(impl.edge_by_key.size());
  for (const auto& [key, edge] : impl.edge_by_key) {
    ranked.push_back(Ranked{.subject = vertex_rank[key.subject],
                            .predicate = predicate_rank[key.predicate],
                            .object = vertex_rank[key.object],
                            .edge = &impl.graph[edge]});
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return std::tie(a.subject, a.predicate, a.object) < std::tie(b.subject, b.predicate, b.object);
  });
  std::vector<const Edge*> out;
  out.reserve(ranked.size());
  for (const auto& entry : ranked) {
    out.push_back(entry.edge);
  }
  return out;
}

const Node* KnowledgeGraph::find(std::string_view id) const
{
  const auto found = m_impl->vertex_by_id.find(id);
  return found == m_impl->vertex_by_id.end() ? nullptr : &m_impl->graph[found->second];
}

KnowledgeGraph KnowledgeGraph::subgraph(const std::function<bool(const Node&)>& keep_node,
                                        const std::function<bool(const Edge&)>& keep_edge) const
{
  KnowledgeGraph out{Ontology{}};
  auto& to = *out.m_impl;
  to.rules = m_impl->rules;
  to.doc_numbers = m_impl->doc_numbers;
  to.predicate_numbers = m_impl->predicate_numbers;
  constexpr auto dropped = static_cast<Vertex>(-1);
  std::vector<Vertex> kept(boost::num_vertices(m_impl->graph), dropped); // old -> new vertex
  for (const auto& [id, vertex] : m_impl->sorted_vertices()) {
    const auto& node = m_impl->graph[vertex];
    if (keep_node(node)) {
      kept[vertex] = boost::add_vertex(node, to.graph);
      to.vertex_by_id.emplace(id, kept[vertex]);
    }
  }
  to.seen_mentions.resize(boost::num_vertices(to.graph));
  for (std::size_t vertex = 0; vertex < m_impl->seen_mentions.size(); ++vertex) {
    if (kept[vertex] != dropped) {
      to.seen_mentions[kept[vertex]] = m_impl->seen_mentions[vertex];
    }
  }
  for (const auto* edge : edges()) {
    const auto subject = to.vertex_by_id.find(edge->subject);
    const auto object = to.vertex_by_id.find(edge->object);
    if (subject != to.vertex_by_id.end() && object != to.vertex_by_id.end() && keep_edge(*edge)) {
      const auto added = boost::add_edge(subject->second, object->second, *edge, to.graph);
      const EdgeKey key{.subject = subject->second,
                        .predicate = to.predicate_numbers.at(edge->predicate),
                        .object = object->second};
      to.edge_by_key.emplace(key, added.first);
    }
  }
  return out;
}

} // namespace newskg::graph
