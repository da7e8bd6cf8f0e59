// Extraction throughput: how many megabytes of text one thread turns into
// relations per second. Prints its figures; it is never a test.
//
//   build/bench/extract_bench [--mb N] [--data DIR] FILE.txt...
//
// The given articles are extracted round-robin until N megabytes (default 20)
// have been read; the rate counts UTF-8 bytes of article text.
#include "core/document.hpp"
#include "extract/extractor.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace {

std::string read_file(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

constexpr const char* usage =
  "usage: extract_bench [--mb N] [--data DIR] FILE.txt...\n"
  "Extracts the files over and over until N MB (default 20) were read, on one\n"
  "thread, with the library alone (no input reading, no output); prints data\n"
  "load time, the time of one document per language first (they load what\n"
  "loads at first use: the Arabic spelling dictionary), the throughput after\n"
  "them and peak memory. See also pipeline_bench.\n";

long peak_rss_kib()
{
  rusage resources{};
  getrusage(RUSAGE_SELF, &resources);
  return resources.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
  double megabytes = 20;
  std::string data = NEWSKG_DATA_DIR;
  std::vector<newskg::Document> documents;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) {
      megabytes = std::stod(argv[++i]);
    } else if (arg == "--data" && i + 1 < argc) {
      data = argv[++i];
    } else if (arg == "--help" || arg == "-h") {
      std::cout << usage;
      return 0;
    } else if (arg.starts_with("-")) {
      documents.clear(); // an unknown option: the usage
      break;
    } else {
      documents.push_back(newskg::Document{.id = arg, .text = read_file(arg), .source = arg});
    }
  }
  // Empty files would never reach the target size: at least one byte of text.
  const bool any_text =
    std::any_of(documents.begin(), documents.end(), [](const auto& d) { return !d.text.empty(); });
  if (documents.empty() || !any_text || !(megabytes > 0)) {
    std::cerr << usage;
    return 2;
  }
  const auto load_start = std::chrono::steady_clock::now();
  const auto resources = newskg::extract::Resources::load(data);
  const auto load_end = std::chrono::steady_clock::now();

  // One document of each language first: they load what is loaded at first
  // use (the Arabic spelling dictionary, about 0.2 s), timed apart, so that
  // the throughput is the steady one of a long run.
  const auto first_start = std::chrono::steady_clock::now();
  std::set<std::string> languages;
  for (const auto& document : documents) {
    if (!document.text.empty()
        && languages.insert(newskg::extract::detect_language(document.text)).second) {
      (void)newskg::extract::extract(document, resources);
    }
  }
  const std::chrono::duration<double> first = std::chrono::steady_clock::now() - first_start;

  const auto target = static_cast<std::size_t>(megabytes * 1e6);
  std::size_t bytes = 0;
  std::size_t docs = 0;
  std::size_t relations = 0;
  const auto start = std::chrono::steady_clock::now();
  while (bytes < target) {
    const auto& document = documents[docs % documents.size()];
    relations += newskg::extract::extract(document, resources).relations.size();
    bytes += document.text.size();
    ++docs;
  }
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  const std::chrono::duration<double> load = load_end - load_start;
  std::cout << "data load        " << load.count() * 1000 << " ms\n"
            << "first documents  " << first.count() * 1000
            << " ms (one per language, with what loads at first use)\n"
            << "documents        " << docs << "\n"
            << "text             " << static_cast<double>(bytes) / 1e6 << " MB\n"
            << "relations        " << relations << "\n"
            << "time             " << seconds.count() << " s\n"
            << "throughput       " << static_cast<double>(bytes) / 1e6 / seconds.count()
            << " MB/s (one thread)\n"
            << "peak RSS         " << peak_rss_kib() / 1024 << " MiB\n";
  return 0;
}
