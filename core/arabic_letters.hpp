#pragma once

// Arabic letters folded the way ../shared/tools/score.py folds them
// (ARABIC_MARKS, ARABIC_FOLD): the ground both normalizations stand on,
// eval's name comparison (eval/normalize, exactly score.py) and extract's
// matching text (extract/normalizer, which also folds the Persian letters
// Arabic news writes foreign names with). Pure.

namespace newskg {

// Harakat and tanween (U+064B–U+0652), superscript alef (U+0670) and tatweel
// (U+0640), which carry no letter identity: "مُحَمَّد" => "محمد".
[[nodiscard]] bool is_arabic_mark(char32_t c);

// Whether the Persian letters ی ک گ ڤ پ چ fold to the Arabic letters news
// writes for them (ي ك غ ف ب ج); score.py keeps them.
enum class PersianLetters { keep, fold };

// One letter for each group of spelling variants: أ إ آ ٱ → ا, ى ئ → ي,
// ة → ه, ؤ → و ("الأمم المتحدة" => "الامم المتحده"), and the Persian letters
// when `persian` says so; any other code point is returned as is.
[[nodiscard]] char32_t fold_arabic_letter(char32_t c, PersianLetters persian);

} // namespace newskg
