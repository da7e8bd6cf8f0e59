#include "cache/writer_lock.hpp"

#include "core/error.hpp"

#include "unit/cache/cache_fixture.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>

using newskg::cache::WriterLock;
using newskg::test::TempDir;

TEST_CASE("WriterLock lets one writer in and names the cache to the next", "[cache][unit][error]")
{
  TempDir dir;
  std::optional<WriterLock> first;
  first.emplace(dir.db());

  // flock: a second open file description conflicts even in one process.
  CHECK_THROWS_AS(WriterLock(dir.db()), newskg::InputError);
  CHECK_THROWS_WITH(WriterLock(dir.db()),
                    Catch::StartsWith(dir.db().string() + ": another newskg process"));

  first.reset();
  CHECK_NOTHROW(WriterLock(dir.db()));
}

TEST_CASE("WriterLock names the lock file it cannot create", "[cache][unit][error]")
{
  TempDir dir;

  CHECK_THROWS_WITH(WriterLock(dir.path() / "no-such-dir" / "x.db"),
                    Catch::Contains("no-such-dir/x.db.lock: "));
}

TEST_CASE("WriterLock is one lock for every name of the cache", "[cache][unit][error]")
{
  TempDir dir;
  {
    std::ofstream(dir.db()) << "";
  }
  const auto link = dir.path() / "link.db";
  std::filesystem::create_symlink(dir.db(), link);
  std::optional<WriterLock> first;
  first.emplace(dir.db());

  // A second writer through a symbolic link is refused too.
  CHECK_THROWS_WITH(WriterLock(link),
                    Catch::StartsWith(link.string() + ": another newskg process"));

  first.reset();
  CHECK_NOTHROW(WriterLock(link));
}
