#include "cache/cache.hpp"

#include "unit/cache/cache_fixture.hpp"

#include <catch2/catch.hpp>

using newskg::cache::Access;
using newskg::cache::Cache;
using newskg::cache::QueryFilter;
using newskg::cache::QueryRow;
using newskg::test::TempDir;

namespace {

constexpr const char* putin = "wd:Q7747";
constexpr const char* macron = "wd:Q3052772";
constexpr const char* aliyev = "wd:Q58209";
constexpr const char* azerbaijan = "wd:Q227";

// "subject predicate object" of each row, to compare whole results at once.
std::vector<std::string> triples(const std::vector<QueryRow>& rows)
{
  std::vector<std::string> out;
  out.reserve(rows.size());
  for (const auto& row : rows) {
    out.push_back(row.subject_id + " " + row.predicate + " " + row.object_id);
  }
  return out;
}

Cache filled(const TempDir& dir)
{
  Cache cache(dir.db(), Access::read_write);
  newskg::test::store(cache, newskg::test::arabic_extraction());
  newskg::test::store(cache, newskg::test::english_extraction());
  return cache;
}

} // namespace

TEST_CASE("Cache query without a filter gives every evidence row, sorted", "[cache][unit]")
{
  TempDir dir;
  const auto cache = filled(dir);

  const auto rows = cache.query(QueryFilter{});

  CHECK(triples(rows)
        == std::vector<std::string>{"wd:Q227 captured loc:zangilan",
                                    "wd:Q3052772 called wd:Q7747",
                                    "wd:Q58209 announced ev:capture-zangilan",
                                    "wd:Q58209 holds-position wd:Q227",
                                    "wd:Q7391292 met wd:Q7747"});
}

TEST_CASE("Cache query rows carry labels, attributes and evidence", "[cache][unit][arabic]")
{
  TempDir dir;
  const auto cache = filled(dir);

  const auto rows = cache.query(QueryFilter{.by_subject = true, .subject_ids = {aliyev}});

  REQUIRE(rows.size() == 2);
  const auto& position = rows[1];
  CHECK(position.subject_label == "Ilham Aliyev");
  CHECK(position.predicate == "holds-position");
  CHECK(position.object_label == "Azerbaijan");
  CHECK(position.attributes == std::map<std::string, std::string>{{"role", "president"}});
  CHECK(position.confidence == 0.8);
  CHECK(position.doc == "karabakh-ar");
  CHECK(position.sentence == 0);
  CHECK(position.span == newskg::Span{0, 61});
  CHECK(position.text == "أعلن الرئيس الأذربيجاني إلهام علييف سيطرة أذربيجان على زنغيلان");
  CHECK(rows[0].object_label == "capture of Zangilan");
}

TEST_CASE("Cache query labels fall back from English to Arabic", "[cache][unit][arabic]")
{
  TempDir dir;
  const auto cache = filled(dir);

  // Zangilan has only an Arabic label in the sample.
  const auto rows = cache.query(QueryFilter{.predicate = "captured"});

  REQUIRE(rows.size() == 1);
  CHECK(rows[0].object_label == "زنغيلان");
  CHECK(rows[0].text == "quote \" and \\ and\ttab");
  CHECK(rows[0].attributes.at("note") == "line\nbreak");
}

TEST_CASE("Cache query filters by subject, object and predicate", "[cache][unit]")
{
  TempDir dir;
  const auto cache = filled(dir);

  SECTION("by object")
  {
    const auto rows = cache.query(QueryFilter{.by_object = true, .object_ids = {putin}});
    CHECK(triples(rows)
          == std::vector<std::string>{"wd:Q3052772 called wd:Q7747", "wd:Q7391292 met wd:Q7747"});
  }
  SECTION("by object and predicate")
  {
    const auto rows =
      cache.query(QueryFilter{.by_object = true, .object_ids = {putin}, .predicate = "met"});
    CHECK(triples(rows) == std::vector<std::string>{"wd:Q7391292 met wd:Q7747"});
  }
  SECTION("by subject and object, several ids")
  {
    const auto rows = cache.query(QueryFilter{.by_subject = true,
                                              .subject_ids = {aliyev, azerbaijan},
                                              .by_object = true,
                                              .object_ids = {azerbaijan, "loc:zangilan"}});
    CHECK(triples(rows)
          == std::vector<std::string>{"wd:Q227 captured loc:zangilan",
                                      "wd:Q58209 holds-position wd:Q227"});
  }
  SECTION("an empty id list matches nothing")
  {
    CHECK(cache.query(QueryFilter{.by_subject = true}).empty());
  }
  SECTION("a predicate nobody used")
  {
    CHECK(cache.query(QueryFilter{.predicate = "sanctioned"}).empty());
  }
}

TEST_CASE("Cache query finds a symmetric relation stored the other way round only when asked",
          "[cache][unit]")
{
  TempDir dir;
  const auto cache = filled(dir);
  // Stored as "Macron called Putin"; the user asks about Putin.
  QueryFilter filter{.by_subject = true, .subject_ids = {putin}, .predicate = "called"};

  CHECK(cache.query(filter).empty());

  filter.either_direction = true;
  const auto rows = cache.query(filter);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].subject_id == macron); // returned as stored
  CHECK(rows[0].object_id == putin);

  SECTION("with both endpoints given in the other order")
  {
    filter.by_object = true;
    filter.object_ids = {macron};
    CHECK(cache.query(filter).size() == 1);
  }
  SECTION("with only the object given")
  {
    const auto by_object = cache.query(QueryFilter{
      .by_object = true, .object_ids = {macron}, .predicate = "called", .either_direction = true});
    CHECK(by_object.size() == 1);
  }
  SECTION("any predicate: every relation the entity takes part in")
  {
    const auto all = cache.query(
      QueryFilter{.by_subject = true, .subject_ids = {putin}, .either_direction = true});
    CHECK(triples(all)
          == std::vector<std::string>{"wd:Q3052772 called wd:Q7747", "wd:Q7391292 met wd:Q7747"});
  }
}

TEST_CASE("Cache query stops at the limit, keeping the sort order", "[cache][unit]")
{
  TempDir dir;
  const auto cache = filled(dir);

  const auto rows = cache.query(QueryFilter{.limit = 2});

  CHECK(
    triples(rows)
    == std::vector<std::string>{"wd:Q227 captured loc:zangilan", "wd:Q3052772 called wd:Q7747"});
}
