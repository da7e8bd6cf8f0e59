#pragma once

#include "cache/cache.hpp"
#include "cache/known_rows.hpp"
#include "cache/merged_entity.hpp"
#include "cache/statements.hpp"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newskg::cache {

// Writes documents and everything derived from them, with the statements of
// the connection prepared once. Each write runs inside the caller's open
// transaction as one savepoint: when it throws, the transaction is as it was
// before the call. Two things are left to finish(), which the caller runs
// before it commits: the merged `entities` rows of the entities the writes
// touched are recomputed once (a batch of documents that share entities
// merges each entity once), and the documents' rows of the full-text index
// are inserted together, in rowid order. FTS5 writes its pending rows to disk as a new
// segment at every savepoint once it is part of the transaction, so rows
// inserted inside each document's savepoint made one segment per document
// (and merges of them): a profile of `build` gave 4% to that flush alone.
class DocumentWriter
{
public:
  explicit DocumentWriter(SQLite::Database& db);

  // Called first in each transaction that writes: forgets the rows it knew
  // stored when another connection changed the cache since (PRAGMA
  // data_version).
  void begin();

  // Replaces what is stored for document.id (see Cache::store). The caller
  // has checked the arguments with check_store.
  void write(const DocumentRecord& document,
             const Extraction& extraction,
             const std::vector<Alias>& aliases,
             const std::vector<std::string>& search_keys);

  // Deletes the document, its rows and its unused entities. False when it
  // was not stored.
  bool erase(const std::string& doc_id);

  // Inserts the full-text rows of the documents written since the last
  // finish(), then merges the entity rows those writes touched.
  void finish();

  // Forgets the entities to merge, the full-text rows to insert and the rows
  // known stored: the transaction was rolled back.
  void discard();

private:
  void insert_document(const DocumentRecord& document, const Extraction& extraction);
  // Adds to `ensured` the entities it inserted (known_rows.hpp).
  void insert_entities(const Extraction& extraction, std::vector<const std::string*>& ensured);
  // Takes the document's copies of its entities into the merges kept.
  void add_to_merges(const Extraction& extraction);
  void insert_mentions(const std::string& doc_id, const Entity& entity);
  void insert_relations(const Extraction& extraction);
  // The document's full-text rows, (relation id, key), for finish().
  void keep_search_rows(const Extraction& extraction, const std::vector<std::string>& search_keys);
  // Forgets the full-text rows kept for doc_id: the document is replaced or
  // removed (its relation ids are those of the new version, or none).
  void forget_search_rows(const std::string& doc_id);
  // Inserts the aliases not known stored; adds them to `inserted`.
  void insert_aliases(const std::vector<Alias>& aliases, std::vector<const Alias*>& inserted);
  // Deletes the document's rows; collects the entities it used that `keep`
  // does not hold and no other document uses, and adds the others to
  // `to_merge`. False when the document was not stored.
  bool delete_rows(const std::string& doc_id,
                   const std::set<std::string>& keep,
                   std::set<std::string>& to_merge);

  Statements m_statements;
  KnownRows m_known;
  // Merges of entities, kept across commits, and what their `entities` row
  // holds once written by finish(); dropped as m_known is, and for an entity
  // whose copy a document deletes.
  struct Merge
  {
    MergedEntity merged;
    bool written = false;
    EntityValues stored;
  };
  std::unordered_map<std::string, Merge> m_merges;
  std::int64_t m_data_version = -1; // PRAGMA data_version when m_known was last valid
  std::set<std::string> m_to_merge;
  // Full-text rows not inserted yet, per document, in the order documents
  // were written; an entry emptied when its document was replaced or removed.
  struct SearchRows
  {
    std::string doc_id;
    std::vector<std::pair<std::int64_t, std::string>> rows; // (relation id, key)
  };
  std::vector<SearchRows> m_search_rows;
  std::map<std::string, std::size_t, std::less<>> m_search_index; // doc id -> m_search_rows
};

} // namespace newskg::cache
