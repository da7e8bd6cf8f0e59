#pragma once

#include "core/span.hpp"

#include <string_view>
#include <vector>

namespace newskg::extract {

// Sentences of a document's original text, as code point spans with the
// surrounding white space trimmed. ICU's sentence BreakIterator, plus a break
// after the Arabic question mark ؟ and semicolon ؛, and after a full stop
// glued to the next Arabic word ("المقاومة.ودعا" is two sentences).
[[nodiscard]] std::vector<Span> split_sentences(std::u32string_view text);

} // namespace newskg::extract
