#include "extract/tokenizer.hpp"

#include "core/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>

namespace newskg::extract {

namespace {

std::unique_ptr<icu::BreakIterator> word_iterator()
{
  thread_local const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  return prototype ? std::unique_ptr<icu::BreakIterator>(prototype->clone()) : nullptr;
}

bool is_arabic(char32_t c)
{
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_ARABIC
         && u_isalpha(static_cast<UChar32>(c));
}

struct Piece
{
  std::size_t begin = 0; // code points of the normalized text
  std::size_t end = 0;
  TokenKind kind = TokenKind::word;
};

// Word-break segments of the normalized text; a segment of ICU status NONE
// (spaces and punctuation) gives one punct piece per visible character.
std::vector<Piece> pieces_of(const std::u32string& text)
{
  std::vector<Piece> pieces;
  const auto utf16 = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                   static_cast<std::int32_t>(text.size()));
  auto it = word_iterator();
  if (!it) {
    return pieces;
  }
  it->setText(utf16);
  std::size_t cp = 0;
  std::int32_t unit = 0;
  for (auto b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    const std::size_t begin = cp;
    while (unit < b && cp < text.size()) {
      unit = utf16.moveIndex32(unit, 1);
      ++cp;
    }
    const auto status = it->getRuleStatus();
    if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) {
      for (std::size_t i = begin; i < cp; ++i) {
        if (!u_isUWhiteSpace(static_cast<UChar32>(text[i]))) {
          pieces.push_back(Piece{i, i + 1, TokenKind::punct});
        }
      }
      continue;
    }
    const bool number = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT;
    if (number) {
      pieces.push_back(Piece{begin, cp, TokenKind::number});
      continue;
    }
    // "القيق.وقال": a full stop between two Arabic letters ends a sentence;
    // ICU keeps it inside the word (MidNumLet), as it should in "U.S".
    std::size_t from = begin;
    for (std::size_t i = begin + 1; i + 1 < cp; ++i) {
      if (text[i] == U'.' && is_arabic(text[i - 1]) && is_arabic(text[i + 1])) {
        pieces.push_back(Piece{from, i, TokenKind::word});
        pieces.push_back(Piece{i, i + 1, TokenKind::punct});
        from = i + 1;
      }
    }
    pieces.push_back(Piece{from, cp, TokenKind::word});
  }
  return pieces;
}

} // namespace

void tokenize(const NormalizedText& text, TokenizedText& out)
{
  const auto pieces = pieces_of(text.text);
  out.normalized_utf8.clear();
  out.tokens.clear();
  out.tokens.reserve(pieces.size());
  std::vector<std::pair<std::size_t, std::size_t>> ranges; // byte ranges in normalized_utf8
  ranges.reserve(pieces.size());
  for (const auto& piece : pieces) {
    const auto start = out.normalized_utf8.size();
    for (std::size_t i = piece.begin; i < piece.end; ++i) {
      append_utf8(out.normalized_utf8, text.text[i]);
    }
    out.normalized_utf8 += ' ';
    ranges.emplace_back(start, out.normalized_utf8.size() - 1 - start);
  }
  // Views are taken only once the buffer has stopped growing.
  const std::string_view all(out.normalized_utf8);
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const auto& piece = pieces[k];
    const Span span{text.to_original[piece.begin], text.original_end[piece.end - 1]};
    out.tokens.push_back(Token{span, all.substr(ranges[k].first, ranges[k].second), piece.kind});
  }
}

} // namespace newskg::extract
