#include "cli/options.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <system_error>

#ifndef NEWSKG_DATA_DIR
#define NEWSKG_DATA_DIR ""
#endif

namespace newskg::cli {

namespace {

constexpr std::array common{
  OptionSpec{.name = "--data", .value = "DIR"},
  OptionSpec{.name = "--lang", .value = "LANG"},
  OptionSpec{.name = "--quiet", .short_name = "-q"},
};

const OptionSpec* find_spec(std::string_view name, std::span<const OptionSpec> specs)
{
  for (const auto set : {specs, std::span<const OptionSpec>(common)}) {
    const auto found = std::find_if(set.begin(), set.end(), [&](const OptionSpec& spec) {
      return spec.name == name || (!spec.short_name.empty() && spec.short_name == name);
    });
    if (found != set.end()) {
      return &*found;
    }
  }
  return nullptr;
}

bool is_option(std::string_view arg)
{
  return arg.size() > 1 && arg.front() == '-';
}

std::filesystem::path executable_dir()
{
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path(".") : self.parent_path();
}

} // namespace

bool is_language_code(std::string_view lang)
{
  return (lang.size() == 2 || lang.size() == 3)
         && std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool ParsedArgs::has_flag(std::string_view name) const
{
  return std::find(flags.begin(), flags.end(), name) != flags.end();
}

std::optional<std::string> ParsedArgs::value(std::string_view name) const
{
  const auto found = values.find(name);
  if (found == values.end()) {
    return std::nullopt;
  }
  return found->second;
}

std::span<const OptionSpec> common_options()
{
  return common;
}

ParsedArgs parse_args(std::span<const std::string_view> args, std::span<const OptionSpec> specs)
{
  ParsedArgs parsed;
  bool options_ended = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto arg = args[i];
    if (options_ended || !is_option(arg)) {
      parsed.operands.emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      options_ended = true;
      continue;
    }
    if (arg == "--help" || arg == "-h") {
      parsed.help = true;
      continue;
    }
    // "--db=x.db" is "--db x.db".
    const auto equals = arg.starts_with("--") ? arg.find('=') : std::string_view::npos;
    const auto name = arg.substr(0, equals);
    const auto* spec = find_spec(name, specs);
    if (spec == nullptr) {
      throw UsageError("unknown option '" + std::string(name) + "'");
    }
    const std::string key(spec->name);
    if (spec->value.empty()) {
      if (equals != std::string_view::npos) {
        throw UsageError("option '" + key + "' takes no value");
      }
      parsed.flags.push_back(key);
    } else if (equals != std::string_view::npos) {
      parsed.values[key] = std::string(arg.substr(equals + 1));
    } else if (i + 1 < args.size()) {
      parsed.values[key] = std::string(args[++i]);
    } else {
      throw UsageError("option '" + key + "' needs a value (" + std::string(spec->value) + ")");
    }
  }
  return parsed;
}

std::filesystem::path default_data_dir()
{
  if (const char* env = std::getenv("NEWSKG_DATA"); env != nullptr && *env != '\0') {
    return env;
  }
  std::filesystem::path compiled(NEWSKG_DATA_DIR); // not const: returned by move
  std::error_code error;
  if (!compiled.empty() && std::filesystem::is_directory(compiled, error)) {
    return compiled;
  }
  return executable_dir() / ".." / "share" / "newskg" / "data";
}

CommonOptions common_from(const ParsedArgs& parsed)
{
  CommonOptions options;
  const auto data = parsed.value("--data");
  if (data && data->empty()) {
    throw UsageError("option '--data' needs a directory");
  }
  options.data_dir = data ? std::filesystem::path(*data) : default_data_dir();
  options.lang = parsed.value("--lang").value_or("");
  if (parsed.value("--lang") && !is_language_code(options.lang)) {
    throw UsageError("option '--lang' expects a language code such as ar or en, not '"
                     + options.lang + "'");
  }
  options.quiet = parsed.has_flag("--quiet");
  return options;
}

std::string
require_value(const ParsedArgs& parsed, std::string_view option, std::string_view message)
{
  auto value = parsed.value(option).value_or("");
  if (value.empty()) {
    throw UsageError(std::string(message));
  }
  return value;
}

void require_no_operands(const ParsedArgs& parsed, std::string_view message)
{
  if (!parsed.operands.empty()) {
    throw UsageError(std::string(message) + ": '" + parsed.operands.front() + "'");
  }
}

std::size_t parse_count(std::string_view option, std::string_view text)
{
  std::size_t count = 0;
  const auto* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, count);
  if (text.empty() || error != std::errc() || stop != end) {
    throw UsageError("option '" + std::string(option) + "' expects a number, not '"
                     + std::string(text) + "'");
  }
  return count;
}

double require_confidence(const std::string& text)
{
  double value = -1;
  const auto* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  // Written so that NaN, for which every comparison is false, fails it too.
  const bool in_range = value >= 0 && value <= 1;
  if (text.empty() || error != std::errc() || stop != end || !in_range) {
    throw UsageError("option '--min-confidence' expects a number from 0 to 1, not '" + text + "'");
  }
  return value;
}

double min_confidence_from(const ParsedArgs& parsed)
{
  const auto text = parsed.value("--min-confidence");
  return text ? require_confidence(*text) : 0.0;
}

std::string_view common_options_help()
{
  return "Common options:\n"
         "  --data DIR     data directory (default: $NEWSKG_DATA, else the build's data/,\n"
         "                 else <dir of newskg>/../share/newskg/data); export, query,\n"
         "                 stats and entities read a cache without it (the ontology is\n"
         "                 compiled in)\n"
         "  --lang LANG    force the document language (ar, en; default: detected per document)\n"
         "  -q, --quiet    no progress and no summary; errors are still reported\n"
         "  -h, --help     this help\n";
}

std::string_view exit_codes_help()
{
  return "Exit codes:\n"
         "  0  success\n"
         "  1  failure (internal error)\n"
         "  2  usage error (bad command line)\n"
         "  3  bad data files (see newskg check-data)\n"
         "  4  bad input or output: an input file or document could not be read and was\n"
         "     skipped (the rest was processed), the database could not be opened, read\n"
         "     or written, or an output was refused or could not be written (standard\n"
         "     output included)\n";
}

std::string with_common_help(std::string text)
{
  text += common_options_help();
  text += "\n";
  text += exit_codes_help();
  return text;
}

} // namespace newskg::cli
