// build_bench: how long `newskg build` takes for N synthetic articles, and
// then for 10 new ones added to that cache (an incremental build).
//
//   build/bench/build_bench [--articles N] [--jobs J] [--work DIR] ARTICLE.txt...
//
// The articles cycle over the given texts (e.g. ../shared/articles/dev/*.ar.txt)
// with distinct ids. It runs the newskg library in-process (cli::run), the
// same code as the binary. Prints the timings; never a test.

#include "bench/bench_support.hpp"

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr const char* usage =
  "usage: build_bench [--articles N] [--jobs J] [--work DIR] ARTICLE.txt...\n"
  "Builds a cache of N articles (default 10000) cycling over the given texts,\n"
  "then the daily case (the same corpus and 10 new articles), a rebuild with\n"
  "nothing new and the 10 new articles alone, in-process with -j J (default 1),\n"
  "and prints each one's time. DIR is emptied first and removed at the end.\n"
  "See also pipeline_bench: extract and build side by side.\n";

using newskg::bench::seconds_of;
using newskg::bench::write_corpus;

} // namespace

int main(int argc, char** argv)
{
  std::size_t articles = 10000;
  std::string jobs = "1";
  std::filesystem::path work = std::filesystem::temp_directory_path() / "newskg-build-bench";
  std::vector<std::string> texts;
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") {
      std::cout << usage;
      return 0;
    }
    if (args[i] == "--articles" && i + 1 < args.size()) {
      articles = std::stoul(args[++i]);
    } else if (args[i] == "--jobs" && i + 1 < args.size()) {
      jobs = args[++i];
    } else if (args[i] == "--work" && i + 1 < args.size()) {
      work = args[++i];
    } else if (args[i].starts_with("-")) {
      std::cerr << usage;
      return 2;
    } else if (!newskg::bench::add_article(texts, args[i], "build_bench")) {
      return 2;
    }
  }
  if (texts.empty()) {
    std::cerr << usage;
    return 2;
  }
  std::filesystem::remove_all(work);
  std::filesystem::create_directories(work);
  const auto db = (work / "bench.db").string();
  const auto corpus = work / "corpus.jsonl";
  const auto added = work / "added.jsonl";
  write_corpus(corpus, texts, 0, articles);
  write_corpus(added, texts, articles, 10);

  const auto full = seconds_of({"build", "--quiet", "-j", jobs, "--db", db, corpus.string()});
  // The daily case: yesterday's corpus plus 10 new articles, in one command.
  const auto incremental =
    seconds_of({"build", "-j", jobs, "--db", db, corpus.string(), added.string()});
  const auto nothing =
    seconds_of({"build", "-j", jobs, "--db", db, corpus.string(), added.string()});
  const auto only_new = seconds_of({"build", "-j", jobs, "--db", db, added.string()});
  std::cout << "full build of " << articles << " articles (-j " << jobs << "): " << full << " s\n"
            << "incremental build, " << articles << " unchanged + 10 new: " << incremental << " s\n"
            << "rebuild with nothing new: " << nothing << " s\n"
            << "build of the 10 new files alone into the cache: " << only_new << " s\n";
  std::filesystem::remove_all(work);
  return 0;
}
