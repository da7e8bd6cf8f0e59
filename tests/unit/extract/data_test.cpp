// The shipped data itself: it loads, and its rules and names are consistent.
#include "extract/extractor.hpp"

#include "support/extraction.hpp"

#include <catch2/catch.hpp>

using newskg::test::shipped_resources;

TEST_CASE("The shipped data loads with a stable fingerprint", "[extract][data]")
{
  const auto& resources = shipped_resources();
  const auto again = newskg::extract::Resources::load(NEWSKG_SOURCE_DIR "/data");

  CHECK(resources.fingerprint().size() == 16);
  CHECK(resources.fingerprint() == again.fingerprint());
  CHECK(resources.ontology().find("met") != nullptr);
}

TEST_CASE("Names resolve in every language the gazetteer knows", "[extract][data]")
{
  const auto& resources = shipped_resources();

  CHECK(resources.ids_for_name("Putin") == std::vector<std::string>{"wd:Q7747"});
  CHECK(resources.ids_for_name("بوتين") == std::vector<std::string>{"wd:Q7747"});
  CHECK(resources.ids_for_name("فلاديمير بوتين") == std::vector<std::string>{"wd:Q7747"});
  CHECK(resources.ids_for_name("no such person anywhere").empty());
  CHECK_FALSE(resources.aliases_of("wd:Q7747").empty());
}

TEST_CASE("A missing data directory is a data error naming it", "[extract][data][error]")
{
  REQUIRE_THROWS_WITH(newskg::extract::Resources::load("/nonexistent/data"),
                      Catch::Contains("/nonexistent/data"));
}
