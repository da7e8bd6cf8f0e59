#pragma once

// Private to the cache module: the only header that names SQLiteCpp, so that
// cache/cache.hpp stays free of it.

#include "cache/cache.hpp"

#include <SQLiteCpp/Database.h>

#include <string>

namespace newskg::cache {

struct Cache::Impl
{
  std::string path; // for messages: "newskg.db: ..."
  SQLite::Database db;
};

} // namespace newskg::cache
