#include "export/concat.hpp"
#include "export/exporters.hpp"
#include "export/graph_text.hpp"
#include "export/number_text.hpp"
#include "export/xml_text.hpp"
#include "graph/measures.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

namespace newskg::exports {

namespace {

struct Key
{
  const char* id;
  const char* domain; // "node" or "edge"
  const char* name;
  const char* type;
};

// exports.md §1: key ids are unique across node and edge keys (the XSD's
// key_id_key); APOC needs the edge key id `label` and the node key id
// `labels`, so the node display label is `name` with attr.name="label", which
// Gephi matches by attr.name. No `d3`/`d7` (yEd label ids Gephi special-cases).
// Only the six XSD types; counts are `long` (APOC's int overflows at 2^31).
constexpr Key keys[] = {
  {"labels", "node", "labels", "string"},
  {"name", "node", "label", "string"},
  {"name_ar", "node", "name_ar", "string"},
  {"name_en", "node", "name_en", "string"},
  // Every known name, ";" between them (load-graphml.cypher splits them).
  {"aliases", "node", "aliases", "string"},
  {"type", "node", "type", "string"},
  {"wikidata", "node", "wikidata", "string"},
  {"mentions", "node", "mentions", "long"},
  {"documents", "node", "documents", "string"},
  {"event_predicate", "node", "event_predicate", "string"},
  {"event_subject", "node", "event_subject", "string"},
  {"event_object", "node", "event_object", "string"},
  // The first and last days of the articles naming the node (YYYY-MM-DD).
  {"first_date", "node", "first_date", "string"},
  {"last_date", "node", "last_date", "string"},
  // graph/measures.hpp, for sizing and colouring in Gephi.
  {"degree", "node", "degree", "long"},
  {"weighted_degree", "node", "weighted_degree", "double"},
  {"pagerank", "node", "pagerank", "double"},
  {"betweenness", "node", "betweenness", "double"},
  {"component", "node", "component", "long"},
  {"label", "edge", "label", "string"},
  {"predicate", "edge", "predicate", "string"},
  {"weight", "edge", "weight", "double"},
  {"mention_count", "edge", "mention_count", "long"},
  {"confidence", "edge", "confidence", "double"},
  {"cameo", "edge", "cameo", "string"},
  {"role", "edge", "role", "string"},
  {"symmetric", "edge", "symmetric", "boolean"},
  {"evidence", "edge", "evidence", "string"},
  {"edge_documents", "edge", "documents", "string"},
  {"edge_first_date", "edge", "first_date", "string"},
  {"edge_last_date", "edge", "last_date", "string"},
};

bool is_measure(std::string_view key)
{
  const auto& names = graph::measure_names();
  return std::find(names.begin(), names.end(), key) != names.end();
}

// The key of a measure says when its values are an estimate (issue 9): the
// attr.name `betweenness_estimate`, which Gephi and APOC take as the column's
// name, and a <desc> saying how it was estimated.
void write_key(std::ostream& out, const Key& key, std::size_t node_count)
{
  out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"";
  const bool estimate =
    std::string_view(key.id) == "betweenness" && graph::betweenness_estimated(node_count);
  if (!estimate) {
    out << key.name << "\" attr.type=\"" << key.type << "\"/>\n";
    return;
  }
  const graph::BetweennessOptions options;
  out << graph::betweenness_estimate_name << "\" attr.type=\"" << key.type << "\">\n"
      << "    <desc>betweenness estimated from " << options.pivots << " of the " << node_count
      << " nodes as sources (Brandes and Pich 2007, seed " << graph::pivot_seed << "); exact up to "
      << options.exact_max_nodes << " nodes</desc>\n  </key>\n";
}

// Issue 9: a node's or an edge's lines are put together in one string
// (Element) and written to the stream at once, rather than five stream
// insertions and an escaped copy per <data>.
using Element = std::string;

void write_data(Element& out, std::string_view key, std::string_view value)
{
  out += "      <data key=\"";
  out += key;
  out += "\">";
  append_xml_escaped(out, value);
  out += "</data>\n";
}

void write_data_if(Element& out, std::string_view key, std::string_view value)
{
  if (!value.empty()) {
    write_data(out, key, value);
  }
}

// Issue 10: a node's GraphML id is its entity id (wd:Q7747, x:person:...), as
// an NMTOKEN (xml_nmtoken), so APOC's storeNodeIds gives Neo4j nodes the `id`
// of the cache and of nodes.csv, and an Event's event_subject and event_object
// name node ids of the same file.
void write_node(Element& out, const graph::Node& node, const graph::NodeMeasures* measures)
{
  out += "    <node id=\"";
  out += xml_nmtoken(node.id);
  out += "\">\n";
  // APOC readLabels splits ":Person" into labels (exports.md §3).
  write_data(out, "labels", concat(":", to_string(node.type)));
  write_data(out, "name", display_label(node));
  write_data_if(out, "name_ar", label_in(node, "ar"));
  write_data_if(out, "name_en", node.label.empty() ? label_in(node, "en") : node.label);
  write_data_if(out, "aliases", names_text(node));
  write_data(out, "type", to_string(node.type));
  if (node.id.starts_with("wd:")) {
    write_data(out, "wikidata", std::string_view(node.id).substr(3));
  }
  write_data(out, "mentions", format_count(node.mentions));
  write_data_if(out, "documents", join(node.documents, ";"));
  write_data_if(out, "event_predicate", node.predicate);
  if (!node.subject.empty()) {
    write_data(out, "event_subject", xml_nmtoken(node.subject));
  }
  if (!node.object.empty()) {
    write_data(out, "event_object", xml_nmtoken(node.object));
  }
  write_data_if(out, "first_date", node.dates.first);
  write_data_if(out, "last_date", node.dates.last);
  if (measures != nullptr) {
    write_data(out, "degree", format_count(measures->degree));
    write_data(out, "weighted_degree", format_measure(measures->weighted_degree));
    write_data(out, "pagerank", format_measure(measures->pagerank));
    write_data(out, "betweenness", format_measure(measures->betweenness));
    write_data(out, "component", format_count(measures->component));
  }
  out += "    </node>\n";
}

void write_edge(Element& out, const graph::Edge& edge, std::size_t index)
{
  out += "    <edge id=\"e";
  out += format_count(index);
  out += "\" source=\"";
  out += xml_nmtoken(edge.subject);
  out += "\" target=\"";
  out += xml_nmtoken(edge.object);
  out += "\">\n";
  // exports.md §3: APOC takes the relationship type from the first child only.
  write_data(out, "label", upper_snake(edge.predicate));
  write_data(out, "predicate", edge.predicate);
  // exports.md §2: Gephi drops an edge of weight 0; every edge has evidence.
  write_data(out, "weight", format_decimal(graph::edge_weight(edge)));
  write_data(out, "mention_count", format_count(edge.mentions));
  write_data(out, "confidence", format_decimal(edge.confidence));
  write_data_if(out, "cameo", edge.cameo);
  if (const auto role = edge.attributes.find("role"); role != edge.attributes.end()) {
    write_data_if(out, "role", role->second);
  }
  // networkx reads no mixed graphs, so symmetry is data, not per-edge `directed`.
  write_data(out, "symmetric", edge.symmetric ? "true" : "false");
  write_data_if(out, "evidence", readable_evidence(edge));
  write_data_if(out, "edge_documents", join(evidence_documents(edge), ";"));
  write_data_if(out, "edge_first_date", edge.dates.first);
  write_data_if(out, "edge_last_date", edge.dates.last);
  out += "    </edge>\n";
}

} // namespace

void write_graphml(const graph::KnowledgeGraph& graph, std::ostream& out, Measures measures)
{
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  const bool with_measures = measures == Measures::write;
  for (const auto& key : keys) {
    if (with_measures || !is_measure(key.id)) {
      write_key(out, key, graph.node_count());
    }
  }
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  const auto computed = with_measures ? graph::compute_measures(graph)
                                      : std::map<std::string, graph::NodeMeasures, std::less<>>{};
  Element element;
  for (const auto* node : graph.nodes()) {
    element.clear();
    write_node(element, *node, with_measures ? &computed.at(node->id) : nullptr);
    out.write(element.data(), static_cast<std::streamsize>(element.size()));
  }
  std::size_t edge_index = 0;
  for (const auto* edge : graph.edges()) {
    element.clear();
    write_edge(element, *edge, edge_index++);
    out.write(element.data(), static_cast<std::streamsize>(element.size()));
  }
  out << "  </graph>\n</graphml>\n";
}

} // namespace newskg::exports
