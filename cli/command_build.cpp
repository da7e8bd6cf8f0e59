// newskg build: extract every new or changed document into the SQLite cache.

#include "cache/cache.hpp"
#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/document_aliases.hpp"
#include "cli/extracted_loader.hpp"
#include "cli/locked_cache.hpp"
#include "cli/options.hpp"
#include "cli/ordered_pool.hpp"
#include "cli/run.hpp"
#include "core/error.hpp"
#include "core/hash.hpp"
#include "extract/extractor.hpp"

#include <array>
#include <memory>
#include <mutex>
#include <utility>

namespace newskg::cli {

namespace {

constexpr std::array options{
  OptionSpec{.name = "--db", .value = "FILE"},
  OptionSpec{.name = "--jobs", .short_name = "-j", .value = "N"},
  OptionSpec{.name = "--from-extracted"},
  OptionSpec{.name = "--min-confidence", .value = "X"},
  OptionSpec{.name = "--meta", .value = "FILE"},
  OptionSpec{.name = "--commit-every", .value = "N"},
};

std::string help()
{
  std::string text =
    "usage: newskg build --db FILE [options] INPUT...\n"
    "       newskg build --db FILE --from-extracted EXTRACTED.jsonl...\n\n"
    "Extracts every document into the SQLite cache FILE (created when missing).\n"
    "A document stored with the same text, title, date and url, the same data files\n"
    "and the same newskg version is skipped (unchanged); one where any of these\n"
    "changed is extracted again (re-extracted); the others are new (extracted).\n"
    "A document id seen twice in one run: the later one wins. Prints a summary on\n"
    "stderr:\n"
    "  newskg: 12 documents read, 2 extracted, 9 unchanged, 1 re-extracted, 0 skipped\n"
    "A sentence over 1000 code points (text without full stops) is cut into\n"
    "shorter ones; the summary then ends with the number of sentences cut, as in\n"
    "\", 2 sentences over 1000 code points split\".\n\n"
    "Documents are stored many to a transaction, each one whole: a build that is\n"
    "killed leaves only whole documents, and running it again completes it. One build (or\n"
    "remove, merge) at a time: a second one on the same FILE fails with exit 4.\n"
    "query and export may read FILE while a build runs.\n\n"
    "Inputs: FILE.txt, FILE.jsonl, directories, - (see newskg extract --help).\n\n"
    "Options:\n"
    "  --db FILE          the cache (required)\n"
    "  -j, --jobs N       extract on N threads, at most 256 (0: one per core;\n"
    "                     default 1); the cache's content is the same for every N\n"
    "  --from-extracted   the inputs are `newskg extract` output (JSON Lines): store\n"
    "                     them without extracting again\n"
    "  --min-confidence X store only the relations of confidence X (0..1) or more\n"
    "                     (default: 0, all; docs/confidence.md). The threshold is\n"
    "                     part of what a cached document was extracted with: a new\n"
    "                     one re-extracts every document\n"
    "  --commit-every N   commit after at most N documents (1 or more; default\n"
    "                     1000), and at least every quarter second or so: a kill\n"
    "                     loses the documents stored since the last commit\n"
    + std::string(meta_option_help());
  return with_common_help(std::move(text));
}

struct Tally
{
  std::size_t extracted = 0;
  std::size_t unchanged = 0;
  std::size_t reextracted = 0;
  std::size_t failed = 0;          // read, but extract threw InputError
  std::size_t sentences_split = 0; // Extraction::sentences_split, summed
};

void print_summary(std::ostream& err,
                   const CorpusStats& stats,
                   const Tally& tally,
                   const cache::Counts& counts)
{
  err << "newskg: " << stats.documents << " documents read, " << tally.extracted << " extracted, "
      << tally.unchanged << " unchanged, " << tally.reextracted << " re-extracted, "
      << stats.problems << " skipped" << split_sentences_note(tally.sentences_split) << "\n"
      << "newskg: cache: " << counts.documents << " documents, " << counts.entities << " entities, "
      << counts.aliases << " aliases, " << counts.mentions << " mentions, " << counts.relations
      << " relations, " << counts.evidence << " evidence\n";
}

// The options of build, checked before the cache is opened, so that a usage
// error (-j 1000000) neither creates nor locks a cache.
struct BuildOptions
{
  CommonOptions common;
  double min_confidence = 0;
  std::size_t jobs = 1;
  MetadataTable* metadata = nullptr; // --meta
  cache::BatchLimits batch;          // --commit-every
};

// --commit-every N: at least 1.
cache::BatchLimits batch_limits_from(const ParsedArgs& parsed)
{
  cache::BatchLimits limits;
  if (const auto text = parsed.value("--commit-every")) {
    limits.documents = parse_count("--commit-every", *text);
    if (limits.documents == 0) {
      throw UsageError("option '--commit-every' expects 1 or more documents, not 0");
    }
  }
  return limits;
}

// Extraction runs on the pool's workers; storing runs in input order, one
// document at a time, under `cache_mutex` (the Cache is one connection, also
// read by the state check on this thread).
CorpusStats build_from_texts(const ParsedArgs& parsed,
                             const BuildOptions& settings,
                             const Io& io,
                             cache::Cache& cache,
                             Tally& tally)
{
  const auto& common = settings.common;
  const auto resources = load_resources(common.data_dir);
  const auto min_confidence = settings.min_confidence;
  const auto jobs = settings.jobs;
  std::mutex cache_mutex;
  OrderedPool pool(jobs, 4 * jobs);
  const Corpus corpus{.operands = parsed.operands, .metadata = settings.metadata};
  auto stats = for_each_document(corpus, common, io, [&](const Document& document) {
    auto record = std::make_shared<cache::DocumentRecord>(cache::DocumentRecord{
      .id = document.id,
      .lang = document.lang,
      .title = document.title,
      .date = document.date,
      .url = document.url,
      .source = document.source,
      .content_hash = hex_hash(document.text),
      .fingerprint = cache_fingerprint(resources, document.lang, min_confidence),
    });
    cache::Stored state{};
    {
      const std::lock_guard lock(cache_mutex);
      state = cache.state(*record);
    }
    if (state == cache::Stored::current) {
      ++tally.unchanged;
      return;
    }
    pool.submit([&, document, state, record]() -> OrderedPool::Commit {
      std::shared_ptr<Extraction> extraction;
      try {
        extraction = std::make_shared<Extraction>(extract::extract(document, resources));
      } catch (const InputError& e) {
        // A document extract cannot read (no data for its language): reported
        // in input order, like the documents inputs could not read.
        return [&io, &tally, message = std::string(e.what())] {
          io.err << "newskg: " << message << '\n';
          ++tally.failed;
        };
      }
      // The cache keeps the document's metadata with its extraction.
      extraction->title = document.title;
      extraction->date = document.date;
      extraction->url = document.url;
      if (min_confidence > 0) {
        keep_confident(*extraction, min_confidence);
      }
      auto aliases =
        std::make_shared<std::vector<cache::Alias>>(aliases_for(*extraction, resources));
      auto keys = std::make_shared<std::vector<std::string>>(search_keys_for(*extraction));
      return [&cache, &cache_mutex, &tally, state, extraction, aliases, keys, record] {
        const std::lock_guard lock(cache_mutex);
        cache.store(*record, *extraction, *aliases, *keys);
        ++(state == cache::Stored::stale ? tally.reextracted : tally.extracted);
        tally.sentences_split += extraction->sentences_split;
      };
    });
  });
  pool.finish();
  stats.problems += tally.failed;
  return stats;
}

int run_build(std::span<const std::string_view> args, const Io& io)
{
  const auto parsed = parse_args(args, options);
  if (parsed.help) {
    io.out << help();
    return success;
  }
  if (parsed.has_flag("--from-extracted") && parsed.value("--meta")) {
    throw UsageError("--meta applies to articles, not to --from-extracted input");
  }
  // Read before the cache is opened: a bad table changes nothing.
  auto metadata = metadata_from(parsed);
  const BuildOptions settings{.common = common_from(parsed),
                              .min_confidence = min_confidence_from(parsed),
                              .jobs = jobs_from(parsed),
                              .metadata = metadata ? &*metadata : nullptr,
                              .batch = batch_limits_from(parsed)};
  const auto& common = settings.common;
  const auto db = require_value(parsed, "--db", "build needs --db FILE");
  require_inputs(parsed.operands);
  LockedCache locked(db);
  auto& cache = locked.cache;

  Tally tally;
  CorpusStats stats;
  {
    // Many documents per transaction (cache::Batch): the commit per document
    // was most of a build's time. A kill loses only the open batch.
    cache::Batch batch(cache, settings.batch);
    if (parsed.has_flag("--from-extracted")) {
      stats = load_extracted(
        parsed.operands, load_resources(common.data_dir), cache, io, settings.min_confidence);
      tally.extracted = stats.documents;
    } else {
      stats = build_from_texts(parsed, settings, io, cache, tally);
    }
    batch.commit();
  }
  if (!common.quiet) {
    print_summary(io.err, stats, tally, cache.counts());
  }
  return stats.problems > 0 ? bad_input : success;
}

} // namespace

const Command& build_command()
{
  static const Command command{
    .name = "build",
    .summary = "extract documents into the SQLite cache (only new or changed ones)",
    .usage = "newskg build --db FILE [options] INPUT...",
    .help = help,
    .run = run_build,
  };
  return command;
}

} // namespace newskg::cli
