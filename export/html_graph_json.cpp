#include "export/html_graph_json.hpp"

#include "export/concat.hpp"
#include "export/graph_text.hpp"
#include "export/number_text.hpp"
#include "graph/measures.hpp"

#include <rapidjson/writer.h>

#include <map>
#include <ostream>
#include <sstream>

namespace newskg::exports {

namespace {

// A rapidjson output stream that writes the JSON to an std::ostream a block
// at a time, made safe inside <script> (HTML §4.12.1.3: script content must
// not contain "</script" or "<!--"): "</" is written "<\/" and "<!--"
// "\u003c!--". The page is never held whole (a 100,000-edge graph's JSON is
// 75 MB).
class ScriptSafeStream
{
public:
  using Ch = char;

  explicit ScriptSafeStream(std::ostream& out)
    : m_out(out)
  {
    m_pending.reserve(block + block / 8);
  }

  // RapidJSON's output stream concept names these methods.
  // NOLINTBEGIN(readability-identifier-naming)
  void Put(char c)
  {
    m_pending.push_back(c);
    if (m_pending.size() >= block) {
      drain(false);
    }
  }

  void Flush() {}
  // NOLINTEND(readability-identifier-naming)

  // Writes what is left; call once the JSON is complete.
  void finish() { drain(true); }

private:
  static constexpr std::size_t block = std::size_t{1} << 16U;
  // The longest text rewritten, "<!--", less one: bytes that may begin one.
  static constexpr std::size_t lookahead = 3;

  // Writes the pending bytes, rewritten, but for the last `lookahead`
  // unless `all`: a "</" or "<!--" may go on past them.
  void drain(bool all)
  {
    const std::string_view json(m_pending);
    const auto limit = all ? json.size() : json.size() - lookahead;
    m_written.clear();
    std::size_t i = 0;
    for (; i < limit; ++i) {
      if (json.substr(i, 2) == "</") {
        m_written += "<\\/";
        ++i;
      } else if (json.substr(i, 4) == "<!--") {
        m_written += "\\u003c";
      } else {
        m_written += json[i];
      }
    }
    m_out.write(m_written.data(), static_cast<std::streamsize>(m_written.size()));
    m_pending.erase(0, std::min(i, m_pending.size()));
  }

