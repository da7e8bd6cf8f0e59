#pragma once

// Which part of the graph an export writes (issue 5): articles by date,
// relations by predicate and confidence, edges by evidence, nodes by type, and
// the ego network around some entities.

#include "core/entity_type.hpp"
#include "core/extraction.hpp"
#include "graph/knowledge_graph.hpp"

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::graph {

struct GraphFilter
{
  std::string since;                // "2020-10-01": articles dated on or after; empty: any
  std::string until;                // "2020-10-31": articles dated on or before; empty: any
  std::set<std::string> predicates; // empty: any
  std::set<EntityType> types;       // nodes of these types only; empty: any
  std::size_t min_mentions = 0;     // edges with at least this many pieces of evidence
  double min_confidence = 0;        // pieces of evidence with at least this confidence
  std::vector<std::string> around;  // node ids; empty: the whole graph
  std::size_t depth = 1;            // hops from `around`, along edges of any direction

  // True when a filter removes edges (predicate, mentions, confidence): nodes
  // left without any edge are then dropped too.
  [[nodiscard]] bool filters_edges() const;
  // True when filter_graph would change the merged graph: any filter but
  // since/until (which act on articles, filter_extraction).
  [[nodiscard]] bool filters_graph() const;
};

// "2020-10-10" and "2020-10-10T08:00:00Z" are dates; their first ten
// characters compare as text. An article without a date is outside any range
// that has a bound.
[[nodiscard]] bool in_date_range(std::string_view date, const GraphFilter& filter);

// Applies the filters that act on one article: false when its date is out of
// range; otherwise drops from `extraction` the relations of other predicates
// or lower confidence (its entities stay).
bool filter_extraction(Extraction& extraction, const GraphFilter& filter);

// Applies the filters that need the merged graph, in this order: edges with
// fewer than min_mentions pieces of evidence go; nodes of other types go with
// their edges; when filters_edges(), nodes without edges go; then, when
// `around` is given, only the nodes within `depth` hops of them stay.
[[nodiscard]] KnowledgeGraph filter_graph(const KnowledgeGraph& graph, const GraphFilter& filter);

} // namespace newskg::graph
