#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace newskg::cache {

// Entity labels and relation attributes are flat maps of strings; the cache
// keeps them as JSON text so that users of `sqlite3` can read them with
// json_extract(attributes_json, '$.role').

// {"ar": "بوتين", "en": "Putin"} => "{\"ar\":\"بوتين\",\"en\":\"Putin\"}": keys in map
// order, UTF-8 kept as is, only '"', '\\' and control characters escaped
// (RapidJSON's Writer: "\n", "\u0001").
[[nodiscard]] std::string to_json(const std::map<std::string, std::string>& map);

// The inverse of to_json, for any JSON object whose values are all strings
// (escapes, \uXXXX and surrogate pairs included), read with json::parse
// (UTF-8 checked, iterative, depth-bounded). nullopt for anything else; a key
// given twice keeps its last value.
[[nodiscard]] std::optional<std::map<std::string, std::string>> from_json(std::string_view json);

} // namespace newskg::cache
