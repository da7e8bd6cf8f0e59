// Neo4j bulk import (exports.md §5): nodes.csv and relationships.csv with the
// `neo4j-admin database import full` headers, and a Cypher script that loads
// the GraphML with APOC instead.

#include "export/concat.hpp"
#include "export/csv_text.hpp"
#include "export/exporters.hpp"
#include "export/graph_text.hpp"
#include "export/number_text.hpp"
#include "graph/measures.hpp"

#include <map>
#include <string>
#include <string_view>

namespace newskg::exports {

namespace {

// exports.md §5: `:ID(Entity)` puts the ids in the id space `Entity`, which
// the relationship file names in `:START_ID(Entity)` and `:END_ID(Entity)`;
// the name `id` also stores the id as a property. Counts are `long`.
// The measures' columns follow the others unless export --no-measures left
// them out; an estimated betweenness is named betweenness_estimate (issue 9).
constexpr const char* node_header =
  "id:ID(Entity),:LABEL,name,name_en,name_ar,type,wikidata,aliases:string[],mentions:long,"
  "documents:string[],event_predicate,event_subject,event_object";

std::string measure_columns(std::size_t node_count)
{
  return concat(",degree:long,weighted_degree:double,pagerank:double,",
                graph::betweenness_estimated(node_count) ? graph::betweenness_estimate_name
                                                         : std::string_view("betweenness"),
                ":double,component:long");
}

constexpr const char* relationship_header =
  ":START_ID(Entity),:END_ID(Entity),:TYPE,predicate,weight:double,mentions:long,"
  "confidence:double,cameo,role,symmetric:boolean,first_date:date,last_date:date,"
  "evidence_ids:string[],evidence_docs:string[],evidence\n";

// The ids of the edge's evidence: "doc#sentence[begin,end)" each.
std::vector<std::string> evidence_ids(const graph::Edge& edge)
{
  std::vector<std::string> ids;
  for (const auto& e : edge.evidence) {
    ids.push_back(evidence_id(e));
  }
  return ids;
}

void write_node(std::ostream& out, const graph::Node& node, const graph::NodeMeasures* measures)
{
  const auto type = to_string(node.type);
  const std::string wikidata =
    node.id.starts_with("wd:") ? std::string(std::string_view(node.id).substr(3)) : "";
  out << csv_field(node.id) << ',' << csv_array({"Entity", std::string(type)}) << ','
      << csv_field(display_label(node)) << ','
      << csv_field(node.label.empty() ? label_in(node, "en") : node.label) << ','
      << csv_field(label_in(node, "ar")) << ',' << csv_field(type) << ',' << csv_field(wikidata)
      << ',' << csv_array(all_names(node)) << ',' << format_count(node.mentions) << ','
      << csv_array(node.documents) << ',' << csv_field(node.predicate) << ','
      << csv_field(node.subject) << ',' << csv_field(node.object);
  if (measures != nullptr) {
    out << ',' << format_count(measures->degree) << ',' << format_measure(measures->weighted_degree)
        << ',' << format_measure(measures->pagerank) << ',' << format_measure(measures->betweenness)
        << ',' << format_count(measures->component);
  }
  out << '\n';
}

void write_relationship(std::ostream& out, const graph::Edge& edge)
{
  const auto role = edge.attributes.find("role");
  // Days only (graph::DateRange): neo4j's `date` takes YYYY-MM-DD.
  const auto& [first_date, last_date] = edge.dates;
  out << csv_field(edge.subject) << ',' << csv_field(edge.object) << ','
      << csv_field(upper_snake(edge.predicate)) << ',' << csv_field(edge.predicate) << ','
      << format_decimal(graph::edge_weight(edge)) << ',' << format_count(edge.mentions) << ','
      << format_decimal(edge.confidence) << ',' << csv_field(edge.cameo) << ','
      << csv_field(role == edge.attributes.end() ? "" : role->second) << ','
      << (edge.symmetric ? "true" : "false") << ',' << first_date << ',' << last_date << ','
      << csv_array(evidence_ids(edge)) << ',' << csv_array(evidence_documents(edge)) << ','
      << csv_field(readable_evidence(edge)) << '\n';
}

} // namespace

void write_neo4j_nodes(const graph::KnowledgeGraph& graph, std::ostream& out, Measures measures)
{
  const bool with_measures = measures == Measures::write;
  out << node_header << (with_measures ? measure_columns(graph.node_count()) : "") << '\n';
  const auto computed = with_measures ? graph::compute_measures(graph)
                                      : std::map<std::string, graph::NodeMeasures, std::less<>>{};
  for (const auto* node : graph.nodes()) {
    write_node(out, *node, with_measures ? &computed.at(node->id) : nullptr);
  }
}

void write_neo4j_relationships(const graph::KnowledgeGraph& graph, std::ostream& out)
{
  out << relationship_header;
  for (const auto* edge : graph.edges()) {
    write_relationship(out, *edge);
  }
}

void write_cypher(const graph::KnowledgeGraph& graph, std::ostream& out)
{
  out << "// Loads newskg's GraphML into Neo4j with APOC (exports.md §3).\n"
         "// 1. newskg export --db newskg.db --format graphml -o graph.graphml\n"
         "// 2. Put graph.graphml in Neo4j's import/ folder and set\n"
         "//    apoc.import.file.enabled=true in apoc.conf.\n"
         "// 3. cypher-shell -f load-graphml.cypher\n"
         "// Nodes get their entity type as label (readLabels) and keep the GraphML id\n"
         "// (storeNodeIds); relationships get the predicate in UPPER_SNAKE_CASE as type.\n"
         "// Expected: "
      << graph.node_count() << " nodes, " << graph.edge_count()
      << " relationships.\n"
         "CALL apoc.import.graphml('graph.graphml', {readLabels: true, storeNodeIds: true});\n"
         "// GraphML has no lists: aliases become one, as nodes.csv's aliases:string[].\n"
         "MATCH (n) WHERE n.aliases IS NOT NULL SET n.aliases = split(n.aliases, ';');\n"
         "MATCH (n) RETURN count(n) AS nodes;\n"
         "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS relationships ORDER BY type;\n";
}

void write_neo4j(const graph::KnowledgeGraph& graph, const FileOpener& open, Measures measures)
{
  write_neo4j_nodes(graph, open("nodes.csv"), measures);
  write_neo4j_relationships(graph, open("relationships.csv"));
  write_graphml(graph, open("graph.graphml"), measures);
  write_cypher(graph, open("load-graphml.cypher"));
}

} // namespace newskg::exports
