#pragma once

#include "cache/cache.hpp"

#include <SQLiteCpp/Database.h>

#include <vector>

namespace newskg::cache {

// Cache::entities: the rows of `entities` that pass the filter, with their
// document and relation counts, sorted by (type, id).
[[nodiscard]] std::vector<EntityRow> run_entity_query(SQLite::Database& db,
                                                      const EntityFilter& filter);

} // namespace newskg::cache
