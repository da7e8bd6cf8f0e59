#include "cache/cache.hpp"
#include "core/error.hpp"

#include "unit/cache/cache_fixture.hpp"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <stdexcept>

using newskg::Extraction;
using newskg::cache::Access;
using newskg::cache::Batch;
using newskg::cache::BatchLimits;
using newskg::cache::Cache;
using newskg::test::dump_cache;
using newskg::test::TempDir;

namespace {

std::size_t stored_documents(const std::filesystem::path& path)
{
  SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
  return static_cast<std::size_t>(db.execAndGet("SELECT count(*) FROM documents").getInt64());
}

// The Arabic document without Macron (and so without the call).
Extraction arabic_without_macron()
{
  auto arabic = newskg::test::arabic_extraction();
  arabic.entities.erase(arabic.entities.begin() + 5);
  arabic.entities.erase(arabic.entities.begin() + 1);
  arabic.relations.erase(arabic.relations.begin() + 2);
  arabic.relations.erase(arabic.relations.begin());
  return arabic;
}

// Stores, replaces and removes documents: Macron's entity is collected when
// the Arabic document drops him, then comes back with it; Putin is shared.
void edit(Cache& cache)
{
  const auto arabic = newskg::test::arabic_extraction();
  const auto english = newskg::test::english_extraction();
  newskg::test::store(cache, arabic);
  newskg::test::store(cache, english);
  const auto without = arabic_without_macron();
  cache.store(newskg::test::record_of(without, "h2"), without, newskg::test::aliases_of(without));
  cache.remove("moscow-en");
  newskg::test::store(cache, arabic);
  newskg::test::store(cache, english);
}

} // namespace

TEST_CASE("Cache Batch leaves what one transaction per document leaves", "[cache][unit][batch]")
{
  TempDir single;
  TempDir batched;
  TempDir small_batches;
  {
    Cache cache(single.db(), Access::read_write);
    edit(cache);
  }
  {
    Cache cache(batched.db(), Access::read_write);
    Batch batch(cache);
    edit(cache);
    batch.commit();
  }
  {
    Cache cache(small_batches.db(), Access::read_write);
    Batch batch(cache, BatchLimits{.documents = 2});
    edit(cache);
    batch.commit();
  }

  const auto expected = dump_cache(single.db());
  CHECK(dump_cache(batched.db()) == expected);
  CHECK(dump_cache(small_batches.db()) == expected);
  CHECK(newskg::test::integrity(batched.db()) == "ok");
  CHECK(newskg::test::integrity(small_batches.db()) == "ok");
}

TEST_CASE("Cache Batch commits at its document limit and at commit()", "[cache][unit][batch]")
{
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  Batch batch(cache, BatchLimits{.documents = 2, .time = std::chrono::hours(1)});

  newskg::test::store(cache, newskg::test::arabic_extraction());
  // The writer sees its own documents; another connection only committed ones.
  CHECK(cache.document_ids().size() == 1);
  CHECK(stored_documents(dir.db()) == 0);

  newskg::test::store(cache, newskg::test::english_extraction());
  CHECK(stored_documents(dir.db()) == 2);

  CHECK(cache.remove("moscow-en"));
  CHECK(stored_documents(dir.db()) == 2);
  batch.commit();
  CHECK(stored_documents(dir.db()) == 1);
}

TEST_CASE("Cache Batch without commit() leaves the cache as it was, as a kill would",
          "[cache][unit][batch]")
{
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  newskg::test::store(cache, newskg::test::english_extraction());
  const auto before = dump_cache(dir.db());
  {
    Batch batch(cache);
    newskg::test::store(cache, newskg::test::arabic_extraction());
    CHECK(cache.remove("moscow-en"));
  }
  CHECK(dump_cache(dir.db()) == before);
  CHECK(cache.document_ids() == std::vector<std::string>{"moscow-en"});
  CHECK(newskg::test::integrity(dir.db()) == "ok");
}

TEST_CASE("Cache Batch keeps the other documents when one is refused", "[cache][unit][batch]")
{
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  Batch batch(cache);
  newskg::test::store(cache, newskg::test::arabic_extraction());
  auto broken = newskg::test::english_extraction();
  broken.relations[0].object = "wd:nobody";
  CHECK_THROWS_AS(newskg::test::store(cache, broken), newskg::InputError);
  newskg::test::store(cache, newskg::test::english_extraction());
  batch.commit();

  CHECK(cache.document_ids() == std::vector<std::string>{"karabakh-ar", "moscow-en"});
  CHECK(newskg::test::integrity(dir.db()) == "ok");
}

TEST_CASE("Cache takes one Batch at a time", "[cache][unit][batch]")
{
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  const Batch batch(cache);
  CHECK_THROWS_AS(Batch(cache), std::logic_error);
}

TEST_CASE("Cache Batch indexes for search the version of each document that stays",
          "[cache][unit][batch]")
{
  // The search rows of a batch are inserted at its commit: a document stored
  // twice is indexed once, and one whose second version SQLite refuses keeps
  // the rows of its first.
  TempDir reference;
  {
    Cache cache(reference.db(), Access::read_write);
    newskg::test::store(cache, newskg::test::arabic_extraction());
    newskg::test::store(cache, newskg::test::english_extraction());
  }
  TempDir dir;
  Cache cache(dir.db(), Access::read_write);
  {
    SQLite::Database db(dir.db().string(), SQLite::OPEN_READWRITE);
    db.exec("CREATE TRIGGER refuse AFTER INSERT ON relations WHEN NEW.confidence = 0.125"
            " BEGIN SELECT RAISE(ABORT, 'refused'); END");
  }
  auto refused = newskg::test::arabic_extraction();
  refused.relations.back().confidence = 0.125;
  refused.relations.back().evidence.text = "a sentence never stored";

  Batch batch(cache);
  newskg::test::store(cache, newskg::test::arabic_extraction());
  CHECK_THROWS_AS(newskg::test::store(cache, refused), newskg::OutputError);
  newskg::test::store(cache, newskg::test::english_extraction());
  newskg::test::store(cache, newskg::test::english_extraction());
  batch.commit();

  CHECK(dump_cache(dir.db()) == dump_cache(reference.db()));
  CHECK(newskg::test::integrity(dir.db()) == "ok");
}

TEST_CASE("Cache writes whole rows after another connection removed them", "[cache][unit][batch]")
{
  // The writer skips the entities and aliases it knows stored and keeps
  // entity merges across commits: a removal by another connection (which
  // collects the entities with their aliases) must make it forget them.
  const auto arabic = newskg::test::arabic_extraction();
  const auto english = newskg::test::english_extraction();
  TempDir shared;
  TempDir reference;
  {
    Cache writer(shared.db(), Access::read_write);
    Cache other(shared.db(), Access::read_write);
    Batch batch(writer, BatchLimits{.documents = 1});
    newskg::test::store(writer, arabic);
    newskg::test::store(writer, english);
    CHECK(other.remove(arabic.doc));
    CHECK(other.remove(english.doc));
    newskg::test::store(writer, english);
    newskg::test::store(writer, arabic);
    batch.commit();
  }
  {
    Cache cache(reference.db(), Access::read_write);
    newskg::test::store(cache, arabic);
    newskg::test::store(cache, english);
  }
  CHECK(dump_cache(shared.db()) == dump_cache(reference.db()));
  CHECK(newskg::test::integrity(shared.db()) == "ok");
}
