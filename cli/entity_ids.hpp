#pragma once

// A NAME on the command line to entity ids, the same for every command that
// takes one (query, entities --search, export and stats --around): the
// gazetteer's aliases in any language plus the aliases the cache learned.

#include "cache/cache.hpp"
#include "extract/extractor.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace newskg::cli {

// Ids of the entities called `name`: "بوتين" and "Putin" => {"wd:Q7747"}.
// Sorted and distinct; empty when nothing has that name.
[[nodiscard]] std::vector<std::string>
ids_for(std::string_view name, const extract::Resources& resources, const cache::Cache& cache);

// As ids_for, but a cache alias only needs to contain the name (compared as
// match_key compares names): "vladimir put" finds Putin.
[[nodiscard]] std::vector<std::string> ids_containing(std::string_view name,
                                                      const extract::Resources& resources,
                                                      const cache::Cache& cache);

} // namespace newskg::cli
