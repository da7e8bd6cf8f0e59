#include "export/csv_text.hpp"

#include <catch2/catch.hpp>

using newskg::exports::csv_array;
using newskg::exports::csv_field;

TEST_CASE("csv_field quotes every value and doubles the quotes inside (RFC 4180)", "[export][unit]")
{
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("line one\nline two") == "\"line one\nline two\"");
  CHECK(csv_field("") == "");
}

TEST_CASE("csv_field keeps Arabic and repairs malformed UTF-8", "[export][unit][arabic]")
{
  // "بوتين" (Putin) passes through; a stray byte becomes U+FFFD.
  CHECK(csv_field("بوتين") == "\"بوتين\"");
  CHECK(csv_field("a\xFF") == "\"a\xEF\xBF\xBD\"");
}

TEST_CASE("csv_array joins with ';' and keeps the number of values", "[export][unit]")
{
  CHECK(csv_array({"Putin", "بوتين"}) == "\"Putin;بوتين\"");
  CHECK(csv_array({"a;b", "c"}) == "\"a,b;c\"");
  CHECK(csv_array({}) == "");
}
