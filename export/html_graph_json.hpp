#pragma once

// The graph as the HTML view reads it (web/viewer.js): one JSON object with
// the nodes and their measures, the edges with every piece of evidence, and
// the entity types and predicates present, for the filters.

#include "core/ontology.hpp"
#include "graph/knowledge_graph.hpp"

#include <iosfwd>
#include <string>

namespace newskg::exports {

// {"measures": [...], "types": [{"name", "count"}], "predicates": [{"name",
// "en", "ar", "count"}], "nodes": [{"id", "label", "en", "ar", "type",
// "mentions", <measures>, "component", "first_date", "last_date"}], "edges":
// [{"id", "source", "target", "predicate", "en", "ar", "cameo", "symmetric",
// "mentions", "confidence", "first_date", "last_date", "evidence": [{"doc",
// "date", "sentence", "begin", "end", "text", "confidence"}]}]}, in id order;
// dates are days ("2020-10-10"), "" when no article is dated. "evidence" holds
// the best few of an edge's "mentions" pieces, their text shortened
// (best_evidence, shortened), so the page stays small however many articles
// repeat a relation. Numbers are written as the other exports
// write them (number_text.hpp), so the same graph gives the same bytes.
// Safe inside <script>: "</" is written "<\/" and "<!--" "\u003c!--".
// Written to `out` as it is made, never held whole.
void write_html_graph_json(const graph::KnowledgeGraph& graph,
                           const Ontology& ontology,
                           std::ostream& out);

// The same JSON as a string (tests).
[[nodiscard]] std::string html_graph_json(const graph::KnowledgeGraph& graph,
                                          const Ontology& ontology);

} // namespace newskg::exports
