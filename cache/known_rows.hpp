#pragma once

#include "cache/cache.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace newskg::cache {

// The `entities` rows and the aliases of them that one connection knows are
// in its cache, so that DocumentWriter skips inserts that would be ignored:
// every document inserted (INSERT OR IGNORE) its entities and every alias of
// them, the gazetteer's included, and a profile of `build` gave more of
// storing's time to those inserts than to the rows stored (2,043 aliases
// kept of some 200,000 inserted for the 1,998 dev articles).
//
// Knowing too little only costs an insert that is ignored; knowing a row that
// is not stored would lose it. So what is written inside a document's
// savepoint is added once the savepoint is released, an entity is forgotten
// with its aliases when it is deleted, and everything is forgotten when a
// transaction rolls back and when another connection changed the file.
class KnownRows
{
public:
  [[nodiscard]] bool has_entity(const std::string& id) const { return m_entities.contains(id); }
  [[nodiscard]] bool has_alias(const Alias& alias) const;
  void add_entity(const std::string& id);
  // Also knows the alias's entity: the alias row needs it.
  void add_alias(const Alias& alias);
  void forget_entity(const std::string& id) { m_entities.erase(id); }
  void clear() { m_entities.clear(); }

private:
  // Entity id -> its aliases, as "<size of key>:<key><text>".
  std::unordered_map<std::string, std::unordered_set<std::string>> m_entities;
};

} // namespace newskg::cache
