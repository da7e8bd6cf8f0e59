#include "cache/schema.hpp"

#include "core/error.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <set>
#include <string>

namespace newskg::cache {

namespace {

// Every row derived from a document cascades from `documents`, so that
// replacing or removing a document is one DELETE. Entities are shared across
// documents: `document_entities` holds each document's own copy (labels,
// order), `entities` the merged row that lives while any document uses it.
// Ordinals keep the order in which entities, mentions and relations were
// stored, so Cache::for_each_extraction gives back equal Extractions.
constexpr const char* create_tables = R"sql(
CREATE TABLE documents (
  id           TEXT PRIMARY KEY NOT NULL,
  lang         TEXT NOT NULL,
  title        TEXT NOT NULL,
  date         TEXT NOT NULL,
  url          TEXT NOT NULL,
  source       TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  fingerprint  TEXT NOT NULL
);
CREATE INDEX documents_lang ON documents(lang);

CREATE TABLE entities (
  id        TEXT PRIMARY KEY NOT NULL,
  type      TEXT NOT NULL,
  label     TEXT NOT NULL,
  label_en  TEXT NOT NULL,
  label_ar  TEXT NOT NULL,
  predicate TEXT NOT NULL,
  subject   TEXT NOT NULL,
  object    TEXT NOT NULL
);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE document_entities (
  doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id   TEXT NOT NULL REFERENCES entities(id),
  ordinal     INTEGER NOT NULL,
  type        TEXT NOT NULL,
  label       TEXT NOT NULL,
  label_en    TEXT NOT NULL,
  label_ar    TEXT NOT NULL,
  labels_json TEXT NOT NULL,
  predicate   TEXT NOT NULL,
  subject     TEXT NOT NULL,
  object      TEXT NOT NULL,
  PRIMARY KEY (doc_id, entity_id),
  UNIQUE (doc_id, ordinal)
);

CREATE TABLE aliases (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  text      TEXT NOT NULL,
  key       TEXT NOT NULL,
  PRIMARY KEY (entity_id, key, text)
);
CREATE INDEX aliases_key ON aliases(key);

CREATE TABLE mentions (
  doc_id    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  ordinal   INTEGER NOT NULL,
  start     INTEGER NOT NULL,
  end       INTEGER NOT NULL,
  text      TEXT NOT NULL,
  PRIMARY KEY (doc_id, entity_id, ordinal),
  FOREIGN KEY (doc_id, entity_id) REFERENCES document_entities(doc_id, entity_id)
    ON DELETE CASCADE
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE relations (
  id              INTEGER PRIMARY KEY,
  doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal         INTEGER NOT NULL,
  subject         TEXT NOT NULL REFERENCES entities(id),
  predicate       TEXT NOT NULL,
  object          TEXT NOT NULL REFERENCES entities(id),
  confidence      REAL NOT NULL,
  cameo           TEXT NOT NULL,
  attributes_json TEXT NOT NULL,
  UNIQUE (doc_id, ordinal)
);
CREATE INDEX relations_subject ON relations(subject, predicate, object);
CREATE INDEX relations_object ON relations(object, predicate, subject);
CREATE INDEX relations_predicate ON relations(predicate);

CREATE TABLE evidence (
  relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  sentence    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  PRIMARY KEY (relation_id, ordinal)
);
)sql";

constexpr const char* create_search = R"sql(
-- Full-text search over the evidence sentences (query --text), version 2.
-- One row per relation (rowid = relations.id) holding the sentence's match
-- key (extract::match_key: case folded, Arabic letter variants and
-- diacritics removed), so that "الرئيسُ" finds "الرئيس". Trigram tokens match
-- any substring of 3 characters or more, which also finds a name behind an
-- Arabic clitic: "بوتين" in "وبوتين" (and Putin).
CREATE VIRTUAL TABLE evidence_text USING fts5(key, tokenize = 'trigram');
-- Virtual tables have no foreign keys: follow the relation (also when a
-- document's DELETE cascades to it).
CREATE TRIGGER relations_delete_text AFTER DELETE ON relations BEGIN
  DELETE FROM evidence_text WHERE rowid = old.id;
END;
)sql";

// merged_entity.cpp merges each entity row from the first document (by id)
// with a non-empty value per column. These indexes let SQLite stop at that
// first row instead of scanning every document that names the entity, which
// made each store O(documents) (a build of 10,000 articles went quadratic).
// label and label_en are never empty (DocumentWriter stores the label as
// label_en when the article gives none), so document_entities_first finds
// their first copies too; the partial indexes caches before it had for them,
// and the index on entity_id alone (a prefix of document_entities_first),
// are dropped: each was one more B-tree to update per stored entity (a
// build from extracted Arabic spent 13% less time without them).
// Not part of the data contract: created on every writable open, no version.
constexpr const char* create_merge_indexes = R"sql(
CREATE INDEX IF NOT EXISTS document_entities_first ON document_entities(entity_id, doc_id);
DROP INDEX IF EXISTS document_entities_entity;
DROP INDEX IF EXISTS document_entities_label;
DROP INDEX IF EXISTS document_entities_label_en;
CREATE INDEX IF NOT EXISTS document_entities_label_ar ON document_entities(entity_id, doc_id)
  WHERE label_ar <> '';
CREATE INDEX IF NOT EXISTS document_entities_event ON document_entities(entity_id, doc_id)
  WHERE predicate <> '';
)sql";

bool has_tables(SQLite::Database& db)
{
  return db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() != 0;
}

int user_version(SQLite::Database& db)
{
  return db.execAndGet("PRAGMA user_version").getInt();
}

// The columns of every table of `db`, "documents.id", sorted.
std::set<std::string> table_columns(SQLite::Database& db)
{
  std::set<std::string> columns;
  SQLite::Statement select(db,
                           "SELECT m.name || '.' || c.name FROM sqlite_master m,"
                           " pragma_table_info(m.name) c WHERE m.type = 'table'");
  while (select.executeStep()) {
    columns.insert(select.getColumn(0).getString());
  }
  return columns;
}

// Issue 12: another program's database with user_version 2 passed for a cache
// (export wrote an empty graph and exited 0). A cache has every column of
// the tables this version creates; it may have more (a user's own table).
void check_tables(SQLite::Database& db, const std::string& path)
{
  static const auto expected = [] {
    SQLite::Database reference(":memory:", SQLite::OPEN_READWRITE);
    reference.exec(create_tables);
    reference.exec(create_search);
    return table_columns(reference);
  }();
  const auto actual = table_columns(db);
  for (const auto& column : expected) {
    if (!actual.contains(column)) {
      throw InputError(path + ": not a newskg cache (it has no column " + column + ")");
    }
  }
}

} // namespace

