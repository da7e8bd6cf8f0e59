#pragma once

// The merge rules of the knowledge graph, kept apart from Boost so they can be
// read (and tested) on their own. Not part of the public interface.

#include "core/extraction.hpp"
#include "graph/knowledge_graph.hpp"

#include <string_view>

namespace newskg::graph {

// A node holding only what `entity` says; mentions are counted by the caller,
// which knows which (document, span) pairs it has already seen.
[[nodiscard]] Node
make_node(const Entity& entity, std::string_view doc, std::string_view lang = {});

// Folds one document's view of an entity into `node`: the first non-empty
// value wins for the type-specific fields and for each language's label, a
// label from a document in that language (`lang`) before one from another
// ("Zoran Zaev" as an English article wrote it beats the romanization an
// Arabic one gave); `doc` joins the sorted, duplicate-free `documents`, the
// labels and mention texts join `aliases`.
void merge_entity(Node& node,
                  const Entity& entity,
                  std::string_view doc,
                  std::string_view lang = {});

// Inserts `value` into the sorted, duplicate-free `values` unless it is there.
void insert_sorted_unique(std::vector<std::string>& values, std::string_view value);

// Adds one piece of evidence to `edge` unless a piece with the same
// (doc, sentence, span) is there already. Keeps `evidence` sorted, and
// `mentions`, `confidence` (the maximum) and `dates` in step with it. Attributes merge
// with the first value winning per key; an empty cameo takes `relation.cameo`.
// Returns false for a duplicate.
bool merge_relation(Edge& edge, const Relation& relation, EdgeEvidence evidence);

} // namespace newskg::graph
