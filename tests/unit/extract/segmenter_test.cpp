#include "extract/segmenter.hpp"

#include "core/utf8.hpp"

#include <catch2/catch.hpp>

using newskg::Span;
using newskg::substr_utf8;
using newskg::to_u32;
using newskg::extract::split_sentences;

TEST_CASE("Sentences end at full stops, Arabic question marks and semicolons",
          "[extract][segmenter][arabic]")
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
    {"Mr. Smith arrived.", 1},                      // ICU's own
  }));

  CHECK(split_sentences(to_u32(row.text), abbreviations).size() == row.count);
}

TEST_CASE("Without the list, a listed abbreviation ends a sentence as before",
          "[extract][segmenter][english]")
{
  CHECK(split_sentences(to_u32("Democratic Sen. Peter Smith spoke.")).size() == 2);
}

namespace {

// `piece` written `times` times.
std::string repeated(std::string_view piece, std::size_t times)
{
  std::string text;
  for (std::size_t i = 0; i < times; ++i) {
    text.append(piece);
  }
  return text;
}

} // namespace

TEST_CASE("A sentence longer than the limit is cut at white space", "[extract][segmenter]")
{
  // Issue 12: 1 MB without a full stop was one sentence, and the rules' work
  // grew with its square. Every sentence has at most max_sentence_length
  // (1000) code points, cut at the last space of the limit's second half.
  static_assert(newskg::extract::max_sentence_length == 1000);
  struct Row
  {
    std::string text;
    std::vector<Span> sentences;
  };
  const std::vector<Row> rows{
    // Spaces at 4, 9, ..., 999: the cut falls at 999, then at 1999.
    {repeated("abcd ", 500), {{0, 999}, {1000, 1999}, {2000, 2499}}},
    {repeated("سلام ", 500), {{0, 999}, {1000, 1999}, {2000, 2499}}}, // Arabic: "peace"
    // No white space at all: cut at the limit.
    {std::string(2500, 'x'), {{0, 1000}, {1000, 2000}, {2000, 2500}}},
    // The only space, at 600, is in the second half of the first piece; the
    // next piece starts there, [600, 1600) has no space after it, and is
    // cut at its limit 1600 (trimmed, it begins at 601).
    {std::string(600, 'x') + " " + std::string(1900, 'x'), {{0, 600}, {601, 1600}, {1600, 2501}}},
    // A space in the first half (at 400) is too early: cut at the limit.
    {std::string(400, 'x') + " " + std::string(1100, 'x'), {{0, 1000}, {1000, 1501}}},
    // At the limit exactly: one sentence; the stop still ends the first.
    {std::string(1000, 'x'), {{0, 1000}}},
    {"Putin met Macron. " + std::string(1000, 'X'), {{0, 17}, {18, 1018}}},
  };

  for (const auto& row : rows) {
    INFO(row.text.substr(0, 40));
    CHECK(split_sentences(to_u32(row.text)) == row.sentences);
  }
}

TEST_CASE("No sentence ends at a middle initial or before a title abbreviation",
          "[extract][segmenter][english]")
{
  const std::vector<std::string> abbreviations{"Rep.", "Sens."};
  const auto text = to_u32("George W. Bush called senators. U.S. Rep. Maxine Waters spoke. It "
                           "rained in the U.S. Then it stopped.");
  const auto sentences = split_sentences(text, abbreviations);
  REQUIRE(sentences.size() == 4);
  CHECK(substr_utf8(text, sentences[0].begin, sentences[0].end)
        == "George W. Bush called senators.");
  CHECK(substr_utf8(text, sentences[1].begin, sentences[1].end)
        == "U.S. Rep. Maxine Waters spoke.");
  CHECK(substr_utf8(text, sentences[2].begin, sentences[2].end) == "It rained in the U.S.");
  CHECK(substr_utf8(text, sentences[3].begin, sentences[3].end) == "Then it stopped.");
}

TEST_CASE("A sentence may begin with a title abbreviation", "[extract][segmenter][english]")
{
  // Only an initialism ("U.S.") keeps the abbreviation after it in its
  // sentence; after a word, the full stop ends the sentence.
  const std::vector<std::string> abbreviations{"Sen.", "Mr."};
  const auto text = to_u32("The vote went ahead. Sen. Jeff Flake asked for a delay. Mr. Smith "
                           "left. It was the U.K. Sen. Brown did not come.");
  const auto sentences = split_sentences(text, abbreviations);
  REQUIRE(sentences.size() == 4);
  CHECK(substr_utf8(text, sentences[0].begin, sentences[0].end) == "The vote went ahead.");
  CHECK(substr_utf8(text, sentences[1].begin, sentences[1].end)
        == "Sen. Jeff Flake asked for a delay.");
  CHECK(substr_utf8(text, sentences[2].begin, sentences[2].end) == "Mr. Smith left.");
  CHECK(substr_utf8(text, sentences[3].begin, sentences[3].end)
        == "It was the U.K. Sen. Brown did not come.");
}

TEST_CASE("The segmentation counts the over-long stretches it cut", "[extract][segmenter]")
{
  // Issue 12: the cuts reach the user (extract's and build's summary), so a
  // text without full stops does not pass unnoticed. A stretch counts once
  // however many pieces it gives, and only when it gives more than one.
  struct Row
  {
    std::string text;
    std::size_t sentences;
    std::size_t split;
  };
  const std::vector<Row> rows{
    {repeated("abcd ", 500), 3, 1}, // 2500 code points: [0, 999), [1000, 1999), [2000, 2499)
    {std::string(2500, 'x'), 3, 1}, // no white space: cut at 1000 and 2000
    {std::string(1001, 'x'), 2, 1}, // one past the limit: [0, 1000), [1000, 1001)
    {std::string(1000, 'x'), 1, 0}, // at the limit: not cut
    {std::string(990, 'x') + std::string(20, ' '), 1, 0},  // cut in its trailing white space only
    {"Putin met Macron. " + std::string(1000, 'X'), 2, 0}, // two sentences, none over the limit
    // Two stretches of 1500 (the first with its ". "), each cut once.
    {std::string(1500, 'x') + ". " + std::string(1500, 'Y'), 4, 2},
    {"", 0, 0},
  };

  for (const auto& row : rows) {
    INFO(row.text.substr(0, 40) << " (" << row.text.size() << " code points)");
    const auto segmentation = newskg::extract::segment(to_u32(row.text));
    CHECK(segmentation.sentences.size() == row.sentences);
    CHECK(segmentation.split == row.split);
    CHECK(segmentation.sentences == split_sentences(to_u32(row.text)));
  }
}
