// Issue 9: what reading a built cache loads of the data directory
// (Resources::load_names, GazetteerIndex::names) finds every name as the whole
// load does.
#include "core/error.hpp"
#include "extract/extractor.hpp"
#include "extract/gazetteer.hpp"
#include "extract/resources_impl.hpp"

#include "support/extraction.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using newskg::extract::Gazetteer;
using newskg::extract::GazetteerIndex;
using newskg::extract::Resources;

namespace {

// Every demonym form of the shipped data/<lang>/demonyms.tsv.
std::vector<std::string> demonym_forms(const std::string& lang)
{
  std::ifstream in(NEWSKG_SOURCE_DIR "/data/" + lang + "/demonyms.tsv");
  std::vector<std::string> forms;
  for (std::string line; std::getline(in, line);) {
    const auto tab = line.find('\t');
    if (line.empty() || line.front() == '#' || tab == std::string::npos) {
      continue;
    }
    std::istringstream list(line.substr(tab + 1));
    for (std::string form; std::getline(list, form, '|');) {
      forms.push_back(form);
    }
  }
  return forms;
}

} // namespace

TEST_CASE("The names-only load finds every name as the whole load does", "[extract][data]")
{
  const auto& whole = newskg::test::shipped_resources();
  const auto names = Resources::load_names(NEWSKG_SOURCE_DIR "/data");

  const auto& entities = whole.impl().gazetteer.entities();
  REQUIRE(names.impl().gazetteer.entities().size() == entities.size());
  CHECK(names.ontology().predicates().size() == whole.ontology().predicates().size());
  std::vector<std::string> queries{"", " ", "!!", "-", "no such name", "Putin", "Russian"};
  for (const auto& entity : entities) {
    CHECK(names.aliases_of(entity.id) == whole.aliases_of(entity.id));
    queries.insert(queries.end(), entity.aliases.begin(), entity.aliases.end());
  }
  for (const auto* lang : {"ar", "en"}) {
    const auto forms = demonym_forms(lang);
    CHECK_FALSE(forms.empty());
    queries.insert(queries.end(), forms.begin(), forms.end());
  }
  std::size_t differ = 0;
  for (const auto& query : queries) {
    if (names.ids_for_name(query) != whole.ids_for_name(query)) {
      ++differ;
      INFO("name '" << query << "'");
      CHECK(names.ids_for_name(query) == whole.ids_for_name(query));
    }
  }
  CHECK(differ == 0);
  for (const std::string lang : {"ar", "en"}) {
    const auto* romanizer = names.impl().romanizer(lang);
    REQUIRE(romanizer != nullptr);
    CHECK(romanizer->romanize("زوران زاييف")
          == whole.impl().romanizer(lang)->romanize("زوران زاييف"));
  }
  CHECK(names.impl().romanizer("xx") == nullptr);
  CHECK_THROWS_AS(
    newskg::extract::extract({.id = "d", .lang = "en", .text = "Putin met Xi."}, names),
    newskg::InputError);
}

TEST_CASE("A names-only gazetteer files the keys of names without words too", "[extract][unit]")
{
  // "!!" has no letter, so its key is empty, but it is a token: the full
  // index files it under "", and so must the names-only one.
  const std::string tsv = "wd:Q1\tCountry\tRussia\tروسيا\t!!|  \t\n"
                          "wd:Q2\tPerson\tVladimir Putin\tفلاديمير بوتين\tPutin\t\n";
  for (const auto index : {GazetteerIndex::full, GazetteerIndex::names}) {
    Gazetteer gazetteer;
    gazetteer.set_index(index);
    std::istringstream in(tsv);
    gazetteer.parse_entities(in, "entities.tsv");
    std::istringstream demonyms("wd:Q1\tروسي|Russian\n");
    gazetteer.parse_demonyms(demonyms, "demonyms.tsv");

    CHECK(gazetteer.find_key("") == std::vector<std::size_t>{0});
    CHECK(gazetteer.find_key("russian") == std::vector<std::size_t>{0});
    CHECK(gazetteer.find_key("روسي") == std::vector<std::size_t>{0});
    CHECK(gazetteer.find_key("vladimir putin") == std::vector<std::size_t>{1});
    CHECK(gazetteer.find_id("wd:Q2") == std::optional<std::size_t>{1});
  }
}

TEST_CASE("The names-only load of a missing data directory is a data error naming it",
          "[extract][data][error]")
{
  REQUIRE_THROWS_WITH(Resources::load_names("/nonexistent/data"),
                      Catch::Contains("/nonexistent/data"));
  REQUIRE_THROWS_AS(Resources::load_names("/nonexistent/data"), newskg::DataError);
}
