#pragma once

// JSON text read with RapidJSON, the same way for every reader of newskg:
// JSON Lines articles (cli/inputs), `extract` output (export/extraction_json_reader,
// eval/prediction) and gold files (eval/json_text).

#include <rapidjson/document.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newskg::json {

// The deepest nesting of arrays and objects accepted. score.py's json.loads
// stops near Python's recursion limit, 1000, as well; `extract` output nests 4 deep.
inline constexpr std::size_t max_depth = 1000;

// Where and why a text is not JSON that newskg reads.
struct Fault
{
  std::size_t offset = 0; // the byte of the text where it went wrong, from 0
  std::string reason;     // "Missing a comma or ']' after an array element."
};

// A parsed text: `document` holds its value when `fault` is empty.
struct Parsed
{
  rapidjson::Document document;
  std::optional<Fault> fault;
};

// Parses `text` as one JSON value, checking that it is UTF-8.
//
// Bounded: the parse is iterative (kParseIterativeFlag), so it never grows the
// call stack, and a value nested deeper than max_depth is a fault ("nested
// deeper than 1000 arrays and objects") at the byte that opens level 1001, so
// "[[[[..." 150,000 deep costs neither a crash nor memory out of proportion.
// Never throws for bad text: a caller names the source in its own message.
[[nodiscard]] Parsed parse(std::string_view text);

// parse(), for a text the caller has already found to be well-formed UTF-8
// (newskg::invalid_utf8_at): the same result, without checking the bytes of
// its strings a second time.
[[nodiscard]] Parsed parse_valid_utf8(std::string_view text);

} // namespace newskg::json
