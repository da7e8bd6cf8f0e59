// Placeholder until the extract module lands.
#include "extract/extractor.hpp"

#include <stdexcept>

namespace newskg::extract {
struct Resources::Impl
{
  Ontology ontology;
  std::string fingerprint;
};
Resources::Resources(std::unique_ptr<Impl> impl)
  : m_impl(std::move(impl))
{
}
Resources::Resources(Resources&&) noexcept = default;
Resources& Resources::operator=(Resources&&) noexcept = default;
Resources::~Resources() = default;
Resources Resources::load(const std::filesystem::path& data_dir)
{
  return Resources(std::make_unique<Impl>(
    Impl{Ontology::load(data_dir / "ontology" / "predicates.tsv"), "stub"}));
}
const Ontology& Resources::ontology() const { return m_impl->ontology; }
const std::string& Resources::fingerprint() const { return m_impl->fingerprint; }
std::vector<std::string> Resources::aliases_of(std::string_view) const { return {}; }
std::vector<std::string> Resources::ids_for_name(std::string_view) const { return {}; }
Extraction extract(const Document& document, const Resources&)
{
  return Extraction{.doc = document.id, .lang = document.lang};
}
std::string detect_language(std::string_view) { return "ar"; }
std::string match_key(std::string_view text) { return std::string(text); }
} // namespace newskg::extract
