#pragma once

// The loop `extract` and `build` share: read every document of the inputs,
// one at a time, give it its language, report unreadable ones and duplicate
// ids on stderr, and show progress.

#include "cache/cache.hpp"
#include "cli/command.hpp"
#include "cli/inputs.hpp"
#include "cli/metadata_table.hpp"
#include "cli/options.hpp"
#include "core/document.hpp"
#include "extract/extractor.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace newskg::cli {

struct CorpusStats
{
  std::size_t documents = 0;  // read and handed to the visitor
  std::size_t problems = 0;   // files or documents skipped
  std::size_t duplicates = 0; // documents whose id was already seen in this run
};

// What to read: the inputs, and the --meta table to apply to them, if any.
struct Corpus
{
  std::span<const std::string> operands;
  MetadataTable* metadata = nullptr;
};

// Calls `visit` for each readable document of `corpus.operands`, in order,
// with the row of `corpus.metadata` that names it applied; `visit` may keep
// the document (it is not used after the call). The language is
// --lang when given, else the metadata's "lang", else the JSON line's, else
// extract::detect_language. Problems are printed as "newskg: file[:line]: reason"
// and, when given, also handed to `on_problem` (in input order with the
// documents). At the end, metadata rows that named no document are printed as
// warnings ("meta.csv:7: names no input document"), the first ten of them.
CorpusStats for_each_document(const Corpus& corpus,
                              const CommonOptions& options,
                              const Io& io,
                              const std::function<void(Document&&)>& visit,
                              const std::function<void(const Problem&)>& on_problem = {});

// What `build` keys a stored extraction by besides the text: the data files'
// fingerprint and the program version, so that a new release or new data
// re-extracts what it stored: ("3f2a…", "0.1.0") => "3f2a… newskg/0.1.0".
[[nodiscard]] std::string versioned_fingerprint(std::string_view data_fingerprint,
                                                std::string_view version);
// What a cached document was extracted with: versioned_fingerprint of the data
// files its language reads and this program's version and code hash, with the
// confidence threshold when there is one.
[[nodiscard]] std::string cache_fingerprint(const extract::Resources& resources,
                                            std::string_view lang,
                                            double min_confidence = 0);

// The most worker threads -j/--jobs takes. Extraction is bound by the CPU, so
// threads beyond the cores gain nothing, and each holds up to 4 documents in
// flight (OrderedPool's window); 256 is more cores than newskg runs on.
inline constexpr std::size_t max_jobs = 256;

// The worker threads of -j/--jobs N: N, or the number of cores for 0 (at
// most max_jobs); 1 when the option is absent. Throws UsageError for anything
// but a count, and for a count over max_jobs.
[[nodiscard]] std::size_t jobs_from(const ParsedArgs& parsed);

// Loads the data directory once; DataError when it is missing or malformed.
[[nodiscard]] extract::Resources load_resources(const std::filesystem::path& data_dir);

// What the commands that read a built cache (export, query, stats, entities)
// read it with: the data directory's names (Resources::load_names) when
// `common.data_dir` is a directory; else only the ontology built into newskg (Ontology::builtin,
// Resources::ontology_only), with a note on `err` unless --quiet. Without
// data, graphs keep the names the cache holds and names are looked up in the
// cache alone. DataError for a data directory that is there but malformed
// in the files load_names reads.
[[nodiscard]] extract::Resources load_resources_for_cache(const CommonOptions& common,
                                                          std::ostream& err);

// Opens an existing cache for reading; InputError when there is no such file.
[[nodiscard]] cache::Cache open_existing_cache(const std::string& db);

// The table of --meta FILE (MetadataTable::load), or nullopt without --meta.
// Throws UsageError for an empty FILE, InputError for a bad table.
[[nodiscard]] std::optional<MetadataTable> metadata_from(const ParsedArgs& parsed);
// The --help lines of --meta.
[[nodiscard]] std::string_view meta_option_help();

// Throws UsageError unless at least one input is given.
void require_inputs(std::span<const std::string> operands);

// The end of extract's and build's summary line for the sentences extraction
// cut (Extraction::sentences_split): 2 => ", 2 sentences over 1000 code points
// split"; 0 => "", so a run with none keeps its summary as it was.
[[nodiscard]] std::string split_sentences_note(std::size_t sentences_split);

} // namespace newskg::cli
