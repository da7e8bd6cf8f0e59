#pragma once

#include "core/span.hpp"

#include <string>
#include <vector>

namespace newskg::extract {

// What `newskg explain` shows of one document: per sentence, what could fill
// an argument and every cue found, with what came of it. Spans are code points
// of the document's text; relations are read from the Extraction by sentence.
struct MentionTrace
{
  Span span;
  std::string what; // "Vladimir Putin (Person, wd:Q7747)", "the last two parties", ...
};

struct CueTrace
{
  Span span;
  std::string predicate;
  std::string frame;
  std::size_t emitted = 0; // relations this cue gave
  std::string why;         // why it gave none, or what it did instead
};

struct SentenceTrace
{
  std::size_t index = 0;
  Span span;
  std::vector<MentionTrace> mentions;
  std::vector<CueTrace> cues;
};

using Trace = std::vector<SentenceTrace>;

} // namespace newskg::extract
