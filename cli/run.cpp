#include "cli/run.hpp"

#include "cli/command.hpp"
#include "cli/options.hpp"
#include "core/error.hpp"
#include "core/fd_output_buffer.hpp"

#include <iostream>
#include <string>
#include <utility>

#ifndef NEWSKG_VERSION
#define NEWSKG_VERSION "unknown"
#endif

namespace newskg::cli {

namespace {

constexpr std::string_view top_usage = "usage: newskg COMMAND [options] [INPUT...]\n";

std::string top_help()
{
  std::string text(top_usage);
  text += "\nBuilds a knowledge graph from news articles (Arabic, English): typed relations\n"
          "with their evidence, merged into one graph, exported as GraphML or RDF, cached\n"
          "in SQLite.\n\nCommands:\n";
  for (const auto* command : all_commands()) {
    std::string name(command->name);
    name.resize(12, ' ');
    text += "  " + name + std::string(command->summary) + "\n";
  }
  text += "\n  newskg help COMMAND, newskg COMMAND --help   help on one command\n"
          "  newskg --version                            the version\n\n";
  return with_common_help(std::move(text));
}

int help_command(std::span<const std::string_view> args, const Io& io)
{
  if (args.empty()) {
    io.out << top_help();
    return success;
  }
  const auto* command = find_command(args.front());
  if (command == nullptr || args.size() > 1) {
    throw UsageError("help: unknown command '" + std::string(args.front()) + "'");
  }
  io.out << command->help();
  return success;
}

// Everything that may throw; run() maps the exceptions. `current` tells run()
// whose usage line to print with a usage error.
int dispatch(std::span<const std::string_view> args, const Io& io, const Command*& current)
{
  if (args.empty()) {
    throw UsageError("no command given");
  }
  const auto first = args.front();
  if (first == "--help" || first == "-h") {
    io.out << top_help();
    return success;
  }
  if (first == "--version") {
    io.out << "newskg " << NEWSKG_VERSION << '\n';
    return success;
  }
  if (first == "help") {
    return help_command(args.subspan(1), io);
  }
  current = find_command(first);
  if (current == nullptr) {
    throw UsageError("unknown command '" + std::string(first) + "'");
  }
  return current->run(args.subspan(1), io);
}

struct Outcome
{
  int code = success;
  bool output_reported = false; // an OutputError said already that an output failed
};

// dispatch() with its exceptions turned into exit codes.
Outcome run_command(std::span<const std::string_view> args, const Io& io)
{
  auto& err = io.err;
  const Command* current = nullptr;
  try {
    return {.code = dispatch(args, io, current)};
  } catch (const UsageError& e) {
    err << "newskg: " << e.what() << '\n';
    if (current != nullptr) {
      err << "usage: " << current->usage << "\nTry 'newskg " << current->name << " --help'.\n";
    } else {
      err << top_usage << "Try 'newskg --help'.\n";
    }
    return {.code = usage_error};
  } catch (const DataError& e) {
    err << "newskg: bad data: " << e.what() << '\n';
    return {.code = bad_data};
  } catch (const OutputError& e) {
    err << "newskg: " << e.what() << '\n';
    return {.code = bad_input, .output_reported = true};
  } catch (const InputError& e) {
    err << "newskg: " << e.what() << '\n';
    return {.code = bad_input};
  } catch (const std::exception& e) {
    err << "newskg: internal error: " << e.what() << '\n';
    return {.code = failure};
  } catch (...) {
    err << "newskg: internal error: unknown exception\n";
    return {.code = failure};
  }
}

} // namespace

void check_standard_output(std::ostream& out)
{
  if (!out.flush()) {
    throw OutputError("error writing standard output: " + write_error(out));
  }
}

int run(std::span<const std::string_view> args, std::ostream& out, std::ostream& err)
{
  const Io io{.in = std::cin, .out = out, .err = err};
  const auto [code, output_reported] = run_command(args, io);
  // Every command's output is checked here, once, after its last write
  // (issue 12): "newskg query ... > /dev/full" fails with 4, not 0.
  if (!output_reported && !out.flush()) {
    err << "newskg: error writing standard output: " << write_error(out) << '\n';
    return code == success ? bad_input : code;
  }
  return code;
}

} // namespace newskg::cli
