#pragma once

#include "core/span.hpp"
#include "extract/normalizer.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::extract {

enum class TokenKind { word, number, punct };

// A word, number or punctuation mark. `text` views the normalized UTF-8 of
// the owning TokenizedText; `span` is in the original text.
struct Token
{
  Span span;
  std::string_view text;
  TokenKind kind = TokenKind::word;
  // The forms the word may stand for once proclitics are taken off
  // (Clitics::forms), computed once per document; empty until then.
  std::array<std::string_view, 8> form_storage{};
  std::uint8_t form_count = 0;
  // Letter case in the original text (extract/token_shape.hpp); 0: not marked.
  std::uint8_t letter_case = 0;

  [[nodiscard]] std::span<const std::string_view> forms() const
  {
    return {form_storage.data(), form_count};
  }
};

// The tokens of one document. Tokens view `normalized_utf8`: keep this object
// alive (and unmoved) while they are used.
struct TokenizedText
{
  std::string normalized_utf8;
  std::vector<Token> tokens;

  TokenizedText() = default;
  TokenizedText(const TokenizedText&) = delete;
  TokenizedText& operator=(const TokenizedText&) = delete;
};

// ICU word breaks over the normalized text; white space is dropped, each
// punctuation mark is a token of its own.
//   "قال بوتين، إن" => [قال] [بوتين] [،] [ان]
void tokenize(const NormalizedText& text, TokenizedText& out);

} // namespace newskg::extract
