#pragma once

// The name policy's last resort, told apart: extraction gives a person or
// place found only in Arabic text an English label that is a romanization
// (extract/romanizer.hpp, "زوران زاييف" => "Zuran Zif"). The graph and its
// exports keep it under its script's language tag, "ar-Latn", so an English
// article's "Zoran Zaev" or the gazetteer's English name wins, and RDF never
// tags a romanization @en.

#include "core/extraction.hpp"
#include "extract/extractor.hpp"

namespace newskg::cli {

// In a document that is not in English, moves each English label that is the
// romanization of the entity's label in the document's language to
// labels["<lang>-Latn"]: {"ar": "زوران زاييف", "en": "Zuran Zif"} becomes
// {"ar": "زوران زاييف", "ar-Latn": "Zuran Zif"}. Entities the gazetteer
// knows keep its English name; an English label that is no romanization
// (an Event's, "Foreign Ministry of Jordan") stays. `label` is unchanged.
void tag_romanizations(Extraction& extraction, const extract::Resources& resources);

} // namespace newskg::cli
