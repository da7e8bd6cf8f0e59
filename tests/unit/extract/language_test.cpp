#include "core/utf8.hpp"
#include "extract/extractor.hpp"

#include <catch2/catch.hpp>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <random>
#include <string>

using newskg::to_u32;
using newskg::extract::detect_language;

namespace {

// The answer from the decoded text and ICU alone, as detect_language once
// computed it: more letters of Arabic script than of any other in the first
// 4096 bytes.
std::string reference_language(std::string_view text)
{
  std::size_t arabic = 0;
  std::size_t other = 0;
  for (const char32_t c : to_u32(text.substr(0, 4096))) {
    if (u_isalpha(static_cast<UChar32>(c)) == 0) {
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    (uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_ARABIC ? arabic : other)++;
  }
  return arabic > other ? "ar" : "en";
}

} // namespace

TEST_CASE("detect_language counts the letters of the text's first 4096 bytes",
          "[extract][unit][arabic]")
{
  CHECK(detect_language("قال الرئيس إن Putin") == "ar");
  CHECK(detect_language("Putin said that الرئيس") == "en");
  // Pieces of Arabic, Latin, other scripts and ill-formed bytes, cut
  // anywhere at 4096 bytes (inside a sequence too): the same answer as the
  // decoded text gives.
  const std::array<std::string, 9> pieces{
    "قال ",
    "Putin ",
    "\xD8",
    "\x80\x80",
    "Ωμέγα ",
    "\xE0\xA4\x95",
    "\xF0\x9F\x98\x80",
    "ب",
    "\xC3",
  };
  std::mt19937 random(9); // NOLINT(cert-msc51-cpp): the same texts every run
  std::size_t mismatches = 0;
  std::array<std::size_t, 2> answers{}; // "ar", "en": both are met
  for (unsigned round = 0; round < 300; ++round) {
    std::string text;
    const auto length = 4000 + random() % 200;
    while (text.size() < length) {
      // Arabic first pieces more often in some rounds, less in others.
      const bool arabic = random() % 300 < round;
      text += arabic ? pieces[0] : pieces[1 + random() % (pieces.size() - 1)];
    }
    const auto language = detect_language(text);
    ++answers.at(language == "ar" ? 0 : 1);
    if (language != reference_language(text)) {
      ++mismatches;
    }
  }
  CHECK(mismatches == 0);
  CHECK(answers[0] > 50);
  CHECK(answers[1] > 50);
}
