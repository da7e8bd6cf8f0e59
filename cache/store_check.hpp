#pragma once

#include "cache/cache.hpp"

#include <vector>

namespace newskg::cache {

// Checks what Cache::store requires before anything is written, so that a
// bad extraction fails with a message naming the document instead of a
// foreign-key error from SQLite. Throws InputError: "DOC: relation 3: subject
// wd:Q1 is not among the document's entities".
void check_store(const DocumentRecord& document,
                 const Extraction& extraction,
                 const std::vector<Alias>& aliases);

} // namespace newskg::cache
