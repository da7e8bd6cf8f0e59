#include "cache/cache.hpp"
#include "core/error.hpp"

#include "unit/cache/cache_fixture.hpp"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

using newskg::Extraction;
using newskg::cache::Access;
using newskg::cache::Cache;
using newskg::cache::Counts;
using newskg::test::dump_cache;
using newskg::test::TempDir;

namespace {

std::vector<Extraction> all_extractions(const Cache& cache)
{
  std::vector<Extraction> out;
  cache.for_each_extraction([&](const Extraction& x) { out.push_back(x); });
  return out;
}

} // namespace

TEST_CASE("Cache gives back each stored extraction unchanged, in document id order",
          "[cache][unit][arabic]")
{
  TempDir dir;
  const auto arabic = newskg::test::arabic_extraction();
  const auto english = newskg::test::english_extraction();
  Cache cache(dir.db(), Access::read_write);

  newskg::test::store(cache, english);
  newskg::test::store(cache, arabic);
  const auto back = all_extractions(cache);

  REQUIRE(back.size() == 2);
  CHECK(back[0] == arabic); // "karabakh-ar" < "moscow-en"
  CHECK(back[1] == english);
  // Putin keeps each document's own labels, though the entity row is shared.
  CHECK(back[0].entities[0].labels.at("ar") == "فلاديمير بوتين");
  CHECK(back[1].entities[0].labels.size() == 1);
  CHECK(back[0].entities[5].predicate == "captured");
  CHECK(back[0].relations[1].attributes.at("role") == "president");
  CHECK(cache.document_ids() == std::vector<std::string>{"karabakh-ar", "moscow-en"});
}

TEST_CASE("Cache reopened read-only gives back the same extractions", "[cache][unit]")
{
  TempDir dir;
  const auto arabic = newskg::test::arabic_extraction();
  {
    Cache cache(dir.db(), Access::read_write);
    newskg::test::store(cache, arabic);
  }

  const Cache cache(dir.db(), Access::read_only);

  REQUIRE(all_extractions(cache) == std::vector<Extraction>{arabic});
  CHECK(cache.counts().documents == 1);
}

TEST_CASE("Cache storing the same document twice leaves identical rows", "[cache][unit]")
{
  TempDir dir;
  const auto arabic = newskg::test::arabic_extraction();
  const auto english = newskg::test::english_extraction();
  Cache cache(dir.db(), Access::read_write);
  newskg::test::store(cache, arabic);
  newskg::test::store(cache, english);
  const auto counts = cache.counts();
  const auto before = dump_cache(dir.db());

  newskg::test::store(cache, arabic);
  newskg::test::store(cache, english);

  CHECK(cache.counts() == counts);
  CHECK(dump_cache(dir.db()) == before);
  CHECK(counts
        == Counts{.documents = 2,
                  .entities = 7,
                  .aliases = 8,
                  .mentions = 8,
                  .relations = 5,
                  .evidence = 5,
                  .document_entities = 8});
  CHECK(newskg::test::integrity(dir.db()) == "ok");
}

TEST_CASE("Cache content does not depend on the order documents were stored in", "[cache][unit]")
{
  TempDir first;
  TempDir second;
  const auto arabic = newskg::test::arabic_extraction();
  const auto english = newskg::test::english_extraction();

  {
    Cache cache(first.db(), Access::read_write);
    newskg::test::store(cache, arabic);
    newskg::test::store(cache, english);
  }
  {
    Cache cache(second.db(), Access::read_write);
    newskg::test::store(cache, english);
    newskg::test::store(cache, arabic);
  }

  CHECK(dump_cache(first.db()) == dump_cache(second.db()));
}

