#include "cache/document_writer.hpp"

#include "cache/json_map.hpp"
#include "cache/shared_entities.hpp"
#include "core/hash.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <cstdint>
#include <set>

namespace newskg::cache {

namespace {

std::int64_t to_int(std::size_t value)
{
  return static_cast<std::int64_t>(value);
}

// A relation's id is derived from (document, ordinal), not taken from a
// counter: storing the same document twice then gives the same ids, and a
// cache's content does not depend on the order documents were stored in.
// FNV-1a over 63 bits: a collision, which would fail the PRIMARY KEY and the
// store, needs billions of relations.
std::int64_t relation_id(const std::string& doc, std::size_t ordinal)
{
  return static_cast<std::int64_t>(fnv1a(doc + '\n' + std::to_string(ordinal)) >> 1U);
}

std::string label_in(const Entity& entity, const std::string& lang)
{
  const auto found = entity.labels.find(lang);
  return found == entity.labels.end() ? std::string() : found->second;
}

// Entity ids the document uses now: refresh_entities looks at them after
// the document's rows are gone.
std::set<std::string> entities_of(SQLite::Database& db, const std::string& doc_id)
{
  std::set<std::string> ids;
  SQLite::Statement select(db, "SELECT entity_id FROM document_entities WHERE doc_id = ?1");
  select.bind(1, doc_id);
  while (select.executeStep()) {
    ids.insert(select.getColumn(0).getString());
  }
  return ids;
}

// ON DELETE CASCADE removes document_entities, mentions, relations and
// evidence with the document row.
bool delete_rows(SQLite::Database& db, const std::string& doc_id)
{
  SQLite::Statement erase(db, "DELETE FROM documents WHERE id = ?1");
  erase.bind(1, doc_id);
  return erase.exec() > 0;
}

void insert_document(SQLite::Database& db,
                     const DocumentRecord& document,
                     const Extraction& extraction)
{
  SQLite::Statement insert(db,
                           "INSERT INTO documents"
                           " (id, lang, title, date, url, source, content_hash, fingerprint)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  // store_check: the record's metadata is empty or equal to the extraction's.
  insert.bind(1, document.id);
  insert.bind(2, extraction.lang);
  insert.bind(3, extraction.title);
  insert.bind(4, extraction.date);
  insert.bind(5, extraction.url);
  insert.bind(6, document.source);
  insert.bind(7, document.content_hash);
  insert.bind(8, document.fingerprint);
  insert.exec();
}

void insert_mentions(SQLite::Database& db, const std::string& doc_id, const Entity& entity)
{
  SQLite::Statement insert(db,
                           "INSERT INTO mentions (doc_id, entity_id, ordinal, start, end, text)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  for (std::size_t i = 0; i < entity.mentions.size(); ++i) {
    const auto& mention = entity.mentions[i];
    insert.bind(1, doc_id);
    insert.bind(2, entity.id);
    insert.bind(3, to_int(i));
    insert.bind(4, to_int(mention.span.begin));
    insert.bind(5, to_int(mention.span.end));
    insert.bind(6, mention.text);
    insert.exec();
    insert.reset();
  }
}

void insert_entities(SQLite::Database& db, const Extraction& extraction)
{
  SQLite::Statement insert(db,
                           "INSERT INTO document_entities (doc_id, entity_id, ordinal, type, label,"
                           " label_en, label_ar, labels_json, predicate, subject, object)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  for (std::size_t i = 0; i < extraction.entities.size(); ++i) {
    const auto& entity = extraction.entities[i];
    const std::string type(to_string(entity.type));
    ensure_entity(db, entity.id, type);
    // ontology.md: `label` is the canonical English label; labels.en, when
    // given, is the English name as the article wrote it.
    auto label_en = label_in(entity, "en");
    insert.bind(1, extraction.doc);
    insert.bind(2, entity.id);
    insert.bind(3, to_int(i));
    insert.bind(4, type);
    insert.bind(5, entity.label);
    insert.bind(6, label_en.empty() ? entity.label : label_en);
    insert.bind(7, label_in(entity, "ar"));
    insert.bind(8, to_json(entity.labels));
    insert.bind(9, entity.predicate);
    insert.bind(10, entity.subject);
    insert.bind(11, entity.object);
    insert.exec();
    insert.reset();
    insert_mentions(db, extraction.doc, entity);
  }
}

void insert_relations(SQLite::Database& db,
                      const Extraction& extraction,
                      const std::vector<std::string>& search_keys)
{
  SQLite::Statement search(db, "INSERT INTO evidence_text (rowid, key) VALUES (?1, ?2)");
  SQLite::Statement relation(
    db,
    "INSERT INTO relations (id, doc_id, ordinal, subject, predicate, object,"
    " confidence, cameo, attributes_json)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  SQLite::Statement evidence(
    db,
    "INSERT INTO evidence (relation_id, ordinal, sentence, start, end, text)"
    " VALUES (?1, 0, ?2, ?3, ?4, ?5)");
  for (std::size_t i = 0; i < extraction.relations.size(); ++i) {
    const auto& r = extraction.relations[i];
    const auto id = relation_id(extraction.doc, i);
    relation.bind(1, id);
    relation.bind(2, extraction.doc);
    relation.bind(3, to_int(i));
    relation.bind(4, r.subject);
    relation.bind(5, r.predicate);
    relation.bind(6, r.object);
    relation.bind(7, r.confidence);
    relation.bind(8, r.cameo);
    relation.bind(9, to_json(r.attributes));
    relation.exec();
    relation.reset();
    evidence.bind(1, id);
    evidence.bind(2, to_int(r.evidence.sentence));
    evidence.bind(3, to_int(r.evidence.span.begin));
    evidence.bind(4, to_int(r.evidence.span.end));
    evidence.bind(5, r.evidence.text);
    evidence.exec();
    evidence.reset();
    search.bind(1, id);
    search.bind(2, search_keys.empty() ? r.evidence.text : search_keys[i]);
    search.exec();
    search.reset();
  }
}

void insert_aliases(SQLite::Database& db, const std::vector<Alias>& aliases)
{
  SQLite::Statement insert(
    db, "INSERT OR IGNORE INTO aliases (entity_id, text, key) VALUES (?1, ?2, ?3)");
  for (const auto& alias : aliases) {
    insert.bind(1, alias.entity_id);
    insert.bind(2, alias.text);
    insert.bind(3, alias.key);
    insert.exec();
    insert.reset();
  }
}

} // namespace

void write_document(SQLite::Database& db,
                    const DocumentRecord& document,
                    const Extraction& extraction,
                    const std::vector<Alias>& aliases,
                    const std::vector<std::string>& search_keys)
{
  // IMMEDIATE: take the write lock before reading, so a concurrent writer
  // makes us wait (busy_timeout) instead of failing the upgrade.
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  auto touched = entities_of(db, document.id);
  delete_rows(db, document.id);
  insert_document(db, document, extraction);
  insert_entities(db, extraction);
  insert_relations(db, extraction, search_keys);
  for (const auto& entity : extraction.entities) {
    touched.insert(entity.id);
  }
  refresh_entities(db, touched);
  insert_aliases(db, aliases);
  transaction.commit();
}

bool delete_document(SQLite::Database& db, const std::string& doc_id)
{
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  const auto touched = entities_of(db, doc_id);
  const bool existed = delete_rows(db, doc_id);
  refresh_entities(db, touched);
  transaction.commit();
  return existed;
}

} // namespace newskg::cache
