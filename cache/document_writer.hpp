#pragma once

#include "cache/cache.hpp"
#include "cache/statements.hpp"

#include <SQLiteCpp/Database.h>

#include <set>
#include <string>
#include <vector>

namespace newskg::cache {

// Writes documents and everything derived from them, with the statements of
// the connection prepared once. Each write runs inside the caller's open
// transaction as one savepoint: when it throws, the transaction is as it was
// before the call. The merged `entities` rows of the entities the writes
// touched are recomputed once, by finish(), which the caller runs before it
// commits: a batch of documents that share entities merges each entity once.
class DocumentWriter
{
public:
  explicit DocumentWriter(SQLite::Database& db);

  // Replaces what is stored for document.id (see Cache::store). The caller
  // has checked the arguments with check_store.
  void write(const DocumentRecord& document,
             const Extraction& extraction,
             const std::vector<Alias>& aliases,
             const std::vector<std::string>& search_keys);

  // Deletes the document, its rows and its unused entities. False when it
  // was not stored.
  bool erase(const std::string& doc_id);

  // Merges the entity rows the writes since the last finish() touched.
  void finish();

  // Forgets the entities to merge: the transaction was rolled back.
  void discard() { m_to_merge.clear(); }

private:
  void insert_document(const DocumentRecord& document, const Extraction& extraction);
  void insert_entities(const Extraction& extraction);
  void insert_mentions(const std::string& doc_id, const Entity& entity);
  void insert_relations(const Extraction& extraction, const std::vector<std::string>& search_keys);
  void insert_aliases(const std::vector<Alias>& aliases);
  // Deletes the document's rows; collects the entities it used that `keep`
  // does not hold and no other document uses, and adds the others to
  // `to_merge`. False when the document was not stored.
  bool delete_rows(const std::string& doc_id,
                   const std::set<std::string>& keep,
                   std::set<std::string>& to_merge);

  SQLite::Database* m_db;
  Statements m_statements;
  std::set<std::string> m_to_merge;
};

} // namespace newskg::cache
