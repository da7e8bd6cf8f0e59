#include "cache/known_rows.hpp"

namespace newskg::cache {

namespace {

// "<size of key>:<key><text>": one string per (key, text), whatever bytes
// they hold.
std::string alias_key(const Alias& alias)
{
  auto key = std::to_string(alias.key.size());
  key += ':';
  key += alias.key;
  key += alias.text;
  return key;
}

} // namespace

bool KnownRows::has_alias(const Alias& alias) const
{
  const auto found = m_entities.find(alias.entity_id);
  return found != m_entities.end() && found->second.contains(alias_key(alias));
}

void KnownRows::add_entity(const std::string& id)
{
  m_entities.try_emplace(id);
}

void KnownRows::add_alias(const Alias& alias)
{
  m_entities[alias.entity_id].insert(alias_key(alias));
}

} // namespace newskg::cache
