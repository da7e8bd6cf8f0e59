#pragma once

#include <optional>
#include <string_view>

namespace newskg {

// The entity types of the relation contract (ontology.md).
enum class EntityType { person, country, organization, location, event };

// "Person", "Country", "Organization", "Location", "Event": the contract's names.
[[nodiscard]] std::string_view to_string(EntityType type);

// The inverse of to_string; nullopt for a name outside the contract.
[[nodiscard]] std::optional<EntityType> parse_entity_type(std::string_view name);

} // namespace newskg