void configure(SQLite::Database& db, bool writable)
{
  // Another process may be writing (build while query runs): wait, not fail.
  db.setBusyTimeout(5000);
  db.exec("PRAGMA foreign_keys = ON");
  if (writable) {
    // WAL lets readers run while one writer stores; NORMAL is durable in WAL
    // mode except for the last transactions before a power loss.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    // Each document of a Batch is a savepoint, whose journal of changed
    // pages went to a temporary file once it passed 64 KiB: keep it in memory.
    db.exec("PRAGMA temp_store = MEMORY");
    // The indexes' pages stay in memory across a batch's documents instead of
    // being read back from the WAL (the default 2 MiB cache made a build of
    // 2,000 articles read 300,000 pages).
    db.exec("PRAGMA cache_size = -32768");
    // A checkpoint copies the WAL's pages into the database and syncs both;
    // at the default 1,000 pages (4 MiB) a build of 2,000 articles ran one
    // every second commit, copying the same index pages again each time.
    // 16,384 pages (64 MiB) of WAL at most before one.
    db.exec("PRAGMA wal_autocheckpoint = 16384");
  }
}

void ensure_schema(SQLite::Database& db, const std::string& path, bool writable)
{
  auto version = user_version(db);
  if (version == 0 && has_tables(db)) {
    throw InputError(path + ": not a newskg cache (it has tables but no schema version)");
  }
  if (version == 0 && writable) {
    // IMMEDIATE takes the write lock first, so two processes creating the
    // same new cache do not both run CREATE TABLE.
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    version = user_version(db);
    if (version == 0) {
      db.exec(create_tables);
      db.exec(create_search);
      db.exec("PRAGMA user_version = " + std::to_string(schema_version));
      version = schema_version;
    }
    transaction.commit();
  }
  if (version == 0) {
    throw InputError(path + ": not a newskg cache (empty database); run newskg build first");
  }
  if (version == 1 && writable) {
    // Version 1 lacks only the search table: add it and index what is stored
    // (with the raw sentence text as key; build's next run stores match keys).
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    if (user_version(db) == 1) {
      db.exec(create_search);
      db.exec("INSERT INTO evidence_text (rowid, key) SELECT relation_id, lower(text)"
              " FROM evidence WHERE ordinal = 0");
      db.exec("PRAGMA user_version = " + std::to_string(schema_version));
    }
    transaction.commit();
    version = schema_version;
  }
  if (version != schema_version) {
    throw InputError(path + ": cache schema version " + std::to_string(version)
                     + ", but this newskg reads version " + std::to_string(schema_version)
                     + "; rebuild it with newskg build");
  }
  check_tables(db, path);
  if (writable) {
    db.exec(create_merge_indexes);
  }
}

} // namespace newskg::cache
