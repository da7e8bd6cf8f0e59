#include "cli/document_aliases.hpp"

#include <set>
#include <string>
#include <utility>

namespace newskg::cli {

std::vector<cache::Alias> aliases_for(const Extraction& extraction,
                                      const extract::Resources& resources)
{
  std::vector<cache::Alias> aliases;
  std::set<std::pair<std::string, std::string>> seen; // (entity id, text)
  for (const auto& entity : extraction.entities) {
    std::vector<std::string> names{entity.label};
    for (const auto& [lang, label] : entity.labels) {
      names.push_back(label);
    }
    for (const auto& mention : entity.mentions) {
      names.push_back(mention.text);
    }
    for (auto& alias : resources.aliases_of(entity.id)) {
      names.push_back(std::move(alias));
    }
    for (auto& name : names) {
      if (name.empty() || !seen.emplace(entity.id, name).second) {
        continue;
      }
      auto key = extract::match_key(name);
      if (!key.empty()) {
        aliases.push_back(
          cache::Alias{.entity_id = entity.id, .text = std::move(name), .key = std::move(key)});
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
