#include "eval/gold.hpp"

#include "core/error.hpp"

#include "eval_fixture.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using newskg::InputError;
using newskg::eval::EventTerm;
using newskg::eval::Gold;
using newskg::eval::Triple;
using newskg::test::eval_rules;

namespace {

Gold parse(const std::string& json)
{
  return Gold::parse(json, "a", "gold/a.json", eval_rules());
}

} // namespace

TEST_CASE("Gold maps every normalized alias and key to its entity", "[eval][unit]")
{
  const auto gold = parse(R"({"entities": {
      "usa": {"aliases": ["United States", "U.S.", "US"]},
      "us_army": {"aliases": ["U.S.", "US Army"]},
      "un": {"aliases": ["الأمم المتحدة"]}},
    "relations": []})");

  CHECK(gold.name == "a");
  CHECK(gold.entity_named("united states") == "usa");
  CHECK(gold.entity_named("u s") == "usa"); // the first entity keeps a shared alias
  CHECK(gold.entity_named("us army") == "us_army");
  CHECK(gold.entity_named("us_army") == std::nullopt); // keys are normalized too: "us army"
  CHECK(gold.entity_named("un") == "un");
  CHECK(gold.entity_named("الامم المتحده") == "un"); // "the United Nations"
}

TEST_CASE("Gold splits required from optional relations", "[eval][unit]")
{
  const auto gold = parse(R"({"entities": {},
    "relations": [
      {"s": "b", "p": "met", "o": "a"},
      {"s": "a", "p": "condemned", "o": "b", "optional": true},
      {"s": "a", "p": "met", "o": "b", "optional": true},
      {"s": "a", "p": "urged", "o": "c", "optional": 0},
      {"s": "x", "p": "announced", "o": {"event": "Attacked", "s": "y", "o": "z"}}]})");

  const std::set<Triple> required{
    {.subject = "a", .predicate = "met", .object = "b"},
    {.subject = "a", .predicate = "called-on", .object = "c"},
    {.subject = "x",
     .predicate = "announced",
     .object = EventTerm{.predicate = "attacked", .object = "z"}},
  };
  const std::set<Triple> optional{{.subject = "a", .predicate = "criticized", .object = "b"}};
  CHECK(gold.required == required);
  CHECK(gold.optional == optional); // a-met-b is required, so not optional
}

TEST_CASE("Gold names the file, line and column of a problem", "[eval][unit][error]")
{
  CHECK_THROWS_WITH(parse("{\"entities\": {},\n \"relations\": [}"),
                    Catch::StartsWith("gold/a.json:2:16: broken JSON"));
  CHECK_THROWS_WITH(parse("{\"entities\": {}}"),
                    Catch::Equals("gold/a.json: missing \"relations\""));
  CHECK_THROWS_WITH(parse(R"({"entities": {"x": {"type": "Person"}}, "relations": []})"),
                    Catch::Equals("gold/a.json: entity 'x': missing \"aliases\""));
  CHECK_THROWS_WITH(parse(R"({"entities": {}, "relations": [{"s": "a", "p": "met"}]})"),
                    Catch::Equals("gold/a.json: relation 1: missing \"o\""));
  CHECK_THROWS_WITH(
    parse(R"({"entities": {}, "relations": [{"s": "a", "p": "met", "o": {"event": "x"}}]})"),
    Catch::Equals("gold/a.json: relation 1: missing \"o\""));
  CHECK_THROWS_WITH(parse("{\"entities\": {\"\xff\": 1}, \"relations\": []}"),
                    Catch::Contains("gold/a.json:1:") && Catch::Contains("encoding"));
  CHECK_THROWS_AS(parse("[]"), InputError);
  // Line 2 holds '[' * 150,000 after ' "relations": ': level 1001 (the
  // 1000th '[' after the object) is column 15 + 999.
  CHECK_THROWS_WITH(parse("{\"entities\": {},\n \"relations\": " + std::string(150'000, '[')
                          + std::string(150'000, ']') + "}"),
                    Catch::Equals("gold/a.json:2:1014: broken JSON: nested deeper than 1000 "
                                  "arrays and objects"));
}

TEST_CASE("load_gold_dir reads NAME.json files sorted by name", "[eval][unit]")
{
  const auto dir = newskg::test::fresh_directory("gold-dir");
  for (const auto* name : {"b.en.json", "a.ar.json", ".hidden.json", "notes.txt"}) {
    std::ofstream(dir / name) << R"({"entities": {}, "relations": []})";
  }
  std::filesystem::create_directories(dir / "sub.json");

  const auto golds = newskg::eval::load_gold_dir(dir, eval_rules());

  REQUIRE(golds.size() == 3);
  CHECK(golds[0].name == ".hidden"); // as pathlib's glob("*.json") does
  CHECK(golds[1].name == "a.ar");
  CHECK(golds[2].name == "b.en");

  std::ofstream(dir / "c.json") << "{";
  CHECK_THROWS_WITH(newskg::eval::load_gold_dir(dir, eval_rules()),
                    Catch::Contains("c.json:1:2: broken JSON"));
  CHECK_THROWS_WITH(newskg::eval::load_gold_dir(dir / "none", eval_rules()),
                    Catch::EndsWith("none: no such gold directory"));
}

TEST_CASE("Gold takes its language from \"lang\", else from the name's suffix", "[eval][unit]")
{
  const auto language = [](std::string_view json, std::string_view name) {
    return Gold::parse(json, name, "gold.json", eval_rules()).lang;
  };
  const std::string no_lang = R"({"entities": {}, "relations": []})";

  CHECK(language(R"({"lang": "ar", "entities": {}, "relations": []})", "summit.en") == "ar");
  CHECK(language(no_lang, "libya-statements.en") == "en");
  CHECK(language(no_lang, "brexit-toyota-carmakers.ar") == "ar");
  // score.py never reads "lang": a mistyped or empty one is ignored, not refused.
  CHECK(language(R"({"lang": 3, "entities": {}, "relations": []})", "a.ar") == "ar");
  CHECK(language(R"({"lang": "", "entities": {}, "relations": []})", "a.en") == "en");
  // Neither: undetermined (BCP 47 "und").
  CHECK(language(no_lang, "summit") == "und");
  CHECK(language(no_lang, "summit.2020-10") == "und");
}
