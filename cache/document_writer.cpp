#include "cache/document_writer.hpp"

#include "cache/json_map.hpp"
#include "cache/shared_entities.hpp"
#include "core/hash.hpp"

#include <algorithm>
#include <cstdint>
#include <exception>

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
  std::string key = doc;
  key += '\n';
  key += std::to_string(ordinal);
  return static_cast<std::int64_t>(fnv1a(key) >> 1U);
}

std::string label_in(const Entity& entity, const std::string& lang)
{
  const auto found = entity.labels.find(lang);
  return found == entity.labels.end() ? std::string() : found->second;
}

// Runs `write` as one savepoint of the open transaction: when it throws,
// what it wrote is rolled back and the rest of the transaction kept. The
// savepoint statements are prepared once, as the others (sqlite3_exec
// prepared them again for every document).
template<typename Write>
void in_savepoint(Statements& statements, Write&& write)
{
  const auto run = [&](const char* sql) {
    const StatementUse use(statements.get(sql));
    use->exec();
  };
  run("SAVEPOINT store_document");
  try {
    write();
  } catch (...) {
    try {
      run("ROLLBACK TO store_document");
      run("RELEASE store_document");
    } catch (const std::exception&) {
      // The connection is broken; the caller's transaction fails anyway.
    }
    throw;
  }
  run("RELEASE store_document");
}

} // namespace

DocumentWriter::DocumentWriter(SQLite::Database& db)
  : m_statements(db)
{}

