#include "extract/clitics.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <sstream>

using newskg::extract::Clitics;

namespace {

Clitics arabic()
{
  std::istringstream tsv(
    "# kind\tform\nconj\tو\nconj\tف\nprep\tب\nprep\tل\nprep\tك\n"
    "article\tال\nprep-article\tلل\nsuffix\tت\nsuffix\tوا\nenclitic\tه\nenclitic\tها\n");
  return Clitics::parse(tsv, "clitics.tsv");
}

bool has_form(const Clitics& clitics, std::string_view word, std::string_view form)
{
  std::vector<std::string_view> forms;
  clitics.forms(word, forms);
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

} // namespace

TEST_CASE("Proclitic chains are taken off in every combination", "[extract][clitics][arabic]")
{
  struct Row
  {
    const char* word;
    const char* form;
    bool expected;
  };
  const auto row = GENERATE(values<Row>({
    {"وبوتين", "بوتين", true},        // and-Putin
    {"لبوتين", "بوتين", true},        // to-Putin
    {"وبالولايات", "الولايات", true}, // and-in-the-States
    {"وبالولايات", "ولايات", true},
    {"للامم", "امم", true}, // to-the-nations, alef elided
    {"فالروسية", "روسية", true},
    {"بوتين", "بوتين", true},
    {"لبنان", "بنان", true}, // a form, but no alias will ever be "بنان"
    {"بو", "و", false},      // never shorter than two letters
    {"مصر", "صر", false},    // م is no proclitic
  }));

  CHECK(has_form(arabic(), row.word, row.form) == row.expected);
}

TEST_CASE("Suffixes and enclitics attach to stems", "[extract][clitics][arabic]")
{
  const auto clitics = arabic();

  CHECK(clitics.has_stem("اعلنت", "اعلن"));
  CHECK(clitics.has_stem("اعلن", "اعلن"));
  CHECK_FALSE(clitics.has_stem("اعلنها", "اعلن")); // an enclitic is not a suffix
  CHECK(clitics.has_enclitic("بلاده", "بلاد"));
  CHECK_FALSE(clitics.has_enclitic("بلاد", "بلاد"));
  CHECK(clitics.starts_with_prep("وبماكرون", "ب"));
  CHECK(clitics.without_article("الامن") == "امن");
  CHECK(clitics.without_conjunction("ولجنه") == "لجنه");
  CHECK(clitics.without_conjunction("ول") == "ول"); // one letter left: no conjunction
}

TEST_CASE("Clitics reports an unknown kind with its line", "[extract][clitics][error]")
{
  std::istringstream tsv("conj\tو\nsuffixes\tت\n");

  REQUIRE_THROWS_WITH(Clitics::parse(tsv, "c.tsv"),
                      Catch::StartsWith("c.tsv:2: unknown clitic kind"));
  std::istringstream twice("ta-marbuta\tه\nta-bound\tت\nta-marbuta\tة\n");
  REQUIRE_THROWS_WITH(Clitics::parse(twice, "c.tsv"),
                      Catch::StartsWith("c.tsv:3: a second ta-marbuta"));
}

TEST_CASE("The imperfect of a regular verb: each prefix, the weak initial letter dropped",
          "[extract][clitics][arabic]")
{
  std::istringstream tsv("# kind\tform\nimperfect\tي\nimperfect\tت\nweak-initial\tا\n");
  const auto clitics = Clitics::parse(tsv, "clitics.tsv");

  CHECK(clitics.imperfect_of("اعلن") == std::vector<std::string>{"يعلن", "تعلن"}); // form IV
  CHECK(clitics.imperfect_of("اتهم") == std::vector<std::string>{"يتهم", "تتهم"}); // form VIII
  CHECK(clitics.imperfect_of("قصف") == std::vector<std::string>{"يقصف", "تقصف"});  // form I
  CHECK(arabic().imperfect_of("قصف").empty()); // no prefixes, no imperfects
}

TEST_CASE("An irregular imperfect's other persons, a participle's endings, a noun's bound form",
          "[extract][clitics][arabic]")
{
  std::istringstream tsv("# kind\tform\nimperfect\tي\nimperfect\tت\nimperfect-we\tن\n"
                         "participle-ending\tا\nparticiple-ending\tه\nparticiple-ending\tين\n"
                         "ta-marbuta\tه\nta-bound\tت\n");
  const auto clitics = Clitics::parse(tsv, "clitics.tsv");

  // A hollow verb keeps its long vowel: يشيد, not يشاد.
  CHECK(clitics.imperfect_persons("يشيد", false) == std::vector<std::string>{"تشيد"});
  CHECK(clitics.imperfect_persons("يشيد", true) == std::vector<std::string>{"نشيد"});
  CHECK(clitics.imperfect_persons("تشيد", false) == std::vector<std::string>{"يشيد"});
  CHECK(clitics.imperfect_persons("شاد", false).empty()); // no imperfect prefix
  CHECK(clitics.participle_forms("مشيد") == std::vector<std::string>{"مشيدا", "مشيده", "مشيدين"});
  CHECK(clitics.bound_form("ادانه") == std::optional<std::string>("ادانت"));
  CHECK_FALSE(clitics.bound_form("تنديد").has_value());
  CHECK_FALSE(clitics.bound_form("ه").has_value());      // the letter alone is no noun
  CHECK_FALSE(arabic().bound_form("ادانه").has_value()); // no ta-marbuta declared
}
