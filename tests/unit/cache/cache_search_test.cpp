#include "cache/cache.hpp"
#include "core/error.hpp"

#include "unit/cache/cache_fixture.hpp"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

using newskg::cache::Access;
using newskg::cache::Cache;
using newskg::cache::EntityFilter;
using newskg::cache::QueryFilter;
using newskg::test::TempDir;

namespace {

std::vector<std::string> docs_of(const Cache& cache, const QueryFilter& filter)
{
  std::vector<std::string> out;
  for (const auto& row : cache.query(filter)) {
    out.push_back(row.doc + ":" + row.predicate);
  }
  return out;
}

std::size_t search_rows(const std::filesystem::path& db)
{
  SQLite::Database file(db.string(), SQLite::OPEN_READONLY);
  return static_cast<std::size_t>(file.execAndGet("SELECT count(*) FROM evidence_text").getInt64());
}

} // namespace

TEST_CASE("Cache query filters by document date and by search key", "[cache][unit][arabic]")
{
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  auto english = newskg::test::english_extraction();
  english.date = "2020-11-02";
  cache.store(newskg::test::record_of(english), english, newskg::test::aliases_of(english));
  const auto arabic = newskg::test::arabic_extraction(); // dated 2020-10-10
  // Keys as extract::match_key gives them: hamza and ta marbuta folded.
  const std::vector<std::string> keys{"اتصالا هاتفيا", "اعلن الرييس الاذربيجاني", "اعلن", "quote"};
  cache.store(newskg::test::record_of(arabic), arabic, newskg::test::aliases_of(arabic), keys);

  struct Row
  {
    const char* name;
    QueryFilter filter;
    std::vector<std::string> expected;
  };
  const std::vector<Row> rows{
    {"since a day", {.since = "2020-11-01"}, {"moscow-en:met"}},
    {"until a month, inclusive",
     {.until = "2020-10"},
     {"karabakh-ar:captured",
      "karabakh-ar:called",
      "karabakh-ar:announced",
      "karabakh-ar:holds-position"}},
    {"a closed range with nothing", {.since = "2020-10-11", .until = "2020-10-31"}, {}},
    {"an Arabic key", {.text_keys = {"الرييس"}}, {"karabakh-ar:holds-position"}},
    {"two keys, both needed", {.text_keys = {"هاتفيا", "اتصالا"}}, {"karabakh-ar:called"}},
    {"a substring behind a clitic", {.text_keys = {"تصالا"}}, {"karabakh-ar:called"}},
    {"the raw text when no keys were given", {.text_keys = {"pashinyan"}}, {"moscow-en:met"}},
    {"LIKE wildcards taken literally", {.text_keys = {"%%%"}}, {}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(docs_of(cache, row.filter) == row.expected);
  }
  CHECK(cache.query({.since = "2020-11-01"}).front().date == "2020-11-02");
}

TEST_CASE("Cache keeps the search table in step with replaced and removed documents",
          "[cache][unit]")
{
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  const auto arabic = newskg::test::arabic_extraction();
  newskg::test::store(cache, arabic);
  newskg::test::store(cache, newskg::test::english_extraction());
  REQUIRE(search_rows(dir.db()) == 5);

  newskg::test::store(cache, arabic);
  CHECK(search_rows(dir.db()) == 5);
  REQUIRE(cache.remove("karabakh-ar"));
  CHECK(search_rows(dir.db()) == 1);
  CHECK_THROWS_AS(cache.store(newskg::test::record_of(arabic),
                              arabic,
                              newskg::test::aliases_of(arabic),
                              {"one key for four relations"}),
                  newskg::InputError);
  CHECK(search_rows(dir.db()) == 1);
}

TEST_CASE("Cache upgrades a version 1 cache by adding the search table", "[cache][unit]")
{
  TempDir dir;
  {
    Cache cache(dir.db(), Access::read_write);
    newskg::test::store(cache, newskg::test::english_extraction());
  }
  {
    SQLite::Database db(dir.db().string(), SQLite::OPEN_READWRITE);
    db.exec("DROP TRIGGER relations_delete_text; DROP TABLE evidence_text;"
            " PRAGMA user_version = 1");
  }

  const Cache cache(dir.db(), Access::read_write);

  CHECK(cache.query({.text_keys = {"pashinyan"}}).size() == 1);
  CHECK(newskg::test::integrity(dir.db()) == "ok");
}

TEST_CASE("Cache entities lists by type and by ids with their counts", "[cache][unit]")
{
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  newskg::test::store(cache, newskg::test::arabic_extraction());
  newskg::test::store(cache, newskg::test::english_extraction());

  const auto people = cache.entities(EntityFilter{.type = "Person"});
  const auto putin = cache.entities(EntityFilter{.by_ids = true, .ids = {"wd:Q7747"}});
  const auto none = cache.entities(EntityFilter{.by_ids = true, .ids = {}});

  REQUIRE(putin.size() == 1);
  CHECK(putin[0].type == "Person");
  CHECK(putin[0].documents == 2);
  CHECK(putin[0].relations == 2);
  CHECK(none.empty());
  CHECK(people.size() == 4);
  CHECK(cache.entity_ids_by_key_part("ashin") == std::vector<std::string>{"wd:Q7391292"});
}

TEST_CASE("Cache record and aliases_of_document give what merge copies", "[cache][unit]")
{
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  const auto english = newskg::test::english_extraction();
  newskg::test::store(cache, english);

  CHECK(cache.record("moscow-en") == newskg::test::record_of(english));
  CHECK(cache.record("nope").id.empty());
  CHECK(cache.aliases_of_document("moscow-en").size() == 2);
}

TEST_CASE("Cache entities name an entity as an English article wrote it, before a romanization",
          "[cache][unit][arabic]")
{
  // Zaev in an Arabic article (whose id sorts first) with the romanization
  // extraction gave, then in an English one; Rawa only in Arabic.
  newskg::Extraction arabic{.doc = "a-ar", .lang = "ar"};
  arabic.entities.push_back(newskg::Entity{.id = "x:person:zaev",
                                           .type = newskg::EntityType::person,
                                           .label = "Zuran Zif",
                                           .labels = {{"ar", "زوران زئيف"}, {"en", "Zuran Zif"}}});
  arabic.entities.push_back(newskg::Entity{.id = "x:location:rawa",
                                           .type = newskg::EntityType::location,
                                           .label = "Rawa",
                                           .labels = {{"ar", "راوة"}, {"en", "Rawa"}}});
  newskg::Extraction english{.doc = "b-en", .lang = "en"};
  english.entities.push_back(newskg::Entity{.id = "x:person:zaev",
                                            .type = newskg::EntityType::person,
                                            .label = "Zoran Zaev",
                                            .labels = {{"en", "Zoran Zaev"}}});
  for (const bool arabic_first : {true, false}) {
    TempDir dir;
    Cache cache(dir.db(), Access::read_write);
    newskg::test::store(cache, arabic_first ? arabic : english);
    newskg::test::store(cache, arabic_first ? english : arabic);

    const auto rows = cache.entities(EntityFilter{});

    REQUIRE(rows.size() == 2);
    CHECK(rows[0].id == "x:location:rawa");
    CHECK(rows[0].label_en == "Rawa");
    CHECK(rows[1].id == "x:person:zaev");
    CHECK(rows[1].label_en == "Zoran Zaev");
    CHECK(rows[1].label_ar == "زوران زئيف");
    // The English article removed: the romanization is all that is left.
    REQUIRE(cache.remove("b-en"));
    CHECK(cache.entities(EntityFilter{.by_ids = true, .ids = {"x:person:zaev"}})[0].label_en
          == "Zuran Zif");
  }
}
