#pragma once

#include "cache/cache.hpp"
#include "core/extraction.hpp"
#include "extract/extractor.hpp"

#include <string>
#include <vector>

namespace newskg::cli {

// Every name of every entity of `extraction`, keyed for `query`: labels,
// mention texts and the gazetteer's aliases (all languages), each once per
// entity: Putin => "Vladimir Putin", "بوتين", "فلاديمير بوتين", ...
[[nodiscard]] std::vector<cache::Alias> aliases_for(const Extraction& extraction,
                                                    const extract::Resources& resources);

// What `query --text` searches, for each relation of `extraction` in order:
// extract::match_key of its evidence sentence ("قال الرئيسُ" => "قال الرييس").
[[nodiscard]] std::vector<std::string> search_keys_for(const Extraction& extraction);

} // namespace newskg::cli
