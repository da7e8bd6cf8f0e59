#include "cli/document_aliases.hpp"

#include "core/hash.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace newskg::cli {

namespace {

// extract::match_key of `name`, remembered: every document gives the
// gazetteer's names of its entities again, and their keys were most of the
// time build spent here. Per thread (aliases_for runs on the extraction
// workers), and forgotten past 65,536 names so memory stays bounded.
const std::string& match_key_of(std::string_view name)
{
  constexpr std::size_t most = 65536;
  thread_local std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> keys;
  const auto found = keys.find(name);
  if (found != keys.end()) {
    return found->second;
  }
  if (keys.size() >= most) {
    keys.clear();
  }
  return keys.emplace(std::string(name), extract::match_key(name)).first->second;
}

} // namespace

std::vector<cache::Alias> aliases_for(const Extraction& extraction,
                                      const extract::Resources& resources)
{
  std::vector<cache::Alias> aliases;
  // Each name once per entity (entity ids are unique in an extraction that
  // can be stored).
  std::unordered_set<std::string_view, StringHash, std::equal_to<>> seen;
  std::vector<std::string_view> names;
  for (const auto& entity : extraction.entities) {
    // The gazetteer's names, alive while `seen` views them.
    const auto known = resources.aliases_of(entity.id);
    seen.clear();
    names.clear();
    names.emplace_back(entity.label);
    for (const auto& [lang, label] : entity.labels) {
      names.emplace_back(label);
    }
    for (const auto& mention : entity.mentions) {
      names.emplace_back(mention.text);
    }
    for (const auto& alias : known) {
      names.emplace_back(alias);
    }
    for (const auto name : names) {
      if (name.empty() || !seen.insert(name).second) {
        continue;
      }
      const auto& key = match_key_of(name);
      if (!key.empty()) {
        aliases.push_back(
          cache::Alias{.entity_id = entity.id, .text = std::string(name), .key = key});
      }
    }
  }
  return aliases;
}

std::vector<std::string> search_keys_for(const Extraction& extraction)
{
  std::vector<std::string> keys;
  keys.reserve(extraction.relations.size());
  for (const auto& relation : extraction.relations) {
    keys.push_back(extract::match_key(relation.evidence.text));
  }
  return keys;
}

} // namespace newskg::cli
