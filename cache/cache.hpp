#pragma once

// The cache module keeps documents, entities, aliases, mentions, relations and
// evidence in SQLite (SQLiteCpp): the system of record that `build` fills and
// `export` and `query` read.

#include "core/extraction.hpp"
#include "core/span.hpp"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::cache {

// A name of an entity, with its match key (extract::match_key of the text).
struct Alias
{
  std::string entity_id;
  std::string text;
  std::string key;
};

struct DocumentRecord
{
  std::string id;
  std::string lang;
  std::string title;
  std::string date;
  std::string url;
  std::string source;
  std::string content_hash; // hex_hash of the text
  std::string fingerprint;  // Resources::fingerprint() of the extraction
  friend bool operator==(const DocumentRecord&, const DocumentRecord&) = default;
};

struct Counts
{
  std::size_t documents = 0;
  std::size_t entities = 0;
  std::size_t aliases = 0;
  std::size_t mentions = 0;
  std::size_t relations = 0;
  std::size_t evidence = 0;
  std::size_t document_entities = 0; // (document, entity) pairs: each document's own entity rows
  friend bool operator==(const Counts&, const Counts&) = default;
};

// Which relations `query` returns. by_subject / by_object restrict the
// relation's subject / object to the given ids (an empty id list matches
// nothing). either_direction also accepts rows whose subject and object are
// swapped: for symmetric predicates ("called", "met"), stored once with the
// endpoints in either order (ontology.md). The cache does not know symmetry;
// the caller decides. Rows are returned as stored, never swapped.
struct QueryFilter
{
  bool by_subject = false;
  std::vector<std::string> subject_ids; // used when by_subject
  bool by_object = false;
  std::vector<std::string> object_ids; // used when by_object
  std::string predicate;               // empty: any
  std::string since;                   // documents dated on or after (ISO 8601 prefix); empty: any
  std::string until; // documents dated on or before, e.g. "2020-10" = all of October
  std::vector<std::string> text_keys; // each a substring of the evidence's search key (3+ chars)
  std::size_t limit = 0;              // 0: no limit
  bool either_direction = false;      // also match rows with subject and object swapped
  std::vector<std::string> swappable; // without either_direction: predicates (the symmetric
                                      // ones) whose rows also match swapped
};

// One piece of evidence of one relation.
struct QueryRow
{
  std::string date; // the document's
  std::string subject_id;
  std::string subject_label;
  std::string predicate;
  std::string object_id;
  std::string object_label;
  double confidence = 0;
  std::map<std::string, std::string> attributes;
  std::string doc;
  std::size_t sentence = 0;
  Span span;
  std::string text;
};

// Which entities `entities` lists.
struct EntityFilter
{
  std::string type; // "Person"; empty: any
  bool by_ids = false;
  std::vector<std::string> ids; // used when by_ids
  std::size_t limit = 0;        // 0: no limit
};

struct EntityRow
{
  std::string id;
  std::string type;
  std::string label_en;
  std::string label_ar;
  std::size_t documents = 0; // documents that mention it
  std::size_t relations = 0; // relations with it at either end
};

enum class Access { read_only, read_write };

// How a document stands in the cache against its current text and data:
// absent (never stored, or removed), current (same content hash, fingerprint,
// title, date and url: nothing to do), stale (stored, but the text, the data
// files, the program version or the metadata changed: extract again).
enum class Stored { absent, current, stale };

class Cache
{
public:
  // Opens or (read_write) creates the database; creates or checks the schema
  // (PRAGMA user_version), WAL. Throws InputError naming the file: read_only
  // and no such file, a file that is not a newskg cache, or another schema
  // version. One Cache per thread; several processes may share the file
  // (WAL, busy timeout 5 s).
  Cache(const std::filesystem::path& path, Access access);
  Cache(const Cache&) = delete;
  Cache& operator=(const Cache&) = delete;
  Cache(Cache&&) noexcept;
  Cache& operator=(Cache&&) noexcept;
  ~Cache();

