#include "core/entity_type.hpp"

#include <array>
#include <utility>

namespace newskg {

namespace {

constexpr std::array<std::pair<EntityType, std::string_view>, 5> names{{
  {EntityType::person, "Person"},
  {EntityType::country, "Country"},
  {EntityType::organization, "Organization"},
  {EntityType::location, "Location"},
  {EntityType::event, "Event"},
}};

} // namespace

std::string_view to_string(EntityType type)
{
  for (const auto& [value, name] : names) {
    if (value == type) {
      return name;
    }
  }
  return "Unknown";
}

std::optional<EntityType> parse_entity_type(std::string_view name)
{
  for (const auto& [value, text] : names) {
    if (text == name) {
      return value;
    }
  }
  return std::nullopt;
}

} // namespace newskg
