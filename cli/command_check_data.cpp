// newskg check-data: check the data directory, then load it and report what it holds.

#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"
#include "export/plover_table.hpp"
#include "extract/data_check.hpp"

#include "eval/predicate_rules.hpp"

#include <map>
#include <system_error>
#include <utility>

namespace newskg::cli {

namespace {

std::string help()
{
  std::string text = "usage: newskg check-data [--data DIR]\n\n"
                     "Checks every file of the data directory that newskg reads (ontology,\n"
                     "language rules, gazetteer, the CAMEO to PLOVER table of export --format\n"
                     "plover, the predicate aliases of eval): each line's fields against the\n"
                     "values they allow (roles, dates, options, frames, predicates, ids, seat\n"
                     "kinds), names that two entities share, empty or missing files. Prints\n"
                     "every problem as file:line and exits 3; or loads the directory as every\n"
                     "other command does and prints OK with counts.\n\n";
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

// Every problem of the data directory: extract's files, then the tables of
// export (cameo_plover.tsv) and eval (predicate_aliases.tsv).
std::vector<std::string> problems_of(const std::filesystem::path& data_dir)
{
  auto check = extract::check_data(data_dir);
  auto& problems = check.problems;
  const auto ontology_dir = data_dir / "ontology";
  if (!std::filesystem::is_directory(data_dir)) {
    return problems;
  }
  const auto plover = (ontology_dir / "cameo_plover.tsv").string();
  for (auto& problem : extract::check_file(
         plover, extract::Presence::required, {5, 5, false}, [&](std::istream& in) {
           (void)exports::PloverTable::parse(in, plover);
         })) {
    problems.push_back(std::move(problem));
  }
  const auto aliases = (ontology_dir / "predicate_aliases.tsv").string();
  for (auto& problem : extract::check_file(
         aliases, extract::Presence::required, {2, 2, false}, [&](std::istream& in) {
           (void)eval::PredicateRules::parse(check.ontology, in, aliases);
         })) {
    problems.push_back(std::move(problem));
  }
  return problems;
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
  if (const auto problems = problems_of(common.data_dir); !problems.empty()) {
    for (const auto& problem : problems) {
      io.err << "newskg: " << problem << '\n';
    }
    io.err << "newskg: " << problems.size() << (problems.size() == 1 ? " problem" : " problems")
           << " in " << common.data_dir.string() << '\n';
    return bad_data;
  }
  // What the checks above may have missed, the loaders still refuse (DataError, exit 3).
  const auto resources = load_resources(common.data_dir);
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
    .summary = "check the data directory: OK with counts, or every problem with its file:line",
    .usage = "newskg check-data [--data DIR]",
    .help = help,
    .run = run_check_data,
  };
  return command;
}

} // namespace newskg::cli
