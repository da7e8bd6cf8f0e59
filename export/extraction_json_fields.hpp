#pragma once

// The field names of a relation in the `extract` JSON (ontology.md). Every
// other key of a relation object is an attribute such as "role".

#include <string_view>

namespace newskg::exports {

// True for "subject", "predicate", "object", "confidence", "cameo" and
// "evidence". An attribute with one of these names cannot be written (it
// would collide with the field) and is left out by write_extraction_json.
[[nodiscard]] constexpr bool is_relation_field(std::string_view key)
{
  return key == "subject" || key == "predicate" || key == "object" || key == "confidence"
         || key == "cameo" || key == "evidence";
}

} // namespace newskg::exports
