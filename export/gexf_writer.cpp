// GEXF for Gephi (exports.md §4): the only format in which Gephi keeps two
// relations between the same two entities apart, through the edge's `kind`.
// Written as GEXF 1.2 (networkx 2.8 reads only the 1.1draft and 1.2draft
// namespaces) or as GEXF 1.3 (the namespace of the 1.3 XSD); the body is the
// same in both, and Gephi reads `kind` in either.
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

struct Attribute
{
  const char* id;
  const char* type; // GEXF types: `integer`, not GraphML's `int` (exports.md §4)
};

constexpr Attribute node_attributes[] = {
  {"type", "string"},
  {"label_en", "string"},
  {"label_ar", "string"},
  {"aliases", "string"}, // every known name, ";" between them
  {"wikidata", "string"},
  {"mentions", "integer"},
  {"documents", "string"},
  {"event_predicate", "string"},
  {"event_subject", "string"},
  {"event_object", "string"},
  {"degree", "integer"},
  {"weighted_degree", "double"},
  {"pagerank", "double"},
  {"betweenness", "double"},
  {"component", "integer"},
};

constexpr Attribute edge_attributes[] = {
  {"predicate", "string"},
  {"label_en", "string"},
  {"label_ar", "string"},
  {"mention_count", "integer"},
  {"confidence", "double"},
  {"cameo", "string"},
  {"role", "string"},
  {"symmetric", "boolean"},
  {"evidence", "string"},
  {"documents", "string"},
};

bool is_measure(std::string_view id)
{
  const auto& names = graph::measure_names();
  return std::find(names.begin(), names.end(), id) != names.end();
}

// The title Gephi shows for an attribute: its id, or betweenness_estimate
// when the betweenness of `node_count` nodes is estimated (issue 9).
std::string_view title_of(std::string_view id, std::size_t node_count)
{
  return id == "betweenness" && graph::betweenness_estimated(node_count)
           ? graph::betweenness_estimate_name
           : id;
}

// The attributes of `which` (node or edge); with Measures::skip, none of the
// measures.
void write_attributes(std::ostream& out,
                      const char* which,
                      const auto& attributes,
                      std::size_t node_count,
                      Measures measures)
{
  out << "    <attributes class=\"" << which << "\">\n";
  for (const auto& attribute : attributes) {
    if (measures == Measures::skip && is_measure(attribute.id)) {
      continue;
    }
    out << "      <attribute id=\"" << attribute.id << "\" title=\""
        << title_of(attribute.id, node_count) << "\" type=\"" << attribute.type << "\"/>\n";
  }
  out << "    </attributes>\n";
}

// <attvalue> elements; empty values are left out (Gephi shows them as null).
class AttValues
{
public:
  explicit AttValues(std::ostream& out)
    : m_out(out)
  {
    m_out << "        <attvalues>\n";
  }
  AttValues(const AttValues&) = delete;
  AttValues& operator=(const AttValues&) = delete;
  AttValues(AttValues&&) = delete;
  AttValues& operator=(AttValues&&) = delete;
  ~AttValues() { m_out << "        </attvalues>\n"; }

  void add(std::string_view id, std::string_view value)
  {
    if (!value.empty()) {
      m_out << "          <attvalue for=\"" << id << "\" value=\"" << xml_escape(value) << "\"/>\n";
    }
  }

private:
  std::ostream& m_out;
};

// ` start="2020-10-10" end="2020-10-12"`: when the element exists on
// Gephi's timeline (issue 10), from the first to the last day of its
// articles; nothing for an undated one, which exists throughout.
std::string spell(const graph::DateRange& dates)
{
  if (dates.empty()) {
    return {};
  }
  return " start=\"" + dates.first + "\" end=\"" + dates.last + "\"";
}

// The <graph> element: dynamic, with days as its time format, when any
// article is dated (every dated edge has dated nodes: its articles name both).
std::string graph_element(const graph::KnowledgeGraph& graph)
{
  const auto nodes = graph.nodes();
  const bool dated =
    std::any_of(nodes.begin(), nodes.end(), [](const auto* node) { return !node->dates.empty(); });
  return dated ? "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
               : "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
}

