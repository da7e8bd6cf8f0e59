#include "cache/merged_entity.hpp"

#include <array>

namespace newskg::cache {

namespace {

// The copy each value of the merge is taken from: the first, by document id,
// that meets the condition. The indexes of schema.cpp (document_entities_first,
// and partial ones for values that may be empty) find it without reading the
// others.
constexpr std::array first_copies{
  "SELECT d.doc_id, o.lang, d.type, d.label, d.label_en, d.label_ar, d.predicate, d.subject,"
  " d.object FROM document_entities d JOIN documents o ON o.id = d.doc_id"
  " WHERE d.entity_id = ?1 ORDER BY d.doc_id LIMIT 1",
  "SELECT d.doc_id, o.lang, d.type, d.label, d.label_en, d.label_ar, d.predicate, d.subject,"
  " d.object FROM document_entities d JOIN documents o ON o.id = d.doc_id"
  " WHERE d.entity_id = ?1 AND d.predicate <> '' ORDER BY d.doc_id LIMIT 1",
  "SELECT d.doc_id, o.lang, d.type, d.label, d.label_en, d.label_ar, d.predicate, d.subject,"
  " d.object FROM document_entities d JOIN documents o ON o.id = d.doc_id"
  " WHERE d.entity_id = ?1 AND d.label <> '' ORDER BY d.doc_id LIMIT 1",
  "SELECT d.doc_id, o.lang, d.type, d.label, d.label_en, d.label_ar, d.predicate, d.subject,"
  " d.object FROM document_entities d JOIN documents o ON o.id = d.doc_id"
  " WHERE d.entity_id = ?1 AND d.label <> '' AND o.lang = 'en' ORDER BY d.doc_id LIMIT 1",
  "SELECT d.doc_id, o.lang, d.type, d.label, d.label_en, d.label_ar, d.predicate, d.subject,"
  " d.object FROM document_entities d JOIN documents o ON o.id = d.doc_id"
  " WHERE d.entity_id = ?1 AND d.label_en <> '' ORDER BY d.doc_id LIMIT 1",
  "SELECT d.doc_id, o.lang, d.type, d.label, d.label_en, d.label_ar, d.predicate, d.subject,"
  " d.object FROM document_entities d JOIN documents o ON o.id = d.doc_id"
  " WHERE d.entity_id = ?1 AND d.label_en <> '' AND o.lang = 'en' ORDER BY d.doc_id LIMIT 1",
  "SELECT d.doc_id, o.lang, d.type, d.label, d.label_en, d.label_ar, d.predicate, d.subject,"
  " d.object FROM document_entities d JOIN documents o ON o.id = d.doc_id"
  " WHERE d.entity_id = ?1 AND d.label_ar <> '' ORDER BY d.doc_id LIMIT 1",
  "SELECT d.doc_id, o.lang, d.type, d.label, d.label_en, d.label_ar, d.predicate, d.subject,"
  " d.object FROM document_entities d JOIN documents o ON o.id = d.doc_id"
  " WHERE d.entity_id = ?1 AND d.label_ar <> '' AND o.lang = 'ar' ORDER BY d.doc_id LIMIT 1",
};

std::string_view text_of(const SQLite::Column& column)
{
  return {column.getText(), static_cast<std::size_t>(column.getBytes())};
}

} // namespace

MergedEntity MergedEntity::load(Statements& statements, const std::string& id)
{
  // Each query's copy is the one its value is taken from, and no copy beats
  // it there: adding these copies alone gives the merge of all of them.
  MergedEntity merged;
  for (const char* sql : first_copies) {
    const StatementUse select(statements.get(sql));
    select->bind(1, id);
    if (select->executeStep()) {
      merged.add(EntityCopy{
        .doc = text_of(select->getColumn(0)),
        .lang = text_of(select->getColumn(1)),
        .type = text_of(select->getColumn(2)),
        .label = text_of(select->getColumn(3)),
        .label_en = text_of(select->getColumn(4)),
        .label_ar = text_of(select->getColumn(5)),
        .predicate = text_of(select->getColumn(6)),
        .subject = text_of(select->getColumn(7)),
        .object = text_of(select->getColumn(8)),
      });
    }
  }
  return merged;
}

void MergedEntity::pick(Pick& pick, std::string_view doc, std::string_view value)
{
  // SQLite's ORDER BY doc_id (BINARY) compares bytes, as string_view does.
  if (!value.empty() && (!pick.found || doc < pick.doc)) {
    pick.found = true;
    pick.doc = doc;
    pick.value = value;
  }
}

void MergedEntity::pick(Row& row, const EntityCopy& copy)
{
  if (!row.found || copy.doc < row.doc) {
    row = Row{.found = true,
              .doc = std::string(copy.doc),
              .type = std::string(copy.type),
              .predicate = std::string(copy.predicate),
              .subject = std::string(copy.subject),
              .object = std::string(copy.object)};
  }
}

void MergedEntity::add(const EntityCopy& copy)
{
  pick(m_first, copy);
  if (!copy.predicate.empty()) {
    pick(m_event, copy);
  }
  pick(m_label_any, copy.doc, copy.label);
  pick(m_label_en_any, copy.doc, copy.label_en);
  pick(m_label_ar_any, copy.doc, copy.label_ar);
  if (copy.lang == "en") {
    pick(m_label_own, copy.doc, copy.label);
    pick(m_label_en_own, copy.doc, copy.label_en);
  } else if (copy.lang == "ar") {
    pick(m_label_ar_own, copy.doc, copy.label_ar);
  }
}

EntityValues MergedEntity::values() const
{
  const auto first_of = [](const Pick& own, const Pick& any) {
    return own.found ? own.value : any.value;
  };
  const auto& event = m_event.found ? m_event : m_first;
  return EntityValues{
    .type = m_first.type,
    .label = first_of(m_label_own, m_label_any),
    .label_en = first_of(m_label_en_own, m_label_en_any),
    .label_ar = first_of(m_label_ar_own, m_label_ar_any),
    .predicate = event.predicate,
    .subject = event.subject,
    .object = event.object,
  };
}

void update_entity(Statements& statements, const std::string& id, const EntityValues& values)
{
  const StatementUse update(
    statements.get("UPDATE entities SET type = ?2, label = ?3, label_en = ?4, label_ar = ?5,"
                   " predicate = ?6, subject = ?7, object = ?8 WHERE id = ?1"));
  update->bind(1, id);
  update->bind(2, values.type);
  update->bind(3, values.label);
  update->bind(4, values.label_en);
  update->bind(5, values.label_ar);
  update->bind(6, values.predicate);
  update->bind(7, values.subject);
  update->bind(8, values.object);
  update->exec();
}

} // namespace newskg::cache