TEST_CASE("Cache replacing a document with a changed extraction removes the old rows",
          "[cache][unit]")
{
  TempDir dir;
  auto arabic = newskg::test::arabic_extraction();
  Cache cache(dir.db(), Access::read_write);
  newskg::test::store(cache, arabic);
  newskg::test::store(cache, newskg::test::english_extraction());

  // The new version drops Macron (and the call) and the Event.
  arabic.entities.erase(arabic.entities.begin() + 5);
  arabic.entities.erase(arabic.entities.begin() + 1);
  arabic.relations.erase(arabic.relations.begin() + 2);
  arabic.relations.erase(arabic.relations.begin());
  cache.store(newskg::test::record_of(arabic, "h2"), arabic, newskg::test::aliases_of(arabic));

  const auto back = all_extractions(cache);
  REQUIRE(back.size() == 2);
  CHECK(back[0] == arabic);
  CHECK(cache.counts()
        == Counts{.documents = 2,
                  .entities = 5,
                  .aliases = 7,
                  .mentions = 7,
                  .relations = 3,
                  .evidence = 3,
                  .document_entities = 6});
  CHECK(cache.entity_ids_by_key("إيمانويل ماكرون").empty());
  CHECK(cache.state(newskg::test::record_of(arabic, "h2")) == newskg::cache::Stored::current);
  CHECK(newskg::test::integrity(dir.db()) == "ok");
}

TEST_CASE("Cache remove cascades and collects entities no document uses", "[cache][unit]")
{
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  newskg::test::store(cache, newskg::test::arabic_extraction());
  newskg::test::store(cache, newskg::test::english_extraction());

  CHECK(cache.remove("karabakh-ar"));
  CHECK_FALSE(cache.remove("karabakh-ar"));

  CHECK(cache.document_ids() == std::vector<std::string>{"moscow-en"});
  CHECK(all_extractions(cache) == std::vector<Extraction>{newskg::test::english_extraction()});
  // Putin stays (the English document names him) with his Arabic aliases;
  // Macron, Aliyev and the Event are gone.
  CHECK(cache.counts()
        == Counts{.documents = 1,
                  .entities = 2,
                  .aliases = 4,
                  .mentions = 2,
                  .relations = 1,
                  .evidence = 1,
                  .document_entities = 2});
  CHECK(cache.entity_ids_by_key("بوتين") == std::vector<std::string>{"wd:Q7747"});
  CHECK(cache.entity_ids_by_key("إلهام علييف").empty());
  CHECK(newskg::test::integrity(dir.db()) == "ok");

  CHECK(cache.remove("moscow-en"));
  CHECK(cache.counts() == Counts{});
  CHECK(newskg::test::integrity(dir.db()) == "ok");
}

TEST_CASE("Cache state tells absent, current and stale documents apart", "[cache][unit]")
{
  using newskg::cache::Stored;
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  const auto english = newskg::test::english_extraction();
  newskg::test::store(cache, english);
  const auto stored = newskg::test::record_of(english); // hash h1, fingerprint f1
  // `stored` with one field changed.
  const auto changed = [&](std::string newskg::cache::DocumentRecord::*field, std::string value) {
    auto record = stored;
    record.*field = std::move(value);
    return cache.state(record);
  };

  CHECK(cache.state(stored) == Stored::current);
  CHECK(changed(&newskg::cache::DocumentRecord::content_hash, "h2") == Stored::stale);
  CHECK(changed(&newskg::cache::DocumentRecord::fingerprint, "f1 newskg/0.2.0") == Stored::stale);
  // Issue 12: the same text with a new title, date or url kept the old ones.
  CHECK(changed(&newskg::cache::DocumentRecord::title, "Putin calls Macron") == Stored::stale);
  CHECK(changed(&newskg::cache::DocumentRecord::date, "2020-10-11") == Stored::stale);
  CHECK(changed(&newskg::cache::DocumentRecord::url, "https://example.org/b") == Stored::stale);
  // Where the document was read from is not part of it.
  CHECK(changed(&newskg::cache::DocumentRecord::source, "elsewhere.jsonl:7") == Stored::current);
  CHECK(changed(&newskg::cache::DocumentRecord::id, "karabakh-ar") == Stored::absent);
  REQUIRE(cache.remove("moscow-en"));
  CHECK(cache.state(stored) == Stored::absent);
}

