// pipeline_bench: extraction and storing on real mixed text, side by side
// (issue 9). The given articles (e.g. ../shared/articles/dev/*.txt, Arabic
// and English) are cycled, with distinct ids, into one JSON Lines corpus of
// N megabytes of article text; then, in-process (cli::run, the same code as
// the binary):
//
//   newskg extract -j 1, newskg extract -j 2   -> MB/s per thread, -j 2 speed-up
//   newskg build -j 1 into a new cache          -> articles/s, build time / extract time
//
// Each with its wall time and its CPU time (user and system, all threads),
// and the load average before and after: on a machine shared with other work
// the wall times, and the ratios of them, grow with the load.
//
//   build/bench/pipeline_bench [--mb N] [--work DIR] ARTICLE.txt...
//
// Prints the figures; never a test.

#include "bench/bench_support.hpp"

#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr const char* usage =
  "usage: pipeline_bench [--mb N] [--work DIR] ARTICLE.txt...\n"
  "Cycles the articles (with distinct ids) into a JSON Lines corpus of N MB of\n"
  "text (default 20), then times newskg extract -j 1 and -j 2 and newskg build\n"
  "-j 1 on it, in-process, and prints: extract MB/s per thread, the -j 2\n"
  "speed-up, build articles/s and build time over extract time (wall and CPU),\n"
  "with the load average before and after.\n"
  "DIR (default: a directory under the system temp dir) is emptied first and\n"
  "removed at the end.\n";

} // namespace

int main(int argc, char** argv)
{
  using newskg::bench::timing_of;
  double megabytes = 20;
  std::filesystem::path work = std::filesystem::temp_directory_path() / "newskg-pipeline-bench";
  std::vector<std::string> texts;
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") {
      std::cout << usage;
      return 0;
    }
    if (args[i] == "--mb" && i + 1 < args.size()) {
      megabytes = std::strtod(args[++i].c_str(), nullptr);
    } else if (args[i] == "--work" && i + 1 < args.size()) {
      work = args[++i];
    } else if (args[i].starts_with("-")) {
      std::cerr << usage;
      return 2;
    } else if (!newskg::bench::add_article(texts, args[i], "pipeline_bench")) {
      return 2;
    }
  }
  if (texts.empty() || !(megabytes > 0)) {
    std::cerr << usage;
    return 2;
  }

  // As many articles as it takes to reach the size, cycling over the texts.
  const auto target = static_cast<std::size_t>(megabytes * 1e6);
  std::size_t articles = 0;
  std::size_t bytes = 0;
  while (bytes < target) {
    bytes += texts[articles % texts.size()].size();
    ++articles;
  }
  std::filesystem::remove_all(work);
  std::filesystem::create_directories(work);
  const auto corpus = (work / "corpus.jsonl").string();
  newskg::bench::write_corpus(corpus, texts, 0, articles);
  const auto db = (work / "bench.db").string();

  const auto load_before = newskg::bench::load_average();
  const auto extract_1 = timing_of({"extract", "--quiet", "-j", "1", corpus});
  const auto extract_2 = timing_of({"extract", "--quiet", "-j", "2", corpus});
  const auto build_1 = timing_of({"build", "--quiet", "-j", "1", "--db", db, corpus});
  const auto load_after = newskg::bench::load_average();
  std::filesystem::remove_all(work);

  const double mb = static_cast<double>(bytes) / 1e6;
  const auto cpu = [](const newskg::bench::Timing& t) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(2) << " (CPU " << t.cpu << " s)";
    return text.str();
  };
  std::cout << std::fixed << std::setprecision(2) << "corpus            " << articles
            << " articles of " << texts.size() << " texts, " << mb << " MB of text\n"
            << "load average      " << load_before << " before, " << load_after << " after, on "
            << std::thread::hardware_concurrency() << " cores\n"
            << "extract -j 1      " << extract_1.wall << " s" << cpu(extract_1) << ", "
            << mb / extract_1.wall << " MB/s per thread, " << mb / extract_1.cpu
            << " MB per CPU second\n"
            << "extract -j 2      " << extract_2.wall << " s" << cpu(extract_2) << ", "
            << mb / extract_2.wall / 2 << " MB/s per thread, speed-up "
            << extract_1.wall / extract_2.wall << "x\n"
            << "build -j 1        " << build_1.wall << " s" << cpu(build_1) << ", "
            << static_cast<double>(articles) / build_1.wall << " articles/s, " << mb / build_1.wall
            << " MB/s\n"
            << "build / extract   " << build_1.wall / extract_1.wall << " (both -j 1; by CPU time "
            << build_1.cpu / extract_1.cpu << ")\n";
  return 0;
}
