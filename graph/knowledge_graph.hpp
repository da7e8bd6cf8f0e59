#pragma once

// The graph module merges the Extractions of many documents into one
// knowledge graph on Boost.Graph: one node per entity id, one edge per
// (subject, predicate, object) with every piece of evidence.

#include "core/extraction.hpp"
#include "core/ontology.hpp"

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::graph {

// The first and last days of the dated articles behind a node or an edge:
// {"2020-10-10", "2020-10-12"}; both empty when none of them is dated.
struct DateRange
{
  std::string first;
  std::string last;

  // Widens the range to the day of `date`, an article date ("2020-10-10",
  // or a date-time, which counts as its first 10 characters); "" changes nothing.
  void add(std::string_view date);
  [[nodiscard]] bool empty() const { return first.empty(); }
  friend bool operator==(const DateRange&, const DateRange&) = default;
};

struct Node
{
  std::string id;
  EntityType type = EntityType::person;
  // The name policy (README "Names"): the English name read in an English
  // document, else the gazetteer's, else a romanization (labels["ar-Latn"]);
  // the Arabic label when there is none of these.
  std::string label;
  // BCP 47 tag -> label: {"en": "Zoran Zaev", "ar": "زوران زاييف"}; a
  // romanization is under its script's tag ("ar-Latn": "Zuran Zif"), never "en".
  std::map<std::string, std::string> labels;
  // Every name known for it, sorted and distinct: its labels, the names read
  // in the documents (mention texts) and, once add_aliases gave them, the
  // gazetteer's names in every language.
  std::vector<std::string> aliases;
  std::size_t mentions = 0;           // mentions over all documents
  std::vector<std::string> documents; // sorted ids of the documents naming it
  std::string predicate;              // Event only: the inner relation
  std::string subject;
  std::string object;
  std::set<std::string, std::less<>> native_labels; // languages ("" for `label`) whose label
                                                    // came from a document in that language
  DateRange dates;                                  // of the documents naming it
};

struct EdgeEvidence
{
  std::string doc;
  std::string date; // the document's date, may be empty
  std::size_t sentence = 0;
  Span span;
  std::string text;
  double confidence = 0;
};

struct Edge
{
  std::string subject; // Node::id; for symmetric predicates the smaller id
  std::string predicate;
  std::string object;
  std::string cameo;
  bool symmetric = false;
  std::size_t mentions = 0; // pieces of evidence
  double confidence = 0;    // the highest confidence of its evidence
  std::map<std::string, std::string> attributes;
  std::vector<EdgeEvidence> evidence; // sorted by (doc, sentence, span)
  DateRange dates;                    // of its evidence
};

class KnowledgeGraph
{
public:
  explicit KnowledgeGraph(const Ontology& ontology);
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  ~KnowledgeGraph();

  // Merges one document: entities by id, relations by (subject, predicate,
  // object), symmetric predicates stored once with the endpoints ordered.
  void add(const Extraction& extraction);

  [[nodiscard]] std::size_t node_count() const;
  [[nodiscard]] std::size_t edge_count() const;
  // Sorted by id; pointers stay valid until the next add().
  [[nodiscard]] std::vector<const Node*> nodes() const;
  // Sorted by (subject, predicate, object).
  [[nodiscard]] std::vector<const Edge*> edges() const;
  [[nodiscard]] const Node* find(std::string_view id) const;
  // Adds `names` (empty ones skipped) to the aliases of the node `id`; no
  // node of that id: nothing. Pointers from nodes() stay valid.
  void add_aliases(std::string_view id, const std::vector<std::string>& names);

  // A copy with only the nodes `keep_node` accepts and, between them, the
  // edges `keep_edge` accepts; nodes and edges are copied unchanged.
  [[nodiscard]] KnowledgeGraph subgraph(const std::function<bool(const Node&)>& keep_node,
                                        const std::function<bool(const Edge&)>& keep_edge) const;

  struct Impl;

private:
  std::unique_ptr<Impl> m_impl;
};

} // namespace newskg::graph
