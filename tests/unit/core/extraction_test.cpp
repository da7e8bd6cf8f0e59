#include "core/extraction.hpp"

#include <catch2/catch.hpp>

using newskg::Entity;
using newskg::EntityType;
using newskg::Extraction;
using newskg::Relation;

TEST_CASE("keep_confident drops weak relations and the events only they named", "[core][unit]")
{
  Extraction extraction;
  extraction.entities = {Entity{.id = "a", .type = EntityType::person, .label = "A"},
                         Entity{.id = "b", .type = EntityType::country, .label = "B"},
                         Entity{.id = "ev:1", .type = EntityType::event, .label = "B captured C"},
                         Entity{.id = "ev:2", .type = EntityType::event, .label = "B attacked C"}};
  extraction.relations = {
    Relation{.subject = "a", .predicate = "met", .object = "b", .confidence = 0.9},
    Relation{.subject = "a", .predicate = "announced", .object = "ev:1", .confidence = 0.5},
    Relation{.subject = "a", .predicate = "announced", .object = "ev:2", .confidence = 0.7}};

  keep_confident(extraction, 0.7);

  REQUIRE(extraction.relations.size() == 2);
  CHECK(extraction.relations[0].predicate == "met");
  CHECK(extraction.relations[1].object == "ev:2");
  REQUIRE(extraction.entities.size() == 3); // a and b have mentions of their own to keep
  CHECK(extraction.entities[2].id == "ev:2");
}
