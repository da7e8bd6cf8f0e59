#include "extract/tokenizer.hpp"

#include "core/utf8.hpp"
#include "extract/token_shape.hpp"

#include <catch2/catch.hpp>

#include <string_view>
#include <vector>

using newskg::Span;
using newskg::to_u32;
using newskg::extract::normalize;
using newskg::extract::tokenize;
using newskg::extract::TokenizedText;
using newskg::extract::TokenKind;

namespace {

// The words `text` tokenizes into (their normalized text, held by `tokens`).
std::vector<std::string_view> words_of(std::string_view text, TokenizedText& tokens)
{
  tokenize(normalize(to_u32(text)), tokens);
  std::vector<std::string_view> words;
  for (const auto& token : tokens.tokens) {
    words.push_back(token.text);
  }
  return words;
}

} // namespace

TEST_CASE("Tokens are words, numbers and single punctuation marks", "[extract][tokenizer][arabic]")
{
  TokenizedText tokens;

  // "Putin said, on the 10th:" with a diacritic on the first letter.
  tokenize(normalize(to_u32("قالَ بوتين، في الـ 10:")), tokens);

  REQUIRE(tokens.tokens.size() == 7);
  CHECK(tokens.tokens[0].text == "قال");
  CHECK(tokens.tokens[0].span == Span{0, 4}); // the fatha is inside the original span
  CHECK(tokens.tokens[2].text == "،");
  CHECK(tokens.tokens[2].kind == TokenKind::punct);
  CHECK(tokens.tokens[5].kind == TokenKind::number);
  CHECK(tokens.tokens[6].text == ":");
}

TEST_CASE("Tokenizing empty or blank text gives no tokens", "[extract][tokenizer][error]")
{
  TokenizedText tokens;

  tokenize(normalize(to_u32("   \n ")), tokens);

  CHECK(tokens.tokens.empty());
}

TEST_CASE("A full stop glued between two Arabic words splits them", "[extract][tokenizer][arabic]")
{
  TokenizedText tokens;

  // "... the prisoner Qiq.And Erekat said": no space after the full stop.
  tokenize(normalize(to_u32("الأسير القيق.وقال عريقات")), tokens);

  REQUIRE(tokens.tokens.size() == 5);
  CHECK(tokens.tokens[1].text == "القيق");
  CHECK(tokens.tokens[2].text == ".");
  CHECK(tokens.tokens[2].kind == TokenKind::punct);
  CHECK(tokens.tokens[3].text == "وقال");
  CHECK(tokens.tokens[3].span == Span{13, 17});
}

TEST_CASE("A letter that only ends a word (ة, ى) ends one glued to the next",
          "[extract][tokenizer][arabic]")
{
  TokenizedText tokens;

  // "the American congresswoman Maxine", the first two words glued; "on the
  // shoulder" glued after alef maqsura; "the two states" keeps its ت.
  const auto words = words_of("النائبةالأمريكية ماكسين علىكتفي الولايتين", tokens);
  CHECK(
    words
    == std::vector<std::string_view>{"النايبه", "الامريكيه", "ماكسين", "علي", "كتفي", "الولايتين"});
  REQUIRE(words.size() == 6);
  CHECK(tokens.tokens[0].span == Span{0, 7}); // the original's code points, ة included
  CHECK(tokens.tokens[1].span == Span{7, 16});
}

TEST_CASE("An alif right before the article's alif and lam ends a word glued to the next",
          "[extract][tokenizer][arabic]")
{
  TokenizedText tokens;

  // "South Carolina", "the elections" and "which" glued after an alif; "the
  // machines" (الآلات, folded الالات: its alifs follow a lam) stays whole.
  const auto words = words_of("كاروليناالجنوبية لخوضهاالانتخابات الآلات ماالذي", tokens);
  CHECK(words
        == std::vector<std::string_view>{
          "كارولينا", "الجنوبيه", "لخوضها", "الانتخابات", "الالات", "ما", "الذي"});
  REQUIRE(words.size() == 7);
  CHECK(tokens.tokens[0].span == Span{0, 8});
  CHECK(tokens.tokens[1].span == Span{8, 16});
}

