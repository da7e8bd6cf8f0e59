#include "eval/prediction.hpp"

#include "core/entity_type.hpp"
#include "core/error.hpp"

#include "eval/json_text.hpp"
#include "eval/normalize.hpp"
#include "json/parse.hpp"

#include <map>

namespace newskg::eval {

namespace {

// A member score.py reads with .get(): none when absent or null.
std::optional<std::string>
optional_string(const rapidjson::Value& object, const char* name, const std::string& where)
{
  const auto member = object.FindMember(name);
  if (member == object.MemberEnd() || member->value.IsNull()) {
    return std::nullopt;
  }
  if (!member->value.IsString()) {
    throw InputError(where + ": \"" + name + "\" is not a string");
  }
  return std::string(member->value.GetString(), member->value.GetStringLength());
}

const rapidjson::Value* optional_member(const rapidjson::Value& object, const char* name)
{
  const auto member = object.FindMember(name);
  return member == object.MemberEnd() || member->value.IsNull() ? nullptr : &member->value;
}

std::vector<std::string>
string_values(const rapidjson::Value* values, const char* name, const std::string& where)
{
  std::vector<std::string> out;
  if (values == nullptr) {
    return out;
  }
  const auto add = [&](const rapidjson::Value& value) {
    if (!value.IsString()) {
      throw InputError(where + ": a value of \"" + name + "\" is not a string");
    }
    out.emplace_back(value.GetString(), value.GetStringLength());
  };
  if (values->IsObject()) {
    for (const auto& member : values->GetObject()) {
      add(member.value);
    }
  } else if (values->IsArray()) {
    for (const auto& value : values->GetArray()) {
      add(value);
    }
  } else {
    throw InputError(where + ": \"" + name + "\" is neither an object nor an array");
  }
  return out;
}

PredictedEntity parse_entity(const rapidjson::Value& entity, const std::string& where)
{
  if (!entity.IsObject()) {
    throw InputError(where + ": not an object");
  }
  return PredictedEntity{
    .id = required_string(entity, "id", where),
    .type = optional_string(entity, "type", where).value_or(""),
    .label = optional_string(entity, "label", where).value_or(""),
    .labels = string_values(optional_member(entity, "labels"), "labels", where),
    .aliases = string_values(optional_member(entity, "aliases"), "aliases", where),
    .predicate = optional_string(entity, "predicate", where).value_or(""),
    .object = optional_string(entity, "object", where),
  };
}

const rapidjson::Value& array_member(const rapidjson::Value& object, const char* name)
{
  const auto member = object.FindMember(name);
  if (member == object.MemberEnd() || !member->value.IsArray()) {
    throw InputError(std::string("\"") + name + "\" is missing or not an array");
  }
  return member->value;
}

// Resolves entity ids of one prediction to gold terms (score.py's resolve()).
class Resolver
{
public:
  Resolver(const PredictedDocument& prediction, const Gold& gold)
    : m_gold(gold)
  {
    // score.py: ents = {e["id"]: e ...}; a later entity with the same id wins.
    for (const auto& entity : prediction.entities) {
      m_entities[entity.id] = &entity;
    }
  }

  [[nodiscard]] std::optional<Term> resolve(const std::optional<std::string>& id,
                                            const PredicateRules& rules) const
  {
    const auto* entity = find(id);
    if (entity == nullptr) {
      return std::nullopt;
    }
    if (entity->type == "Event") {
      return EventTerm{.predicate = rules.normalize(entity->predicate),
                       .object = resolve_entity(entity->object)};
    }
    return name_of(*entity);
  }

private:
  [[nodiscard]] const PredictedEntity* find(const std::optional<std::string>& id) const
  {
    if (!id) {
      return nullptr;
    }
    const auto found = m_entities.find(*id);
    return found == m_entities.end() ? nullptr : found->second;
  }

