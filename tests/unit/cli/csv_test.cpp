#include "cli/csv.hpp"

#include "cli/options.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using newskg::cli::parse_row_format;
using newskg::cli::RowFormat;
using newskg::cli::write_csv_record;

TEST_CASE("CSV records quote only the fields that need it (RFC 4180)", "[cli][unit][arabic]")
{
  struct Row
  {
    std::vector<std::string> fields;
    std::string expected;
  };
  const std::vector<Row> rows{
    {{"a", "b"}, "a,b\r\n"},
    {{"b,c"}, "\"b,c\"\r\n"},
    {{"say \"hi\""}, "\"say \"\"hi\"\"\"\r\n"},
    {{"line\nbreak", ""}, "\"line\nbreak\",\r\n"},
    {{"بوتين، ماكرون"}, "بوتين، ماكرون\r\n"}, // the Arabic comma needs no quotes
  };
  for (const auto& row : rows) {
    std::ostringstream out;

    write_csv_record(row.fields, out);

    CHECK(out.str() == row.expected);
  }
}

TEST_CASE("CSV fields that a spreadsheet would run as a formula start with '", "[cli][unit][error]")
{
  // Issue 12: "=HYPERLINK(...)" from an article reached query --format csv as
  // a live formula. OWASP: = + - @ TAB CR start a formula.
  struct Row
  {
    std::vector<std::string> fields;
    std::string expected;
  };
  const std::vector<Row> rows{
    {{"=HYPERLINK(\"http://x\",\"y\")"}, "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"},
    {{"=1+1", "+1", "-1", "@SUM(A1)"}, "'=1+1,'+1,'-1,'@SUM(A1)\r\n"},
    {{"\tx", "\rx"}, "'\tx,\"'\rx\"\r\n"},
    // Not at the start, or nothing: as before.
    {{"a=1", "1-2", "x@y.org", ""}, "a=1,1-2,x@y.org,\r\n"},
    {{" =1"}, " =1\r\n"},
  };
  for (const auto& row : rows) {
    std::ostringstream out;

    write_csv_record(row.fields, out);

    CHECK(out.str() == row.expected);
  }
}

TEST_CASE("Row formats are table, json and csv", "[cli][unit][error]")
{
  CHECK(parse_row_format("table") == RowFormat::table);
  CHECK(parse_row_format("json") == RowFormat::json);
  CHECK(parse_row_format("csv") == RowFormat::csv);
  CHECK_THROWS_AS(parse_row_format("xml"), newskg::cli::UsageError);
}
