#pragma once

// Walking UTF-8 one code point at a time, for the writers that must emit valid
// UTF-8 whatever they are given (exports.md §6 and §10 item 1).

#include <cstddef>
#include <string>
#include <string_view>

namespace newskg::exports {

// U+FFFD, what a malformed byte sequence decodes to.
inline constexpr char32_t replacement_character = 0xFFFD;

// Decodes the code point at `text[at]` and advances `at` past it. A malformed,
// overlong or truncated sequence, a surrogate or a value above U+10FFFF
// yields U+FFFD and advances by one byte: "a\xFFb" => 'a', U+FFFD, 'b'.
// Requires at < text.size().
[[nodiscard]] char32_t next_code_point(std::string_view text, std::size_t& at);

// Appends `code_point` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t code_point);

} // namespace newskg::exports
