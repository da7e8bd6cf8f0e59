#include "extract/token_shape.hpp"

#include "core/code_point_table.hpp"
#include "core/utf8.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <vector>

namespace newskg::extract {

namespace {

constexpr std::size_t max_all_caps_rule_letters = 3;

// What ICU says of a code point: a letter, an upper-case letter.
struct LetterKind
{
  bool letter = false;
  bool upper = false;
};

LetterKind letter_kind(char32_t c)
{
  return {.letter = u_isalpha(static_cast<UChar32>(c)) != 0,
          .upper = u_isupper(static_cast<UChar32>(c)) != 0};
}

// letter_kind, with ICU's answers for ASCII and the Arabic block asked once:
// every code point of every token is asked.
LetterKind letter_kind_of(char32_t c)
{
  return from_table<LetterKind, letter_kind>(c);
}

std::uint8_t case_of(std::u32string_view text)
{
  std::uint8_t result = case_marked;
  std::size_t letters = 0;
  std::size_t upper = 0;
  for (const char32_t c : text) {
    const auto kind = letter_kind_of(c);
    if (!kind.letter) {
      continue;
    }
    const bool is_upper = kind.upper;
    if (letters == 0 && is_upper) {
      result |= case_capitalized;
    }
    ++letters;
    if (is_upper) {
      ++upper;
    }
  }
  if (letters >= 2 && upper == letters) {
    result |= case_all_caps;
  }
  return result;
}

} // namespace

void mark_letter_case(std::span<Token> tokens, const std::u32string& original)
{
  for (auto& token : tokens) {
    const auto end = std::min(token.span.end, original.size());
    const auto begin = std::min(token.span.begin, end);
    token.letter_case = case_of(std::u32string_view(original).substr(begin, end - begin));
    auto last = end;
    while (last > begin && original[last - 1] >= U'\u064B' && original[last - 1] <= U'\u0652') {
      --last; // past trailing diacritics
    }
    constexpr std::size_t min_nisba_letters = 4;
    if (last >= begin + min_nisba_letters && original[last - 1] == U'\u064A') {
      token.letter_case |= case_nisba;
    }
    if (last > begin && original[last - 1] == U'\u0629') {
      token.letter_case |= case_ta_marbuta;
    }
  }
}

std::uint8_t case_rule_of(std::string_view alias)
{
  const auto text = to_u32(alias);
  const auto first_space = text.find(U' ');
  const auto first = std::u32string_view(text).substr(0, first_space);
  const auto found = case_of(first);
  std::size_t letters = 0;
  for (const char32_t c : first) {
    if (u_isalpha(static_cast<UChar32>(c)) != 0) {
      ++letters;
    }
  }
  if ((found & case_all_caps) != 0 && letters <= max_all_caps_rule_letters) {
    return case_all_caps;
  }
  return found & case_capitalized;
}

bool case_allows(const Token& token, std::uint8_t rule)
{
  if (rule == 0 || (token.letter_case & case_marked) == 0) {
    return true;
  }
  return (token.letter_case & rule) == rule;
}

void split_possessives(TokenizedText& text, const WordSet& possessive)
{
  if (possessive.words().empty()) {
    return;
  }
  // The possessive ending `token` ends in, if it splits there.
  const auto ending_of = [&](const Token& token) -> const std::string* {
    if (token.kind != TokenKind::word) {
      return nullptr;
    }
    for (const auto& ending : possessive.words()) {
      const auto t = token.text;
      if (t.size() > ending.size() && t.ends_with(ending)
          && token.span.size() > to_u32(ending).size()) {
        return &ending;
      }
    }
    return nullptr;
  };
  auto& tokens = text.tokens;
  std::size_t splits = 0;
  for (const auto& token : tokens) {
    if (ending_of(token) != nullptr) {
      ++splits;
    }
  }
  if (splits == 0) {
    return;
  }
  // In place, from the back: each token moves right by the splits before it.
  auto from = tokens.size();
  tokens.resize(tokens.size() + splits);
  auto to = tokens.size();
  while (from > 0) {
    const auto token = tokens[--from];
    const auto* ending = ending_of(token);
    if (ending == nullptr) {
      tokens[--to] = token;
      continue;
    }
    const auto t = token.text;
    Token stem = token;
    stem.set_text(t.substr(0, t.size() - ending->size()));
    stem.span.end = token.span.end - to_u32(*ending).size();
    Token mark = token;
    mark.set_text(t.substr(t.size() - ending->size()));
    mark.span.begin = stem.span.end;
    mark.kind = TokenKind::punct;
    tokens[--to] = mark;
    tokens[--to] = stem;
  }
}

bool hyphen_joins(std::span<const Token> tokens, std::size_t k)
{
  if (k == 0 || k + 1 >= tokens.size()) {
    return false;
  }
  const auto& hyphen = tokens[k];
  return hyphen.kind == TokenKind::punct && (hyphen.text == "-" || hyphen.text == "‐")
         && tokens[k - 1].kind == TokenKind::word && tokens[k + 1].kind == TokenKind::word
         && tokens[k - 1].span.end == hyphen.span.begin
         && hyphen.span.end == tokens[k + 1].span.begin;
}

} // namespace newskg::extract
