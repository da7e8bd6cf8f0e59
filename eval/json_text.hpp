#pragma once

// Reading JSON text with RapidJSON the way score.py's json.loads does:
// UTF-8 checked, errors placed by line and column.

#include <rapidjson/document.h>

#include <string>
#include <string_view>

namespace newskg::eval {

// Parses `text` into a document with json::parse (iterative, at most
// json::max_depth deep); throws InputError "source:line:col: broken JSON: reason"
// for invalid UTF-8, broken JSON or too deep a nesting (line and column count
// from 1, columns in bytes).
[[nodiscard]] rapidjson::Document parse_json(std::string_view text, std::string_view source);

// A member that must hold a string; throws InputError "where: ..." otherwise.
[[nodiscard]] std::string
required_string(const rapidjson::Value& object, const char* name, std::string_view where);

// Python's truth value of a JSON value: false, null, 0, "", [] and {} are false.
[[nodiscard]] bool truthy(const rapidjson::Value& value);

} // namespace newskg::eval