  // An Event's inner object: never itself unfolded as an Event (score.py: depth 1).
  [[nodiscard]] std::optional<std::string>
  resolve_entity(const std::optional<std::string>& id) const
  {
    const auto* entity = find(id);
    return entity == nullptr ? std::nullopt : std::optional(name_of(*entity));
  }

  // score.py's entity_labels(): label, id, labels, aliases, the empty ones left out.
  [[nodiscard]] std::string name_of(const PredictedEntity& entity) const
  {
    std::vector<const std::string*> names{&entity.label, &entity.id};
    for (const auto& label : entity.labels) {
      names.push_back(&label);
    }
    for (const auto& alias : entity.aliases) {
      names.push_back(&alias);
    }
    for (const auto* name : names) {
      if (name->empty()) {
        continue;
      }
      if (auto key = m_gold.entity_named(normalize_name(*name))) {
        return std::move(*key);
      }
    }
    return "?" + (entity.label.empty() ? entity.id : entity.label);
  }

  const Gold& m_gold;
  std::map<std::string, const PredictedEntity*, std::less<>> m_entities;
};

} // namespace

bool is_extraction_line(std::string_view line)
{
  const auto parsed = json::parse(line);
  const auto& value = parsed.document;
  return !parsed.fault && value.IsObject() && value.HasMember("entities")
         && value.HasMember("relations");
}

PredictedDocument parse_extraction_line(std::string_view line)
{
  const auto json = parse_json(line, "line");
  if (!json.IsObject()) {
    throw InputError("a line must hold one JSON object");
  }
  PredictedDocument prediction{.doc = required_string(json, "doc", "line")};
  std::size_t number = 0;
  for (const auto& entity : array_member(json, "entities").GetArray()) {
    prediction.entities.push_back(parse_entity(entity, "entity " + std::to_string(++number)));
  }
  number = 0;
  for (const auto& relation : array_member(json, "relations").GetArray()) {
    const auto where = "relation " + std::to_string(++number);
    if (!relation.IsObject()) {
      throw InputError(where + ": not an object");
    }
    prediction.relations.push_back(PredictedRelation{
      .subject = optional_string(relation, "subject", where),
      .predicate = optional_string(relation, "predicate", where),
      .object = optional_string(relation, "object", where),
    });
  }
  return prediction;
}

PredictedDocument to_prediction(const Extraction& extraction)
{
  PredictedDocument prediction{.doc = extraction.doc};
  for (const auto& entity : extraction.entities) {
    PredictedEntity predicted{.id = entity.id,
                              .type = std::string(to_string(entity.type)),
                              .label = entity.label,
                              .predicate = entity.predicate,
                              .object = entity.object};
    for (const auto& [lang, label] : entity.labels) {
      predicted.labels.push_back(label);
    }
    prediction.entities.push_back(std::move(predicted));
  }
  for (const auto& relation : extraction.relations) {
    prediction.relations.push_back(PredictedRelation{
      .subject = relation.subject, .predicate = relation.predicate, .object = relation.object});
  }
  return prediction;
}

std::set<Triple> predicted_triples(const PredictedDocument& prediction,
                                   const Gold& gold,
                                   const PredicateRules& rules)
{
  const Resolver resolver(prediction, gold);
  std::set<Triple> triples;
  for (const auto& relation : prediction.relations) {
    auto subject = resolver.resolve(relation.subject, rules);
    auto object = resolver.resolve(relation.object, rules);
    if (!subject || !object) {
      // score.py: ("?dangling", norm_pred(r.get("predicate")), str(r.get("object"))),
      // not passed through triple(), so never reordered; Python's str(None) is "None".
      triples.insert(Triple{.subject = std::string("?dangling"),
                            .predicate = rules.normalize(relation.predicate.value_or("None")),
                            .object = relation.object.value_or("None")});
      continue;
    }
    triples.insert(
      rules.triple(std::move(*subject), relation.predicate.value_or(""), std::move(*object)));
  }
  return triples;
}

} // namespace newskg::eval
