#pragma once

// The name policy's last resort, told apart: extraction gives a person or
// place found only in Arabic text an English label that is a romanization
// (extract/romanizer.hpp, "زوران زاييف" => "Zuran Zif"). The graph and its
// exports keep it under its script's language tag, "ar-Latn", so an English
// article's "Zoran Zaev" or the gazetteer's English name wins, and RDF never
// tags a romanization @en.

#include "core/extraction.hpp"
#include "extract/extractor.hpp"

#include <string>
#include <unordered_map>

namespace newskg::cli {

// In a document that is not in English, moves each English label that is the
// romanization of the entity's label in the document's language to
// labels["<lang>-Latn"]: {"ar": "زوران زاييف", "en": "Zuran Zif"} becomes
// {"ar": "زوران زاييف", "ar-Latn": "Zuran Zif"}. Entities the gazetteer
// knows keep its English name; an English label that is no romanization
// (an Event's, "Foreign Ministry of Jordan") stays. `label` is unchanged.
void tag_romanizations(Extraction& extraction, const extract::Resources& resources);

// tag_romanizations over many documents, each name romanized once: loading a
// graph meets the same entity's name in every document that names it, and
// ICU's transliteration was a tenth of an export's instructions (issue 9).
// Not thread-safe; `resources` must outlive it.
class RomanizationTagger
{
public:
  explicit RomanizationTagger(const extract::Resources& resources);

  // As tag_romanizations(extraction, resources).
  void tag(Extraction& extraction);

private:
  const extract::Resources& m_resources;
  // language + '\0' + name -> its romanization
  std::unordered_map<std::string, std::string> m_romanized;
};

} // namespace newskg::cli
