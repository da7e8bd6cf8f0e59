#include "core/utf8.hpp"

#include <catch2/catch.hpp>
#include <unicode/utf8.h>

#include <cstdint>
#include <vector>

using newskg::append_utf8;
using newskg::code_points;
using newskg::invalid_utf8_at;
using newskg::is_valid_utf8;
using newskg::to_u32;
using newskg::to_utf8;

namespace {

// ICU's decoder, the reference: U8_NEXT substitutes maximal subparts too.
// `valid` tells whether no sequence was ill-formed.
struct IcuDecoded
{
  std::u32string text;
  bool valid = true;
};

IcuDecoded icu_decode(std::string_view text)
{
  IcuDecoded out;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    out.valid = out.valid && c >= 0;
    out.text.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

} // namespace

TEST_CASE("utf8 decodes text and replaces each maximal ill-formed subpart once",
          "[core][unit][arabic][error]")
{
  CHECK(to_u32("بوتين Putin") == U"بوتين Putin");
  CHECK(to_u32("a\xFF"
               "b")
        == U"a\uFFFDb");
  CHECK(to_u32("\xE2\x82"
               "b")
        == U"\uFFFDb");                                             // truncated euro sign
  CHECK(to_u32("\xC0\xAF") == U"\uFFFD\uFFFD");                     // overlong '/'
  CHECK(to_u32("\xED\xA0\x80") == U"\uFFFD\uFFFD\uFFFD");           // surrogate
  CHECK(to_u32("\xF4\x90\x80\x80") == U"\uFFFD\uFFFD\uFFFD\uFFFD"); // above U+10FFFF
  CHECK(to_u32("\xF0\x9F\x98\x80") == U"\U0001F600");
  CHECK(to_u32("").empty());
}

TEST_CASE("utf8 names the byte where ill-formed text starts", "[core][unit][error]")
{
  CHECK_FALSE(invalid_utf8_at("بوتين").has_value());
  CHECK_FALSE(invalid_utf8_at("\xEF\xBF\xBD").has_value()); // U+FFFD itself is text
  CHECK(invalid_utf8_at("ab\xFF") == 2);
  CHECK(invalid_utf8_at("ab\xD8") == 2);
  CHECK(invalid_utf8_at("\xD8\xA8\xE0\x80\x80") == 2);
  CHECK_FALSE(is_valid_utf8("\xF8\x88\x80\x80\x80"));
  CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));
}

TEST_CASE("utf8 decodes every short byte sequence as ICU's U8_NEXT does", "[core][unit][error]")
{
  // Bytes at the edges of Table 3-7's ranges, in every combination of up to
  // four, and every pair of bytes.
  const std::vector<unsigned char> edges{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                         0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                         0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
  std::size_t mismatches = 0;
  const auto check = [&](const std::string& text) {
    const auto icu = icu_decode(text);
    if (to_u32(text) != icu.text || is_valid_utf8(text) != icu.valid) {
      ++mismatches;
    }
  };
  for (unsigned first = 0; first < 256; ++first) {
    for (unsigned second = 0; second < 256; ++second) {
      check({static_cast<char>(first), static_cast<char>(second)});
    }
  }
  for (const auto a : edges) {
    for (const auto b : edges) {
      for (const auto c : edges) {
        check({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
        for (const auto d : edges) {
          check({static_cast<char>(a),
                 static_cast<char>(b),
                 static_cast<char>(c),
                 static_cast<char>(d)});
        }
      }
    }
  }

  CHECK(mismatches == 0);
}

TEST_CASE("utf8 encodes every code point as ICU's U8_APPEND does", "[core][unit]")
{
  std::size_t mismatches = 0;
  for (char32_t c = 0; c <= 0x110000U; ++c) {
    std::string ours;
    append_utf8(ours, c);
    std::uint8_t buffer[4] = {};
    std::int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, 4, c, error); // NOLINT: ICU macro
    const std::string icu =
      error ? std::string("\xEF\xBF\xBD")
            : std::string(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
    if (ours != icu) {
      ++mismatches;
    }
  }

  CHECK(mismatches == 0);
  CHECK(to_utf8(U"\U0001F600 ب") == "\xF0\x9F\x98\x80 \xD8\xA8");
}

TEST_CASE("utf8 counts the code points of well-formed text", "[core][unit][arabic]")
{
  CHECK(code_points("") == 0);
  CHECK(code_points("بوتين") == 5);
  CHECK(code_points("a\xF0\x9F\x98\x80") == 2);
}
