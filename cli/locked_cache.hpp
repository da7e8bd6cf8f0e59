#pragma once

// The cache opened for writing by build, remove and merge: always under the
// writer lock (cache/writer_lock.hpp), so that a second writer on the same
// file stops at once with exit 4.

#include "cache/cache.hpp"
#include "cache/writer_lock.hpp"

#include <filesystem>

namespace newskg::cli {

struct LockedCache
{
  // Takes the lock, then opens (or creates) the cache; throws InputError when
  // another process holds the lock. Members are destroyed in reverse order:
  // the cache is closed before the lock is released.
  explicit LockedCache(const std::filesystem::path& db)
    : lock(db),
      cache(db, cache::Access::read_write)
  {}

  cache::WriterLock lock;
  cache::Cache cache;
};

} // namespace newskg::cli
