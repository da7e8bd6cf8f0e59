#include "cli/run.hpp"
#include "core/fd_output_buffer.hpp"

#include <iostream>
#include <string_view>
#include <unistd.h>
#include <vector>

int main(int argc, char** argv)
{
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  // Standard output through write(2), so that run() can tell why it failed.
  newskg::FdOutputBuffer stdout_buffer(STDOUT_FILENO);
  std::ostream out(&stdout_buffer);
  return newskg::cli::run(args, out, std::cerr);
}
