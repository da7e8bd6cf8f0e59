#include "cli/run.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Result
{
  int code = -1;
  std::string out;
  std::string err;
};

Result run(std::vector<std::string_view> args)
{
  std::ostringstream out;
  std::ostringstream err;
  Result result;
  result.code = newskg::cli::run(args, out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

} // namespace

TEST_CASE("newskg --help lists every command and the exit codes", "[cli][run]")
{
  const auto result = run({"--help"});

  CHECK(result.code == newskg::cli::success);
  CHECK(result.err.empty());
  for (const auto* command : {"extract", "build", "export", "query", "check-data"}) {
    CHECK_THAT(result.out, Catch::Contains(command));
  }
  CHECK_THAT(result.out, Catch::Contains("Exit codes"));
}

TEST_CASE("every command has --help with options, defaults and exit codes", "[cli][run]")
{
  for (const auto* command : {"extract", "build", "export", "query", "check-data"}) {
    const auto result = run({command, "--help"});
    INFO(command);
    CHECK(result.code == newskg::cli::success);
    CHECK_THAT(result.out, Catch::StartsWith(std::string("usage: newskg ") + command));
    CHECK_THAT(result.out, Catch::Contains("--data DIR"));
    CHECK_THAT(result.out, Catch::Contains("default"));
    CHECK_THAT(result.out, Catch::Contains("Exit codes"));
    CHECK(run({"help", command}).out == result.out);
  }
}

TEST_CASE("export --help lists the formats", "[cli][run]")
{
  const auto result = run({"export", "--help"});

  CHECK_THAT(result.out, Catch::Contains("graphml"));
  CHECK_THAT(result.out, Catch::Contains("turtle"));
  CHECK_THAT(result.out, Catch::Contains("ntriples"));
}

TEST_CASE("newskg --version prints the version", "[cli][run]")
{
  const auto result = run({"--version"});

  CHECK(result.code == newskg::cli::success);
  CHECK_THAT(result.out, Catch::StartsWith("newskg "));
}

TEST_CASE("bad command lines exit 2 with a usage line", "[cli][run][error]")
{
  const std::vector<std::vector<std::string_view>> table{
    {},
    {"no-such-command"},
    {"help", "no-such-command"},
    {"extract", "--no-such-flag"},
    {"extract"},
    {"extract", "--lang", "Arabic", "x.txt"},
    {"build", "samples"},
    {"build", "--db", "x.db", "--commit-every", "0", "samples"},
    {"build", "--db", "x.db", "--commit-every", "often", "samples"},
    {"export", "--db", "x.db"},
    {"export", "--db", "x.db", "--format", "gexf-or-not"},
    {"query"},
    {"query", "--db", "x.db", "--entity", "Putin", "--subject", "Putin"},
    {"query", "--db", "x.db", "--limit", "many"},
    {"query", "--db", "x.db", "--format", "xml"},
    {"check-data", "extra"},
  };
  for (const auto& args : table) {
    const auto result = run(args);
    INFO((args.empty() ? std::string("(nothing)") : std::string(args.front())));
    CHECK(result.code == newskg::cli::usage_error);
    CHECK_THAT(result.err, Catch::StartsWith("newskg: "));
    CHECK_THAT(result.err, Catch::Contains("usage: newskg"));
    CHECK(result.out.empty());
  }
}

TEST_CASE("a missing data directory is a data error", "[cli][run][error]")
{
  const auto result = run({"check-data", "--data", "/nonexistent/newskg-data"});

  CHECK(result.code == newskg::cli::bad_data);
  CHECK_THAT(result.err, Catch::Contains("/nonexistent/newskg-data"));
}

TEST_CASE("check-data reports OK for the repository's data", "[cli][run]")
{
  const auto result = run({"check-data", "--data", NEWSKG_SOURCE_DIR "/data"});

  CHECK(result.code == newskg::cli::success);
  CHECK_THAT(result.out, Catch::StartsWith("OK "));
  CHECK_THAT(result.out, Catch::Contains("predicates"));
}

TEST_CASE("a missing input is reported and exits 4 after the rest", "[cli][run][error]")
{
  const std::string_view data = NEWSKG_SOURCE_DIR "/data";
  const std::string_view samples = NEWSKG_SOURCE_DIR "/samples";
  const auto result =
    run({"extract", "--quiet", "--data", data, "/nonexistent/article.txt", samples});

  CHECK(result.code == newskg::cli::bad_input);
  CHECK_THAT(result.err, Catch::Contains("/nonexistent/article.txt: no such file"));
  CHECK_THAT(result.out, Catch::Contains("\"karabakh-ceasefire-2020-10.ar\""));
}

TEST_CASE("export and query refuse a database that does not exist", "[cli][run][error]")
{
  const std::string_view data = NEWSKG_SOURCE_DIR "/data";
  CHECK(run({"export", "--data", data, "--db", "/nonexistent/x.db", "--format", "graphml"}).code
        == newskg::cli::bad_input);
  CHECK(run({"query", "--data", data, "--db", "/nonexistent/x.db"}).code == newskg::cli::bad_input);
}