void DocumentWriter::insert_document(const DocumentRecord& document, const Extraction& extraction)
{
  const StatementUse insert(
    m_statements.get("INSERT INTO documents"
                     " (id, lang, title, date, url, source, content_hash, fingerprint)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
  // store_check: the record's metadata is empty or equal to the extraction's.
  insert->bind(1, document.id);
  insert->bind(2, extraction.lang);
  insert->bind(3, extraction.title);
  insert->bind(4, extraction.date);
  insert->bind(5, extraction.url);
  insert->bind(6, document.source);
  insert->bind(7, document.content_hash);
  insert->bind(8, document.fingerprint);
  insert->exec();
}

void DocumentWriter::insert_mentions(const std::string& doc_id, const Entity& entity)
{
  const StatementUse insert(
    m_statements.get("INSERT INTO mentions (doc_id, entity_id, ordinal, start, end, text)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
  for (std::size_t i = 0; i < entity.mentions.size(); ++i) {
    const auto& mention = entity.mentions[i];
    insert->bindNoCopy(1, doc_id);
    insert->bindNoCopy(2, entity.id);
    insert->bind(3, to_int(i));
    insert->bind(4, to_int(mention.span.begin));
    insert->bind(5, to_int(mention.span.end));
    insert->bindNoCopy(6, mention.text);
    insert->exec();
    insert->reset();
  }
}

void DocumentWriter::begin()
{
  const StatementUse version(m_statements.get("PRAGMA data_version"));
  version->executeStep();
  const auto now = version->getColumn(0).getInt64();
  if (now != m_data_version) {
    m_known.clear();
    m_merges.clear();
    m_data_version = now;
  }
}

void DocumentWriter::insert_entities(const Extraction& extraction,
                                     std::vector<const std::string*>& ensured)
{
  for (std::size_t i = 0; i < extraction.entities.size(); ++i) {
    const auto& entity = extraction.entities[i];
    const std::string type(to_string(entity.type));
    if (!m_known.has_entity(entity.id)) {
      ensure_entity(m_statements, entity.id, type);
      ensured.push_back(&entity.id);
    }
    // ontology.md: `label` is the canonical English label; labels.en, when
    // given, is the English name as the article wrote it.
    const auto label_en = label_in(entity, "en");
    const auto label_ar = label_in(entity, "ar");
    const auto labels_json = to_json(entity.labels);
    {
      const StatementUse insert(
        m_statements.get("INSERT INTO document_entities (doc_id, entity_id, ordinal, type, label,"
                         " label_en, label_ar, labels_json, predicate, subject, object)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
      insert->bindNoCopy(1, extraction.doc);
      insert->bindNoCopy(2, entity.id);
      insert->bind(3, to_int(i));
      insert->bindNoCopy(4, type);
      insert->bindNoCopy(5, entity.label);
      insert->bindNoCopy(6, label_en.empty() ? entity.label : label_en);
      insert->bindNoCopy(7, label_ar);
      insert->bindNoCopy(8, labels_json);
      insert->bindNoCopy(9, entity.predicate);
      insert->bindNoCopy(10, entity.subject);
      insert->bindNoCopy(11, entity.object);
      insert->exec();
    }
    insert_mentions(extraction.doc, entity);
  }
}

void DocumentWriter::insert_relations(const Extraction& extraction)
{
  const StatementUse relation(
    m_statements.get("INSERT INTO relations (id, doc_id, ordinal, subject, predicate, object,"
                     " confidence, cameo, attributes_json)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
  const StatementUse evidence(
    m_statements.get("INSERT INTO evidence (relation_id, ordinal, sentence, start, end, text)"
                     " VALUES (?1, 0, ?2, ?3, ?4, ?5)"));
  for (std::size_t i = 0; i < extraction.relations.size(); ++i) {
    const auto& r = extraction.relations[i];
    const auto id = relation_id(extraction.doc, i);
    const auto attributes_json = to_json(r.attributes);
    relation->bind(1, id);
    relation->bindNoCopy(2, extraction.doc);
    relation->bind(3, to_int(i));
    relation->bindNoCopy(4, r.subject);
    relation->bindNoCopy(5, r.predicate);
    relation->bindNoCopy(6, r.object);
    relation->bind(7, r.confidence);
    relation->bindNoCopy(8, r.cameo);
    relation->bindNoCopy(9, attributes_json);
    relation->exec();
    relation->reset();
    evidence->bind(1, id);
    evidence->bind(2, to_int(r.evidence.sentence));
    evidence->bind(3, to_int(r.evidence.span.begin));
    evidence->bind(4, to_int(r.evidence.span.end));
    evidence->bindNoCopy(5, r.evidence.text);
    evidence->exec();
    evidence->reset();
  }
}

void DocumentWriter::keep_search_rows(const Extraction& extraction,
                                      const std::vector<std::string>& search_keys)
{
  forget_search_rows(extraction.doc);
  if (extraction.relations.empty()) {
    return;
  }
  SearchRows kept{.doc_id = extraction.doc, .rows = {}};
  kept.rows.reserve(extraction.relations.size());
  for (std::size_t i = 0; i < extraction.relations.size(); ++i) {
    kept.rows.emplace_back(relation_id(extraction.doc, i),
                           search_keys.empty() ? extraction.relations[i].evidence.text
                                               : search_keys[i]);
  }
  m_search_index[extraction.doc] = m_search_rows.size();
  m_search_rows.push_back(std::move(kept));
}

void DocumentWriter::forget_search_rows(const std::string& doc_id)
{
  const auto found = m_search_index.find(doc_id);
  if (found != m_search_index.end()) {
    m_search_rows[found->second].rows.clear();
    m_search_index.erase(found);
  }
}

void DocumentWriter::insert_aliases(const std::vector<Alias>& aliases,
                                    std::vector<const Alias*>& inserted)
{
  const StatementUse insert(
    m_statements.get("INSERT OR IGNORE INTO aliases (entity_id, text, key) VALUES (?1, ?2, ?3)"));
  for (const auto& alias : aliases) {
    if (m_known.has_alias(alias)) {
      continue;
    }
    inserted.push_back(&alias);
    insert->bind(1, alias.entity_id);
    insert->bind(2, alias.text);
    insert->bind(3, alias.key);
    insert->exec();
    insert->reset();
  }
}

bool DocumentWriter::delete_rows(const std::string& doc_id,
                                 const std::set<std::string>& keep,
                                 std::set<std::string>& to_merge)
{
  std::set<std::string> used; // the entities the document used
  {
    const StatementUse select(
      m_statements.get("SELECT entity_id FROM document_entities WHERE doc_id = ?1"));
    select->bind(1, doc_id);
    while (select->executeStep()) {
      used.insert(select->getColumn(0).getString());
    }
  }
  bool existed = false;
  {
    // ON DELETE CASCADE removes document_entities, mentions, relations and
    // evidence with the document row.
    const StatementUse erase(m_statements.get("DELETE FROM documents WHERE id = ?1"));
    erase->bind(1, doc_id);
    existed = erase->exec() > 0;
  }
  for (const auto& id : used) {
    // A copy is gone: the merge is read again from the cache.
    m_merges.erase(id);
    if (keep.contains(id)) {
      continue;
    }
    if (collect_entity(m_statements, id)) {
      // Its aliases went with it (ON DELETE CASCADE).
      m_known.forget_entity(id);
    } else {
      to_merge.insert(id);
    }
  }
  return existed;
}

void DocumentWriter::write(const DocumentRecord& document,
                           const Extraction& extraction,
                           const std::vector<Alias>& aliases,
                           const std::vector<std::string>& search_keys)
{
  std::set<std::string> ids;
  for (const auto& entity : extraction.entities) {
    ids.insert(entity.id);
  }
  std::set<std::string> to_merge;
  std::vector<const std::string*> ensured;
  std::vector<const Alias*> inserted;
  in_savepoint(m_statements, [&] {
    delete_rows(document.id, ids, to_merge);
    insert_document(document, extraction);
    insert_entities(extraction, ensured);
    insert_relations(extraction);
    insert_aliases(aliases, inserted);
  });
  // Released: what the savepoint inserted is stored until a rollback.
  for (const auto* id : ensured) {
    m_known.add_entity(*id);
  }
  for (const auto* alias : inserted) {
    m_known.add_alias(*alias);
  }
  add_to_merges(extraction);
  keep_search_rows(extraction, search_keys);
  m_to_merge.merge(to_merge);
  m_to_merge.merge(ids);
}

void DocumentWriter::add_to_merges(const Extraction& extraction)
{
  for (const auto& entity : extraction.entities) {
    const auto found = m_merges.find(entity.id);
    if (found == m_merges.end()) {
      continue; // finish() reads it from the cache, this copy included
    }
    // The values insert_entities stored.
    const auto label_en = label_in(entity, "en");
    const auto label_ar = label_in(entity, "ar");
    found->second.merged.add(EntityCopy{
      .doc = extraction.doc,
      .lang = extraction.lang,
      .type = to_string(entity.type),
      .label = entity.label,
      .label_en = label_en.empty() ? entity.label : label_en,
      .label_ar = label_ar,
      .predicate = entity.predicate,
      .subject = entity.subject,
      .object = entity.object,
    });
  }
}

bool DocumentWriter::erase(const std::string& doc_id)
{
  bool existed = false;
  std::set<std::string> to_merge;
  in_savepoint(m_statements, [&] { existed = delete_rows(doc_id, {}, to_merge); });
  forget_search_rows(doc_id);
  m_to_merge.merge(to_merge);
  return existed;
}

void DocumentWriter::finish()
{
  {
    // In rowid order: FTS5 writes its pending rows to disk as a new segment
    // whenever a rowid is lower than the one before, and relation ids are
    // hashes, so in document order nearly every other row made a segment,
    // and merging them took two thirds of the index's time.
    std::vector<const std::pair<std::int64_t, std::string>*> rows;
    for (const auto& document : m_search_rows) {
      for (const auto& row : document.rows) {
        rows.push_back(&row);
      }
    }
    std::sort(
      rows.begin(), rows.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    const StatementUse search(
      m_statements.get("INSERT INTO evidence_text (rowid, key) VALUES (?1, ?2)"));
    for (const auto* row : rows) {
      search->bind(1, row->first);
      search->bindNoCopy(2, row->second);
      search->exec();
      search->reset();
    }
  }
  m_search_rows.clear();
  m_search_index.clear();
  for (const auto& id : m_to_merge) {
    auto found = m_merges.find(id);
    if (found == m_merges.end()) {
      found = m_merges.emplace(id, Merge{.merged = MergedEntity::load(m_statements, id)}).first;
    }
    auto& merge = found->second;
    auto values = merge.merged.values();
    if (!merge.written || values != merge.stored) {
      update_entity(m_statements, id, values);
      merge.written = true;
      merge.stored = std::move(values);
    }
  }
  m_to_merge.clear();
}

void DocumentWriter::discard()
{
  m_known.clear();
  m_merges.clear();
  m_to_merge.clear();
  m_search_rows.clear();
  m_search_index.clear();
}

} // namespace newskg::cache