TEST_CASE("A full stop inside a Latin abbreviation stays in the word",
          "[extract][tokenizer][english]")
{
  TokenizedText tokens;

  tokenize(normalize(to_u32("the U.S said")), tokens);

  REQUIRE(tokens.tokens.size() == 3);
  CHECK(tokens.tokens[1].kind == TokenKind::word);
}

TEST_CASE("Plain words between blanks break as ICU breaks the whole text",
          "[extract][tokenizer][arabic]")
{
  TokenizedText tokens;

  // Plain letters beside an apostrophe, a digit, a combining acute accent
  // (kept by normalization) and blanks of every kind: ICU joins "don't",
  // "a1" and "e\u0301" as words of their own.
  tokenize(normalize(to_u32("قال don't a1 e\u0301 \t\r\nوزير  الخارجية")), tokens);

  REQUIRE(tokens.tokens.size() == 6);
  CHECK(tokens.tokens[0].text == "قال");
  CHECK(tokens.tokens[1].text == "don't");
  CHECK(tokens.tokens[2].text == "a1");
  CHECK(tokens.tokens[3].span == Span{13, 15});
  CHECK(tokens.tokens[4].text == "وزير");
  CHECK(tokens.tokens[4].span == Span{19, 23});
  CHECK(tokens.tokens[5].text == "الخارجيه");
}

TEST_CASE("A word written with ta marbuta is marked, though normalized to ha",
          "[extract][tokenizer][arabic]")
{
  // "the ministry visited him": وزارة and زاره normalize to the same ending.
  const auto original = to_u32("وزارةٌ زاره سيطرة");
  TokenizedText tokens;
  tokenize(normalize(original), tokens);
  newskg::extract::mark_letter_case(tokens.tokens, original);
  REQUIRE(tokens.tokens.size() == 3);
  CHECK(tokens.tokens[0].text == "وزاره");
  CHECK(newskg::extract::ends_in_ta_marbuta(tokens.tokens[0])); // past the tanween
  CHECK_FALSE(newskg::extract::ends_in_ta_marbuta(tokens.tokens[1]));
  CHECK(newskg::extract::ends_in_ta_marbuta(tokens.tokens[2]));
}

TEST_CASE("A long text tokenized block by block gives the tokens of the whole text",
          "[extract][tokenizer][arabic]")
{
  // Lines with diacritics, a tatweel, numbers and punctuation, over two
  // blocks' worth of code points: the blocks are cut after line feeds.
  const std::string line = "قالَ بوتينـ، في الـ 10: «التقى» ماكرون Macron's U.S. visit 2020.\n";
  std::string text;
  while (to_u32(text).size() < (std::size_t{5} << 19U)) {
    for (int k = 0; k < 1000; ++k) {
      text += line;
    }
  }
  text += "آخر سطر بلا نهاية";
  const auto original = to_u32(text);
  TokenizedText whole;
  tokenize(normalize(original), whole);

  std::vector<std::size_t> ends;
  std::vector<newskg::extract::Token> tokens;
  std::vector<std::string> texts;
  for (std::size_t begin = 0; begin < original.size();) {
    const auto end = newskg::extract::next_block_end(original, begin);
    REQUIRE(end > begin);
    ends.push_back(end);
    TokenizedText block;
    newskg::extract::tokenize_block(original, begin, end, block);
    for (const auto& token : block.tokens) {
      tokens.push_back(token);
      texts.emplace_back(token.text);
    }
    begin = end;
  }

  REQUIRE(ends.size() == 3);
  CHECK(original[ends[0] - 1] == U'\n');
  CHECK(ends.back() == original.size());
  REQUIRE(tokens.size() == whole.tokens.size());
  std::size_t different = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (texts[k] != whole.tokens[k].text || tokens[k].span != whole.tokens[k].span
        || tokens[k].kind != whole.tokens[k].kind) {
      ++different;
    }
  }
  CHECK(different == 0);
}
