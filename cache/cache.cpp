#include "cache/cache.hpp"

#include "cache/document_writer.hpp"
#include "cache/entity_query.hpp"
#include "cache/extraction_reader.hpp"
#include "cache/impl.hpp"
#include "cache/relation_query.hpp"
#include "cache/schema.hpp"
#include "cache/store_check.hpp"
#include "core/byte_escape.hpp"
#include "core/error.hpp"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <sqlite3.h>
#include <stdexcept>
#include <system_error>
#include <unistd.h>

namespace newskg::cache {

namespace {

// "file:a%20b/kg.db?immutable=1": the cache read as a file nothing changes
// (sqlite.org/uri.html), without the -wal and -shm files of WAL mode.
std::string immutable_uri(const std::filesystem::path& path)
{
  // RFC 3986 unreserved characters and '/' stay; '?', '#', '%' and the rest are encoded.
  const auto keep = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/'
           || c == '-' || c == '.' || c == '_' || c == '~';
  };
  // "file:///tmp/kg.db": an empty authority, so that a path "//x/kg.db" is no host.
  std::string uri = path.is_absolute() ? "file://" : "file:";
  uri += escape_bytes(path.string(), '%', keep);
  uri += "?immutable=1";
  return uri;
}

// A reader must read a WAL cache through its -wal and -shm files, which
// SQLite creates beside it: in a directory the reader cannot write (a
// read-only mount, another user's folder) that fails with "attempt to write
// a readonly database" (issue 12). There, with no -wal file, no build is
// writing the cache (a build keeps its -wal until it ends) and none of ours
// can start (it would need to create one), so the file is read as immutable.
// Elsewhere the -wal and -shm are needed: a build may start while we read.
bool read_as_immutable(const std::filesystem::path& path)
{
  auto dir = path.parent_path();
  if (dir.empty()) {
    dir = ".";
  }
  std::error_code error;
  return ::access(dir.c_str(), W_OK) != 0
         && !std::filesystem::exists(path.string() + "-wal", error);
}

std::unique_ptr<Cache::Impl> open(const std::filesystem::path& path, Access access)
{
  const auto name = path.string();
  const bool writable = access == Access::read_write;
  std::error_code error;
  if (!writable && !std::filesystem::exists(path, error)) {
    throw InputError(name + ": no such cache; run newskg build first");
  }
  // SQLite's messages ("file is not a database") do not name the file.
  try {
    const bool immutable = !writable && read_as_immutable(path);
    // Issue 9: a Cache is used by one thread at a time (cache.hpp; build's
    // workers store under its cache_mutex), so SQLite's own mutex per call on
    // the connection (a lock and an unlock for every column read) is left
    // out: SQLite's multi-thread mode.
    const int flags = SQLITE_OPEN_NOMUTEX
                      | (writable    ? SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE
                         : immutable ? SQLite::OPEN_READONLY | SQLite::OPEN_URI
                                     : SQLite::OPEN_READONLY);
    auto impl = std::make_unique<Cache::Impl>(
      name, SQLite::Database(immutable ? immutable_uri(path) : name, flags));
    configure(impl->db, writable);
    ensure_schema(impl->db, name, writable);
    return impl;
  } catch (const SQLite::Exception& e) {
    throw InputError(name + ": " + e.what());
  }
}

std::size_t count_rows(SQLite::Database& db, const char* table)
{
  return static_cast<std::size_t>(
    db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64());
}

// work(), with SQLite's errors ("database or disk is full", "disk I/O error")
// thrown as `Error` naming the cache: they were "internal error" with exit 1
// (issue 12). Writes throw OutputError, reads InputError: both exit 4.
template<typename Error, typename Work>
auto naming_file(const std::string& path, Work&& work)
{
  try {
    return work();
  } catch (const SQLite::Exception& e) {
    throw Error(path + ": " + e.what());
  }
}

// Runs `write(writer)` in a transaction of its own, or in the open batch's,
// which it then commits when the batch's limits are reached.
template<typename Write>
auto write_in_transaction(Cache::Impl& impl, Write&& write)
{
  if (!impl.batch) {
    SQLite::Transaction transaction(impl.db, SQLite::TransactionBehavior::IMMEDIATE);
    try {
      impl.writer.begin();
      auto result = write(impl.writer);
      impl.writer.finish();
      transaction.commit();
      return result;
    } catch (...) {
      impl.writer.discard();
      throw;
    }
  }
  auto& batch = *impl.batch;
  if (!batch.in_transaction) {
    // IMMEDIATE: take the write lock before reading, so a concurrent writer
    // makes us wait (busy_timeout) instead of failing the upgrade.
    impl.db.exec("BEGIN IMMEDIATE");
    batch.in_transaction = true;
    impl.writer.begin();
    batch.documents = 0;
    batch.began = std::chrono::steady_clock::now();
  }
  // A document that fails is rolled back to its savepoint; the batch goes on.
  auto result = write(impl.writer);
  ++batch.documents;
  const auto time = std::max<std::chrono::steady_clock::duration>(
    batch.limits.time, batch.limits.commit_times * batch.last_commit);
  if (batch.documents >= batch.limits.documents
      || std::chrono::steady_clock::now() - batch.began >= time) {
    impl.commit_batch();
  }
  return result;
}

} // namespace

