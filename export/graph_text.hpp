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

// "doc#sentence[start,end)", the id of one piece of evidence.
[[nodiscard]] std::string evidence_id(const graph::EdgeEvidence& evidence);

// "doc#sentence[start,end): text", one piece of evidence per line.
[[nodiscard]] std::string readable_evidence(const graph::Edge& edge);

// The sorted, distinct documents of the edge's evidence.
[[nodiscard]] std::vector<std::string> evidence_documents(const graph::Edge& edge);

} // namespace newskg::exports
