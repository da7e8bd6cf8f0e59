#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::extract {

// Text for matching, mapped back to the original (sentencepiece's norm_to_orig):
// to_original[i] is the code point of the original text that text[i] came
// from, and to_original[text.size()] is the original's length.
struct NormalizedText
{
  std::u32string text;
  std::vector<std::size_t> to_original;
  // original_end[i]: where text[i]'s original ends, past any marks dropped
  // after it, so a span keeps its diacritics: "قالَ" spans all four code points.
  std::vector<std::size_t> original_end;
  // Ascending indices into `text` of letters that only end a word, ta
  // marbuta and alef maqsura, folded away above (ة → ه, ى → ي), and of an
  // alif after a letter right before the article's alif and lam: one with a
  // letter after it ends a word glued to the next ("النائبةالأمريكية",
  // "كاروليناالجنوبية").
  std::vector<std::size_t> word_final;
};

// NFKC (ICU), case folding, Arabic diacritics and tatweel dropped, letter
// variants folded: أ إ آ ٱ → ا, ى → ی → ي, ة → ه, ؤ → و, ئ → ي, and the
// Persian letters used for foreign names (ک → ك, گ → غ, ڤ → ف, پ → ب, چ → ج).
//   "أكّدَ الرئيسُ Putin" => "اكد الرييس putin"
// Every output code point maps to the original code point it came from.
[[nodiscard]] NormalizedText normalize(std::u32string_view original);

// normalize() as UTF-8, with every run of white space and punctuation made
// one space and the ends trimmed: "Vladimir  Putin," => "vladimir putin".
[[nodiscard]] std::string match_key_of(std::u32string_view text);

} // namespace newskg::extract
