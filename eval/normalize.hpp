#pragma once

// The eval module scores extractions against hand-made gold with exactly the
// metric of ../shared/tools/score.py (ontology.md, "Gold and scoring"):
// entity names compared after normalization, predicates in any spelling,
// symmetric predicates as unordered pairs, Event objects by their inner
// predicate and object, optional gold relations neither rewarded nor
// punished, micro-averaged precision, recall and F1.
//
// This header holds the two text normalizations the metric rests on.

#include <string>
#include <string_view>

namespace newskg::eval {

// score.py's norm(): NFKC, then full case folding, then the Arabic marks
// U+064B–U+0652, U+0670 and tatweel U+0640 dropped, أ إ آ ٱ → ا, ى → ي, ة → ه,
// ؤ → و, ئ → ي, and every run of whitespace and . , - ' ’ " _ ( ) made one
// space, trimmed at both ends:
//   "U.S."                 => "u s"
//   "  Ned-Price "         => "ned price"
//   "الأُمَم المتّحدة"      => "الامم المتحده"
// Invalid UTF-8 is read as U+FFFD. Pure; thread-safe.
[[nodiscard]] std::string normalize_name(std::string_view text);

// score.py's norm_pred() without its synonym table: camelCase, UPPER_SNAKE,
// spaces and kebab-case are one spelling:
//   "coChairedBy", "CO_CHAIRED_BY", " co chaired by" => "co-chaired-by"
// A hyphen goes between an ASCII lower-case and an ASCII upper-case letter;
// runs of whitespace and '_' become one '-'; then the text is lower-cased.
[[nodiscard]] std::string predicate_spelling(std::string_view predicate);

// True for what Python's str.isspace() accepts (and so `\s` and strip()):
// bidirectional class WS, B or S, or general category Zs.
[[nodiscard]] bool is_python_space(char32_t c);

} // namespace newskg::eval
