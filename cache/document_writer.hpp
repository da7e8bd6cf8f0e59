#pragma once

#include "cache/cache.hpp"

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace newskg::cache {

// Writes documents and everything derived from them. Each function runs one
// transaction and leaves the database unchanged when it throws.

// Replaces what is stored for document.id (see Cache::store). The caller has
// checked the arguments with check_store.
void write_document(SQLite::Database& db,
                    const DocumentRecord& document,
                    const Extraction& extraction,
                    const std::vector<Alias>& aliases,
                    const std::vector<std::string>& search_keys);

// Deletes the document, its rows and its unused entities. False when it
// was not stored.
bool delete_document(SQLite::Database& db, const std::string& doc_id);

} // namespace newskg::cache
