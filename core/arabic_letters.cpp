#include "core/arabic_letters.hpp"

#include <array>
#include <utility>

namespace newskg {

bool is_arabic_mark(char32_t c)
{
  return (c >= 0x064BU && c <= 0x0652U) || c == 0x0670U || c == 0x0640U;
}

char32_t fold_arabic_letter(char32_t c, PersianLetters persian)
{
  switch (c) {
  case U'\u0623': // أ
  case U'\u0625': // إ
  case U'\u0622': // آ
  case U'\u0671': // ٱ
    return U'\u0627';
  case U'\u0649': // ى
  case U'\u0626': // ئ
    return U'\u064A';
  case U'\u0629': // ة
    return U'\u0647';
  case U'\u0624': // ؤ
    return U'\u0648';
  default:
    break;
  }
  // The Persian letters and the Arabic letters news writes for them; all lie
  // in U+067E..U+06CC, so other text costs one comparison.
  static constexpr std::array<std::pair<char32_t, char32_t>, 6> persian_letters{{
    {U'\u06CC', U'\u064A'}, // ی → ي
    {U'\u06A9', U'\u0643'}, // ک → ك
    {U'\u06AF', U'\u063A'}, // گ → غ
    {U'\u06A4', U'\u0641'}, // ڤ → ف
    {U'\u067E', U'\u0628'}, // پ → ب
    {U'\u0686', U'\u062C'}, // چ → ج
  }};
  if (persian == PersianLetters::fold && c >= U'\u067E' && c <= U'\u06CC') {
    for (const auto& [from, to] : persian_letters) {
      if (c == from) {
        return to;
      }
    }
  }
  return c;
}

} // namespace newskg
