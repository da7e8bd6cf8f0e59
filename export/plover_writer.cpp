// Event data by the PLOVER manual (Political Language Ontology for Verifiable
// Event Records, Open Event Data Alliance, openeventdata/PLOVER; "JSON Data
// Fields", manual draft 0.7b1): one JSON object per line for each piece of
// evidence of an event predicate, a predicate with a CAMEO code in
// data/ontology/predicates.tsv, mapped to its PLOVER event, mode and context by
// the project's own table CAMEO2PLOVER-2021.txt (data/ontology/cameo_plover.tsv).

#include "export/concat.hpp"
#include "export/exporters.hpp"
#include "export/graph_text.hpp"
#include "export/number_text.hpp"
#include "export/plover_table.hpp"
#include "export/rdf_iri.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

namespace newskg::exports {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void key(Writer& w, std::string_view name)
{
  w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
}

void string(Writer& w, std::string_view name, std::string_view value)
{
  key(w, name);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void string_or_null(Writer& w, std::string_view name, std::string_view value)
{
  if (value.empty()) {
    key(w, name);
    w.Null();
  } else {
    string(w, name, value);
  }
}

void number(Writer& w, std::string_view name, const std::string& text)
{
  key(w, name);
  w.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

// The manual's actor object: identifier_id (its Wikidata id, "should be the
// Wikidata ID for the actor"; else newskg's id) and identifier_text (the
// canonical name); newskg adds its own id, the Arabic label and the type.
void write_actor(Writer& w, const graph::KnowledgeGraph& graph, const std::string& id)
{
  const auto* node = graph.find(id);
  w.StartObject();
  string(w, "identifier_id", id.starts_with("wd:") ? std::string_view(id).substr(3) : id);
  string(w, "identifier_text", node != nullptr ? display_label(*node) : id);
  string(w, "id", id);
  string_or_null(w, "label_ar", node != nullptr ? label_in(*node, "ar") : "");
  string_or_null(w, "type", node != nullptr ? to_string(node->type) : "");
  w.EndObject();
}

// "source" and "recipient", lists of actors. A symmetric predicate (met,
// called) is reciprocal: the manual's "Compound and Reciprocal Actors" puts
// every actor in the source and includes no recipient.
void write_actors(Writer& w, const graph::KnowledgeGraph& graph, const graph::Edge& edge)
{
  key(w, "source");
  w.StartArray();
  write_actor(w, graph, edge.subject);
  if (edge.symmetric) {
    write_actor(w, graph, edge.object);
  }
  w.EndArray();
  if (!edge.symmetric) {
    key(w, "recipient");
    w.StartArray();
    write_actor(w, graph, edge.object);
    w.EndArray();
  }
}

// The last path segment of an IRI: its content hash.
std::string_view hash_of(std::string_view iri)
{
  return iri.substr(iri.rfind('/') + 1);
}

struct Event
{
  const graph::Edge& edge;
  const graph::EdgeEvidence& evidence;
  const PloverCategory& category;
};

void write_event(std::ostream& out, const graph::KnowledgeGraph& graph, const Event& event)
{
  const auto& [edge, e, category] = event;
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  const auto relation = relation_iri(edge.subject, edge.predicate, edge.object);
  const auto evidence =
    evidence_iri({.doc = e.doc, .sentence = e.sentence, .start = e.span.begin, .end = e.span.end});
  w.StartObject();
  // Stable ids, from content (rdf_iri.hpp): the relation's hash, then the evidence's.
  string(w, "id", concat(hash_of(relation), "-", hash_of(evidence)));
  // The manual: "date in YYYY-MM-DD format" (required), and a time such that
  // date + "T" + time is the ISO 8601 date-time.
  const std::string_view date = e.date;
  string(w, "date", date.substr(0, 10));
  if (date.size() > 11 && date[10] == 'T') {
    string(w, "time", date.substr(11));
  }
  key(w, "event");
  w.StartArray();
  w.String(category.event.data(), static_cast<rapidjson::SizeType>(category.event.size()));
  w.EndArray();
  string_or_null(w, "mode", category.mode);
  key(w, "context");
  w.StartArray();
  for (const auto& value : category.context) {
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  }
  w.EndArray();
  write_actors(w, graph, edge);
  string(w, "text", e.text);
  key(w, "text_info");
  w.StartObject();
  number(w, "sequence", format_count(e.sentence));
  number(w, "start", format_count(e.span.begin));
  number(w, "end", format_count(e.span.end));
  w.EndObject();
  key(w, "cite_info");
  w.StartObject();
  string(w, "citation", e.doc);
  w.EndObject();
  string(w, "coder", "newskg");
  // newskg's own fields, which the manual invites ("Providers should feel free
  // to include named fields beyond those provided").
  string(w, "cameo", edge.cameo);
  string(w, "predicate", edge.predicate);
  number(w, "confidence", format_decimal(e.confidence));
  string(w, "relation", relation);
  w.EndObject();
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out << '\n';
}

} // namespace

PloverCounts
write_plover(const graph::KnowledgeGraph& graph, const PloverTable& table, std::ostream& out)
{
  PloverCounts counts;
  for (const auto* edge : graph.edges()) {
    if (edge->cameo.empty()) {
      continue; // a standing relation (holds-position, part-of), not an event
    }
    const auto* category = table.find(edge->cameo);
    for (const auto& e : edge->evidence) {
      if (category == nullptr) {
        ++counts.no_category; // CAMEO 01 and 02: PLOVER dropped them
      } else if (e.date.empty()) {
        ++counts.undated; // the manual requires a date
      } else {
        write_event(out, graph, Event{.edge = *edge, .evidence = e, .category = *category});
        ++counts.events;
      }
    }
  }
  return counts;
}

std::string PloverCounts::summary() const
{
  auto text = concat(format_count(events), " PLOVER events");
  if (undated > 0) {
    text += concat(", ",
                   format_count(undated),
                   " skipped from undated articles (PLOVER requires a date; build --meta "
                   "dates .txt articles)");
  }
  if (no_category > 0) {
    text += concat(", ",
                   format_count(no_category),
                   " skipped whose CAMEO code has no PLOVER event (01 statements, 02 appeals)");
  }
  return text;
}

} // namespace newskg::exports
