#include "extract/tokenizer.hpp"

#include "core/code_point_table.hpp"
#include "core/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
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

struct Piece
{
  std::size_t begin = 0; // code points of the normalized text
  std::size_t end = 0;
  TokenKind kind = TokenKind::word;
};

// Word-break segments of text[begin, end) (ICU), appended to `pieces`; a
// segment of ICU status NONE (spaces and punctuation) gives one punct piece
// per visible character.
void icu_pieces(const std::u32string& text,
                std::size_t begin,
                std::size_t end,
                std::vector<Piece>& pieces)
{
  auto* it = word_iterator();
  if (it == nullptr) {
    return;
  }
  const auto utf16 = icu::UnicodeString::fromUTF32(
    reinterpret_cast<const UChar32*>(text.data() + begin), static_cast<std::int32_t>(end - begin));
  it->setText(utf16);
  std::size_t cp = begin;
  std::int32_t unit = 0;
  for (auto b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    const std::size_t from = cp;
    while (unit < b && cp < end) {
      // The code units fromUTF32 wrote: two for a supplementary code point.
      unit += text[cp] >= 0x10000 && text[cp] <= 0x10FFFF ? 2 : 1;
      ++cp;
    }
    const auto status = it->getRuleStatus();
    if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) {
      for (std::size_t i = from; i < cp; ++i) {
        if (!u_isUWhiteSpace(static_cast<UChar32>(text[i]))) {
          pieces.push_back(Piece{i, i + 1, TokenKind::punct});
        }
      }
      continue;
    }
    const bool number = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT;
    if (number) {
      pieces.push_back(Piece{from, cp, TokenKind::number});
      continue;
    }
    // "القيق.وقال": a full stop between two Arabic letters ends a sentence;
    // ICU keeps it inside the word (MidNumLet), as it should in "U.S".
    std::size_t start = from;
    for (std::size_t i = from + 1; i + 1 < cp; ++i) {
      if (text[i] == U'.' && is_arabic(text[i - 1]) && is_arabic(text[i + 1])) {
        pieces.push_back(Piece{start, i, TokenKind::word});
        pieces.push_back(Piece{i, i + 1, TokenKind::punct});
        start = i + 1;
      }
    }
    pieces.push_back(Piece{start, cp, TokenKind::word});
  }
}

// Space, tab, line feed, carriage return: UAX #29 breaks a word after each
// before any letter (WB3a, WB999), and no rule that looks back reaches past one.
bool is_blank(char32_t c)
{
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r';
}

// A letter of Word_Break ALetter below U+0700 (ASCII, Latin-1 and the Arabic
// block): a run of them is one word of ICU status LETTER (WB5).
bool plain_letter_answer(char32_t c)
{
  return c < table_code_points
         && u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_WORD_BREAK) == U_WB_ALETTER;
}

bool plain_letter(char32_t c)
{
  return from_table<bool, plain_letter_answer>(c);
}

// "النائبةالأمريكية" => [النايبه] [الامريكيه]: a word piece is cut after a
// letter that only ends a word (NormalizedText::word_final) when an Arabic
// letter follows it in the piece.
void split_after_word_final(const NormalizedText& normalized, std::vector<Piece>& pieces)
{
  const auto& finals = normalized.word_final;
  const auto& text = normalized.text;
  const auto glued = [&](std::size_t i, const Piece& piece) {
    return i + 1 < piece.end && is_arabic(text[i + 1]);
  };
  std::size_t f = 0;
  std::vector<Piece> out;
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    const auto piece = pieces[p];
    while (f < finals.size() && finals[f] < piece.begin) {
      ++f;
    }
    auto last = f; // past the finals inside the piece
    while (last < finals.size() && finals[last] < piece.end) {
      ++last;
    }
    const bool cut = piece.kind == TokenKind::word
                     && std::any_of(finals.begin() + static_cast<std::ptrdiff_t>(f),
                                    finals.begin() + static_cast<std::ptrdiff_t>(last),
                                    [&](std::size_t i) { return glued(i, piece); });
    if (!cut) {
      if (!out.empty()) {
        out.push_back(piece);
      }
      f = last;
      continue;
    }
    if (out.empty()) {
      out.assign(pieces.begin(), pieces.begin() + static_cast<std::ptrdiff_t>(p));
    }
    auto start = piece.begin;
    for (; f < finals.size() && finals[f] < piece.end; ++f) {
      if (glued(finals[f], piece)) {
        out.push_back(Piece{start, finals[f] + 1, TokenKind::word});
        start = finals[f] + 1;
      }
    }
    out.push_back(Piece{start, piece.end, TokenKind::word});
  }
  if (!out.empty()) {
    pieces = std::move(out);
  }
}

