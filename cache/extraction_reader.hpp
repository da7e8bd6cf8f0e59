#pragma once

#include "core/extraction.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>
#include <string_view>

namespace newskg::cache {

// A statement whose rows come sorted by document id (its first column, in
// SQLite's BINARY order, which is std::string_view's), read one document at a
// time as the documents come in id order.
class DocumentRows
{
public:
  DocumentRows(SQLite::Database& db, const char* sql);

  // Calls row(statement) for each row of document `doc`, in order; rows of
  // documents before it (none, as rows cascade from `documents`) are skipped.
  template<typename Row>
  void read(std::string_view doc, const Row& row);

private:
  SQLite::Statement m_select;
  bool m_has_row;
};

// Rebuilds every stored document's Extraction, equal to the one given to
// Cache::store, one after the other in document id order: entities, mentions
// and relations in their stored order, each document's own labels and Event
// fields. Issue 9: one statement per table for all documents, each read once
// in document order, rather than four statements prepared for every document
// (preparing them was a sixth of an export's instructions). The statements
// stay open from the first document to the last, so every row comes from one
// snapshot of the cache, even while a build writes; the connection may be
// read meanwhile, not written.
class ExtractionReader
{
public:
  // `path` names the cache in messages.
  ExtractionReader(SQLite::Database& db, std::string path);

  // Reads the next document into `extraction`; false after the last. Throws
  // InputError naming the cache when a row cannot be read back (an unknown
  // entity type, broken JSON), SQLite::Exception when SQLite fails.
  bool next(Extraction& extraction);

private:
  std::string m_path;
  SQLite::Statement m_documents;
  DocumentRows m_entities;
  DocumentRows m_mentions;
  DocumentRows m_relations;
};

} // namespace newskg::cache