  // absent, current or stale (see Stored): how document.id is stored
  // against this record's content hash, fingerprint, title, date and url.
  [[nodiscard]] Stored state(const DocumentRecord& document) const;
  // Replaces everything stored for document.id, in one transaction (or, while
  // a Batch of this cache lives, in the batch's transaction; the document is
  // whole in either): storing the same arguments twice leaves the same rows. Aliases are added
  // (insert-or-ignore) and live as long as their entity.
  // Requires: document.id == extraction.doc; the record's lang, title, date
  // and url are empty or equal to the extraction's; relation endpoints and
  // alias entity ids are among extraction.entities; entity ids are unique.
  // Throws InputError naming the document otherwise (nothing is stored).
  // `search_keys` are what `query --text` searches for each relation's
  // evidence: extract::match_key of its text, in relation order; empty: the
  // texts as they are. Another size than the relations' throws InputError.
  void store(const DocumentRecord& document,
             const Extraction& extraction,
             const std::vector<Alias>& aliases,
             const std::vector<std::string>& search_keys = {});
  // Every stored document's Extraction, in document id order, equal to what
  // was stored, all from one snapshot of the cache. `visit` may change or
  // move from the Extraction it is given and may read this Cache (or store
  // into another), but not store into or remove from this one.
  void for_each_extraction(const std::function<void(Extraction&)>& visit) const;
  // Ids of entities with an alias of this match key, distinct and sorted.
  [[nodiscard]] std::vector<std::string> entity_ids_by_key(std::string_view key) const;
  // One row per piece of evidence, labels in English (else Arabic, else the
  // id), sorted by (subject id, predicate, object id, doc, sentence).
  [[nodiscard]] std::vector<QueryRow> query(const QueryFilter& filter) const;
  [[nodiscard]] Counts counts() const;
  // Entities, with how many documents and relations name them, sorted by
  // type then id. `type` empty: any; `ids` restricts to those when by_ids.
  [[nodiscard]] std::vector<EntityRow> entities(const EntityFilter& filter) const;
  // Ids of entities with an alias whose key contains `key_part`, sorted.
  [[nodiscard]] std::vector<std::string> entity_ids_by_key_part(std::string_view key_part) const;
  // The stored record of a document (for merge); empty id when not stored.
  [[nodiscard]] DocumentRecord record(std::string_view doc_id) const;
  // Every alias of the entities `doc_id` uses (for merge).
  [[nodiscard]] std::vector<Alias> aliases_of_document(std::string_view doc_id) const;
  // Deletes the document and everything derived from it, and the entities
  // (with their aliases) that no other document mentions. False when the
  // document was not stored. In one transaction, or a Batch's, as store.
  bool remove(std::string_view doc_id);
  // Ids of the stored documents, sorted.
  [[nodiscard]] std::vector<std::string> document_ids() const;

  struct Impl;

private:
  friend class Batch;
  std::unique_ptr<Impl> m_impl;
};

// When a Batch commits: after this many documents, or once this much time
// has passed since its transaction began, whichever comes first (checked as
// each document is stored). The time grows to `commit_times` times what the
// last commit of the batch took, so that committing (merging the entity
// rows, the full-text index's segment, writing the pages to the WAL) stays
// about a tenth of the work however large the cache: a build of 2,000 dev
// articles spent 15% of its time in commits 250 ms apart.
struct BatchLimits
{
  std::size_t documents = 1000;
  std::chrono::milliseconds time{250};
  int commit_times = 10;
};

// Many documents per transaction, for build. While a Batch lives, its
// cache's store() and remove() write into one open transaction, each
// document as a savepoint of it (a document that fails leaves the others
// stored), and the transaction commits at the limits and at commit(). The
// merged `entities` rows are recomputed once per commit for every entity
// the batch touched, and the full-text index takes the batch's rows at once.
// What a batch commits is the same as one transaction per document would
// have left; a kill (or a destructor without commit()) loses the documents
// stored since the last commit, never part of one. Readers see committed
// documents only. One Batch per Cache at a time.
class Batch
{
public:
  // Throws std::logic_error when the cache has a Batch already.
  explicit Batch(Cache& cache, BatchLimits limits = {});
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;
  Batch(Batch&&) = delete;
  Batch& operator=(Batch&&) = delete;
  // Rolls back what is not committed.
  ~Batch();

  // Commits the documents stored since the last commit.
  void commit();

private:
  Cache* m_cache;
};

} // namespace newskg::cache
