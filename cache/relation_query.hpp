#pragma once

#include "cache/cache.hpp"

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace newskg::cache {

// Runs Cache::query: one row per piece of evidence, filtered and sorted as
// QueryFilter describes. Throws InputError naming `path` for a relation
// whose attributes cannot be read back.
[[nodiscard]] std::vector<QueryRow>
run_query(SQLite::Database& db, const std::string& path, const QueryFilter& filter);

} // namespace newskg::cache
