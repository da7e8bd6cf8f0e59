// newskg build: extract every new or changed document into the SQLite cache.

#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"

#include "cache/cache.hpp"
#include "core/hash.hpp"
#include "extract/extractor.hpp"

#include <array>
#include <set>
#include <utility>

namespace newskg::cli {

namespace {

constexpr std::array options{
  OptionSpec{.name = "--db", .value = "FILE"},
};

std::string help()
{
  std::string text =
    "usage: newskg build --db FILE [options] INPUT...\n\n"
    "Extracts every document into the SQLite cache FILE (created when missing).\n"
    "A document stored with the same text and the same data files is skipped, so\n"
    "a second build over the same inputs changes nothing. A document id seen\n"
    "twice in one run: the later one wins. Prints a summary on stderr.\n\n"
    "Inputs: FILE.txt, FILE.jsonl, directories, - (see newskg extract --help).\n\n"
    "Options:\n"
    "  --db FILE      the cache (required)\n";
  text += common_options_help();
  text += "\n";
  text += exit_codes_help();
  return text;
}

// Every name of every entity, keyed for `query`: labels, mention texts and
// the gazetteer's aliases, each once.
std::vector<cache::Alias> aliases_for(const Extraction& extraction,
                                      const extract::Resources& resources)
{
  std::vector<cache::Alias> aliases;
  std::set<std::pair<std::string, std::string>> seen; // (entity id, text)
  for (const auto& entity : extraction.entities) {
    std::vector<std::string> names{entity.label};
    for (const auto& [lang, label] : entity.labels) {
      names.push_back(label);
    }
    for (const auto& mention : entity.mentions) {
      names.push_back(mention.text);
    }
    for (auto& alias : resources.aliases_of(entity.id)) {
      names.push_back(std::move(alias));
    }
    for (auto& name : names) {
      if (name.empty() || !seen.emplace(entity.id, name).second) {
        continue;
      }
      auto key = extract::match_key(name);
      if (!key.empty()) {
        aliases.push_back(
          cache::Alias{.entity_id = entity.id, .text = std::move(name), .key = std::move(key)});
      }
    }
  }
  return aliases;
}

void print_summary(std::ostream& err,
                   const CorpusStats& stats,
                   std::pair<std::size_t, std::size_t> extracted_unchanged,
                   const cache::Counts& counts)
{
  err << "newskg: " << stats.documents << " documents read, " << extracted_unchanged.first
      << " extracted, " << extracted_unchanged.second << " unchanged, " << stats.problems
      << " skipped\n"
      << "newskg: cache: " << counts.documents << " documents, " << counts.entities
      << " entities, " << counts.aliases << " aliases, " << counts.mentions << " mentions, "
      << counts.relations << " relations, " << counts.evidence << " evidence\n";
}

int run_build(std::span<const std::string_view> args, const Io& io)
{
  const auto parsed = parse_args(args, options);
  if (parsed.help) {
    io.out << help();
    return success;
  }
  const auto common = common_from(parsed);
  const auto db = parsed.value("--db");
  if (!db || db->empty()) {
    throw UsageError("build needs --db FILE");
  }
  require_inputs(parsed.operands);
  const auto resources = load_resources(common.data_dir);
  cache::Cache cache(*db, cache::Access::read_write);

  std::size_t extracted = 0;
  std::size_t unchanged = 0;
  const auto stats = for_each_document(parsed.operands, common, io, [&](const Document& document) {
    const auto hash = hex_hash(document.text);
    if (cache.is_current(document.id, hash, resources.fingerprint())) {
      ++unchanged;
      return;
    }
    auto extraction = extract::extract(document, resources);
    // The cache keeps the document's metadata with its extraction.
    extraction.title = document.title;
    extraction.date = document.date;
    extraction.url = document.url;
    const cache::DocumentRecord record{
      .id = document.id,
      .lang = document.lang,
      .title = document.title,
      .date = document.date,
      .url = document.url,
      .source = document.source,
      .content_hash = hash,
      .fingerprint = resources.fingerprint(),
    };
    cache.store(record, extraction, aliases_for(extraction, resources));
    ++extracted;
  });
  if (!common.quiet) {
    print_summary(io.err, stats, {extracted, unchanged}, cache.counts());
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
