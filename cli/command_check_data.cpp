// newskg check-data: load the data directory and report what it holds or what is wrong.

#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"

#include "export/plover_table.hpp"

#include <map>
#include <system_error>
#include <utility>

namespace newskg::cli {

namespace {

std::string help()
{
  std::string text = "usage: newskg check-data [--data DIR]\n\n"
                     "Loads the data directory (ontology, gazetteers, language rules) as every\n"
                     "other command does, and the CAMEO to PLOVER table of export --format\n"
                     "plover, and prints OK with counts, or the error with its file and line\n"
                     "(exit 3).\n\n";
  return with_common_help(std::move(text));
}

// Data files per top-level folder of the data directory: {"ontology": 1, "ar": 4}.
std::map<std::string, std::size_t> files_by_folder(const std::filesystem::path& data_dir)
{
  std::map<std::string, std::size_t> counts;
  std::error_code error;
  namespace fs = std::filesystem;
  for (fs::recursive_directory_iterator it(data_dir, error), end; !error && it != end;
       it.increment(error)) {
    if (it->is_regular_file(error)) {
      const auto relative = fs::relative(it->path(), data_dir, error);
      ++counts[relative.begin()->string()];
    }
  }
  return counts;
}

int run_check_data(std::span<const std::string_view> args, const Io& io)
{
  const auto parsed = parse_args(args, {});
  if (parsed.help) {
    io.out << help();
    return success;
  }
  const auto common = common_from(parsed);
  require_no_operands(parsed, "check-data takes no operands");
  const auto resources = load_resources(common.data_dir);
  // export --format plover reads the CAMEO to PLOVER table; checked here too.
  const auto plover = exports::PloverTable::load(common.data_dir);
  io.out << "OK " << common.data_dir.string() << '\n'
         << "  predicates   " << resources.ontology().predicates().size() << '\n'
         << "  PLOVER       " << plover.size() << " CAMEO codes\n";
  for (const auto& [folder, count] : files_by_folder(common.data_dir)) {
    io.out << "  " << folder << "/ " << count << (count == 1 ? " file" : " files") << '\n';
  }
  io.out << "  fingerprint  " << resources.fingerprint() << '\n';
  return success;
}

} // namespace

const Command& check_data_command()
{
  static const Command command{
    .name = "check-data",
    .summary = "load the data directory and report OK with counts, or its errors",
    .usage = "newskg check-data [--data DIR]",
    .help = help,
    .run = run_check_data,
  };
  return command;
}

} // namespace newskg::cli
