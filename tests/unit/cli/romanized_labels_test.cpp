#include "cli/romanized_labels.hpp"

#include "support/extraction.hpp"

#include <catch2/catch.hpp>

using newskg::Entity;
using newskg::EntityType;
using newskg::Extraction;

namespace {

Entity entity(std::string id, std::map<std::string, std::string> labels)
{
  const auto english = labels.find("en");
  return Entity{.id = std::move(id),
                .type = EntityType::person,
                .label = english != labels.end() ? english->second : labels.begin()->second,
                .labels = std::move(labels)};
}

} // namespace

TEST_CASE("Only a romanization of an entity the gazetteer does not know moves to ar-Latn",
          "[cli][unit][arabic]")
{
  Extraction arabic{.doc = "a", .lang = "ar"};
  arabic.entities = {
    // data/ar/romanize.txt: "زوران زئيف" => "Zuran Zif".
    entity("x:person:zaev", {{"ar", "زوران زئيف"}, {"en", "Zuran Zif"}}),
    // The gazetteer's English name stays English.
    entity("wd:Q7747", {{"ar", "فلاديمير بوتين"}, {"en", "Vladimir Putin"}}),
    // An English label that is no romanization of the Arabic one stays.
    entity("x:person:other", {{"ar", "زوران زئيف"}, {"en", "Zoran Zaev"}}),
    entity("x:organization:ministry",
           {{"ar", "وزارة خارجية زئيف"}, {"en", "Foreign Ministry of Zuran Zif"}}),
    // Nothing to move.
    entity("x:person:arabic-only", {{"ar", "زوران"}}),
  };
  auto english = arabic;
  english.lang = "en";

  auto tagged = arabic;
  newskg::cli::tag_romanizations(tagged, newskg::test::shipped_resources());
  newskg::cli::tag_romanizations(english, newskg::test::shipped_resources());

  CHECK(tagged.entities[0].labels
        == std::map<std::string, std::string>{{"ar", "زوران زئيف"}, {"ar-Latn", "Zuran Zif"}});
  CHECK(tagged.entities[0].label == "Zuran Zif");
  for (std::size_t i = 1; i < arabic.entities.size(); ++i) {
    CHECK(tagged.entities[i] == arabic.entities[i]);
  }
  // In an English article, an English label is a name read, never a romanization.
  english.lang = "ar";
  CHECK(english == arabic);
}
