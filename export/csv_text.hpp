#pragma once

// Fields of the CSV files neo4j-admin imports (exports.md §5): RFC 4180
// quoting, and arrays joined with the `--array-delimiter` ';'.

#include <string>
#include <string_view>
#include <vector>

namespace newskg::exports {

// The delimiter of array fields, passed to neo4j-admin as --array-delimiter=";".
inline constexpr char csv_array_delimiter = ';';

// One RFC 4180 field, always quoted unless empty: "" is a missing value for
// neo4j-admin, while `"a ""b"""` is the text a "b". Newlines stay inside the
// quotes (--multiline-fields=true); malformed UTF-8 becomes U+FFFD.
//   `say "hi"` => `"say ""hi"""`,  "" => ``
[[nodiscard]] std::string csv_field(std::string_view text);

// An array field: the values joined with ';', each with any ';' inside it
// replaced by ',' so that it splits back into the same number of values.
//   {"Putin", "a;b"} => `"Putin;a,b"`
[[nodiscard]] std::string csv_array(const std::vector<std::string>& values);

} // namespace newskg::exports
