#include "export/exporters.hpp"
#include "export/extraction_json_fields.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace newskg::exports {

namespace {

// Writer (not PrettyWriter): one object per line. Its default flags leave
// non-ASCII as raw UTF-8, so Arabic stays readable.
using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void string(JsonWriter& w, std::string_view text)
{
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void member(JsonWriter& w, std::string_view key, std::string_view value)
{
  string(w, key);
  string(w, value);
}

void member(JsonWriter& w, std::string_view key, std::size_t value)
{
  string(w, key);
  w.Uint64(value);
}

void optional_member(JsonWriter& w, std::string_view key, std::string_view value)
{
  if (!value.empty()) {
    member(w, key, value);
  }
}

void write_entity(JsonWriter& w, const Entity& entity)
{
  w.StartObject();
  member(w, "id", entity.id);
  member(w, "type", to_string(entity.type));
  member(w, "label", entity.label);
  string(w, "labels");
  w.StartObject();
  for (const auto& [lang, label] : entity.labels) {
    member(w, lang, label);
  }
  w.EndObject();
  string(w, "mentions");
  w.StartArray();
  for (const auto& mention : entity.mentions) {
    w.StartObject();
    member(w, "start", mention.span.begin);
    member(w, "end", mention.span.end);
    member(w, "text", mention.text);
    w.EndObject();
  }
  w.EndArray();
  // ontology.md: an Event names the inner relation it reifies.
  if (entity.type == EntityType::event || !entity.predicate.empty() || !entity.subject.empty()
      || !entity.object.empty()) {
    member(w, "predicate", entity.predicate);
    member(w, "subject", entity.subject);
    member(w, "object", entity.object);
  }
  w.EndObject();
}

void write_relation(JsonWriter& w, const Relation& relation)
{
  w.StartObject();
  member(w, "subject", relation.subject);
  member(w, "predicate", relation.predicate);
  member(w, "object", relation.object);
  string(w, "confidence");
  w.Double(relation.confidence);
  member(w, "cameo", relation.cameo);
  string(w, "evidence");
  w.StartObject();
  member(w, "sentence", relation.evidence.sentence);
  member(w, "start", relation.evidence.span.begin);
  member(w, "end", relation.evidence.span.end);
  member(w, "text", relation.evidence.text);
  w.EndObject();
  // ontology.md: attributes such as `role` are keys of the relation itself.
  for (const auto& [key, value] : relation.attributes) {
    if (!is_relation_field(key)) {
      member(w, key, value);
    }
  }
  w.EndObject();
}

} // namespace

void write_extraction_json(const Extraction& extraction, std::ostream& out)
{
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  member(w, "doc", extraction.doc);
  member(w, "lang", extraction.lang);
  // ontology.md: title, date and url are optional; absent when unknown.
  optional_member(w, "title", extraction.title);
  optional_member(w, "date", extraction.date);
  optional_member(w, "url", extraction.url);
  string(w, "entities");
  w.StartArray();
  for (const auto& entity : extraction.entities) {
    write_entity(w, entity);
  }
  w.EndArray();
  string(w, "relations");
  w.StartArray();
  for (const auto& relation : extraction.relations) {
    write_relation(w, relation);
  }
  w.EndArray();
  w.EndObject();
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out << '\n';
}

} // namespace newskg::exports
