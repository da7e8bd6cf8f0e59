#include "core/utf8.hpp"

#include <algorithm>

namespace newskg {

namespace {

// Unicode §3.9, Table 3-7 (well-formed UTF-8 byte sequences): a lead byte
// fixes the length and the range of the second byte; every later byte is
// 80..BF. Overlong forms, surrogates and values above U+10FFFF are exactly
// the sequences whose second byte falls outside that range.
struct Lead
{
  std::size_t length = 0; // 0: no sequence starts with this byte
  unsigned char second_low = 0x80U;
  unsigned char second_high = 0xBFU;
  char32_t bits = 0; // the code point's bits in the lead byte
};

Lead lead_of(unsigned char byte)
{
  if (byte >= 0xC2U && byte <= 0xDFU) {
    return {.length = 2, .bits = byte & 0x1FU};
  }
  if (byte >= 0xE0U && byte <= 0xEFU) {
    const auto low = static_cast<unsigned char>(byte == 0xE0U ? 0xA0U : 0x80U);
    const auto high = static_cast<unsigned char>(byte == 0xEDU ? 0x9FU : 0xBFU);
    return {.length = 3, .second_low = low, .second_high = high, .bits = byte & 0x0FU};
  }
  if (byte >= 0xF0U && byte <= 0xF4U) {
    const auto low = static_cast<unsigned char>(byte == 0xF0U ? 0x90U : 0x80U);
    const auto high = static_cast<unsigned char>(byte == 0xF4U ? 0x8FU : 0xBFU);
    return {.length = 4, .second_low = low, .second_high = high, .bits = byte & 0x07U};
  }
  return {};
}

bool is_continuation(unsigned char byte)
{
  return (byte & 0xC0U) == 0x80U;
}

struct Decoded
{
  char32_t code_point = 0;
  bool well_formed = false;
};

// The code point at text[at], `at` moved past it or past the maximal subpart
// of an ill-formed sequence. Requires at < text.size().
Decoded decode(std::string_view text, std::size_t& at)
{
  const auto lead_byte = static_cast<unsigned char>(text[at]);
  if (lead_byte < 0x80U) {
    ++at;
    return {.code_point = lead_byte, .well_formed = true};
  }
  const auto lead = lead_of(lead_byte);
  if (lead.length == 0) {
    ++at;
    return {};
  }
  char32_t code_point = lead.bits;
  std::size_t next = at + 1;
  for (std::size_t k = 1; k < lead.length; ++k, ++next) {
    if (next >= text.size()) {
      at = next; // truncated: the whole rest is one maximal subpart
      return {};
    }
    const auto byte = static_cast<unsigned char>(text[next]);
    const bool fits =
      k == 1 ? byte >= lead.second_low && byte <= lead.second_high : is_continuation(byte);
    if (!fits) {
      at = next; // the bytes read so far, not the one that does not fit
      return {};
    }
    code_point = (code_point << 6U) | (byte & 0x3FU);
  }
  at = next;
  return {.code_point = code_point, .well_formed = true};
}

} // namespace

char32_t next_code_point(std::string_view text, std::size_t& at)
{
  const auto decoded = decode(text, at);
  return decoded.well_formed ? decoded.code_point : replacement_character;
}

std::optional<std::size_t> invalid_utf8_at(std::string_view text)
{
  std::size_t at = 0;
  while (at < text.size()) {
    // ASCII and two-byte sequences (the Arabic block) checked here, the
    // rest by decode().
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80U) {
      ++at;
      continue;
    }
    if (byte >= 0xC2U && byte <= 0xDFU && at + 1 < text.size()
        && is_continuation(static_cast<unsigned char>(text[at + 1]))) {
      at += 2;
      continue;
    }
    const auto start = at;
    if (!decode(text, at).well_formed) {
      return start;
    }
  }
  return std::nullopt;
}

bool is_valid_utf8(std::string_view text)
{
  return !invalid_utf8_at(text).has_value();
}

std::u32string to_u32(std::string_view utf8)
{
  // Never more code points than bytes (reserved, not filled: the pages of a
  // long document's unused tail are never touched). ASCII and two-byte
  // sequences (the Arabic block) decoded here, the rest by decode().
  std::u32string out;
  out.reserve(utf8.size());
  std::size_t at = 0;
  while (at < utf8.size()) {
    const auto byte = static_cast<unsigned char>(utf8[at]);
    if (byte < 0x80U) {
      out.push_back(byte);
      ++at;
      continue;
    }
    if (byte >= 0xC2U && byte <= 0xDFU && at + 1 < utf8.size()) {
      const auto next = static_cast<unsigned char>(utf8[at + 1]);
      if (is_continuation(next)) {
        out.push_back((char32_t{byte} & 0x1FU) << 6U | (char32_t{next} & 0x3FU));
        at += 2;
        continue;
      }
    }
    out.push_back(next_code_point(utf8, at));
  }
  return out;
}

namespace {

// Gives the UTF-8 bytes of `c` (U+FFFD for what UTF-8 cannot carry) to
// `byte`, one call a byte, in order.
template<typename Byte>
void encode_utf8(char32_t c, Byte byte)
{
  if ((c >= 0xD800U && c <= 0xDFFFU) || c > 0x10FFFFU) {
    c = replacement_character;
  }
  if (c < 0x80U) {
    byte(c);
  } else if (c < 0x800U) {
    byte(0xC0U | (c >> 6U));
    byte(0x80U | (c & 0x3FU));
  } else if (c < 0x10000U) {
    byte(0xE0U | (c >> 12U));
    byte(0x80U | ((c >> 6U) & 0x3FU));
    byte(0x80U | (c & 0x3FU));
  } else {
    byte(0xF0U | (c >> 18U));
    byte(0x80U | ((c >> 12U) & 0x3FU));
    byte(0x80U | ((c >> 6U) & 0x3FU));
    byte(0x80U | (c & 0x3FU));
  }
}

} // namespace

void append_utf8(std::string& out, char32_t c)
{
  encode_utf8(c, [&out](char32_t value) { out.push_back(static_cast<char>(value)); });
}

std::string to_utf8(std::u32string_view text)
{
  std::size_t size = 0;
  for (const char32_t c : text) {
    size += utf8_length(c);
  }
  std::string out(size, '\0');
  char* at = out.data();
  const auto byte = [&at](char32_t value) {
    *at++ = static_cast<char>(value);
  };
  for (const char32_t c : text) {
    encode_utf8(c, byte);
  }
  return out;
}

std::string substr_utf8(std::u32string_view text, std::size_t begin, std::size_t end)
{
  return to_utf8(text.substr(begin, end - begin));
}

std::size_t code_points(std::string_view utf8)
{
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return !is_continuation(static_cast<unsigned char>(c));
  }));
}

} // namespace newskg
