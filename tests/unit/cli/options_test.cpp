#include "cli/options.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

using newskg::cli::OptionSpec;
using newskg::cli::UsageError;

namespace {

constexpr std::array specs{
  OptionSpec{.name = "--db", .value = "FILE"},
  OptionSpec{.name = "--output", .short_name = "-o", .value = "FILE"},
};

newskg::cli::ParsedArgs parse(std::vector<std::string_view> args)
{
  return newskg::cli::parse_args(args, specs);
}

} // namespace

TEST_CASE("options take values as separate or =-joined arguments", "[cli][options]")
{
  const auto parsed = parse({"--db", "a.db", "in.txt", "-o", "out.jsonl", "--lang=ar", "-", "-q"});

  CHECK(parsed.value("--db") == "a.db");
  CHECK(parsed.value("--output") == "out.jsonl");
  CHECK(parsed.value("--lang") == "ar");
  CHECK(parsed.has_flag("--quiet"));
  CHECK(parsed.operands == std::vector<std::string>{"in.txt", "-"});
  CHECK_FALSE(parsed.help);
  CHECK_FALSE(parsed.value("--data"));
}

TEST_CASE("a double dash ends the options", "[cli][options]")
{
  const auto parsed = parse({"--", "--db", "-o"});

  CHECK(parsed.operands == std::vector<std::string>{"--db", "-o"});
}

TEST_CASE("--help and -h are recognised anywhere", "[cli][options]")
{
  CHECK(parse({"x", "--help"}).help);
  CHECK(parse({"-h"}).help);
}

TEST_CASE("bad options are usage errors", "[cli][options][error]")
{
  CHECK_THROWS_WITH(parse({"--no-such"}), Catch::Contains("unknown option '--no-such'"));
  CHECK_THROWS_WITH(parse({"--db"}), Catch::Contains("needs a value"));
  CHECK_THROWS_WITH(parse({"--quiet=yes"}), Catch::Contains("takes no value"));
  CHECK_THROWS_AS(parse({"-x"}), UsageError);
}

TEST_CASE("common options: --lang must be a language code, --data wins", "[cli][options]")
{
  const auto options = newskg::cli::common_from(parse({"--data", "/d", "--lang", "en"}));
  CHECK(options.data_dir == "/d");
  CHECK(options.lang == "en");
  CHECK_FALSE(options.quiet);

  CHECK_THROWS_AS(newskg::cli::common_from(parse({"--lang", "Arabic"})), UsageError);
  CHECK(newskg::cli::common_from(parse({})).lang.empty());
}

TEST_CASE("counts parse as unsigned numbers", "[cli][options]")
{
  CHECK(newskg::cli::parse_count("--limit", "25") == 25);
  CHECK_THROWS_WITH(newskg::cli::parse_count("--limit", "-1"), Catch::Contains("--limit"));
  CHECK_THROWS_AS(newskg::cli::parse_count("--limit", "10x"), UsageError);
  CHECK_THROWS_AS(newskg::cli::parse_count("--limit", ""), UsageError);
}

TEST_CASE("the confidence threshold takes a number from 0 to 1 and nothing else",
          "[cli][options][error]")
{
  CHECK(newskg::cli::require_confidence("0") == 0.0);
  CHECK(newskg::cli::require_confidence("0.7") == 0.7);
  CHECK(newskg::cli::require_confidence("1") == 1.0);
  // Issue 12: "nan" passed, since every comparison with NaN is false.
  for (const auto* bad :
       {"nan", "NaN", "-nan", "inf", "-inf", "infinity", "-0.1", "1.5", "", "0.5x"}) {
    CAPTURE(bad);
    CHECK_THROWS_WITH(newskg::cli::require_confidence(bad),
                      "option '--min-confidence' expects a number from 0 to 1, not '"
                        + std::string(bad) + "'");
  }
}
