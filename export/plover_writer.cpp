// Event data in the style of PLOVER (Political Language Ontology for
// Verifiable Event Records, https://github.com/openeventdata/PLOVER): one JSON
// object per line for each piece of evidence of an event predicate, that is a
// predicate with a CAMEO code in data/ontology/predicates.tsv.

#include "export/exporters.hpp"
#include "export/graph_text.hpp"
#include "export/number_text.hpp"
#include "export/rdf_iri.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

namespace newskg::exports {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

struct PloverType
{
  std::string_view cameo; // a CAMEO code or the root (first two digits) it starts
  std::string_view type;
};

// The PLOVER manual's crosswalk from CAMEO, most specific code first. CAMEO 01
// (public statements) has no PLOVER event type: event_type is null for it.
constexpr PloverType plover_types[] = {
  {"050", "SUPPORT"},  {"051", "SUPPORT"},  {"057", "AGREE"},    {"02", "REQUEST"},
  {"03", "COOPERATE"}, {"04", "CONSULT"},   {"05", "COOPERATE"}, {"06", "COOPERATE"},
  {"07", "AID"},       {"08", "CONCEDE"},   {"09", "ACCUSE"},    {"10", "REQUEST"},
  {"11", "ACCUSE"},    {"12", "REJECT"},    {"13", "THREATEN"},  {"14", "PROTEST"},
  {"15", "MOBILIZE"},  {"16", "SANCTION"},  {"17", "COERCE"},    {"18", "ASSAULT"},
  {"19", "ASSAULT"},   {"20", "ASSAULT"},
};

std::string_view plover_type(std::string_view cameo)
{
  for (const auto& entry : plover_types) {
    if (cameo.starts_with(entry.cameo)) {
      return entry.type;
    }
  }
  return {};
}

void key(Writer& w, std::string_view name)
{
  w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
}

void string_or_null(Writer& w, std::string_view name, std::string_view value)
{
  key(w, name);
  if (value.empty()) {
    w.Null();
  } else {
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  }
}

void number(Writer& w, std::string_view name, const std::string& text)
{
  key(w, name);
  w.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

void write_actor(Writer& w, std::string_view name, const graph::KnowledgeGraph& graph,
                 const std::string& id)
{
  key(w, name);
  w.StartObject();
  string_or_null(w, "id", id);
  const auto* node = graph.find(id);
  string_or_null(w, "label", node != nullptr ? display_label(*node) : id);
  string_or_null(w, "label_ar", node != nullptr ? label_in(*node, "ar") : "");
  string_or_null(w, "type", node != nullptr ? to_string(node->type) : "");
  string_or_null(w, "wikidata", id.starts_with("wd:") ? std::string_view(id).substr(3) : "");
  w.EndObject();
}

// The last path segment of an IRI: its content hash.
std::string_view hash_of(std::string_view iri)
{
  return iri.substr(iri.rfind('/') + 1);
}

void write_event(std::ostream& out,
                 const graph::KnowledgeGraph& graph,
                 const graph::Edge& edge,
                 const graph::EdgeEvidence& e)
{
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  const auto relation = relation_iri(edge.subject, edge.predicate, edge.object);
  const auto evidence = evidence_iri(
    {.doc = e.doc, .sentence = e.sentence, .start = e.span.begin, .end = e.span.end});
  w.StartObject();
  // Stable ids, from content (rdf_iri.hpp): the relation's hash, then the evidence's.
  string_or_null(w, "id", std::string(hash_of(relation)) + "-" + std::string(hash_of(evidence)));
  string_or_null(w, "date", e.date);
  string_or_null(w, "event_type", plover_type(edge.cameo));
  string_or_null(w, "cameo", edge.cameo);
  string_or_null(w, "predicate", edge.predicate);
  key(w, "symmetric");
  w.Bool(edge.symmetric);
  write_actor(w, "actor1", graph, edge.subject);
  write_actor(w, "actor2", graph, edge.object);
  key(w, "source");
  w.StartObject();
  string_or_null(w, "doc", e.doc);
  number(w, "sentence", format_count(e.sentence));
  number(w, "start", format_count(e.span.begin));
  number(w, "end", format_count(e.span.end));
  string_or_null(w, "text", e.text);
  w.EndObject();
  number(w, "confidence", format_decimal(e.confidence));
  string_or_null(w, "relation", relation);
  w.EndObject();
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out << '\n';
}

} // namespace

void write_plover(const graph::KnowledgeGraph& graph, std::ostream& out)
{
  for (const auto* edge : graph.edges()) {
    if (edge->cameo.empty()) {
      continue; // a standing relation (holds-position, part-of), not an event
    }
    for (const auto& e : edge->evidence) {
      write_event(out, graph, *edge, e);
    }
  }
}

} // namespace newskg::exports
