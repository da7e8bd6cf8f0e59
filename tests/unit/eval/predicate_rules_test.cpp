#include "eval/predicate_rules.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <sstream>
#include <string>

using newskg::Ontology;
using newskg::eval::EventTerm;
using newskg::eval::PredicateRules;
using newskg::eval::Triple;

namespace {

Ontology small_ontology()
{
  std::istringstream tsv("met\t043\tyes\tPerson\tPerson\tmet\tالتقى\n"
                         "criticized\t111\tno\tPerson\tPerson\tcriticized\tانتقد\n"
                         "called-on\t020\tno\tPerson\tPerson\tcalled on\tدعا\n"
                         "announced\t010\tno\tPerson\tEvent,Person\tannounced\tأعلن\n");
  return Ontology::parse(tsv, "predicates.tsv");
}

PredicateRules small_rules()
{
  std::istringstream aliases("# alias\tpredicate\ncondemned\tcriticized\nurged\tcalled-on\n");
  return PredicateRules::parse(small_ontology(), aliases, "aliases.tsv");
}

} // namespace

TEST_CASE("PredicateRules normalizes spelling, then synonyms", "[eval][unit]")
{
  const auto rules = small_rules();

  CHECK(rules.normalize("Condemned") == "criticized");
  CHECK(rules.normalize("URGED") == "called-on");
  CHECK(rules.normalize("calledOn") == "called-on");
  CHECK(rules.normalize("visited") == "visited"); // outside the ontology: kept
  CHECK(rules.is_symmetric("met"));
  CHECK_FALSE(rules.is_symmetric("criticized"));
}

TEST_CASE("PredicateRules orders the ends of a symmetric triple only", "[eval][unit]")
{
  const auto rules = small_rules();

  SECTION("symmetric: code point order")
  {
    CHECK(rules.triple("usa", "MET", "libya")
          == Triple{.subject = "libya", .predicate = "met", .object = "usa"});
    CHECK(rules.triple("?بوتين", "met", "?Macron").subject == newskg::eval::Term("?Macron"));
  }
  SECTION("not symmetric: as given")
  {
    CHECK(rules.triple("usa", "condemned", "libya")
          == Triple{.subject = "usa", .predicate = "criticized", .object = "libya"});
  }
  SECTION("an Event object is never reordered")
  {
    const EventTerm event{.predicate = "met", .object = "a"};
    CHECK(rules.triple("z", "met", event).subject == newskg::eval::Term("z"));
  }
}

TEST_CASE("PredicateRules reports a bad synonym with its file and line", "[eval][unit][error]")
{
  const auto ontology = small_ontology();
  const auto parse = [&](const std::string& text) {
    std::istringstream in(text);
    return PredicateRules::parse(ontology, in, "aliases.tsv");
  };

  CHECK_THROWS_WITH(parse("# h\ncondemned\n"), Catch::StartsWith("aliases.tsv:2: expected 2"));
  CHECK_THROWS_WITH(parse("Condemned\tcriticized\n"),
                    Catch::StartsWith("aliases.tsv:1: alias 'Condemned' is not in normalized"));
  CHECK_THROWS_WITH(parse("urged\tpressed\n"),
                    Catch::StartsWith("aliases.tsv:1: 'pressed' is not a predicate"));
  CHECK_THROWS_WITH(parse("urged\tcalled-on\nurged\tcriticized\n"),
                    Catch::StartsWith("aliases.tsv:2: alias 'urged' is listed twice"));
  CHECK_THROWS_AS(parse("urged\tpressed\n"), newskg::DataError);
}

TEST_CASE("the shipped synonyms are score.py's ALIASES", "[eval][unit]")
{
  const auto rules = PredicateRules::load(NEWSKG_SOURCE_DIR "/data");

  const std::map<std::string, std::string, std::less<>> score_py{
    {"condemned", "criticized"},
    {"denounced", "criticized"},
    {"threatened", "warned"},
    {"phoned", "called"},
    {"urged", "called-on"},
  };
  CHECK(rules.aliases() == score_py);
  // score.py: SYMMETRIC = {"agreed-with", "met", "called", "negotiated-with", "borders"}
  const std::set<std::string> symmetric{
    "agreed-with", "met", "called", "negotiated-with", "borders"};
  const auto ontology = Ontology::load(NEWSKG_SOURCE_DIR "/data/ontology/predicates.tsv");
  for (const auto& predicate : ontology.predicates()) {
    INFO(predicate.name);
    CHECK(rules.is_symmetric(predicate.name) == symmetric.contains(predicate.name));
  }
}
