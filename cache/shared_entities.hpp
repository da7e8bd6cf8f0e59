#pragma once

#include "cache/statements.hpp"

#include <string>

namespace newskg::cache {

// Entities are shared by the documents that mention them. Each document
// keeps its own copy in `document_entities`; the `entities` row merges the
// copies deterministically (by document id, first non-empty value wins), so
// the merged row does not depend on the order documents were stored in.

// Inserts a placeholder `entities` row for `id` when there is none, so that
// the foreign keys of document_entities, mentions and relations hold while a
// document is being stored. DocumentWriter::finish fills it before the commit
// (merged_entity.hpp).
void ensure_entity(Statements& statements, const std::string& id, const std::string& type);

// Deletes the entity (and, by cascade, its aliases) when no document uses it
// any more. True when it did. Call as soon as a document stops using the
// entity: aliases stored later then belong to a new entity row.
bool collect_entity(Statements& statements, const std::string& id);

} // namespace newskg::cache
