#include "cache/shared_entities.hpp"

namespace newskg::cache {

void ensure_entity(Statements& statements, const std::string& id, const std::string& type)
{
  const StatementUse insert(
    statements.get("INSERT OR IGNORE INTO entities"
                   " (id, type, label, label_en, label_ar, predicate, subject, object)"
                   " VALUES (?1, ?2, '', '', '', '', '', '')"));
  insert->bind(1, id);
  insert->bind(2, type);
  insert->exec();
}

bool collect_entity(Statements& statements, const std::string& id)
{
  const StatementUse collect(
    statements.get("DELETE FROM entities WHERE id = ?1"
                   " AND NOT EXISTS (SELECT 1 FROM document_entities WHERE entity_id = ?1)"));
  collect->bind(1, id);
  return collect->exec() > 0;
}

} // namespace newskg::cache
