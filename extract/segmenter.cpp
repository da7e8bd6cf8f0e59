#include "extract/segmenter.hpp"

#include "core/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace newskg::extract {

namespace {

bool is_arabic_letter(char32_t c)
{
  return c >= 0x0621 && c <= 0x064A;
}

// Breaks that ICU's rules do not make: after ؟ and ؛, and after "." directly
// followed by an Arabic letter (Arabic has no capitals for ICU to see).
bool extra_break_after(std::u32string_view text, std::size_t i)
{
  const char32_t c = text[i];
  if (c == U'\u061F' || c == U'\u061B') {
    return true;
  }
  return c == U'.' && i + 1 < text.size() && is_arabic_letter(text[i + 1]);
}

void push_trimmed(std::vector<Span>& out,
                  std::u32string_view text,
                  std::size_t begin,
                  std::size_t end)
{
  while (begin < end && u_isUWhiteSpace(static_cast<UChar32>(text[begin]))) {
    ++begin;
  }
  while (end > begin && u_isUWhiteSpace(static_cast<UChar32>(text[end - 1]))) {
    --end;
  }
  if (begin < end) {
    out.push_back(Span{begin, end});
  }
}

bool is_space(char32_t c)
{
  return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

// push_trimmed for [begin, end) in pieces of at most max_sentence_length code
// points, each cut at the last white space of the limit's second half, or at
// the limit when that half has none (one long word, a run of digits).
void push_pieces(std::vector<Span>& out,
                 std::u32string_view text,
                 std::size_t begin,
                 std::size_t end)
{
  while (end - begin > max_sentence_length) {
    const auto limit = begin + max_sentence_length; // < end, so text[limit] exists
    auto cut = limit;
    while (cut > begin + max_sentence_length / 2 && !is_space(text[cut])) {
      --cut;
    }
    if (!is_space(text[cut])) {
      cut = limit;
    }
    push_trimmed(out, text, begin, cut);
    begin = cut;
  }
  push_trimmed(out, text, begin, end);
}

// push_pieces, counting in Segmentation::split a stretch that gave more than one sentence.
void push_bounded(Segmentation& out, std::u32string_view text, std::size_t begin, std::size_t end)
{
  const auto before = out.sentences.size();
  push_pieces(out.sentences, text, begin, end);
  if (out.sentences.size() > before + 1) {
    ++out.split;
  }
}

// The UTF-16 code units icu::UnicodeString::fromUTF32 writes for `c`: two
// for a supplementary code point, one for any other (a surrogate or a value
// above U+10FFFF becomes U+FFFD).
std::int32_t utf16_units(char32_t c)
{
  return c >= 0x10000 && c <= 0x10FFFF ? 2 : 1;
}

std::unique_ptr<icu::BreakIterator> sentence_iterator()
{
  // One prototype per thread; cloning is cheaper than building from rules.
  // "ss=standard": ICU's own list of English abbreviations ("Mr.").
  thread_local const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  return prototype ? std::unique_ptr<icu::BreakIterator>(prototype->clone()) : nullptr;
}

// True when text[begin, end), white space trimmed, ends with a word of
// `abbreviations`: "Sen.", "U.S." (which ICU's own list leaves out).
bool ends_abbreviated(std::u32string_view text,
                      std::size_t begin,
                      std::size_t end,
                      const std::vector<std::u32string>& abbreviations)
{
  while (end > begin && u_isUWhiteSpace(static_cast<UChar32>(text[end - 1]))) {
    --end;
  }
  return std::any_of(abbreviations.begin(), abbreviations.end(), [&](const std::u32string& a) {
    if (end - begin < a.size() || text.substr(end - a.size(), a.size()) != a) {
      return false;
    }
    const auto start = end - a.size();
    return start == begin || u_isUWhiteSpace(static_cast<UChar32>(text[start - 1]));
  });
}

// True when the "." at text[i] ends a middle initial: one capital letter
// after a word and a space ("George W. Bush"); no sentence ends there.
bool middle_initial(std::u32string_view text, std::size_t begin, std::size_t i)
{
  return text[i] == U'.' && i >= begin + 3 && u_isupper(static_cast<UChar32>(text[i - 1]))
         && is_space(text[i - 2]) && u_isalpha(static_cast<UChar32>(text[i - 3]));
}

// True when the "." at text[i] ends an initialism: capital letters each
// followed by a full stop, two at least, after a space ("U.S.", "D.C.").
bool initialism_ends(std::u32string_view text, std::size_t begin, std::size_t i)
{
  std::size_t letters = 0;
  while (i >= begin + 1 && text[i] == U'.' && u_isupper(static_cast<UChar32>(text[i - 1]))) {
    ++letters;
    if (i < begin + 2) {
      return letters >= 2;
    }
    i -= 2;
  }
  return letters >= 2 && is_space(text[i]);
}

// True when the text after position `end` begins with a word of
// `abbreviations`: "U.S. Sens. Lindsey Graham" goes on after "U.S.". Only
// after an initialism: "senators. Sen. Jeff Flake" is two sentences.
bool abbreviation_follows(std::u32string_view text,
                          std::size_t end,
                          const std::vector<std::u32string>& abbreviations)
{
  while (end < text.size() && is_space(text[end])) {
    ++end;
  }
  const auto rest = text.substr(end);
  return std::any_of(abbreviations.begin(), abbreviations.end(), [&](const std::u32string& a) {
    return rest.size() > a.size() && rest.substr(0, a.size()) == a && is_space(rest[a.size()]);
  });
}

} // namespace

std::vector<Span> split_sentences(std::u32string_view text,
                                  const std::vector<std::string>& abbreviations)
{
  return segment(text, abbreviations).sentences;
}

Segmentation segment(std::u32string_view text, const std::vector<std::string>& abbreviations)
{
  const auto utf16 = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                   static_cast<std::int32_t>(text.size()));
  std::vector<bool> icu_break(text.size() + 1, false);
  if (auto it = sentence_iterator()) {
    it->setText(utf16);
    // Walk UTF-16 boundaries and code points together.
    std::size_t cp = 0;
    std::int32_t unit = 0;
    for (auto b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
      while (unit < b && cp < text.size()) {
        unit += utf16_units(text[cp]);
        ++cp;
      }
      icu_break[cp] = true;
    }
  }
  std::vector<std::u32string> ours;
  ours.reserve(abbreviations.size());
  for (const auto& abbreviation : abbreviations) {
    ours.push_back(to_u32(abbreviation));
  }
  Segmentation segmentation;
  std::size_t begin = 0;
  // Whether ICU's break after text[i] is kept out; asked only where ICU breaks.
  const auto kept_together = [&](std::size_t i) {
    // ICU breaks after the white space that follows a full stop.
    auto stop = i;
    while (stop > begin && is_space(text[stop])) {
      --stop;
    }
    return ends_abbreviated(text, begin, i + 1, ours) || middle_initial(text, begin, stop)
           || (initialism_ends(text, begin, stop) && abbreviation_follows(text, stop + 1, ours));
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((icu_break[i + 1] && !kept_together(i)) || extra_break_after(text, i)) {
      push_bounded(segmentation, text, begin, i + 1);
      begin = i + 1;
    }
  }
  push_bounded(segmentation, text, begin, text.size());
  return segmentation;
}

} // namespace newskg::extract
