#include "cache/cache.hpp"

#include "unit/cache/cache_fixture.hpp"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using newskg::cache::Access;
using newskg::cache::Cache;
using newskg::test::TempDir;

namespace {

// The ```sql blocks of docs/cache.md, each one query.
std::vector<std::string> sql_blocks(const std::filesystem::path& markdown)
{
  std::ifstream in(markdown);
  std::vector<std::string> blocks;
  std::string line;
  bool inside = false;
  while (std::getline(in, line)) {
    if (!inside && line == "```sql") {
      inside = true;
      blocks.emplace_back();
    } else if (inside && line == "```") {
      inside = false;
    } else if (inside) {
      blocks.back() += line + "\n";
    }
  }
  return blocks;
}

} // namespace

// Whether each finds rows is checked on the cache of samples/ that the page
// builds (tests/e2e/docs_queries.sh): the page names samples/' ids and dates.
TEST_CASE("Cache docs: every example query runs on the schema", "[cache][unit]")
{
  TempDir dir;
  {
    Cache cache(dir.db(), Access::read_write);
    newskg::test::store(cache, newskg::test::arabic_extraction());
    newskg::test::store(cache, newskg::test::english_extraction());
  }
  const auto blocks = sql_blocks(std::filesystem::path(NEWSKG_SOURCE_DIR) / "docs" / "cache.md");
  SQLite::Database db(dir.db().string(), SQLite::OPEN_READONLY);

  REQUIRE(blocks.size() >= 12);
  for (const auto& sql : blocks) {
    INFO(sql);
    SQLite::Statement query(db, sql);
    CHECK_NOTHROW(query.executeStep());
  }
}
