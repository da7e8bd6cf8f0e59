#include "extract/normalizer.hpp"

#include "core/utf8.hpp"

#include <catch2/catch.hpp>

using newskg::to_u32;
using newskg::to_utf8;
using newskg::extract::match_key_of;
using newskg::extract::normalize;

TEST_CASE("Normalization folds Arabic letter variants and drops marks",
          "[extract][normalizer][arabic]")
{
  struct Row
  {
    const char* text;
    const char* expected;
  };
  const auto row = GENERATE(values<Row>({
    {"أعلن", "اعلن"},         // hamza on alef
    {"إلى", "الي"},           // hamza below, alef maqsura
    {"آخر", "اخر"},           // madda
    {"الخارجيّةُ", "الخارجيه"}, // shadda and damma dropped, ta marbuta
    {"وزارةـــ", "وزاره"},    // tatweel
    {"رئيس", "رييس"},         // hamza on ya
    {"مؤتمر", "موتمر"},       // hamza on waw
    {"لافروڤ", "لافروف"},     // Persian veh
    {"Putin", "putin"},       // case folding
    {"ﻻ", "لا"},              // presentation form, through NFKC
  }));

  CHECK(to_utf8(normalize(to_u32(row.text)).text) == row.expected);
}

TEST_CASE("Normalization keeps a map back to original code points", "[extract][normalizer]")
{
  // "بُوتين": the damma (index 1) is dropped, so normalized 1 is original 2.
  const auto normalized = normalize(to_u32("بُوتين"));

  REQUIRE(normalized.text.size() == 5);
  CHECK(normalized.to_original[0] == 0);
  CHECK(normalized.to_original[1] == 2);
  CHECK(normalized.to_original[4] == 5);
  CHECK(normalized.to_original.back() == 6);
}

TEST_CASE("Match keys ignore punctuation, spacing and case", "[extract][normalizer]")
{
  CHECK(match_key_of(to_u32("  Vladimir-Putin, ")) == "vladimir putin");
  CHECK(match_key_of(to_u32("الرئيسُ  بوتين")) == match_key_of(to_u32("الرئيس بوتين")));
  CHECK(match_key_of(to_u32("U.S.")) == "u s");
  CHECK(match_key_of(to_u32("")).empty());
}
