#include "cli/romanized_labels.hpp"

// Resources::Impl gives the language's romanizer and the gazetteer, which
// extraction used; extract/ has no public function for either.
#include "extract/resources_impl.hpp"

namespace newskg::cli {

void tag_romanizations(Extraction& extraction, const extract::Resources& resources)
{
  RomanizationTagger(resources).tag(extraction);
}

RomanizationTagger::RomanizationTagger(const extract::Resources& resources)
  : m_resources(resources)
{}

void RomanizationTagger::tag(Extraction& extraction)
{
  if (extraction.lang.empty() || extraction.lang == "en") {
    return;
  }
  const auto* romanizer = m_resources.impl().romanizer(extraction.lang);
  if (romanizer == nullptr || romanizer->empty()) {
    return;
  }
  std::string key;
  for (auto& entity : extraction.entities) {
    const auto english = entity.labels.find("en");
    const auto own = entity.labels.find(extraction.lang);
    if (english == entity.labels.end() || own == entity.labels.end()
        || m_resources.impl().gazetteer.find_id(entity.id).has_value()) {
      continue;
    }
    // extract::DocumentEntities::found: labels[lang] is the name as read and
    // labels["en"] its romanization, computed by the same rules.
    key = extraction.lang;
    key += '\0';
    key += own->second;
    auto romanized = m_romanized.find(key);
    if (romanized == m_romanized.end()) {
      romanized = m_romanized.emplace(key, romanizer->romanize(own->second)).first;
    }
    if (english->second != romanized->second) {
      continue;
    }
    auto romanization = english->second;
    entity.labels.erase(english);
    entity.labels[extraction.lang + "-Latn"] = std::move(romanization);
  }
}

} // namespace newskg::cli
