#include "cli/terminal_text.hpp"

#include <array>

namespace newskg::cli {

namespace {

void append_hex(std::string& out, std::string_view prefix, unsigned value)
{
  static constexpr std::array<char, 16> digits{
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
  out.append(prefix);
  out.push_back(digits[(value >> 4U) & 0xFU]);
  out.push_back(digits[value & 0xFU]);
}

} // namespace

std::string terminal_text(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte < 0x20U && byte != '\t' && byte != '\n') || byte == 0x7FU) {
      append_hex(out, "\\x", byte);
      continue;
    }
    // A C1 control in UTF-8 is C2 80 .. C2 9F.
    if (byte == 0xC2U && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80U && next <= 0x9FU) {
        append_hex(out, "\\u00", next);
        ++i;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

} // namespace newskg::cli
