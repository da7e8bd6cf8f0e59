#pragma once

#include "core/span.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace newskg::extract {

// Sentences of a document's original text, as code point spans with the
// surrounding white space trimmed. ICU's sentence BreakIterator, plus a break
// after the Arabic question mark ؟ and semicolon ؛, and after a full stop
// glued to the next Arabic word ("المقاومة.ودعا" is two sentences). No break
// after ICU's English abbreviations ("Mr."; locale "en@ss=standard") nor after
// one of `abbreviations` as written ("Sen.", "U.S."), standing as a word.
[[nodiscard]] std::vector<Span> split_sentences(std::u32string_view text,
                                                const std::vector<std::string>& abbreviations = {});

} // namespace newskg::extract
