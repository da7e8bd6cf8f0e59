// The examples the extract/ headers give, held to the code (issue 11: a
// comment whose example the code does not give is a wrong comment).

#include "core/utf8.hpp"
#include "extract/clitics.hpp"
#include "extract/extractor.hpp"
#include "extract/normalizer.hpp"
#include "extract/resources_impl.hpp"
#include "extract/token_shape.hpp"
#include "extract/tokenizer.hpp"

#include "support/extraction.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

using namespace newskg::extract;
using newskg::to_u32;

namespace {

const Clitics& arabic_clitics()
{
  static const Clitics clitics = [] {
    std::ifstream in(NEWSKG_SOURCE_DIR "/data/ar/clitics.tsv");
    return Clitics::parse(in, "data/ar/clitics.tsv");
  }();
  return clitics;
}

std::string normalized(std::string_view text)
{
  return newskg::to_utf8(normalize(to_u32(text)).text);
}

std::vector<std::string> token_texts(std::string_view text)
{
  TokenizedText tokens;
  tokenize(normalize(to_u32(text)), tokens);
  std::vector<std::string> texts;
  for (const auto& token : tokens.tokens) {
    texts.emplace_back(token.text);
  }
  return texts;
}

} // namespace

TEST_CASE("normalizer.hpp and extractor.hpp examples", "[extract][unit][arabic]")
{
  CHECK(normalized("أكّدَ الرئيسُ Putin") == "اكد الرييس putin");
  CHECK(match_key_of(to_u32("Vladimir  Putin,")) == "vladimir putin");
  CHECK(match_key("الرئيسُ  Vladimir-Putin") == "الرييس vladimir putin");
}

TEST_CASE("tokenizer.hpp example", "[extract][unit][arabic]")
{
  CHECK(token_texts("قال بوتين، إن") == std::vector<std::string>{"قال", "بوتين", "،", "ان"});
}

TEST_CASE("clitics.hpp examples", "[extract][unit][arabic]")
{
  const auto& clitics = arabic_clitics();
  std::vector<std::string_view> forms;
  clitics.forms("وبالولايات", forms);

  CHECK(forms == std::vector<std::string_view>{"وبالولايات", "بالولايات", "الولايات", "ولايات"});
  CHECK(clitics.proclitic_length("وللحراك") == std::pair<std::size_t, std::string>{3, "ال"});
  CHECK(clitics.proclitic_length("وبالولايات") == std::pair<std::size_t, std::string>{2, ""});
  CHECK(clitics.proclitic_length("ولجنه") == std::pair<std::size_t, std::string>{2, ""});
  CHECK(clitics.lost_preposition("لحزب", "حزب"));
  CHECK(clitics.lost_preposition("بالولايات", "الولايات"));
  CHECK_FALSE(clitics.lost_preposition("والولايات", "الولايات"));
  CHECK_FALSE(clitics.lost_preposition("الامم", "امم"));
  CHECK(clitics.without_article("الامن") == "امن");
  CHECK(clitics.without_conjunction("ولجنه") == "لجنه");
  CHECK(clitics.without_conjunction("ول") == "ول"); // one letter left: no conjunction
  CHECK(clitics.conjoined(normalized("والمؤيدة")));
  CHECK(clitics.conjoined("وللحزب"));
  CHECK_FALSE(clitics.conjoined(normalized("وزارة")));
  CHECK_FALSE(clitics.conjoined("والي"));
  CHECK(clitics.fused_article("للحفاظ"));
  CHECK(clitics.imperfect_shape("يكتب"));
  CHECK(clitics.imperfect_shape(normalized("تؤكد")));
  CHECK(clitics.imperfect_of("اعلن") == std::vector<std::string>{"تعلن", "يعلن"});
  CHECK(clitics.has_enclitic("بلاده", "بلاد"));
}

TEST_CASE("token_shape.hpp examples", "[extract][unit]")
{
  CHECK(case_rule_of("US") == case_all_caps);
  CHECK(case_rule_of("UN") == case_all_caps);
  CHECK(case_rule_of("Lavrov") == case_capitalized);
  CHECK(case_rule_of("NATO") == case_capitalized);
  CHECK(case_rule_of("بوتين") == 0);

  const std::u32string original = U"Azerbaijan's al-Moualem";
  TokenizedText text;
  tokenize(normalize(original), text);
  split_possessives(text,
                    newskg::test::shipped_resources().impl().language("en")->pack.words.possessive);
  mark_letter_case(text.tokens, original);
  std::vector<std::string> texts;
  for (const auto& token : text.tokens) {
    texts.emplace_back(token.text);
  }

  CHECK(texts == std::vector<std::string>{"azerbaijan", "'s", "al", "-", "moualem"});
  REQUIRE(text.tokens.size() == 5);
  CHECK(text.tokens[1].kind == TokenKind::punct);
  CHECK(is_capitalized(text.tokens[0]));
  CHECK(hyphen_joins(text.tokens, 3));
}

TEST_CASE("romanizer.hpp example", "[extract][unit][arabic]")
{
  const auto* arabic = newskg::test::shipped_resources().impl().language("ar");
  REQUIRE(arabic != nullptr);

  CHECK(arabic->pack.romanizer.romanize("سارة جونسون") == "Sara Junsun");
}
