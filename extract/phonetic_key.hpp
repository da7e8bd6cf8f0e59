#pragma once

#include <string>
#include <string_view>

namespace newskg::extract {

// A key for a name that is the same in every script: the name transliterated
// to Latin (ICU Any-Latin, then Latin-ASCII), as a consonant skeleton with
// similar sounds merged, one group per word: "Jeyhun Bayramov" and
// "جيهون بيراموف" both give "kn brmf" (j and g fall in with k, vowels and
// y, w, h drop). Words part at white space only, so "al-Moualem" and
// "المعلم" agree. Empty when the name has no letters. Thread-safe (one ICU
// transliterator per thread).
[[nodiscard]] std::string phonetic_key(std::string_view name);

// One character per word of the name, from the same transliteration: the
// class of its first letter, or "v" when it opens with a vowel, a glide, h or
// a mark ("أحمد" and "Ahmad" give "v", "محمود" and "Mahmoud" "m"). Keys alone
// merge these ("mt").
[[nodiscard]] std::string phonetic_onsets(std::string_view name);

} // namespace newskg::extract
