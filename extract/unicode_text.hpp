#pragma once

#include <string>
#include <string_view>

namespace newskg::extract {

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or bytes past U+10FFFF).
[[nodiscard]] bool is_valid_utf8(std::string_view text);

// Decodes UTF-8 into code points; ill-formed bytes become U+FFFD, one per
// maximal ill-formed subsequence (ICU's U8_NEXT), so offsets stay defined.
[[nodiscard]] std::u32string to_u32(std::string_view utf8);

[[nodiscard]] std::string to_utf8(std::u32string_view text);
// The number of code points of well-formed UTF-8 (its non-continuation bytes).
[[nodiscard]] std::size_t code_points(std::string_view utf8);
void append_utf8(std::string& out, char32_t c);

// The code points [begin, end) of `text` as UTF-8.
[[nodiscard]] std::string substr_utf8(std::u32string_view text, std::size_t begin, std::size_t end);

} // namespace newskg::extract
