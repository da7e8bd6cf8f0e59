#include "eval/gold.hpp"

#include "core/error.hpp"

#include "eval/json_text.hpp"
#include "eval/normalize.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>
#include <utility>

namespace newskg::eval {

namespace {

namespace fs = std::filesystem;

const rapidjson::Value&
required_member(const rapidjson::Value& object, const char* name, std::string_view where)
{
  const auto member = object.FindMember(name);
  if (member == object.MemberEnd()) {
    throw InputError(std::string(where) + ": missing \"" + name + "\"");
  }
  return member->value;
}

// score.py: for a in ent["aliases"] + [key]: alias_to_ent.setdefault(norm(a), key)
void read_entities(const rapidjson::Value& entities, const std::string& source, Gold& gold)
{
  if (!entities.IsObject()) {
    throw InputError(source + ": \"entities\" is not an object");
  }
  for (const auto& member : entities.GetObject()) {
    const std::string key(member.name.GetString(), member.name.GetStringLength());
    const auto& entity = member.value;
    const auto where = source + ": entity '" + key + "'";
    if (!entity.IsObject()) {
      throw InputError(where + ": not an object");
    }
    const auto& aliases = required_member(entity, "aliases", where);
    if (!aliases.IsArray()) {
      throw InputError(where + ": \"aliases\" is not an array");
    }
    for (const auto& alias : aliases.GetArray()) {
      if (!alias.IsString()) {
        throw InputError(where + ": an alias is not a string");
      }
      gold.entity_of_name.emplace(normalize_name({alias.GetString(), alias.GetStringLength()}),
                                  key);
    }
    gold.entity_of_name.emplace(normalize_name(key), key);
  }
}

// score.py: an event object {"event": P, "o": O} becomes ("event", norm_pred(P), O).
Term object_term(const rapidjson::Value& relation,
                 const std::string& where,
                 const PredicateRules& rules)
{
  const auto& object = required_member(relation, "o", where);
  if (object.IsString()) {
    return std::string(object.GetString(), object.GetStringLength());
  }
  if (!object.IsObject()) {
    throw InputError(where + ": \"o\" is neither a string nor an event object");
  }
  return EventTerm{.predicate = rules.normalize(required_string(object, "event", where)),
                   .object = required_string(object, "o", where)};
}

void read_relations(const rapidjson::Value& relations,
                    const std::string& source,
                    const PredicateRules& rules,
                    Gold& gold)
{
  if (!relations.IsArray()) {
    throw InputError(source + ": \"relations\" is not an array");
  }
  std::size_t number = 0;
  for (const auto& relation : relations.GetArray()) {
    const auto where = source + ": relation " + std::to_string(++number);
    if (!relation.IsObject()) {
      throw InputError(where + ": not an object");
    }
    // One at a time, so the first problem is reported in s, p, o order.
    auto subject = required_string(relation, "s", where);
    const auto predicate = required_string(relation, "p", where);
    auto object = object_term(relation, where, rules);
    auto triple = rules.triple(std::move(subject), predicate, std::move(object));
    const auto optional = relation.FindMember("optional");
    const bool is_optional = optional != relation.MemberEnd() && truthy(optional->value);
    (is_optional ? gold.optional : gold.required).insert(std::move(triple));
  }
  // score.py: optional -= required
  for (const auto& triple : gold.required) {
    gold.optional.erase(triple);
  }
}

bool is_language_subtag(std::string_view text)
{
  // A primary language subtag, as --lang takes it: two or three lowercase ASCII letters.
  return text.size() >= 2 && text.size() <= 3
         && std::ranges::all_of(text, [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string language_of(const rapidjson::Value& document, std::string_view name)
{
  const auto lang = document.FindMember("lang");
  if (lang != document.MemberEnd() && lang->value.IsString() && lang->value.GetStringLength() > 0) {
    return {lang->value.GetString(), lang->value.GetStringLength()};
  }
  // "brexit-toyota-carmakers.ar" => "ar"
  const auto dot = name.rfind('.');
  if (dot != std::string_view::npos && is_language_subtag(name.substr(dot + 1))) {
    return std::string(name.substr(dot + 1));
  }
  return "und";
}

} // namespace

std::optional<std::string> Gold::entity_named(const std::string& normalized) const
{
  const auto found = entity_of_name.find(normalized);
  if (found == entity_of_name.end()) {
    return std::nullopt;
  }
  return found->second;
}

Gold Gold::parse(std::string_view json,
                 std::string_view name,
                 std::string_view source,
                 const PredicateRules& rules)
{
  const std::string where(source);
  const auto document = parse_json(json, source);
  if (!document.IsObject()) {
    throw InputError(where + ": a gold file holds one JSON object");
  }
  Gold gold{.name = std::string(name), .lang = language_of(document, name)};
  read_entities(required_member(document, "entities", where), where, gold);
  read_relations(required_member(document, "relations", where), where, rules, gold);
  return gold;
}

Gold Gold::load(const fs::path& path, const PredicateRules& rules)
{
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(path.string() + ": cannot open gold file");
  }
  const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    throw InputError(path.string() + ": cannot read gold file");
  }
  return parse(json, path.stem().string(), path.string(), rules);
}

std::vector<Gold> load_gold_dir(const fs::path& dir, const PredicateRules& rules)
{
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    throw InputError(dir.string() + ": no such gold directory");
  }
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    const auto file_name = it->path().filename().string();
    if (file_name.ends_with(".json") && !it->is_directory(error)) {
      files.push_back(it->path());
    }
  }
  if (error) {
    throw InputError(dir.string() + ": cannot list gold directory: " + error.message());
  }
  // score.py: sorted(gold_dir.glob("*.json")), by file name within one directory.
  std::ranges::sort(files, {}, [](const fs::path& path) { return path.filename().string(); });
  std::vector<Gold> golds;
  golds.reserve(files.size());
  for (const auto& file : files) {
    golds.push_back(Gold::load(file, rules));
  }
  return golds;
}

} // namespace newskg::eval
