#pragma once

#include <SQLiteCpp/Database.h>

#include <set>
#include <string>

namespace newskg::cache {

// Entities are shared by the documents that mention them. Each document
// keeps its own copy in `document_entities`; the `entities` row merges the
// copies deterministically (by document id, first non-empty value wins), so
// the merged row does not depend on the order documents were stored in.

// Inserts a placeholder `entities` row for `id` when there is none, so that
// the foreign keys of document_entities, mentions and relations hold while a
// document is being stored. refresh_entities fills it afterwards.
void ensure_entity(SQLite::Database& db, const std::string& id, const std::string& type);

// For each id: deletes the entity (and, by cascade, its aliases) when no
// document uses it any more, else recomputes its merged row. Call inside
// the transaction that changed the documents.
void refresh_entities(SQLite::Database& db, const std::set<std::string>& ids);

} // namespace newskg::cache
