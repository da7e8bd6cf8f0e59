#include "cli/corpus.hpp"

#include "cli/inputs.hpp"
#include "cli/progress.hpp"
#include "core/error.hpp"
#include "extract/segmenter.hpp"

#include "code_hash.hpp"

#include <algorithm>
#include <filesystem>
#include <numeric>
#include <system_error>
#include <thread>
#include <unordered_map>

#ifndef NEWSKG_VERSION
#define NEWSKG_VERSION "unknown"
#endif

namespace newskg::cli {

namespace {

// At most this many unused --meta rows are listed, then their count.
constexpr std::size_t listed_unused_rows = 10;

void report_unused(const MetadataTable& table, std::ostream& err)
{
  const auto rows = table.unused();
  const auto* name = table.key() == MetadataKey::id ? "id" : "file";
  for (std::size_t i = 0; i < rows.size() && i < listed_unused_rows; ++i) {
    err << "newskg: warning: " << table.source() << ':' << rows[i]->line << ": " << name << " '"
        << rows[i]->key << "' names no input document\n";
  }
  if (rows.size() > listed_unused_rows) {
    err << "newskg: warning: " << table.source() << ": " << rows.size() - listed_unused_rows
        << " more rows name no input document\n";
  }
}

} // namespace

CorpusStats for_each_document(const Corpus& corpus,
                              const CommonOptions& options,
                              const Io& io,
                              const std::function<void(Document&&)>& visit,
                              const std::function<void(const Problem&)>& on_problem)
{
  CorpusStats stats;
  Progress progress(io.err, progress_for(options.quiet));
  const ProblemSink report = [&](const Problem& problem) {
    progress.finish();
    io.err << "newskg: " << problem.where << ": " << problem.reason << '\n';
    ++stats.problems;
    if (on_problem) {
      on_problem(problem);
    }
  };
  // Ids seen in this run and where: the ids of a corpus, not its texts.
  std::unordered_map<std::string, std::string> seen;
  const InputFile* current = nullptr; // the file being read
  const DocumentSink handle = [&](Document&& document) {
    if (corpus.metadata != nullptr) {
      corpus.metadata->apply(document, current->path);
    }
    if (!options.lang.empty()) {
      document.lang = options.lang;
    } else if (document.lang.empty()) {
      document.lang = extract::detect_language(document.text);
    }
    const auto [previous, inserted] = seen.emplace(document.id, document.source);
    if (!inserted) {
      progress.finish();
      io.err << "newskg: warning: " << document.source << ": duplicate document id '" << document.id
             << "' (also in " << previous->second << "); the later one wins\n";
      previous->second = document.source;
      ++stats.duplicates;
    }
    const auto bytes = document.text.size();
    visit(std::move(document));
    ++stats.documents;
    progress.document_done(bytes);
  };
  const auto files = expand_inputs(corpus.operands, report);
  progress.set_total_files(files.size());
  std::vector<std::uintmax_t> sizes;
  for (const auto& file : files) {
    std::error_code error;
    const auto size = file.path == "-" ? 0 : std::filesystem::file_size(file.path, error);
    sizes.push_back(error ? 0 : size);
  }
  if (std::find(sizes.begin(), sizes.end(), 0) == sizes.end()) {
    progress.set_total_bytes(std::accumulate(sizes.begin(), sizes.end(), std::uintmax_t{0}));
  }
  for (std::size_t k = 0; k < files.size(); ++k) {
    const auto& file = files[k];
    current = &file;
    read_input(file, io.in, handle, report);
    progress.file_done(sizes[k]);
  }
  progress.finish();
  if (corpus.metadata != nullptr) {
    report_unused(*corpus.metadata, io.err);
  }
  return stats;
}

std::string versioned_fingerprint(std::string_view data_fingerprint, std::string_view version)
{
  std::string key(data_fingerprint);
  key += " newskg/";
  key += version;
  return key;
}

std::string
cache_fingerprint(const extract::Resources& resources, std::string_view lang, double min_confidence)
{
  // The version names the release; the code hash the extractor's exact sources.
  auto key =
    versioned_fingerprint(resources.fingerprint(lang), NEWSKG_VERSION "+" NEWSKG_CODE_HASH);
  if (min_confidence > 0) {
    key += " min-confidence=" + std::to_string(min_confidence);
  }
  return key;
}

std::size_t jobs_from(const ParsedArgs& parsed)
{
  const auto text = parsed.value("--jobs");
  if (!text) {
    return 1;
  }
  const auto jobs = parse_count("--jobs", *text);
  if (jobs > max_jobs) {
    std::string message = "option '--jobs' expects at most ";
    message.append(std::to_string(max_jobs)).append(" threads, not '").append(*text).append("'");
    throw UsageError(message);
  }
  if (jobs > 0) {
    return jobs;
  }
  return std::clamp(std::size_t{std::thread::hardware_concurrency()}, std::size_t{1}, max_jobs);
}

extract::Resources load_resources(const std::filesystem::path& data_dir)
{
  std::error_code error;
  if (!std::filesystem::is_directory(data_dir, error)) {
    throw DataError(data_dir.string()
                    + ": no such data directory (give --data DIR or set NEWSKG_DATA)");
  }
  return extract::Resources::load(data_dir);
}

extract::Resources load_resources_for_cache(const CommonOptions& common, std::ostream& err)
{
  std::error_code error;
  if (std::filesystem::is_directory(common.data_dir, error)) {
    return extract::Resources::load_names(common.data_dir);
  }
  if (!common.quiet) {
    err << "newskg: no data directory " << common.data_dir.string()
        << ": the cache is read with the built-in ontology and its own names\n";
  }
  return extract::Resources::ontology_only(Ontology::builtin());
}

cache::Cache open_existing_cache(const std::string& db)
{
  std::error_code error;
  if (!std::filesystem::is_regular_file(db, error)) {
    throw InputError(db + ": no such database (run newskg build --db " + db + " first)");
  }
  return cache::Cache(db, cache::Access::read_only);
}

std::optional<MetadataTable> metadata_from(const ParsedArgs& parsed)
{
  if (!parsed.value("--meta")) {
    return std::nullopt;
  }
  return MetadataTable::load(require_value(parsed, "--meta", "--meta needs a FILE"));
}

std::string_view meta_option_help()
{
  return "  --meta FILE        a CSV (or, named .tsv, TSV) table of the inputs' metadata:\n"
         "                     a header naming id or file and any of date, title, url,\n"
         "                     lang; each row applies to the documents with that id, or\n"
         "                     read from that file (its path, or an end of it such as\n"
         "                     its name), e.g.\n"
         "                       file,date\n"
         "                       karabakh-ceasefire-2020-10.ar.txt,2020-10-12\n"
         "                     A bad row (a date that is no real day) stops the command\n"
         "                     with FILE:LINE and exit 4; a row naming no input is a\n"
         "                     warning with FILE:LINE\n";
}

void require_inputs(std::span<const std::string> operands)
{
  if (operands.empty()) {
    throw UsageError("no INPUT given (files, directories, or - for JSON Lines on stdin)");
  }
}

std::string split_sentences_note(std::size_t sentences_split)
{
  if (sentences_split == 0) {
    return {};
  }
  return ", " + std::to_string(sentences_split) + " sentences over "
         + std::to_string(extract::max_sentence_length) + " code points split";
}

} // namespace newskg::cli
