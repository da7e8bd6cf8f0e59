#pragma once

// The subcommands of `newskg`, each in its own file (command_<name>.cpp), and
// what run() needs to dispatch to them and print their help.

#include <istream>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::cli {

// The streams a command reads and writes; run() passes std::cin.
struct Io
{
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

struct Command
{
  std::string_view name;    // "extract"
  std::string_view summary; // one line for `newskg --help`
  std::string_view usage;   // "newskg extract [options] INPUT..."
  std::string (*help)();    // the whole --help text: usage, options, defaults, exit codes
  // Runs with the arguments after the command name; throws UsageError,
  // DataError, InputError for run() to turn into exit codes.
  int (*run)(std::span<const std::string_view> args, const Io& io);
};

[[nodiscard]] const Command& extract_command();
[[nodiscard]] const Command& explain_command();
[[nodiscard]] const Command& build_command();
[[nodiscard]] const Command& export_command();
[[nodiscard]] const Command& query_command();
[[nodiscard]] const Command& stats_command();
[[nodiscard]] const Command& remove_command();
[[nodiscard]] const Command& merge_command();
[[nodiscard]] const Command& entities_command();
[[nodiscard]] const Command& eval_command();
[[nodiscard]] const Command& check_data_command();

// Every command, in the order `newskg --help` lists them.
[[nodiscard]] std::vector<const Command*> all_commands();
// nullptr for an unknown name.
[[nodiscard]] const Command* find_command(std::string_view name);

} // namespace newskg::cli
