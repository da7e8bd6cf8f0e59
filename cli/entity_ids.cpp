#include "cli/entity_ids.hpp"

#include <algorithm>

namespace newskg::cli {

namespace {

// The gazetteer's ids with the cache's appended, sorted and distinct.
std::vector<std::string> merged(std::vector<std::string> ids, std::vector<std::string> more)
{
  for (auto& id : more) {
    ids.push_back(std::move(id));
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

} // namespace

std::vector<std::string>
ids_for(std::string_view name, const extract::Resources& resources, const cache::Cache& cache)
{
  return merged(resources.ids_for_name(name), cache.entity_ids_by_key(extract::match_key(name)));
}

std::vector<std::string> ids_containing(std::string_view name,
                                        const extract::Resources& resources,
                                        const cache::Cache& cache)
{
  return merged(resources.ids_for_name(name),
                cache.entity_ids_by_key_part(extract::match_key(name)));
}

} // namespace newskg::cli
