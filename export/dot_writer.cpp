// DOT for Graphviz (https://graphviz.org/doc/info/lang.html): one node per
// entity labelled in both languages, one edge per relation labelled with its
// predicate; symmetric relations are drawn without an arrow.

#include "core/utf8.hpp"
#include "export/concat.hpp"
#include "export/exporters.hpp"
#include "export/graph_text.hpp"
#include "export/number_text.hpp"
#include "graph/measures.hpp"

namespace newskg::exports {

namespace {

// A DOT double-quoted string: `"` and `\` escaped, a newline as the label
// escape \n, other control characters dropped, malformed UTF-8 as U+FFFD.
// (Not named `quoted`: for a std::string argument ADL would pick std::quoted.)
//   Zangilan "<district>" => "Zangilan \"<district>\""
std::string dot_string(std::string_view text)
{
  std::string out = "\"";
  for (std::size_t at = 0; at < text.size();) {
    const auto c = next_code_point(text, at);
    if (c == U'"' || c == U'\\') {
      out += '\\';
      append_utf8(out, c);
    } else if (c == U'\n') {
      out += "\\n";
    } else if (c >= U' ' && c != 0x7F) {
      append_utf8(out, c);
    }
  }
  out += '"';
  return out;
}

// Colours by entity type, as the HTML view draws them.
std::string_view colour_of(EntityType type)
{
  switch (type) {
  case EntityType::person:
    return "#3b6fb6";
  case EntityType::country:
    return "#c0392b";
  case EntityType::organization:
    return "#2e8b57";
  case EntityType::location:
    return "#d68910";
  case EntityType::event:
    return "#7d3c98";
  }
  return "#7f8c8d";
}

std::string two_language_label(const graph::Node& node)
{
  const auto label = display_label(node);
  const auto ar = label_in(node, "ar");
  return ar.empty() || ar == label ? label : concat(label, "\n", ar);
}

} // namespace

void write_dot(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out)
{
  out << "digraph newskg {\n"
         "  graph [charset=\"UTF-8\", overlap=false, splines=true];\n"
         "  node [shape=ellipse, style=filled, fontcolor=white, fontname=\"sans-serif\"];\n"
         "  edge [fontname=\"sans-serif\", fontsize=9];\n";
  // DOT carries degree and PageRank only: no betweenness to compute.
  const auto measures = graph::compute_measures(graph, {.betweenness = graph::Betweenness::skip});
  for (const auto* node : graph.nodes()) {
    const auto& m = measures.at(node->id);
    out << "  " << dot_string(node->id) << " [label=" << dot_string(two_language_label(*node))
        << ", fillcolor=" << dot_string(colour_of(node->type))
        << (node->type == EntityType::event ? ", shape=diamond" : "")
        << ", type=" << dot_string(to_string(node->type)) << ", degree=" << format_count(m.degree)
        << ", pagerank=" << dot_string(format_measure(m.pagerank)) << "];\n";
  }
  for (const auto* edge : graph.edges()) {
    const auto* info = ontology.find(edge->predicate);
    const auto label = info != nullptr ? info->label_en : edge->predicate;
    out << "  " << dot_string(edge->subject) << " -> " << dot_string(edge->object)
        << " [label=" << dot_string(label) << ", predicate=" << dot_string(edge->predicate)
        << ", weight=" << format_count(static_cast<std::size_t>(graph::edge_weight(*edge)))
        << ", confidence=" << dot_string(format_decimal(edge->confidence))
        << (edge->symmetric ? ", dir=none" : "") << "];\n";
  }
  out << "}\n";
}

} // namespace newskg::exports
