#pragma once

// Text made safe for XML 1.0 element content and attribute values.

#include <string>
#include <string_view>

namespace newskg::exports {

// Escapes `& < > "` and, so that attribute-value normalisation keeps them,
// TAB, LF and CR as character references; drops the characters XML 1.0
// forbids even as references (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F,
// U+FFFE, U+FFFF) and turns malformed UTF-8 into U+FFFD (exports.md §10 item 1).
//   "a<b & \"c\"\x0B" => "a&lt;b &amp; &quot;c&quot;"
[[nodiscard]] std::string xml_escape(std::string_view text);

// xml_escape(text) appended to `out`, with no string of its own.
void append_xml_escaped(std::string& out, std::string_view text);

// An XML NMTOKEN (XML 1.0 [7], the type of GraphML's node ids) standing for
// `id`, one to one: an id of ASCII letters, digits, '.', ':' and '-' only is
// itself; in any other id each other byte ('_' included) is written as '_' and
// two upper-case hex digits, and the empty id is "_". Every id newskg makes
// (wd:Q7747, x:person:5d0a4b8f, ev:...) is of the first kind.
//   "wd:Q7747" => "wd:Q7747"   "a b_c" => "a_20b_5Fc"   "" => "_"
[[nodiscard]] std::string xml_nmtoken(std::string_view id);

} // namespace newskg::exports