void write_node(std::ostream& out, const graph::Node& node, const graph::NodeMeasures* measures)
{
  out << "      <node id=\"" << xml_escape(node.id) << "\" label=\""
      << xml_escape(display_label(node)) << "\"" << spell(node.dates) << ">\n";
  {
    AttValues values(out);
    values.add("type", to_string(node.type));
    values.add("label_en", node.label.empty() ? label_in(node, "en") : node.label);
    values.add("label_ar", label_in(node, "ar"));
    values.add("aliases", names_text(node));
    if (node.id.starts_with("wd:")) {
      values.add("wikidata", std::string_view(node.id).substr(3));
    }
    values.add("mentions", format_count(node.mentions));
    values.add("documents", join(node.documents, ";"));
    values.add("event_predicate", node.predicate);
    values.add("event_subject", node.subject);
    values.add("event_object", node.object);
    if (measures != nullptr) {
      values.add("degree", format_count(measures->degree));
      values.add("weighted_degree", format_measure(measures->weighted_degree));
      values.add("pagerank", format_measure(measures->pagerank));
      values.add("betweenness", format_measure(measures->betweenness));
      values.add("component", format_count(measures->component));
    }
  }
  out << "      </node>\n";
}

void write_edge(std::ostream& out,
                const graph::Edge& edge,
                std::size_t index,
                const Ontology& ontology)
{
  // Escaped: a predicate read by --from-extracted may hold any character.
  const auto type = xml_escape(upper_snake(edge.predicate));
  // Every edge is directed, as defaultedgetype says: networkx raises on an
  // undirected edge in a directed graph (no mixed graphs), so a symmetric
  // predicate ("met", stored once, subject the smaller id) is told by the
  // `symmetric` attribute, as in GraphML.
  out << "      <edge id=\"e" << index << "\" source=\"" << xml_escape(edge.subject)
      << "\" target=\"" << xml_escape(edge.object) << "\" label=\"" << type << "\" kind=\"" << type
      << "\" weight=\"" << format_decimal(graph::edge_weight(edge)) << "\"" << spell(edge.dates)
      << ">\n";
  {
    AttValues values(out);
    values.add("predicate", edge.predicate);
    if (const auto* info = ontology.find(edge.predicate); info != nullptr) {
      values.add("label_en", info->label_en);
      values.add("label_ar", info->label_ar);
    }
    values.add("mention_count", format_count(edge.mentions));
    values.add("confidence", format_decimal(edge.confidence));
    values.add("cameo", edge.cameo);
    if (const auto role = edge.attributes.find("role"); role != edge.attributes.end()) {
      values.add("role", role->second);
    }
    values.add("symmetric", edge.symmetric ? "true" : "false");
    values.add("evidence", readable_evidence(edge));
    values.add("documents", join(evidence_documents(edge), ";"));
  }
  out << "      </edge>\n";
}

} // namespace

void write_gexf(const graph::KnowledgeGraph& graph,
                const Ontology& ontology,
                std::ostream& out,
                GexfVersion version,
                Measures measures)
{
  // exports.md §4: only the namespace http://gexf.net/1.3 validates against the
  // 1.3 XSD, and networkx 2.8 finds no <graph> in it; no lastmodifieddate, so
  // that two exports are byte-identical.
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << (version == GexfVersion::v1_3 ? "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
                                       : "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
                                         "version=\"1.2\">\n")
      << "  <meta>\n"
         "    <creator>newskg</creator>\n"
         "    <description>News knowledge graph: entities and the typed relations between "
         "them, with evidence</description>\n"
         "  </meta>\n"
      << graph_element(graph);
  write_attributes(out, "node", node_attributes, graph.node_count(), measures);
  write_attributes(out, "edge", edge_attributes, graph.node_count(), measures);
  const bool with_measures = measures == Measures::write;
  const auto computed = with_measures ? graph::compute_measures(graph)
                                      : std::map<std::string, graph::NodeMeasures, std::less<>>{};
  out << "    <nodes count=\"" << graph.node_count() << "\">\n";
  for (const auto* node : graph.nodes()) {
    write_node(out, *node, with_measures ? &computed.at(node->id) : nullptr);
  }
  out << "    </nodes>\n    <edges count=\"" << graph.edge_count() << "\">\n";
  std::size_t index = 0;
  for (const auto* edge : graph.edges()) {
    write_edge(out, *edge, index++, ontology);
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

} // namespace newskg::exports
