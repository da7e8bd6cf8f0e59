#include "extract/segmenter.hpp"

#include "extract/unicode_text.hpp"

#include <catch2/catch.hpp>

using newskg::Span;
using newskg::extract::split_sentences;
using newskg::extract::to_u32;

TEST_CASE("Sentences end at full stops, Arabic question marks and semicolons", "[extract][segmenter][arabic]")
{
  struct Row
  {
    const char* text;
    std::size_t count;
  };
  const auto row = GENERATE(values<Row>({
    {"قال الرئيس. وأضاف الوزير.", 2},
    {"هل التقى الرئيس بنظيره؟ لم يحدث ذلك", 2},
    {"أعلنت الوزارة الخبر؛ ونفت الحكومة", 2},
    {"بدأ الهجوم على المقاومة.ودعا المجلس إلى الهدوء", 2}, // no space after the stop
    {"The U.S. said so. Russia agreed.", 2},
    {"سطر أول\nسطر ثان", 2},
    {"جملة واحدة بلا نقطة", 1},
    {"", 0},
  }));

  CHECK(split_sentences(to_u32(row.text)).size() == row.count);
}

TEST_CASE("Sentence spans are trimmed code point ranges", "[extract][segmenter]")
{
  const auto sentences = split_sentences(to_u32("  قال. أكد  "));

  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0] == Span{2, 6});
  CHECK(sentences[1] == Span{7, 10});
}

TEST_CASE("No sentence ends after a listed abbreviation", "[extract][segmenter][english]")
{
  struct Row
  {
    const char* text;
    std::size_t count;
  };
  static const std::vector<std::string> abbreviations{"Sen.", "Gov.", "Sept."};
  const auto row = GENERATE(values<Row>({
    {"Democratic Sen. Peter Smith spoke. Others left.", 2},
    {"He met Gov. Jones on Sept. 27 in Boston.", 1},
    {"The bill passed the Senate. Smith left.", 2}, // a word, not an abbreviation
    {"Mr. Smith arrived.", 1},                       // ICU's own
  }));

  CHECK(split_sentences(to_u32(row.text), abbreviations).size() == row.count);
}

TEST_CASE("Without the list, a listed abbreviation ends a sentence as before", "[extract][segmenter][english]")
{
  CHECK(split_sentences(to_u32("Democratic Sen. Peter Smith spoke.")).size() == 2);
}
