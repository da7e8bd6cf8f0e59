#pragma once

#include "core/span.hpp"
#include "extract/normalizer.hpp"
#include "extract/word_filter.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::extract {

enum class TokenKind : std::uint8_t { word, number, punct };
// Token::article: unknown until the forms are filled.
enum class TokenArticle : std::uint8_t { unknown, none, some };

// A word, number or punctuation mark. `text` views the normalized UTF-8 of
// the owning TokenizedText; `span` is in the original text. 48 bytes: a
// document holds one per word, so a 30 MB article holds millions.
struct Token
{
  Span span;
  std::string_view text;
  // The forms the word may stand for once proclitics are taken off
  // (Clitics::forms), computed once per document; none until then. A token
  // that is its only form (most are) views `text` itself; the others view
  // the owning TokenizedText's `forms`.
  const std::string_view* form_begin = nullptr;
  // word_hash(text), set with it (set_text): the word-set and gazetteer
  // lookups of a token's text hash it once here.
  std::uint32_t hash = 0;
  std::uint8_t form_count = 0;
  TokenKind kind = TokenKind::word;
  // Letter case in the original text (extract/token_shape.hpp); 0: not marked.
  std::uint8_t letter_case = 0;
  // Whether a form carries the article (Clitics::definite), set with the
  // forms by Clitics::fill_forms (asked of most tokens many times).
  TokenArticle article = TokenArticle::unknown;

  // Sets `text` and its `hash`; the one way `text` changes.
  void set_text(std::string_view word)
  {
    text = word;
    hash = word_hash(word);
  }
  // `text` with its hash, for lookups. forms()[0] is always `text`.
  [[nodiscard]] HashedWord hashed() const { return {text, hash}; }

  // Valid while this token is (for a token that is its only form).
  [[nodiscard]] std::span<const std::string_view> forms() const
  {
    if (form_begin == nullptr) {
      return {&text, form_count};
    }
    return {form_begin, form_count};
  }
};

// The tokens of one document. Tokens view `normalized_utf8` and `forms`:
// keep this object alive (and unmoved) while they are used.
struct TokenizedText
{
  std::string normalized_utf8; // the whole normalized text, white space and all
  std::vector<Token> tokens;
  std::vector<std::string_view> forms; // Clitics::fill_forms, every token's in turn

  TokenizedText() = default;
  TokenizedText(const TokenizedText&) = delete;
  TokenizedText& operator=(const TokenizedText&) = delete;
};

// ICU word breaks over the normalized text; white space is dropped, each
// punctuation mark is a token of its own.
//   "قال بوتين، إن" => [قال] [بوتين] [،] [ان]
void tokenize(const NormalizedText& text, TokenizedText& out);

// A long document is tokenized a block of about a million code points at a
// time, each cut after a line feed, where ICU always breaks a word and
// normalization starts afresh: the tokens of the blocks, one after the
// other, are those of the whole text, and a document's normalized text,
// offset maps (12 bytes and more a code point) and tokens are never held
// whole (extract() keeps a window of three blocks). The end of the block
// that starts at code point `begin`: the first line feed's end past 2^20
// code points, else original.size().
[[nodiscard]] std::size_t next_block_end(std::u32string_view original, std::size_t begin);

// A letter of the Arabic script (ICU's script property; not a mark or digit).
[[nodiscard]] bool is_arabic(char32_t c);

// tokenize(normalize(original[begin, end)), out), with the tokens' spans in
// code points of `original`.
void tokenize_block(std::u32string_view original,
                    std::size_t begin,
                    std::size_t end,
                    TokenizedText& out);

} // namespace newskg::extract
