#pragma once

// Text about nodes and edges that several exports write the same way: the
// label to show, a label in one language, and the evidence as readable lines.

#include "graph/knowledge_graph.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace newskg::exports {

// The node's label in `lang` ("ar", "en"), or "" when it has none.
[[nodiscard]] std::string label_in(const graph::Node& node, std::string_view lang);

// The label Gephi and the HTML view show: the English label, else any label,
// else the id, so that no node is shown blank.
[[nodiscard]] std::string display_label(const graph::Node& node);

// "a;b;c".
[[nodiscard]] std::string join(const std::vector<std::string>& values, std::string_view separator);

// Every name the node is known by (graph::Node::aliases, its labels and its
// display label), sorted and distinct: "Putin", "Vladimir Putin", "بوتين", ...
[[nodiscard]] std::vector<std::string> all_names(const graph::Node& node);

// all_names joined by ";" for GraphML and GEXF (as Neo4j's arrays), a ";"
// inside a name written as ",": "Putin;Vladimir Putin;بوتين".
[[nodiscard]] std::string names_text(const graph::Node& node);

// "doc#sentence[start,end)", the id of one piece of evidence.
[[nodiscard]] std::string evidence_id(const graph::EdgeEvidence& evidence);

// The most pieces of evidence GraphML, GEXF, Neo4j's CSV and the HTML view
// write per edge (issue 10: one edge's evidence grew to a 132,785-character
// GraphML attribute after 2,000 articles). The edge's mention count says how
// many there are; the cache and RDF keep every one.
inline constexpr std::size_t evidence_shown = 3;
// The most code points of one evidence sentence those exports write.
inline constexpr std::size_t evidence_text_shown = 500;

// The best pieces of the edge's evidence, at most `limit`. Ranked by
// confidence, then the later article, then (doc, sentence, span); the best
// sentence of each article is taken before a second one of any (three
// articles say more than three sentences of one). In rank order; pointers
// into edge.evidence.
[[nodiscard]] std::vector<const graph::EdgeEvidence*>
best_evidence(const graph::Edge& edge, std::size_t limit = evidence_shown);

// `text` cut to at most `limit` code points, "…" standing for the rest
// (spaces before it dropped): shortened("Putin and Macron spoke", 10) =>
// "Putin and…"; malformed UTF-8 becomes U+FFFD.
[[nodiscard]] std::string shortened(std::string_view text, std::size_t limit = evidence_text_shown);

// The best evidence (best_evidence), "doc#sentence[start,end): text" per line,
// each text shortened, and when some is left out a last line saying how much:
// "(14 more sentences: newskg query lists them all)".
[[nodiscard]] std::string readable_evidence(const graph::Edge& edge);

// The sorted, distinct documents of the edge's evidence.
[[nodiscard]] std::vector<std::string> evidence_documents(const graph::Edge& edge);

} // namespace newskg::exports
