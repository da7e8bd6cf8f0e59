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

void merge_entity(Statements& statements, const std::string& id)
{
  // The name policy (README "Names"): a label read in a document of its own
  // language comes first ("Zoran Zaev" from an English article beats the
  // romanization "Zuran Zif" an Arabic one gave), else the first non-empty
  // value by doc id (the gazetteer's name, which every document gives alike,
  // else a romanization). `label` is the English one. As graph::merge_entity
  // does, so `entities`, `query` and the exports name an entity alike. The
  // Event fields (predicate, subject, object) travel together.
  const StatementUse merge(statements.get(R"sql(
UPDATE entities SET
  type = (SELECT type FROM document_entities WHERE entity_id = ?1 ORDER BY doc_id LIMIT 1),
  label = COALESCE((SELECT d.label FROM document_entities d JOIN documents o ON o.id = d.doc_id
                    WHERE d.entity_id = ?1 AND d.label <> '' AND o.lang = 'en'
                    ORDER BY d.doc_id LIMIT 1),
                   (SELECT label FROM document_entities
                    WHERE entity_id = ?1 AND label <> '' ORDER BY doc_id LIMIT 1), ''),
  label_en = COALESCE((SELECT d.label_en FROM document_entities d JOIN documents o ON o.id = d.doc_id
                       WHERE d.entity_id = ?1 AND d.label_en <> '' AND o.lang = 'en'
                       ORDER BY d.doc_id LIMIT 1),
                      (SELECT label_en FROM document_entities
                       WHERE entity_id = ?1 AND label_en <> '' ORDER BY doc_id LIMIT 1), ''),
  label_ar = COALESCE((SELECT d.label_ar FROM document_entities d JOIN documents o ON o.id = d.doc_id
                       WHERE d.entity_id = ?1 AND d.label_ar <> '' AND o.lang = 'ar'
                       ORDER BY d.doc_id LIMIT 1),
                      (SELECT label_ar FROM document_entities
                       WHERE entity_id = ?1 AND label_ar <> '' ORDER BY doc_id LIMIT 1), ''),
  (predicate, subject, object) = (
    SELECT predicate, subject, object FROM (
      SELECT * FROM (SELECT 0 AS event, predicate, subject, object FROM document_entities
                     WHERE entity_id = ?1 AND predicate <> '' ORDER BY doc_id LIMIT 1)
      UNION ALL
      SELECT * FROM (SELECT 1 AS event, predicate, subject, object FROM document_entities
                     WHERE entity_id = ?1 ORDER BY doc_id LIMIT 1))
    ORDER BY event LIMIT 1)
WHERE id = ?1
)sql"));
  merge->bind(1, id);
  merge->exec();
}

} // namespace newskg::cache