  std::ostream& m_out;
  std::string m_pending;
  std::string m_written;
};

using Writer = rapidjson::Writer<ScriptSafeStream>;

// The measures the view can size nodes by; `component` is a colour, not a size.
constexpr std::string_view size_measures[] = {
  "degree", "weighted_degree", "pagerank", "betweenness"};

// The name of the betweenness in the view's data: betweenness_estimate when
// it is estimated (issue 9), as GraphML, GEXF, nodes.csv and stats name it.
std::string_view betweenness_name(const graph::KnowledgeGraph& graph)
{
  return graph::betweenness_estimated(graph.node_count()) ? graph::betweenness_estimate_name
                                                          : std::string_view("betweenness");
}

void string(Writer& w, std::string_view key, std::string_view value)
{
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void number(Writer& w, std::string_view key, const std::string& text)
{
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

void write_lists(Writer& w, const graph::KnowledgeGraph& graph, const Ontology& ontology)
{
  w.Key("measures");
  w.StartArray();
  for (auto name : size_measures) {
    name = name == "betweenness" ? betweenness_name(graph) : name;
    w.String(name.data(), static_cast<rapidjson::SizeType>(name.size()));
  }
  w.EndArray();
  std::map<std::string, std::size_t> types;
  for (const auto* node : graph.nodes()) {
    ++types[std::string(to_string(node->type))];
  }
  w.Key("types");
  w.StartArray();
  for (const auto& [name, count] : types) {
    w.StartObject();
    string(w, "name", name);
    number(w, "count", format_count(count));
    w.EndObject();
  }
  w.EndArray();
  std::map<std::string, std::size_t> predicates;
  for (const auto* edge : graph.edges()) {
    ++predicates[edge->predicate];
  }
  w.Key("predicates");
  w.StartArray();
  for (const auto& [name, count] : predicates) {
    const auto* info = ontology.find(name);
    w.StartObject();
    string(w, "name", name);
    string(w, "en", info != nullptr ? info->label_en : name);
    string(w, "ar", info != nullptr ? info->label_ar : "");
    number(w, "count", format_count(count));
    w.EndObject();
  }
  w.EndArray();
}

void write_node(Writer& w,
                const graph::Node& node,
                const graph::NodeMeasures& measures,
                std::string_view betweenness)
{
  w.StartObject();
  string(w, "id", node.id);
  string(w, "label", display_label(node));
  string(w, "en", node.label.empty() ? label_in(node, "en") : node.label);
  string(w, "ar", label_in(node, "ar"));
  // Every known name: the search finds a node by any of them, and each
  // evidence sentence marks the names of its two ends.
  w.Key("names");
  w.StartArray();
  for (const auto& name : all_names(node)) {
    w.String(name.data(), static_cast<rapidjson::SizeType>(name.size()));
  }
  w.EndArray();
  string(w, "type", to_string(node.type));
  number(w, "mentions", format_count(node.mentions));
  number(w, "degree", format_count(measures.degree));
  number(w, "weighted_degree", format_measure(measures.weighted_degree));
  number(w, "pagerank", format_measure(measures.pagerank));
  number(w, betweenness, format_measure(measures.betweenness));
  number(w, "component", format_count(measures.component));
  string(w, "first_date", node.dates.first);
  string(w, "last_date", node.dates.last);
  w.EndObject();
}

void write_evidence(Writer& w, const graph::EdgeEvidence& e)
{
  w.StartObject();
  string(w, "doc", e.doc);
  string(w, "date", e.date);
  number(w, "sentence", format_count(e.sentence));
  number(w, "begin", format_count(e.span.begin));
  number(w, "end", format_count(e.span.end));
  string(w, "text", shortened(e.text));
  number(w, "confidence", format_decimal(e.confidence));
  w.EndObject();
}

void write_edge(Writer& w, const graph::Edge& edge, std::size_t index, const Ontology& ontology)
{
  const auto* info = ontology.find(edge.predicate);
  w.StartObject();
  string(w, "id", concat("e", format_count(index)));
  string(w, "source", edge.subject);
  string(w, "target", edge.object);
  string(w, "predicate", edge.predicate);
  string(w, "en", info != nullptr ? info->label_en : edge.predicate);
  string(w, "ar", info != nullptr ? info->label_ar : "");
  string(w, "cameo", edge.cameo);
  w.Key("symmetric");
  w.Bool(edge.symmetric);
  number(w, "mentions", format_count(edge.mentions));
  number(w, "confidence", format_decimal(edge.confidence));
  string(w, "first_date", edge.dates.first);
  string(w, "last_date", edge.dates.last);
  w.Key("evidence");
  w.StartArray();
  // The best few only (graph_text.hpp); "mentions" says how many there are.
  for (const auto* e : best_evidence(edge)) {
    write_evidence(w, *e);
  }
  w.EndArray();
  w.EndObject();
}

} // namespace

void write_html_graph_json(const graph::KnowledgeGraph& graph,
                           const Ontology& ontology,
                           std::ostream& out)
{
  ScriptSafeStream stream(out);
  Writer w(stream);
  w.StartObject();
  write_lists(w, graph, ontology);
  const auto measures = graph::compute_measures(graph);
  const auto betweenness = betweenness_name(graph);
  w.Key("nodes");
  w.StartArray();
  for (const auto* node : graph.nodes()) {
    write_node(w, *node, measures.at(node->id), betweenness);
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  std::size_t index = 0;
  for (const auto* edge : graph.edges()) {
    write_edge(w, *edge, index++, ontology);
  }
  w.EndArray();
  w.EndObject();
  stream.finish();
}

std::string html_graph_json(const graph::KnowledgeGraph& graph, const Ontology& ontology)
{
  std::ostringstream out;
  write_html_graph_json(graph, ontology, out);
  return std::move(out).str();
}

} // namespace newskg::exports
