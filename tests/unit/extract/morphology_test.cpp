// Trigger cues match every conjugation and derived form of their verb through
// the affix model of data/ar/clitics.tsv and the cues of data/ar/triggers.tsv.
// (Snowball's Arabic stemmer, measured on these same forms, gives the
// group's most common stem to 19 of 52.)
#include "core/utf8.hpp"
#include "extract/lexicon.hpp"
#include "extract/normalizer.hpp"
#include "extract/resources_impl.hpp"

#include "support/extraction.hpp"

#include <catch2/catch.hpp>

using namespace newskg::extract;
using newskg::to_u32;

namespace {

// The predicates of the cues that match the first word of `text`.
std::set<std::string> predicates_at_start(const std::string& text)
{
  const auto* language = newskg::test::shipped_resources().impl().language("ar");
  TokenizedText tokens;
  tokenize(normalize(to_u32(text)), tokens);
  language->pack.clitics.fill_forms(tokens);
  std::vector<std::uint32_t> candidates;
  language->pack.trigger_index.candidates(
    tokens.tokens.front(), language->pack.clitics, candidates);
  std::set<std::string> predicates;
  for (const auto index : candidates) {
    const auto& trigger = language->pack.triggers[index];
    if (match_cue(trigger.cue, tokens.tokens, 0, language->pack.clitics)) {
      predicates.insert(trigger.predicate);
    }
  }
  return predicates;
}

} // namespace

TEST_CASE("Arabic trigger cues match every conjugation of their verb",
          "[extract][morphology][arabic]")
{
  struct Row
  {
    const char* predicate;
    std::vector<const char*> forms;
  };
  const std::vector<Row> rows{
    {"announced", {"أعلن", "أعلنت", "يعلن", "تعلن", "أعلنوا", "وأعلنت", "معلنا"}},
    {"accused", {"اتهم", "اتهمت", "يتهم", "تتهم", "اتهموا", "واتهمت", "متهما"}},
    {"met", {"التقى", "التقت", "يلتقي", "تلتقي", "التقيا", "لقاء", "لقائه"}},
    {"warned", {"حذر", "حذرت", "يحذر", "تحذر", "محذرا", "وحذرت"}},
    {"rejected", {"رفض", "رفضت", "يرفض", "ترفض", "رافضا", "ورفضت"}},
    {"captured", {"سيطر", "سيطرت", "يسيطر", "تسيطر", "السيطرة"}},
    {"visited", {"زار", "زارت", "يزور", "تزور", "زيارة", "زيارته"}},
    {"called-on", {"دعا", "دعت", "يدعو", "تدعو", "داعيا", "ودعت"}},
    // Imperfects derived from a "+" cue: the prefix, and the alef dropped.
    {"criticized", {"استنكر", "يستنكر", "تستنكر", "انتقد", "ينتقد", "وتنتقد"}},
    {"attacked", {"قصف", "يقصف", "تقصف", "وقصفت"}},
    // أبلغ has no imperfect cue: يبلغ is mostly "amounts to" (يبلغ من العمر).
    {"informed", {"أبلغ", "أبلغت", "وأبلغ"}},
  };
  for (const auto& row : rows) {
    for (const auto* form : row.forms) {
      INFO(row.predicate << ": " << form);
      // Cues with a second word need it; give each form its usual company.
      const std::string text = std::string(form) + " روسيا أوكرانيا على مدينة مع";
      CHECK(predicates_at_start(text).contains(row.predicate));
    }
  }
}

TEST_CASE("A cue does not match words that only begin like it", "[extract][morphology][arabic]")
{
  // "المعلنة" (declared, of a truce) is no announcement, "إعلانات"
  // (advertisements) neither, and "رفاهية" (welfare) is not "رفض".
  CHECK_FALSE(predicates_at_start("المعلنة روسيا").contains("announced"));
  CHECK_FALSE(predicates_at_start("رفاهية الشعب").contains("rejected"));
  CHECK_FALSE(predicates_at_start("إعلانات تجارية").contains("announced"));
}

TEST_CASE("has_pattern matches a word letter by letter, root letters standing for any",
          "[extract][unit]")
{
  WordClasses words;
  words.pattern_root = WordSet({"ف", "ع", "ل"});
  const WordSet passive({"مفعول", "مفعوله"});
  CHECK(has_pattern(words, passive, "مبذول"));
  CHECK(has_pattern(words, passive, "مبذوله"));
  CHECK(has_pattern(words, passive, "مدعوم"));
  CHECK_FALSE(has_pattern(words, passive, "مبذولا"));  // one letter longer
  CHECK_FALSE(has_pattern(words, passive, "مبذو"));    // one letter shorter
  CHECK_FALSE(has_pattern(words, passive, "تبذول"));   // a letter of the pattern differs
  CHECK_FALSE(has_pattern(words, passive, "الأخوية")); // no shape of it
  CHECK_FALSE(has_pattern(words, passive, ""));
}
