#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace newskg::cache {

// The schema this code reads and writes, kept in PRAGMA user_version.
// Bump it on any change to the tables; docs/cache.md describes version 2.
// Version 1 (without the evidence_text search table) is upgraded in place
// when opened for writing.
inline constexpr int schema_version = 2;

// Sets the connection's pragmas: busy_timeout 5000 ms, foreign_keys=ON, and
// when `writable` journal_mode=WAL, synchronous=NORMAL, temp_store=MEMORY and
// a 32 MiB page cache.
void configure(SQLite::Database& db, bool writable);

// Checks that `db` holds schema_version, creating the tables first when the
// database is empty and `writable`. Throws InputError naming `path` for
// another version, a database that is not a newskg cache (tables but no
// version, or a table or column of this version missing: "kg.db: not a newskg
// cache (it has no column documents.id)"), or an empty database opened
// read-only.
void ensure_schema(SQLite::Database& db, const std::string& path, bool writable);

} // namespace newskg::cache
