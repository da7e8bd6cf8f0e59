#include "core/error.hpp"
#include "core/iso_date.hpp"
#include "core/ontology.hpp"
#include "export/exporters.hpp"
#include "export/extraction_json_fields.hpp"

#include "json/parse.hpp"

#include <rapidjson/document.h>

namespace newskg::exports {

namespace {

using JsonValue = rapidjson::Value;

// Reads one object, naming what it reads in errors:
//   "feed.jsonl:3: entities[1]: missing string field \"id\"".
class FieldReader
{
public:
  FieldReader(const JsonValue& object, std::string_view source, std::string path)
    : m_object(object),
      m_source(source),
      m_path(std::move(path))
  {
    if (!m_object.IsObject()) {
      fail("expected a JSON object");
    }
  }

  [[noreturn]] void fail(const std::string& problem) const
  {
    throw InputError(std::string(m_source) + ": " + (m_path.empty() ? "" : m_path + ": ")
                     + problem);
  }

  const JsonValue* find(const char* key) const
  {
    const auto found = m_object.FindMember(key);
    return found == m_object.MemberEnd() ? nullptr : &found->value;
  }

  const JsonValue& require(const char* key) const
  {
    const auto* value = find(key);
    if (value == nullptr) {
      fail(std::string("missing field \"") + key + "\"");
    }
    return *value;
  }

  std::string string(const char* key, bool required) const
  {
    const auto* value = required ? &require(key) : find(key);
    if (value == nullptr) {
      return {};
    }
    if (!value->IsString()) {
      fail(std::string("field \"") + key + "\" must be a string");
    }
    return {value->GetString(), value->GetStringLength()};
  }

  std::size_t count(const char* key) const
  {
    const auto& value = require(key);
    if (!value.IsUint64()) {
      fail(std::string("field \"") + key + "\" must be a non-negative integer");
    }
    return value.GetUint64();
  }

  double number(const char* key) const
  {
    const auto* value = find(key);
    if (value == nullptr) {
      return 0;
    }
    if (!value->IsNumber()) {
      fail(std::string("field \"") + key + "\" must be a number");
    }
    return value->GetDouble();
  }

  // A number in [0, 1] (ontology.md: a relation's confidence); 0 when absent.
  double confidence() const
  {
    const auto value = number("confidence");
    if (!(value >= 0 && value <= 1)) {
      fail("field \"confidence\" must be between 0 and 1");
    }
    return value;
  }

  // "start" and "end", code point offsets with start <= end.
  Span span() const
  {
    const Span span{count("start"), count("end")};
    if (span.begin > span.end) {
      fail("\"start\" " + std::to_string(span.begin) + " is after \"end\" "
           + std::to_string(span.end));
    }
    return span;
  }

  // A predicate of `ontology` ("met"), or empty when absent and optional.
  std::string predicate(bool required, const Ontology& ontology) const
  {
    auto name = string("predicate", required);
    if (!name.empty() && ontology.find(name) == nullptr) {
      fail("predicate \"" + name + "\" is not in the ontology");
    }
    return name;
  }

  const JsonValue& array(const char* key, bool required) const
  {
    static const JsonValue empty(rapidjson::kArrayType);
    const auto* value = required ? &require(key) : find(key);
    if (value == nullptr) {
      return empty;
    }
    if (!value->IsArray()) {
      fail(std::string("field \"") + key + "\" must be an array");
    }
    return *value;
  }

  [[nodiscard]] const JsonValue& object() const { return m_object; }
  [[nodiscard]] std::string_view source() const { return m_source; }
  [[nodiscard]] const std::string& path() const { return m_path; }

private:
  const JsonValue& m_object;
  std::string_view m_source;
  std::string m_path;
};

constexpr bool required = true;
constexpr bool optional = false;

std::string item_path(const FieldReader& parent, const char* key, rapidjson::SizeType index)
{
  return (parent.path().empty() ? "" : parent.path() + ".") + key + "[" + std::to_string(index)
         + "]";
}

Entity read_entity(const FieldReader& in, const Ontology& ontology)
{
  Entity entity{.id = in.string("id", required), .label = in.string("label", optional)};
  const auto type_name = in.string("type", required);
  const auto type = parse_entity_type(type_name);
  if (!type) {
    in.fail("unknown entity type \"" + type_name + "\"");
  }
  entity.type = *type;
  if (const auto* labels = in.find("labels"); labels != nullptr) {
    const FieldReader labels_in(*labels, in.source(), in.path() + ".labels");
    for (const auto& [lang, label] : labels->GetObject()) {
      if (!label.IsString()) {
        labels_in.fail("labels must be strings");
      }
      entity.labels.emplace(std::string(lang.GetString(), lang.GetStringLength()),
                            std::string(label.GetString(), label.GetStringLength()));
    }
  }
  const auto& mentions = in.array("mentions", optional);
  for (rapidjson::SizeType i = 0; i < mentions.Size(); ++i) {
    const FieldReader mention(mentions[i], in.source(), item_path(in, "mentions", i));
    entity.mentions.push_back({.span = mention.span(), .text = mention.string("text", optional)});
  }
  entity.predicate = in.predicate(optional, ontology);
  entity.subject = in.string("subject", optional);
  entity.object = in.string("object", optional);
  return entity;
}

Relation read_relation(const FieldReader& in, const Ontology& ontology)
{
  Relation relation{.subject = in.string("subject", required),
                    .predicate = in.predicate(required, ontology),
                    .object = in.string("object", required),
                    .confidence = in.confidence(),
                    .cameo = in.string("cameo", optional)};
  // ontology.md: every relation carries evidence.
  const FieldReader evidence(in.require("evidence"), in.source(), in.path() + ".evidence");
  relation.evidence = {.sentence = evidence.count("sentence"),
                       .span = evidence.span(),
                       .text = evidence.string("text", optional)};
  for (const auto& [key, value] : in.object().GetObject()) {
    const std::string name(key.GetString(), key.GetStringLength());
    if (is_relation_field(name)) {
      continue;
    }
    if (!value.IsString()) {
      in.fail("attribute \"" + name + "\" must be a string");
    }
    relation.attributes.emplace(name, std::string(value.GetString(), value.GetStringLength()));
  }
  return relation;
}

} // namespace

Extraction
read_extraction_json(std::string_view line, std::string_view source, const Ontology& ontology)
{
  const auto parsed = json::parse(line);
  if (parsed.fault) {
    throw InputError(std::string(source) + ": invalid JSON at offset "
                     + std::to_string(parsed.fault->offset) + ": " + parsed.fault->reason);
  }
  const FieldReader in(parsed.document, source, "");
  Extraction extraction{.doc = in.string("doc", required),
                        .lang = in.string("lang", optional),
                        .title = in.string("title", optional),
                        .date = in.string("date", optional),
                        .url = in.string("url", optional)};
  if (!extraction.date.empty() && !is_article_date(extraction.date)) {
    in.fail("field \"date\" must be an ISO 8601 date (YYYY-MM-DD, a time may follow)");
  }
  const auto& entities = in.array("entities", required);
  for (rapidjson::SizeType i = 0; i < entities.Size(); ++i) {
    extraction.entities.push_back(
      read_entity(FieldReader(entities[i], source, item_path(in, "entities", i)), ontology));
  }
  const auto& relations = in.array("relations", required);
  for (rapidjson::SizeType i = 0; i < relations.Size(); ++i) {
    extraction.relations.push_back(
      read_relation(FieldReader(relations[i], source, item_path(in, "relations", i)), ontology));
  }
  return extraction;
}

} // namespace newskg::exports
