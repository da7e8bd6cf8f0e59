#include "json/parse.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using newskg::json::max_depth;
using newskg::json::parse;

namespace {

// "[[[...]]]" nested `depth` deep.
std::string nested_arrays(std::size_t depth)
{
  return std::string(depth, '[') + std::string(depth, ']');
}

// {"a":{"a":...1...}} nested `depth` deep: level n opens at byte 5 * (n - 1).
std::string nested_objects(std::size_t depth)
{
  std::string text;
  for (std::size_t i = 0; i < depth; ++i) {
    text.append(R"({"a":)");
  }
  return text.append("1").append(depth, '}');
}

} // namespace

TEST_CASE("json::parse reads a value and a byte order mark", "[json][unit]")
{
  const auto parsed = parse("\xEF\xBB\xBF{\"id\": \"a1\", \"n\": [1, 2.5, null]}");

  REQUIRE_FALSE(parsed.fault);
  REQUIRE(parsed.document.IsObject());
  CHECK(std::string(parsed.document["id"].GetString()) == "a1");
  CHECK(parsed.document["n"].Size() == 3);
}

TEST_CASE("json::parse accepts nesting up to max_depth", "[json][unit]")
{
  CHECK_FALSE(parse(nested_arrays(max_depth)).fault);
  CHECK_FALSE(parse(nested_objects(max_depth)).fault);
}

TEST_CASE("json::parse refuses deeper nesting at the byte that opens it", "[json][unit][error]")
{
  // Issue 12: 150,000 levels crashed the recursive parser. Level 1001 opens at
  // byte 1000 of "[[[...", whether or not the text would be well formed.
  struct Row
  {
    std::string text;
    std::size_t offset;
  };
  const std::vector<Row> rows{
    {nested_arrays(150'000), 1000},
    {std::string(150'000, '['), 1000},
    {nested_objects(max_depth + 1), 5000},
    // One object, then 1000 arrays: the last '[' is level 1001, at byte 6 + 999.
    {R"({"a": )" + nested_arrays(max_depth) + "}", 1005},
  };

  for (const auto& row : rows) {
    INFO(row.text.substr(0, 20));
    const auto parsed = parse(row.text);
    REQUIRE(parsed.fault);
    CHECK(parsed.fault->offset == row.offset);
    CHECK(parsed.fault->reason == "nested deeper than 1000 arrays and objects");
  }
}

TEST_CASE("json::parse says where and why a text is not JSON", "[json][unit][error]")
{
  struct Row
  {
    std::string text;
    std::size_t offset;
    std::string reason;
  };
  const std::vector<Row> rows{
    {"[1,]", 3, "Invalid value."},
    {R"({"id": "a")", 10, "Missing a comma or '}' after an object member."},
    {"{\"id\": \"\xFF\"}", 8, "Invalid encoding in string."},
    {"{} {}", 3, "The document root must not be followed by other values."},
    {"", 0, "The document is empty."},
  };

  for (const auto& row : rows) {
    INFO(row.text);
    const auto parsed = parse(row.text);
    REQUIRE(parsed.fault);
    CHECK(parsed.fault->offset == row.offset);
    CHECK(parsed.fault->reason == row.reason);
  }
}