// Word-break segments of the normalized text, as ICU gives them for the
// whole text: most words of news are plain letters between blanks, a word
// ICU would give alone, so only the text around them goes through ICU, a
// stretch at a time. A stretch of blanks gives nothing.
//   "قال بوتين، إن" => [قال] (plain), [ بوتين، ] (ICU: بوتين ،), [ان] (plain)
std::vector<Piece> pieces_of(const NormalizedText& normalized)
{
  const auto& text = normalized.text;
  std::vector<Piece> pieces;
  std::size_t rest = 0; // text before this has its pieces
  const auto through_icu = [&](std::size_t end) {
    if (std::any_of(text.begin() + static_cast<std::ptrdiff_t>(rest),
                    text.begin() + static_cast<std::ptrdiff_t>(end),
                    [](char32_t c) { return !is_blank(c); })) {
      icu_pieces(text, rest, end, pieces);
    }
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (!plain_letter(text[i]) || (i > 0 && !is_blank(text[i - 1]))) {
      ++i;
      continue;
    }
    auto end = i + 1;
    while (end < text.size() && plain_letter(text[end])) {
      ++end;
    }
    if (end == text.size() || is_blank(text[end])) {
      through_icu(i);
      pieces.push_back(Piece{i, end, TokenKind::word});
      rest = end;
    }
    i = end;
  }
  through_icu(text.size());
  split_after_word_final(normalized, pieces);
  return pieces;
}

// Sets `out` to the tokens of `text`, whose code point 0 is code point
// `origin` of the original: out.normalized_utf8 is the whole text as UTF-8,
// encoded at once, and each token views its bytes there.
void set_tokens(const NormalizedText& text, std::size_t origin, TokenizedText& out)
{
  const auto pieces = pieces_of(text);
  out.normalized_utf8 = to_utf8(text.text);
  out.tokens.clear();
  out.tokens.reserve(pieces.size());
  out.forms.clear();
  const std::string_view all(out.normalized_utf8);
  // The byte offset of code point `cp`, walked forward: pieces ascend.
  std::size_t cp = 0;
  std::size_t byte = 0;
  const auto byte_at = [&](std::size_t to) {
    for (; cp < to; ++cp) {
      byte += utf8_length(text.text[cp]);
    }
    return byte;
  };
  for (const auto& piece : pieces) {
    const auto begin = byte_at(piece.begin);
    const auto end = byte_at(piece.end);
    Token token{.span = Span{origin + text.to_original[piece.begin],
                             origin + text.original_end[piece.end - 1]},
                .kind = piece.kind};
    token.set_text(all.substr(begin, end - begin));
    out.tokens.push_back(token);
  }
}

} // namespace

bool is_arabic(char32_t c)
{
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_ARABIC
         && u_isalpha(static_cast<UChar32>(c));
}

void tokenize(const NormalizedText& text, TokenizedText& out)
{
  set_tokens(text, 0, out);
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
  set_tokens(normalize(original.substr(begin, end - begin)), begin, out);
}

} // namespace newskg::extract
