#include "cli/metadata_table.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

using newskg::Document;
using newskg::InputError;
using newskg::cli::MetadataKey;
using newskg::cli::MetadataTable;

namespace {

MetadataTable csv(const std::string& text)
{
  std::istringstream in(text);
  return MetadataTable::parse(in, "meta.csv", ',');
}

MetadataTable tsv(const std::string& text)
{
  std::istringstream in(text);
  return MetadataTable::parse(in, "meta.tsv", '\t');
}

} // namespace

TEST_CASE("MetadataTable applies a CSV row to the document it names by file", "[cli][meta]")
{
  auto table = csv("file,date,title,source\r\n"
                   "a.ar.txt,2020-10-12,\"Karabakh, the \"\"ceasefire\"\"\",ignored\r\n"
                   "b.en.txt,,Libya,\r\n");
  Document a{.id = "a.ar", .text = "x"};
  Document b{.id = "b.en", .text = "x", .date = "2019-01-01"};
  Document c{.id = "c", .text = "x"};

  CHECK(table.key() == MetadataKey::file);
  REQUIRE(table.apply(a, "samples/a.ar.txt"));
  REQUIRE(table.apply(b, "./samples/../samples/b.en.txt"));
  CHECK_FALSE(table.apply(c, "samples/c.txt"));

  CHECK(a.date == "2020-10-12");
  CHECK(a.title == "Karabakh, the \"ceasefire\"");
  CHECK(b.date == "2019-01-01"); // an empty cell leaves what the document said
  CHECK(b.title == "Libya");
  CHECK(c.date.empty());
  CHECK(table.unused().empty());
}

TEST_CASE("MetadataTable matches a file by its path or an end of it, the longest first",
          "[cli][meta]")
{
  auto table = csv("file,date\nsamples/a.txt,2020-10-12\na.txt,2020-01-01\n");
  Document by_path{.id = "a"};
  Document absolute{.id = "a"};
  Document elsewhere{.id = "a"};
  Document other_name{.id = "a"};

  CHECK(table.apply(by_path, "./samples/a.txt"));
  CHECK(table.apply(absolute, "/work/samples/a.txt"));
  CHECK(table.apply(elsewhere, "other/a.txt"));
  CHECK_FALSE(table.apply(other_name, "/work/samples/xa.txt"));

  CHECK(by_path.date == "2020-10-12");
  CHECK(absolute.date == "2020-10-12");
  CHECK(elsewhere.date == "2020-01-01");
  CHECK(other_name.date.empty());
}

TEST_CASE("MetadataTable reads TSV by id and reports the rows it did not use", "[cli][meta]")
{
  auto table = tsv("ID\tLang\tdate\turl\n"
                   "a1\ten\t2020-10-10T09:30:00+03:00\thttps://example.org/a?x=1,2\n"
                   "\n"
                   "a2\tar\t\t\n"
                   "missing\t\t2020-01-01\t\n");
  Document a1{.id = "a1", .lang = "ar"};
  Document a2{.id = "a2"};

  REQUIRE(table.apply(a1, "feed.jsonl"));
  REQUIRE(table.apply(a2, "feed.jsonl"));

  CHECK(a1.lang == "en");
  CHECK(a1.date == "2020-10-10T09:30:00+03:00");
  CHECK(a1.url == "https://example.org/a?x=1,2");
  CHECK(a2.lang == "ar");
  const auto unused = table.unused();
  REQUIRE(unused.size() == 1);
  CHECK(unused[0]->key == "missing");
  CHECK(unused[0]->line == 5);
}

TEST_CASE("MetadataTable keeps a TSV cell's quotes and tabs apart", "[cli][meta]")
{
  auto table = tsv("id\ttitle\na\tPutin says \"no\"\nb\t\n");
  Document a{.id = "a"};

  REQUIRE(table.apply(a, "-"));
  CHECK(a.title == "Putin says \"no\"");
}

TEST_CASE("MetadataTable refuses a bad table with file and line", "[cli][meta][error]")
{
  struct Row
  {
    const char* what;
    std::string text;
    const char* message;
  };
  const Row rows[] = {
    {"impossible day",
     "file,date\na.txt,2020-10-10\nb.txt,2020-02-30\n",
     "meta.csv:3: date '2020-02-30' is not an ISO 8601 date"},
    {"month only", "id,date\na,2020-10\n", "meta.csv:2: date '2020-10'"},
    {"US order", "id,date\na,10/12/2020\n", "meta.csv:2: date '10/12/2020'"},
    {"no key column",
     "name,date\na,2020-10-10\n",
     "meta.csv:1: the header names neither 'id' nor 'file'"},
    {"both keys", "id,file\na,a.txt\n", "meta.csv:1: the header names both 'id' and 'file'"},
    {"column twice", "id,date,Date\na,,\n", "meta.csv:1: the header names 'date' twice"},
    {"too many fields", "id,date\na,2020-10-10,x\n", "meta.csv:2: 3 fields where the header has 2"},
    {"too few fields",
     "id,date,title\n\na,2020-10-10\n",
     "meta.csv:3: 2 fields where the header has 3"},
    {"empty key", "id,date\n,2020-10-10\n", "meta.csv:2: empty id"},
    {"repeated key",
     "id,date\na,2020-10-10\nb,\na,2020-10-11\n",
     "meta.csv:4: 'a' is named again (first on line 2)"},
    {"bad language", "id,lang\na,Arabic\n", "meta.csv:2: lang 'Arabic' is not a language code"},
    {"invalid UTF-8", "id,title\na,\xff\n", "meta.csv:2: invalid UTF-8 at byte 2"},
    {"quote inside a field", "id,title\na,say \"hi\"\n", "meta.csv:2: malformed CSV"},
    {"quote never closed",
     "id,title\na,ok\nb,\"open\nstill open\n",
     "meta.csv:3: a quoted field is never closed"},
    {"empty file", "", "meta.csv: empty"},
  };
  for (const auto& row : rows) {
    INFO(row.what);
    CHECK_THROWS_WITH(csv(row.text), Catch::StartsWith(row.message));
    CHECK_THROWS_AS(csv(row.text), InputError);
  }
}

TEST_CASE("MetadataTable gives a record spanning lines the line it starts on", "[cli][meta]")
{
  auto table = csv("\xEF\xBB\xBFid,title\n\"a\",\"two\nlines\"\nb,x\nc,y\n");
  Document a{.id = "a"};
  Document b{.id = "b"};

  REQUIRE(table.apply(a, "-"));
  REQUIRE(table.apply(b, "-"));
  CHECK(a.title == "two\nlines");
  const auto unused = table.unused();
  REQUIRE(unused.size() == 1);
  CHECK(unused[0]->line == 5);
}
