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
// Then flushes `out` and, when any write to it failed, reports "newskg: error
// writing standard output: REASON" and exits with bad_input (4) instead of 0.
int run(std::span<const std::string_view> args, std::ostream& out, std::ostream& err);

// Flushes `out` (standard output); throws OutputError "error writing standard
// output: REASON" when a write failed, so a long command stops at once.
void check_standard_output(std::ostream& out);

} // namespace newskg::cli
