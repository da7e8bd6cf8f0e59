#pragma once

#include "core/extraction.hpp"

#include <SQLiteCpp/Database.h>

#include <string>

namespace newskg::cache {

// Rebuilds the Extraction stored for `doc_id`, equal to the one given to
// Cache::store: entities, mentions and relations in their stored order, each
// document's own labels and Event fields. Throws InputError naming `path`
// when a row cannot be read back (an unknown entity type, broken JSON).
[[nodiscard]] Extraction
read_extraction(SQLite::Database& db, const std::string& path, const std::string& doc_id);

} // namespace newskg::cache
