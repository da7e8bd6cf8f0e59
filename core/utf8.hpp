#pragma once

// UTF-8, the one encoding of newskg's text (RFC 3629; Unicode 15, §3.9):
// checking it, decoding it into code points and encoding code points back.
// Every module uses these functions; none decodes UTF-8 by hand.
//
// Ill-formed bytes decode as U+FFFD, one for each *maximal subpart* of an
// ill-formed sequence (Unicode §3.9, "U+FFFD Substitution of Maximal
// Subparts"; ICU's U8_NEXT and the WHATWG decoder do the same):
//   "a\xFF" "b"          => 'a', U+FFFD, 'b'
//   "\xE2\x82" "b"       => U+FFFD, 'b'       (a truncated euro sign, one U+FFFD)
//   "\xC0\xAF"           => U+FFFD, U+FFFD    (an overlong '/': C0 never starts a sequence)
//   "\xED\xA0\x80"       => three U+FFFD      (a surrogate: ED allows only 80..9F next)
// so every byte of the input is covered and offsets stay defined. Pure and
// thread-safe.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newskg {

// U+FFFD, what an ill-formed byte sequence decodes to.
inline constexpr char32_t replacement_character = 0xFFFD;

// Decodes the code point at `text[at]` and advances `at` past it, or past the
// maximal subpart of an ill-formed sequence (then the result is U+FFFD).
// Requires at < text.size().
[[nodiscard]] char32_t next_code_point(std::string_view text, std::size_t& at);

// nullopt when `text` is well-formed UTF-8 (no overlong forms, surrogates or
// values above U+10FFFF), else the byte offset of the first ill-formed
// sequence: "ab\xFF" => 2.
[[nodiscard]] std::optional<std::size_t> invalid_utf8_at(std::string_view text);

// True when `text` is well-formed UTF-8.
[[nodiscard]] bool is_valid_utf8(std::string_view text);

// The code points of `utf8`, ill-formed bytes as U+FFFD (see above).
[[nodiscard]] std::u32string to_u32(std::string_view utf8);

// Appends `c` to `out` as UTF-8; a surrogate or a value above U+10FFFF, which
// UTF-8 cannot carry, is appended as U+FFFD.
void append_utf8(std::string& out, char32_t c);

// The number of bytes append_utf8 writes for `c`: 1 to 4 (3 for a surrogate
// or a value above U+10FFFF, written as U+FFFD). Inline: it is asked of
// every code point of a document.
[[nodiscard]] inline std::size_t utf8_length(char32_t c)
{
  if (c < 0x80U) {
    return 1;
  }
  if (c < 0x800U) {
    return 2;
  }
  return c < 0x10000U || c > 0x10FFFFU ? 3 : 4;
}

// `text` as UTF-8 (append_utf8 for each code point), sized once.
[[nodiscard]] std::string to_utf8(std::u32string_view text);

// The code points [begin, end) of `text` as UTF-8. Requires begin <= end <= text.size().
[[nodiscard]] std::string substr_utf8(std::u32string_view text, std::size_t begin, std::size_t end);

// The number of code points of well-formed UTF-8, counted as its bytes that
// are no continuation bytes: "بوتين" => 5. Ill-formed text gets a count, not
// necessarily the number of code points to_u32 gives.
[[nodiscard]] std::size_t code_points(std::string_view utf8);

} // namespace newskg
