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

TEST_CASE("json::parse refuses a \\u escape that is a lone surrogate", "[json][unit][error]")
{
  // Issue 12 (fuzz_json_lines): RapidJSON decoded a lone low surrogate escape
  // into the bytes ED B0 80, which are no UTF-8, and a document's text carried
  // them into extract's output. The fault names the string's opening quote.
  struct Row
  {
    std::string text;
    std::size_t offset;
  };
  const std::vector<Row> rows{
    {R"({"id": "a", "text": "lone \udc00 low"})", 20},
    {R"({"text": "x\uDFFF"})", 9},
    {R"(["ok", "\\\"\udc00"])", 7},   // an escaped backslash and quote before it
    {R"({"\udc00": 1})", 1},          // in a key
    {"\xEF\xBB\xBF[\"\\udc00\"]", 4}, // after a byte order mark
  };

  for (const auto& row : rows) {
    INFO(row.text);
    const auto parsed = parse(row.text);
    REQUIRE(parsed.fault);
    CHECK(parsed.fault->offset == row.offset);
    CHECK(parsed.fault->reason == "a \\u escape in this string is a lone surrogate");
  }
}

TEST_CASE("json::parse decodes a surrogate pair and keeps other escapes", "[json][unit]")
{
  const auto parsed = parse(R"(["\ud83d\ude00", "\u00e9\u0000", "\\udc00"])");

  REQUIRE_FALSE(parsed.fault);
  CHECK(std::string(parsed.document[0].GetString()) == "\xF0\x9F\x98\x80");
  CHECK(std::string(parsed.document[1].GetString(), parsed.document[1].GetStringLength())
        == std::string("\xC3\xA9\0", 3));
  CHECK(std::string(parsed.document[2].GetString()) == "\\udc00");
}

TEST_CASE("json::parse_valid_utf8 gives what json::parse gives on well-formed UTF-8",
          "[json][unit]")
{
  const std::vector<std::string> texts{
    R"({"id": "a1", "text": "قال بوتين إن", "n": [1, 2.5, null]})",
    "\xEF\xBB\xBF{\"text\": \"\xF0\x9F\x98\x80 \xE2\x82\xAC\"}",
    R"(["\ud83d\ude00", "\u00e9\u0000", "\\udc00"])",
    R"({"id": "a", "text": "lone \udc00 low"})",
    R"({"id": "a", "text": "no end)",
    nested_arrays(max_depth + 1),
  };
  for (const auto& text : texts) {
    INFO(text.substr(0, 80));
    const auto checked = parse(text);
    const auto trusted = newskg::json::parse_valid_utf8(text);
    REQUIRE(checked.fault.has_value() == trusted.fault.has_value());
    if (checked.fault) {
      CHECK(checked.fault->offset == trusted.fault->offset);
      CHECK(checked.fault->reason == trusted.fault->reason);
    } else {
      CHECK(checked.document == trusted.document);
    }
  }
}
