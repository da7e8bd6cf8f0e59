#pragma once

#include "core/span.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::extract {

// The longest sentence split_sentences returns, in code points. ICU ends a
// sentence only at a full stop or a paragraph break, so 1 MB of text with
// neither would be one sentence, and the work of the later stages grows with
// the square of a sentence's length (issue 12: 9 s and 1.4 GB for 1 MB). A
// longer stretch is cut before this length, at the last white space in the
// second half of the limit (a stretch without any is cut at the limit itself),
// so extraction time and memory grow linearly with the text. News sentences
// stay well below: the longest of the 111 dev articles has 613 code points.
inline constexpr std::size_t max_sentence_length = 1000;

// Sentences of a document's original text, as code point spans with the
// surrounding white space trimmed, none longer than max_sentence_length.
// ICU's sentence BreakIterator, plus a break
// after the Arabic question mark ؟ and semicolon ؛, and after a full stop
// glued to the next Arabic word ("المقاومة.ودعا" is two sentences). No break
// after ICU's English abbreviations ("Mr."; locale "en@ss=standard") nor after
// one of `abbreviations` as written ("Sen.", "U.S."), standing as a word.
[[nodiscard]] std::vector<Span> split_sentences(std::u32string_view text,
                                                const std::vector<std::string>& abbreviations = {});

// The sentences of split_sentences, and how many stretches longer than
// max_sentence_length it cut into more than one sentence: a stretch of 2,500
// code points without a full stop counts once (as 3 sentences); one of 1,000
// does not count, nor one of 990 followed by white space.
struct Segmentation
{
  std::vector<Span> sentences;
  std::size_t split = 0;
};
[[nodiscard]] Segmentation segment(std::u32string_view text,
                                   const std::vector<std::string>& abbreviations = {});

} // namespace newskg::extract