void Cache::Impl::commit_batch()
{
  if (!batch || !batch->in_transaction) {
    return;
  }
  const auto start = std::chrono::steady_clock::now();
  try {
    writer.finish();
    db.exec("COMMIT");
  } catch (...) {
    roll_back_batch();
    throw;
  }
  batch->in_transaction = false;
  batch->last_commit = std::chrono::steady_clock::now() - start;
}

void Cache::Impl::roll_back_batch() noexcept
{
  writer.discard();
  if (batch && batch->in_transaction) {
    batch->in_transaction = false;
    db.tryExec("ROLLBACK");
  }
}

Batch::Batch(Cache& cache, BatchLimits limits)
  : m_cache(&cache)
{
  auto& impl = *cache.m_impl;
  if (impl.batch) {
    throw std::logic_error("cache: a Batch is open already");
  }
  impl.batch = Cache::Impl::OpenBatch{.limits = limits};
}

Batch::~Batch()
{
  auto& impl = *m_cache->m_impl;
  impl.roll_back_batch();
  impl.batch.reset();
}

void Batch::commit()
{
  auto& impl = *m_cache->m_impl;
  naming_file<OutputError>(impl.path, [&] { impl.commit_batch(); });
}

Cache::Cache(const std::filesystem::path& path, Access access)
  : m_impl(open(path, access))
{}

Cache::Cache(Cache&&) noexcept = default;
Cache& Cache::operator=(Cache&&) noexcept = default;
Cache::~Cache() = default;

Stored Cache::state(const DocumentRecord& document) const
{
  return naming_file<InputError>(m_impl->path, [&] {
    // Issue 12: a changed title, date or url with the same text was kept old.
    const StatementUse select(m_impl->reads.get(
      "SELECT content_hash = ?2 AND fingerprint = ?3 AND title = ?4 AND date = ?5 AND url = ?6"
      " FROM documents WHERE id = ?1"));
    select->bind(1, document.id);
    select->bind(2, document.content_hash);
    select->bind(3, document.fingerprint);
    select->bind(4, document.title);
    select->bind(5, document.date);
    select->bind(6, document.url);
    if (!select->executeStep()) {
      return Stored::absent;
    }
    return select->getColumn(0).getInt() != 0 ? Stored::current : Stored::stale;
  });
}

void Cache::store(const DocumentRecord& document,
                  const Extraction& extraction,
                  const std::vector<Alias>& aliases,
                  const std::vector<std::string>& search_keys)
{
  check_store(document, extraction, aliases);
  if (!search_keys.empty() && search_keys.size() != extraction.relations.size()) {
    throw InputError("document " + document.id + ": " + std::to_string(search_keys.size())
                     + " search keys for " + std::to_string(extraction.relations.size())
                     + " relations");
  }
  naming_file<OutputError>(m_impl->path, [&] {
    return write_in_transaction(*m_impl, [&](DocumentWriter& writer) {
      writer.write(document, extraction, aliases, search_keys);
      return true;
    });
  });
}

