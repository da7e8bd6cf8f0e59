#pragma once

// The cli module: `newskg` and its commands as plain functions, so tests call
// them in-process with string streams.

#include <ostream>
#include <span>
#include <string_view>

namespace newskg::cli {

// Exit codes, as documented in `newskg --help`.
enum ExitCode : int { success = 0, failure = 1, usage_error = 2, bad_data = 3, bad_input = 4 };

// Runs one command line (without the program name). Reports on `err`; never throws.
int run(std::span<const std::string_view> args, std::ostream& out, std::ostream& err);

} // namespace newskg::cli
