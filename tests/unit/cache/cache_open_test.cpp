#include "cache/cache.hpp"
#include "core/error.hpp"

#include "unit/cache/cache_fixture.hpp"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <fstream>

using newskg::InputError;
using newskg::cache::Access;
using newskg::cache::Cache;
using newskg::cache::Counts;
using newskg::test::TempDir;

namespace {

// The message of the InputError that opening `path` throws, or "no error".
std::string open_error(const std::filesystem::path& path, Access access)
{
  try {
    const Cache cache(path, access);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

} // namespace

TEST_CASE("Cache read_write creates the file with schema version 2 in WAL mode", "[cache][unit]")
{
  TempDir dir;

  const Cache cache(dir.db(), Access::read_write);

  REQUIRE(std::filesystem::exists(dir.db()));
  CHECK(cache.counts() == Counts{});
  SQLite::Database db(dir.db().string(), SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == 2);
  CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(newskg::test::integrity(dir.db()) == "ok");
}

TEST_CASE("Cache read_only on a missing file names the file", "[cache][unit][error]")
{
  TempDir dir;
  const auto missing = dir.path() / "missing.db";

  REQUIRE_THROWS_AS(Cache(missing, Access::read_only), InputError);
  REQUIRE_THROWS_WITH(Cache(missing, Access::read_only),
                      missing.string() + ": no such cache; run newskg build first");
  CHECK_FALSE(std::filesystem::exists(missing));
}

TEST_CASE("Cache refuses another schema version, naming the file and both versions",
          "[cache][unit][error]")
{
  TempDir dir;
  {
    SQLite::Database db(dir.db().string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE documents (id TEXT); PRAGMA user_version = 7");
  }
  const auto expected = dir.db().string()
                        + ": cache schema version 7, but this newskg reads version 2;"
                          " rebuild it with newskg build";

  CHECK(open_error(dir.db(), Access::read_only) == expected);
  CHECK(open_error(dir.db(), Access::read_write) == expected);
}

TEST_CASE("Cache refuses files that are not newskg caches", "[cache][unit][error]")
{
  TempDir dir;

  SECTION("another program's database")
  {
    {
      SQLite::Database db(dir.db().string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      db.exec("CREATE TABLE notes (text TEXT)");
    }
    REQUIRE_THROWS_WITH(Cache(dir.db(), Access::read_write),
                        Catch::StartsWith(dir.db().string() + ": not a newskg cache"));
    CHECK(open_error(dir.db(), Access::read_only)
          == dir.db().string() + ": not a newskg cache (it has tables but no schema version)");
  }
  SECTION("another program's database with the same user_version")
  {
    // Issue 12: export read it as an empty cache and exited 0.
    {
      SQLite::Database db(dir.db().string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      db.exec("CREATE TABLE documents (id TEXT); CREATE TABLE relations (id INTEGER);"
              " PRAGMA user_version = 2");
    }
    const auto expected =
      dir.db().string() + ": not a newskg cache (it has no column aliases.entity_id)";
    CHECK(open_error(dir.db(), Access::read_only) == expected);
    CHECK(open_error(dir.db(), Access::read_write) == expected);
  }
  SECTION("a cache with a table missing")
  {
    {
      const Cache cache(dir.db(), Access::read_write);
    }
    {
      SQLite::Database db(dir.db().string(), SQLite::OPEN_READWRITE);
      db.exec("DROP TABLE evidence");
    }
    CHECK(open_error(dir.db(), Access::read_only)
          == dir.db().string() + ": not a newskg cache (it has no column evidence.end)");
  }
  SECTION("a text file")
  {
    std::ofstream(dir.db()) << "this is not a database, just some text that is long enough\n";
    REQUIRE_THROWS_AS(Cache(dir.db(), Access::read_only), InputError);
    REQUIRE_THROWS_WITH(Cache(dir.db(), Access::read_write),
                        Catch::StartsWith(dir.db().string() + ": "));
  }
  SECTION("an empty file opened read-only")
  {
    const std::ofstream empty(dir.db());
    REQUIRE_THROWS_WITH(Cache(dir.db(), Access::read_only),
                        Catch::StartsWith(dir.db().string() + ": not a newskg cache"));
  }
}

TEST_CASE("Cache opens a second time on an existing cache and keeps its rows", "[cache][unit]")
{
  TempDir dir;
  {
    Cache cache(dir.db(), Access::read_write);
    newskg::test::store(cache, newskg::test::english_extraction());
  }

  Cache again(dir.db(), Access::read_write);
  const Cache reader(dir.db(), Access::read_only);

  CHECK(again.counts().documents == 1);
  CHECK(reader.counts().documents == 1);
  // A reader sees what a writer commits while both are open (WAL).
  newskg::test::store(again, newskg::test::arabic_extraction());
  CHECK(reader.counts().documents == 2);
}

TEST_CASE("Cache moves keep the connection", "[cache][unit]")
{
  TempDir dir;
  Cache first(dir.db(), Access::read_write);
  newskg::test::store(first, newskg::test::english_extraction());

  Cache second = std::move(first);

  CHECK(second.document_ids() == std::vector<std::string>{"moscow-en"});
}
