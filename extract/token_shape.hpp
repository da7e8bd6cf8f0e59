#pragma once

#include "extract/lexicon.hpp"
#include "extract/tokenizer.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

// The shape of tokens as written, which normalization folds away: letter case
// and a final ta marbuta read from the original text, what an alias's case
// asks of the text, possessive endings split off, hyphens inside a word.

namespace newskg::extract {

// Letter case of a token in the original text, kept in Token::letter_case:
// the normalized text is case-folded, so "US" and the pronoun "us" are the
// same word there. Scripts without case (Arabic) are marked and never
// capitalized.
enum LetterCase : std::uint8_t {
  case_marked = 1,      // letter_case was computed
  case_capitalized = 2, // first letter upper case: "Lavrov", "NATO"
  case_all_caps = 4,    // every letter upper case, at least two: "NATO", "U.S"
  case_ta_marbuta =
    8, // ends in ة, which normalization folds to ه: a noun, never a verb ("وزارة", "سيطرة")
  case_nisba = 16 // ends in ي as written (not the ى normalization folds into it), after at
                  // least three letters: a relative adjective, often a family name ("الزعبي")
};

// Marks every token's case from `original` (the document as given), and
// whether it ends in ta marbuta or a nisba's ي.
void mark_letter_case(std::span<Token> tokens, const std::u32string& original);

// What an alias as written asks of the text it matches: a capitalized alias
// matches capitalized text only, a short all-caps one ("US", "UN") all-caps
// text only. 0: anything.
[[nodiscard]] std::uint8_t case_rule_of(std::string_view alias);

// True when a token's marked case satisfies `rule` (always when unmarked).
[[nodiscard]] bool case_allows(const Token& token, std::uint8_t rule);

[[nodiscard]] inline bool ends_in_ta_marbuta(const Token& token)
{
  return (token.letter_case & case_ta_marbuta) != 0;
}

[[nodiscard]] inline bool ends_in_nisba(const Token& token)
{
  return (token.letter_case & case_nisba) != 0;
}

[[nodiscard]] inline bool is_capitalized(const Token& token)
{
  return (token.letter_case & case_capitalized) != 0;
}

// Splits the possessive endings of `possessive` ("'s", "’s") off the words
// they end: "Azerbaijan's" => [azerbaijan] ['s], the ending a punct token.
// Runs before the tokens' forms are filled.
void split_possessives(TokenizedText& text, const WordSet& possessive);

// True when tokens[k] is a hyphen glued to word tokens on both sides:
// "al-Moualem", "Jong-un".
[[nodiscard]] bool hyphen_joins(std::span<const Token> tokens, std::size_t k);

} // namespace newskg::extract
