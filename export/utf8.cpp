#include "export/utf8.hpp"

namespace newskg::exports {

namespace {

// RFC 3629 §4: the smallest code point each sequence length may encode, so
// that overlong forms ("\xC0\xAF" for '/') are rejected.
constexpr char32_t minimum_for_length[] = {0, 0, 0x80, 0x800, 0x10000};

unsigned char byte_at(std::string_view text, std::size_t at)
{
  return static_cast<unsigned char>(text[at]);
}

} // namespace

char32_t next_code_point(std::string_view text, std::size_t& at)
{
  const unsigned char lead = byte_at(text, at);
  std::size_t length = 0;
  char32_t code_point = 0;
  if (lead < 0x80U) {
    ++at;
    return lead;
  }
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2;
    code_point = lead & 0x1FU;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3;
    code_point = lead & 0x0FU;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4;
    code_point = lead & 0x07U;
  } else {
    ++at;
    return replacement_character;
  }
  if (at + length > text.size()) {
    ++at;
    return replacement_character;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char continuation = byte_at(text, at + i);
    if ((continuation & 0xC0U) != 0x80U) {
      ++at;
      return replacement_character;
    }
    code_point = (code_point << 6U) | (continuation & 0x3FU);
  }
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (code_point < minimum_for_length[length] || surrogate || code_point > 0x10FFFF) {
    ++at;
    return replacement_character;
  }
  at += length;
  return code_point;
}

void append_utf8(std::string& out, char32_t code_point)
{
  const auto byte = [&out](char32_t value) {
    out.push_back(static_cast<char>(value));
  };
  if (code_point < 0x80) {
    byte(code_point);
  } else if (code_point < 0x800) {
    byte(0xC0U | (code_point >> 6U));
    byte(0x80U | (code_point & 0x3FU));
  } else if (code_point < 0x10000) {
    byte(0xE0U | (code_point >> 12U));
    byte(0x80U | ((code_point >> 6U) & 0x3FU));
    byte(0x80U | (code_point & 0x3FU));
  } else {
    byte(0xF0U | (code_point >> 18U));
    byte(0x80U | ((code_point >> 12U) & 0x3FU));
    byte(0x80U | ((code_point >> 6U) & 0x3FU));
    byte(0x80U | (code_point & 0x3FU));
  }
}

} // namespace newskg::exports
