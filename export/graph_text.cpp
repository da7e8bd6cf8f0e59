#include "export/graph_text.hpp"

#include "export/concat.hpp"
#include "export/number_text.hpp"

#include <set>

namespace newskg::exports {

std::string label_in(const graph::Node& node, std::string_view lang)
{
  for (const auto& [language, label] : node.labels) {
    if (language == lang) {
      return label;
    }
  }
  return {};
}

std::string display_label(const graph::Node& node)
{
  if (!node.label.empty()) {
    return node.label;
  }
  for (const auto& [lang, label] : node.labels) {
    if (!label.empty()) {
      return label;
    }
  }
  return node.id;
}

std::string join(const std::vector<std::string>& values, std::string_view separator)
{
  std::string out;
  for (const auto& value : values) {
    if (!out.empty()) {
      out += separator;
    }
    out += value;
  }
  return out;
}

std::string evidence_id(const graph::EdgeEvidence& evidence)
{
  return concat(evidence.doc,
                "#",
                format_count(evidence.sentence),
                "[",
                format_count(evidence.span.begin),
                ",",
                format_count(evidence.span.end),
                ")");
}

std::string readable_evidence(const graph::Edge& edge)
{
  std::vector<std::string> pieces;
  for (const auto& e : edge.evidence) {
    pieces.push_back(concat(evidence_id(e), ": ", e.text));
  }
  return join(pieces, "\n");
}

std::vector<std::string> evidence_documents(const graph::Edge& edge)
{
  std::set<std::string> docs;
  for (const auto& e : edge.evidence) {
    docs.insert(e.doc);
  }
  return {docs.begin(), docs.end()};
}

} // namespace newskg::exports
