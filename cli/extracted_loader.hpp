#pragma once

#include "cache/cache.hpp"
#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "extract/extractor.hpp"

#include <span>
#include <string>

namespace newskg::cli {

// `build --from-extracted`: stores every line of `files` (the JSON Lines that
// `newskg extract` writes; "-" is standard input) into `cache` without
// extracting again. A line that is not an extraction (broken JSON, an error
// line of extract) is reported as "newskg: file:line: reason" and skipped.
// The documents are stored with an empty content hash and fingerprint: a
// later `build` over their texts extracts them again, since it cannot tell
// which data made them. Returns the lines stored (documents) and skipped.
[[nodiscard]] CorpusStats load_extracted(std::span<const std::string> files,
                                         const extract::Resources& resources,
                                         cache::Cache& cache,
                                         const Io& io,
                                         double min_confidence = 0);

} // namespace newskg::cli
