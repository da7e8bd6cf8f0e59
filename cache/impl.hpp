#pragma once

// Private to the cache module: the only header that names SQLiteCpp, so that
// cache/cache.hpp stays free of it.

#include "cache/cache.hpp"
#include "cache/document_writer.hpp"
#include "cache/statements.hpp"

#include <SQLiteCpp/Database.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace newskg::cache {

struct Cache::Impl
{
  Impl(std::string path_, SQLite::Database db_)
    : path(std::move(path_)),
      db(std::move(db_)),
      reads(db),
      writer(db)
  {}

  // An open Batch's state.
  struct OpenBatch
  {
    BatchLimits limits;
    bool in_transaction = false;
    std::size_t documents = 0; // stored since the transaction began
    std::chrono::steady_clock::time_point began;
    std::chrono::steady_clock::duration last_commit{}; // how long the last commit took
  };

  // Commits the open batch's transaction, if one is open.
  void commit_batch();
  // Rolls back the open batch's transaction, if one is open.
  void roll_back_batch() noexcept;

  std::string path; // for messages: "newskg.db: ..."
  SQLite::Database db;
  // Declared after db: finalized before the connection closes.
  Statements reads; // statements of the frequent reads (state)
  DocumentWriter writer;
  std::optional<OpenBatch> batch;
};

} // namespace newskg::cache
