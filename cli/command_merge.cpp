// newskg merge: combine shard caches into one.

#include "cache/cache.hpp"
#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/document_aliases.hpp"
#include "cli/locked_cache.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"

#include <array>
#include <utility>

namespace newskg::cli {

namespace {

constexpr std::array options{
  OptionSpec{.name = "--db", .value = "FILE"},
};

std::string help()
{
  std::string text = "usage: newskg merge --db OUT SHARD.db...\n\n"
                     "Copies every document of each SHARD cache, with its entities, mentions,\n"
                     "relations, evidence and aliases, into the cache OUT (created when missing),\n"
                     "one document per transaction, without extracting again. A document in\n"
                     "several shards: the later shard wins. Merging shards built from parts of a\n"
                     "corpus gives the content of one build over the whole corpus.\n"
                     "Prints \"newskg: N documents merged from K caches\" on stderr.\n\n"
                     "Options:\n"
                     "  --db OUT       the cache to merge into (required)\n";
  return with_common_help(std::move(text));
}

int run_merge(std::span<const std::string_view> args, const Io& io)
{
  const auto parsed = parse_args(args, options);
  if (parsed.help) {
    io.out << help();
    return success;
  }
  const auto common = common_from(parsed);
  const auto db = require_value(parsed, "--db", "merge needs --db OUT");
  if (parsed.operands.empty()) {
    throw UsageError("merge needs at least one SHARD.db");
  }
  // Opened first, so that a missing shard fails before OUT is created.
  std::vector<cache::Cache> shards;
  for (const auto& shard : parsed.operands) {
    shards.push_back(open_existing_cache(shard));
  }
  const auto resources = load_resources(common.data_dir);
  LockedCache locked(db);
  auto& out = locked.cache;
  std::size_t merged = 0;
  for (const auto& shard : shards) {
    shard.for_each_extraction([&](const Extraction& extraction) {
      out.store(shard.record(extraction.doc),
                extraction,
                shard.aliases_of_document(extraction.doc),
                search_keys_for(extraction));
      ++merged;
    });
  }
  if (!common.quiet) {
    io.err << "newskg: " << merged << " documents merged from " << shards.size() << " caches\n";
  }
  return success;
}

} // namespace

const Command& merge_command()
{
  static const Command command{
    .name = "merge",
    .summary = "combine shard caches into one",
    .usage = "newskg merge --db OUT SHARD.db...",
    .help = help,
    .run = run_merge,
  };
  return command;
}

} // namespace newskg::cli
