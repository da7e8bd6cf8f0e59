// Placeholder until the cache module lands.
#include "cache/cache.hpp"

#include "core/error.hpp"

namespace newskg::cache {
struct Cache::Impl
{
};
Cache::Cache(const std::filesystem::path&, Access)
  : m_impl(std::make_unique<Impl>())
{
}
Cache::Cache(Cache&&) noexcept = default;
Cache& Cache::operator=(Cache&&) noexcept = default;
Cache::~Cache() = default;
bool Cache::is_current(std::string_view, std::string_view, std::string_view) const { return false; }
void Cache::store(const DocumentRecord&, const Extraction&, const std::vector<Alias>&) {}
void Cache::for_each_extraction(const std::function<void(const Extraction&)>&) const {}
std::vector<std::string> Cache::entity_ids_by_key(std::string_view) const { return {}; }
std::vector<QueryRow> Cache::query(const QueryFilter&) const { return {}; }
Counts Cache::counts() const { return {}; }
} // namespace newskg::cache
