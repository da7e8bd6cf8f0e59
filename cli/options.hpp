#pragma once

// Command-line parsing shared by every subcommand: a small table of the
// options a command accepts, `--name VALUE`, `--name=VALUE` and `-o VALUE`,
// `--` to end options, and "-" as an operand (standard input).

#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::cli {

// A bad command line: run() prints the message and the command's usage line,
// and exits with usage_error (2).
class UsageError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

// One option a command accepts. An empty `value` makes it a flag.
struct OptionSpec
{
  std::string_view name;       // "--db"
  std::string_view short_name; // "-o", or empty
  std::string_view value;      // "FILE", or empty for a flag
};

struct ParsedArgs
{
  std::map<std::string, std::string, std::less<>> values; // "--db" -> "x.db" (last one wins)
  std::vector<std::string> flags;                         // "--quiet"
  std::vector<std::string> operands;                      // inputs, in order
  bool help = false;                                      // -h or --help was given

  [[nodiscard]] bool has_flag(std::string_view name) const;
  [[nodiscard]] std::optional<std::string> value(std::string_view name) const;
};

// Options every command accepts (besides --help): --data, --lang, --quiet.
[[nodiscard]] std::span<const OptionSpec> common_options();

// Parses `args` (after the command name) against `specs` plus common_options().
// Throws UsageError for an unknown option or a missing value.
[[nodiscard]] ParsedArgs parse_args(std::span<const std::string_view> args,
                                    std::span<const OptionSpec> specs);

// What every command reads from the common options.
struct CommonOptions
{
  std::filesystem::path data_dir;
  std::string lang; // empty: detect per document
  bool quiet = false;
};

// A primary language subtag, as --lang takes it: two or three lowercase ASCII
// letters ("ar", "en"; not "AR", "arabic").
[[nodiscard]] bool is_language_code(std::string_view lang);

// Resolves the common options: --data, else $NEWSKG_DATA, else the compiled-in
// data directory when it exists, else <executable dir>/../share/newskg/data.
// Throws UsageError for a malformed --lang.
[[nodiscard]] CommonOptions common_from(const ParsedArgs& parsed);

// The data directory when --data is not given (see common_from).
[[nodiscard]] std::filesystem::path default_data_dir();

// The value of `option` ("--db"); throws UsageError(message) when it is
// missing or empty: require_value(parsed, "--db", "stats needs --db FILE").
[[nodiscard]] std::string
require_value(const ParsedArgs& parsed, std::string_view option, std::string_view message);

// Throws UsageError "MESSAGE: 'FIRST OPERAND'" when any operand is given.
void require_no_operands(const ParsedArgs& parsed, std::string_view message);

// "25" => 25; throws UsageError naming the option for anything else.
[[nodiscard]] std::size_t parse_count(std::string_view option, std::string_view text);

// "0.7" => 0.7 for --min-confidence; throws UsageError unless it is a number in [0, 1].
[[nodiscard]] double require_confidence(const std::string& text);
// The --min-confidence given, 0 when none.
[[nodiscard]] double min_confidence_from(const ParsedArgs& parsed);

// Help text shared by every command.
[[nodiscard]] std::string_view common_options_help();
[[nodiscard]] std::string_view exit_codes_help();

// The end of every --help: `text`, common_options_help(), a blank line and
// exit_codes_help().
[[nodiscard]] std::string with_common_help(std::string text);

} // namespace newskg::cli
