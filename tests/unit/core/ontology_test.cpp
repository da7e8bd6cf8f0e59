#include "core/ontology.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using newskg::EntityType;
using newskg::Ontology;

TEST_CASE("Ontology reads predicates with their types and symmetry", "[core][ontology]")
{
  std::istringstream tsv("# header\n"
                         "met\t043\tyes\tPerson,Organization\tPerson,Organization\tmet\tالتقى\n"
                         "part-of\t-\tno\tLocation\tCountry\tpart of\tجزء من\n");

  const auto ontology = Ontology::parse(tsv, "p.tsv");

  REQUIRE(ontology.predicates().size() == 2);
  const auto* met = ontology.find("met");
  REQUIRE(met != nullptr);
  CHECK(met->symmetric);
  CHECK(met->cameo == "043");
  CHECK(met->allows_subject(EntityType::organization));
  CHECK_FALSE(met->allows_object(EntityType::country));
  CHECK(ontology.find("part-of")->cameo.empty());
  CHECK(ontology.find("visited") == nullptr);
}

TEST_CASE("Ontology reports the file and line of a bad entry", "[core][ontology][error]")
{
  SECTION("missing field")
  {
    std::istringstream tsv("met\t043\tyes\n");
    REQUIRE_THROWS_WITH(Ontology::parse(tsv, "bad.tsv"),
                        Catch::StartsWith("bad.tsv:1: expected 7"));
  }
  SECTION("type outside the contract")
  {
    std::istringstream tsv("# h\nmet\t043\tyes\tHuman\tPerson\tmet\tالتقى\n");
    REQUIRE_THROWS_WITH(Ontology::parse(tsv, "bad.tsv"),
                        Catch::StartsWith("bad.tsv:2: unknown entity type"));
  }
  SECTION("symmetry neither yes nor no")
  {
    std::istringstream tsv("met\t043\tmaybe\tPerson\tPerson\tmet\tالتقى\n");
    REQUIRE_THROWS_AS(Ontology::parse(tsv, "bad.tsv"), newskg::DataError);
  }
}

TEST_CASE("Predicate names map to each ecosystem's habit", "[core][ontology]")
{
  CHECK(newskg::upper_snake("co-chaired-by") == "CO_CHAIRED_BY");
  CHECK(newskg::lower_camel("co-chaired-by") == "coChairedBy");
  CHECK(newskg::lower_camel("met") == "met");
}

TEST_CASE("The shipped ontology holds every predicate of the contract", "[core][ontology][data]")
{
  const auto ontology = Ontology::load(NEWSKG_SOURCE_DIR "/data/ontology/predicates.tsv");

  for (const auto* name :
       {"announced",       "called-on",     "agreed-with", "met",        "called",     "visited",
        "negotiated-with", "informed",      "praised",     "supports",   "demanded",   "criticized",
        "accused",         "rejected",      "warned",      "sanctioned", "attacked",   "captured",
        "holds-position",  "co-chaired-by", "member-of",   "part-of",    "located-in", "borders"}) {
    CHECK(ontology.find(name) != nullptr);
  }
  CHECK(ontology.find("called")->symmetric);
  CHECK_FALSE(ontology.find("called-on")->symmetric);
}
