#pragma once

#include <array>

namespace newskg {

// Code points below this are answered from a table: ASCII and the Arabic
// block hold nearly every letter of a news article.
inline constexpr char32_t table_code_points = 0x0700;

// F(c), with F's answers for code points below table_code_points asked once
// (ICU calls per code point cost more than a table look-up) and F itself above.
template<class Answer, Answer (*F)(char32_t)>
Answer from_table(char32_t c)
{
  static const auto table = [] {
    std::array<Answer, table_code_points> answers{};
    for (char32_t k = 0; k < table_code_points; ++k) {
      answers[k] = F(k);
    }
    return answers;
  }();
  return c < table_code_points ? table[c] : F(c);
}

} // namespace newskg
