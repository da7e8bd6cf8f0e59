#include "extract/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <map>
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

void push_trimmed(std::vector<Span>& out, std::u32string_view text, std::size_t begin, std::size_t end)
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

// ICU's English sentence rules with their abbreviations ("Mr."), and ours.
std::unique_ptr<icu::BreakIterator> build_iterator(const std::vector<std::string>& abbreviations)
{
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard": ICU's own suppressions; wrapped below with ours and theirs.
  const icu::Locale standard("en@ss=standard");
  const icu::Locale english("en");
  std::unique_ptr<icu::BreakIterator> base(
    icu::BreakIterator::createSentenceInstance(abbreviations.empty() ? standard : english, status));
  if (U_FAILURE(status) || abbreviations.empty()) {
    return U_SUCCESS(status) ? std::move(base) : nullptr;
  }
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
    icu::FilteredBreakIteratorBuilder::createInstance(english, status));
  if (U_FAILURE(status)) {
    return base;
  }
  for (const auto& abbreviation : abbreviations) {
    builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
  }
  std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(base.release(), status));
  return U_SUCCESS(status) ? std::move(filtered) : nullptr;
}

std::unique_ptr<icu::BreakIterator> sentence_iterator(const std::vector<std::string>& abbreviations)
{
  // One prototype per thread and list; cloning is cheaper than building from rules.
  thread_local std::map<const std::vector<std::string>*, std::unique_ptr<icu::BreakIterator>> prototypes;
  auto& prototype = prototypes[&abbreviations];
  if (!prototype) {
    prototype = build_iterator(abbreviations);
  }
  return prototype ? std::unique_ptr<icu::BreakIterator>(prototype->clone()) : nullptr;
}

} // namespace

std::vector<Span> split_sentences(std::u32string_view text, const std::vector<std::string>& abbreviations)
{
  const auto utf16 = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                    static_cast<std::int32_t>(text.size()));
  std::vector<bool> icu_break(text.size() + 1, false);
  if (auto it = sentence_iterator(abbreviations)) {
    it->setText(utf16);
    // Walk UTF-16 boundaries and code points together.
    std::size_t cp = 0;
    std::int32_t unit = 0;
    for (auto b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
      while (unit < b && cp < text.size()) {
        unit = utf16.moveIndex32(unit, 1);
        ++cp;
      }
      icu_break[cp] = true;
    }
  }
  std::vector<Span> sentences;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (icu_break[i + 1] || extra_break_after(text, i)) {
      push_trimmed(sentences, text, begin, i + 1);
      begin = i + 1;
    }
  }
  push_trimmed(sentences, text, begin, text.size());
  return sentences;
}

} // namespace newskg::extract
