#include "cli/run.hpp"

namespace newskg::cli {

int run(std::span<const std::string_view> args, std::ostream& out, std::ostream& err)
{
  (void)args;
  (void)out;
  err << "newskg: not implemented yet\n";
  return failure;
}

} // namespace newskg::cli
