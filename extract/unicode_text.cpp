#include "extract/unicode_text.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace newskg::extract {

std::size_t code_points(std::string_view utf8)
{
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char b) {
    return (static_cast<unsigned char>(b) & 0xC0U) != 0x80U;
  }));
}

bool is_valid_utf8(std::string_view text)
{
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      return false;
    }
  }
  return true;
}

std::u32string to_u32(std::string_view utf8)
{
  std::u32string out;
  out.reserve(utf8.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  std::int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

void append_utf8(std::string& out, char32_t c)
{
  std::uint8_t buffer[4] = {};
  std::int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, c, error); // NOLINT: ICU macro
  if (error) {
    append_utf8(out, U'\uFFFD');
    return;
  }
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

std::string to_utf8(std::u32string_view text)
{
  std::string out;
  out.reserve(text.size() * 2);
  for (const char32_t c : text) {
    append_utf8(out, c);
  }
  return out;
}

std::string substr_utf8(std::u32string_view text, std::size_t begin, std::size_t end)
{
  return to_utf8(text.substr(begin, end - begin));
}

} // namespace newskg::extract
