#include "extract/gazetteer.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "extract/normalizer.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using newskg::to_u32;
using newskg::extract::Clitics;
using newskg::extract::Gazetteer;
using newskg::extract::normalize;
using newskg::extract::tokenize;
using newskg::extract::TokenizedText;

namespace {

Clitics clitics()
{
  std::istringstream tsv("conj\tو\nprep\tب\nprep\tل\narticle\tال\nprep-article\tلل\n");
  return Clitics::parse(tsv, "clitics.tsv");
}

Gazetteer sample()
{
  Gazetteer gazetteer;
  gazetteer.set_article_rules(clitics());
  std::istringstream entities("# id\ttype\tlabel_en\tlabel_ar\taliases_en\taliases_ar\n"
                              "wd:Q184\tCountry\tBelarus\tبيلاروسيا\t\tروسيا البيضاء\n"
                              "wd:Q159\tCountry\tRussia\tروسيا\tRussian Federation\t\n"
                              "x:org:minsk\tOrganization\tMinsk Group\tمجموعة مينسك\t\t\n"
                              "wd:Q2280\tLocation\tMinsk\tمينسك\t\t\n"
                              "wd:Q1065\tOrganization\tUnited Nations\tالأمم المتحدة\tUN\t\n");
  gazetteer.parse_entities(entities, "entities.tsv");
  std::istringstream demonyms("wd:Q159\tروسي|روسية|روس\n");
  gazetteer.parse_demonyms(demonyms, "demonyms.tsv");
  return gazetteer;
}

struct Hit
{
  std::string id;
  std::size_t tokens = 0;
  bool demonym = false;
};

std::optional<Hit> first_hit(const Gazetteer& gazetteer, const char* text)
{
  TokenizedText tokens;
  tokenize(normalize(to_u32(text)), tokens);
  const auto match = gazetteer.longest_at(tokens.tokens, 0, clitics());
  if (!match) {
    return std::nullopt;
  }
  return Hit{gazetteer.entities()[match->entity].id, match->tokens, match->demonym};
}

} // namespace

TEST_CASE("Gazetteer keeps the longest alias at a position", "[extract][gazetteer][arabic]")
{
  const auto gazetteer = sample();
  struct Row
  {
    const char* text;
    const char* id; // "" when nothing may match
    std::size_t tokens;
  };
  const auto row = GENERATE(values<Row>({
    {"مجموعة مينسك تجتمع", "x:org:minsk", 2}, // the group, not the city
    {"مينسك عاصمة", "wd:Q2280", 1},
    {"روسيا البيضاء", "wd:Q184", 2}, // Belarus, not Russia
    {"روسيا وحدها", "wd:Q159", 1},
    {"وبروسيا", "wd:Q159", 1},        // and-in-Russia
    {"للأمم المتحدة", "wd:Q1065", 2}, // to-the-UN, alef elided
    {"the UN said", "", 0},           // "the" is not an alias
    {"UN said", "wd:Q1065", 1},
    {"مجموعة العشرين", "", 0}, // a head word alone matches nothing
    {"المينسك", "", 0},        // a name filed without the article ("السيول" is no Seoul)
    {"والمينسك", "", 0},
    {"والروسية", "wd:Q159", 1}, // a demonym takes the article
  }));

  const auto hit = first_hit(gazetteer, row.text);

  if (std::string_view(row.id).empty()) {
    CHECK_FALSE(hit);
  } else {
    REQUIRE(hit);
    CHECK(hit->id == row.id);
    CHECK(hit->tokens == row.tokens);
  }
}

TEST_CASE("Gazetteer reads demonyms in every gender and number", "[extract][gazetteer][arabic]")
{
  const auto gazetteer = sample();

  for (const auto* text : {"الروسي", "والروسية", "الروس", "روسي"}) {
    const auto hit = first_hit(gazetteer, text);
    REQUIRE(hit);
    CHECK(hit->id == "wd:Q159");
    CHECK(hit->demonym);
  }
}

TEST_CASE("Gazetteer finds entities by any name's match key", "[extract][gazetteer]")
{
  const auto gazetteer = sample();

  const auto found = gazetteer.find_key("russian federation");

  REQUIRE(found.size() == 1);
  CHECK(gazetteer.entities()[found[0]].id == "wd:Q159");
  CHECK(gazetteer.find_key("atlantis").empty());
}

TEST_CASE("Gazetteer reports the file and line of a bad entry", "[extract][gazetteer][error]")
{
  Gazetteer gazetteer;
  SECTION("missing field")
  {
    std::istringstream tsv("# header\nwd:Q30\tCountry\n");
    REQUIRE_THROWS_WITH(gazetteer.parse_entities(tsv, "bad.tsv"),
                        Catch::StartsWith("bad.tsv:2: expected 4"));
  }
  SECTION("type outside the ontology")
  {
    std::istringstream tsv("wd:Q30\tNation\tUnited States\tالولايات المتحدة\n");
    REQUIRE_THROWS_AS(gazetteer.parse_entities(tsv, "bad.tsv"), newskg::DataError);
  }
  SECTION("id defined twice")
  {
    std::istringstream tsv("wd:Q30\tCountry\tUS\t\nwd:Q30\tCountry\tUSA\t\n");
    REQUIRE_THROWS_WITH(gazetteer.parse_entities(tsv, "bad.tsv"), Catch::Contains("defined twice"));
  }
  SECTION("a position naming an unknown person")
  {
    std::istringstream tsv("wd:Q1\tpresident\twd:Q30\t2020\t\n");
    REQUIRE_THROWS_WITH(gazetteer.parse_positions(tsv, "positions.tsv"),
                        Catch::StartsWith("positions.tsv:1: unknown id"));
  }
}
