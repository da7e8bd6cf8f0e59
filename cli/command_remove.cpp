// newskg remove: take documents out of the cache with everything derived from them.

#include "cli/command.hpp"
#include "cli/locked_cache.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"
#include "core/error.hpp"

#include <array>
#include <filesystem>
#include <utility>

namespace newskg::cli {

namespace {

constexpr std::array options{
  OptionSpec{.name = "--db", .value = "FILE"},
};

std::string help()
{
  std::string text =
    "usage: newskg remove --db FILE ID...\n\n"
    "Deletes each document ID from the cache FILE with its mentions, relations and\n"
    "evidence, and the entities and aliases no other document uses, one document\n"
    "per transaction. An ID that is not stored is reported (\"newskg: no document\n"
    "'ID' in FILE\") and the command exits 4 after removing the others.\n"
    "Prints \"newskg: N documents removed\" on stderr.\n\n"
    "Options:\n"
    "  --db FILE      the cache (required)\n";
  return with_common_help(std::move(text));
}

int run_remove(std::span<const std::string_view> args, const Io& io)
{
  const auto parsed = parse_args(args, options);
  if (parsed.help) {
    io.out << help();
    return success;
  }
  const auto quiet = parsed.has_flag("--quiet");
  const auto db = require_value(parsed, "--db", "remove needs --db FILE");
  if (parsed.operands.empty()) {
    throw UsageError("remove needs at least one document ID");
  }
  std::error_code error;
  if (!std::filesystem::is_regular_file(db, error)) {
    throw InputError(db + ": no such database");
  }
  LockedCache locked(db);
  auto& cache = locked.cache;
  std::size_t removed = 0;
  std::size_t missing = 0;
  for (const auto& id : parsed.operands) {
    if (cache.remove(id)) {
      ++removed;
    } else {
      io.err << "newskg: no document '" << id << "' in " << db << '\n';
      ++missing;
    }
  }
  if (!quiet) {
    io.err << "newskg: " << removed << " documents removed\n";
  }
  return missing > 0 ? bad_input : success;
}

} // namespace

const Command& remove_command()
{
  static const Command command{
    .name = "remove",
    .summary = "delete documents and everything derived from them from the cache",
    .usage = "newskg remove --db FILE ID...",
    .help = help,
    .run = run_remove,
  };
  return command;
}

} // namespace newskg::cli