TEST_CASE("Cache entity_ids_by_key gives distinct sorted ids", "[cache][unit][arabic]")
{
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  auto english = newskg::test::english_extraction();
  // Two entities share the key "putin"; one alias text is given twice.
  auto aliases = newskg::test::aliases_of(english);
  aliases.push_back({.entity_id = "wd:Q7747", .text = "Putin", .key = "putin"});
  aliases.push_back({.entity_id = "wd:Q7747", .text = "PUTIN", .key = "putin"});
  aliases.push_back({.entity_id = "wd:Q7391292", .text = "Putin?", .key = "putin"});
  aliases.push_back({.entity_id = "wd:Q7747", .text = "Putin", .key = "putin"});

  cache.store(newskg::test::record_of(english), english, aliases);

  CHECK(cache.entity_ids_by_key("putin") == std::vector<std::string>{"wd:Q7391292", "wd:Q7747"});
  CHECK(cache.entity_ids_by_key("nobody").empty());
  CHECK(cache.counts().aliases == 5);
}

TEST_CASE("Cache refuses an extraction that breaks the contract, storing nothing",
          "[cache][unit][error]")
{
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  auto english = newskg::test::english_extraction();
  const auto record = newskg::test::record_of(english);

  SECTION("relation endpoint outside the document's entities")
  {
    english.relations[0].object = "wd:Q1";
    REQUIRE_THROWS_WITH(cache.store(record, english, {}),
                        Catch::StartsWith("moscow-en: relation 0: object 'wd:Q1'"));
  }
  SECTION("entity listed twice")
  {
    english.entities.push_back(english.entities[0]);
    REQUIRE_THROWS_AS(cache.store(record, english, {}), newskg::InputError);
  }
  SECTION("alias of an unknown entity")
  {
    REQUIRE_THROWS_WITH(
      cache.store(record, english, {{.entity_id = "wd:Q1", .text = "x", .key = "x"}}),
      Catch::Contains("wd:Q1"));
  }
  SECTION("record of another document")
  {
    auto other = record;
    other.id = "other";
    REQUIRE_THROWS_WITH(cache.store(other, english, {}), Catch::StartsWith("other: "));
  }
  SECTION("record metadata differs from the extraction's")
  {
    auto other = record;
    other.lang = "ar";
    REQUIRE_THROWS_WITH(cache.store(other, english, {}), Catch::Contains("lang"));
  }
  CHECK(cache.counts() == Counts{});
}

TEST_CASE("Cache reports SQLite's errors naming the file, as output errors when writing",
          "[cache][unit][error]")
{
  // Issue 12: a failed write ("database or disk is full") left the cache as
  // std::runtime_error without the file, which build printed as "internal error".
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  newskg::test::store(cache, newskg::test::english_extraction());
  {
    SQLite::Database db(dir.db().string(), SQLite::OPEN_READWRITE);
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON documents"
            " BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
  }
  const auto expected = dir.db().string() + ": disk says no";

  SECTION("one document")
  {
    REQUIRE_THROWS_AS(newskg::test::store(cache, newskg::test::arabic_extraction()),
                      newskg::OutputError);
    REQUIRE_THROWS_WITH(newskg::test::store(cache, newskg::test::arabic_extraction()), expected);
  }
  SECTION("in a batch")
  {
    newskg::cache::Batch batch(cache);
    REQUIRE_THROWS_AS(newskg::test::store(cache, newskg::test::arabic_extraction()),
                      newskg::OutputError);
    REQUIRE_THROWS_WITH(newskg::test::store(cache, newskg::test::arabic_extraction()), expected);
  }
  CHECK(cache.document_ids() == std::vector<std::string>{"moscow-en"});
}
