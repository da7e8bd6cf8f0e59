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

// One iterator per thread, given each text in turn with setText (which
// starts it afresh): a clone per call cost more than the breaks of the short
// texts data files are normalized from. Null when ICU cannot make one.
icu::BreakIterator* word_iterator()
{
  thread_local const std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  return iterator.get();
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
  auto* it = word_iterator();
  if (it == nullptr) {
    return pieces;
  }
  it->setText(utf16);
  std::size_t cp = 0;
  std::int32_t unit = 0;
  for (auto b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    const std::size_t begin = cp;
    while (unit < b && cp < text.size()) {
      // The code units fromUTF32 wrote: two for a supplementary code point.
      unit += text[cp] >= 0x10000 && text[cp] <= 0x10FFFF ? 2 : 1;
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

// Appends the tokens of `text`, whose code point 0 is code point `origin` of
// the original, to `out`: their text to out.normalized_utf8, each followed
// by a space, and its byte length to `lengths` (views are taken once the
// buffer stops growing).
void append_tokens(const NormalizedText& text,
                   std::size_t origin,
                   TokenizedText& out,
                   std::vector<std::size_t>& lengths)
{
  const auto pieces = pieces_of(text.text);
  if (out.tokens.empty()) {
    out.tokens.reserve(pieces.size());
    lengths.reserve(pieces.size());
  }
  for (const auto& piece : pieces) {
    const auto start = out.normalized_utf8.size();
    for (std::size_t i = piece.begin; i < piece.end; ++i) {
      append_utf8(out.normalized_utf8, text.text[i]);
    }
    out.normalized_utf8 += ' ';
    lengths.push_back(out.normalized_utf8.size() - 1 - start);
    const Span span{origin + text.to_original[piece.begin],
                    origin + text.original_end[piece.end - 1]};
    out.tokens.push_back(Token{.span = span, .kind = piece.kind});
  }
}

void take_views(TokenizedText& out, const std::vector<std::size_t>& lengths)
{
  const std::string_view all(out.normalized_utf8);
  std::size_t start = 0;
  for (std::size_t k = 0; k < out.tokens.size(); ++k) {
    out.tokens[k].text = all.substr(start, lengths[k]);
    start += lengths[k] + 1;
  }
}

} // namespace

void tokenize(const NormalizedText& text, TokenizedText& out)
{
  out.normalized_utf8.clear();
  out.tokens.clear();
  out.forms.clear();
  std::vector<std::size_t> lengths;
  append_tokens(text, 0, out, lengths);
  take_views(out, lengths);
}

std::size_t next_block_end(std::u32string_view original, std::size_t begin)
{
  constexpr std::size_t block = std::size_t{1} << 20U;
  if (begin >= original.size() || original.size() - begin <= block) {
    return original.size();
  }
  // After the first line feed past `block` code points; none: the rest.
  const auto feed = original.find(U'\n', begin + block);
  return feed == std::u32string_view::npos ? original.size() : feed + 1;
}

void tokenize_block(std::u32string_view original,
                    std::size_t begin,
                    std::size_t end,
                    TokenizedText& out)
{
  out.normalized_utf8.clear();
  out.tokens.clear();
  out.forms.clear();
  std::vector<std::size_t> lengths;
  append_tokens(normalize(original.substr(begin, end - begin)), begin, out, lengths);
  take_views(out, lengths);
}

} // namespace newskg::extract
