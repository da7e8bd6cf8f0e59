#include "cli/command.hpp"

namespace newskg::cli {

std::vector<const Command*> all_commands()
{
  return {&extract_command(),
          &explain_command(),
          &build_command(),
          &export_command(),
          &query_command(),
          &stats_command(),
          &entities_command(),
          &remove_command(),
          &merge_command(),
          &eval_command(),
          &check_data_command()};
}

const Command* find_command(std::string_view name)
{
  for (const auto* command : all_commands()) {
    if (command->name == name) {
      return command;
    }
  }
  return nullptr;
}

} // namespace newskg::cli