DocumentRecord Cache::record(std::string_view doc_id) const
{
  return naming_file<InputError>(m_impl->path, [&]() -> DocumentRecord {
    SQLite::Statement select(m_impl->db,
                             "SELECT id, lang, title, date, url, source, content_hash, fingerprint"
                             " FROM documents WHERE id = ?1");
    select.bind(1, std::string(doc_id));
    if (!select.executeStep()) {
      return {};
    }
    return DocumentRecord{
      .id = select.getColumn(0).getString(),
      .lang = select.getColumn(1).getString(),
      .title = select.getColumn(2).getString(),
      .date = select.getColumn(3).getString(),
      .url = select.getColumn(4).getString(),
      .source = select.getColumn(5).getString(),
      .content_hash = select.getColumn(6).getString(),
      .fingerprint = select.getColumn(7).getString(),
    };
  });
}

std::vector<Alias> Cache::aliases_of_document(std::string_view doc_id) const
{
  return naming_file<InputError>(m_impl->path, [&] {
    std::vector<Alias> aliases;
    SQLite::Statement select(m_impl->db,
                             "SELECT a.entity_id, a.text, a.key FROM aliases a"
                             " JOIN document_entities d ON d.entity_id = a.entity_id"
                             " WHERE d.doc_id = ?1 ORDER BY a.entity_id, a.key, a.text");
    select.bind(1, std::string(doc_id));
    while (select.executeStep()) {
      aliases.push_back(Alias{.entity_id = select.getColumn(0).getString(),
                              .text = select.getColumn(1).getString(),
                              .key = select.getColumn(2).getString()});
    }
    return aliases;
  });
}

std::vector<std::string> Cache::entity_ids_by_key_part(std::string_view key_part) const
{
  return naming_file<InputError>(m_impl->path, [&] {
    std::vector<std::string> ids;
    // instr, not LIKE: the key may hold % or _.
    SQLite::Statement select(m_impl->db,
                             "SELECT DISTINCT entity_id FROM aliases WHERE instr(key, ?1) > 0"
                             " ORDER BY entity_id");
    select.bind(1, std::string(key_part));
    while (select.executeStep()) {
      ids.push_back(select.getColumn(0).getString());
    }
    return ids;
  });
}

std::vector<EntityRow> Cache::entities(const EntityFilter& filter) const
{
  return naming_file<InputError>(m_impl->path,
                                 [&] { return run_entity_query(m_impl->db, filter); });
}

bool Cache::remove(std::string_view doc_id)
{
  return naming_file<OutputError>(m_impl->path, [&] {
    const std::string id(doc_id);
    return write_in_transaction(*m_impl, [&](DocumentWriter& writer) { return writer.erase(id); });
  });
}

std::vector<std::string> Cache::document_ids() const
{
  return naming_file<InputError>(m_impl->path, [&] {
    std::vector<std::string> ids;
    SQLite::Statement select(m_impl->db, "SELECT id FROM documents ORDER BY id");
    while (select.executeStep()) {
      ids.push_back(select.getColumn(0).getString());
    }
    return ids;
  });
}

void Cache::for_each_extraction(const std::function<void(Extraction&)>& visit) const
{
  const auto& path = m_impl->path;
  auto rows = naming_file<InputError>(path, [&] { return ExtractionReader(m_impl->db, path); });
  Extraction extraction;
  while (naming_file<InputError>(path, [&] { return rows.next(extraction); })) {
    visit(extraction);
  }
}

std::vector<std::string> Cache::entity_ids_by_key(std::string_view key) const
{
  return naming_file<InputError>(m_impl->path, [&] {
    std::vector<std::string> ids;
    SQLite::Statement select(
      m_impl->db, "SELECT DISTINCT entity_id FROM aliases WHERE key = ?1 ORDER BY entity_id");
    select.bind(1, std::string(key));
    while (select.executeStep()) {
      ids.push_back(select.getColumn(0).getString());
    }
    return ids;
  });
}

std::vector<QueryRow> Cache::query(const QueryFilter& filter) const
{
  return naming_file<InputError>(m_impl->path,
                                 [&] { return run_query(m_impl->db, m_impl->path, filter); });
}

Counts Cache::counts() const
{
  return naming_file<InputError>(m_impl->path, [&] {
    auto& db = m_impl->db;
    return Counts{
      .documents = count_rows(db, "documents"),
      .entities = count_rows(db, "entities"),
      .aliases = count_rows(db, "aliases"),
      .mentions = count_rows(db, "mentions"),
      .relations = count_rows(db, "relations"),
      .evidence = count_rows(db, "evidence"),
      .document_entities = count_rows(db, "document_entities"),
    };
  });
}

} // namespace newskg::cache
