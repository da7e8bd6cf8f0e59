#pragma once

// The loop `extract` and `build` share: read every document of the inputs,
// one at a time, give it its language, report unreadable ones and duplicate
// ids on stderr, and show progress.

#include "cli/command.hpp"
#include "cli/options.hpp"

#include "cache/cache.hpp"
#include "core/document.hpp"
#include "extract/extractor.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <span>
#include <string>

namespace newskg::cli {

struct CorpusStats
{
  std::size_t documents = 0;  // read and handed to the visitor
  std::size_t problems = 0;   // files or documents skipped
  std::size_t duplicates = 0; // documents whose id was already seen in this run
};

// Calls `visit` for each readable document of `operands`, in order. The
// language is --lang when given, else the JSON line's "lang", else
// extract::detect_language. Problems are printed as "newskg: file[:line]: reason".
CorpusStats for_each_document(std::span<const std::string> operands,
                              const CommonOptions& options,
                              const Io& io,
                              const std::function<void(const Document&)>& visit);

// Loads the data directory once; DataError when it is missing or malformed.
[[nodiscard]] extract::Resources load_resources(const std::filesystem::path& data_dir);

// Opens an existing cache for reading; InputError when there is no such file.
[[nodiscard]] cache::Cache open_existing_cache(const std::string& db);

// Throws UsageError unless at least one input is given.
void require_inputs(std::span<const std::string> operands);

} // namespace newskg::cli
