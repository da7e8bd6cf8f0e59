// build_bench: how long `newskg build` takes for N synthetic articles, and
// then for 10 new ones added to that cache (an incremental build).
//
//   build/bench/build_bench [--articles N] [--jobs J] [--work DIR] ARTICLE.txt...
//
// The articles cycle over the given texts (e.g. ../shared/articles/dev/*.ar.txt)
// with distinct ids. It runs the newskg library in-process (cli::run), the
// same code as the binary. Prints the timings; never a test.

#include "cli/run.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::string json_line(const std::string& id, const std::string& text)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartObject();
  json.Key("id");
  json.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
  json.Key("text");
  json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  json.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + '\n';
}

void write_corpus(const std::filesystem::path& path,
                  const std::vector<std::string>& texts,
                  std::size_t first,
                  std::size_t count)
{
  std::ofstream out(path, std::ios::binary);
  for (std::size_t i = first; i < first + count; ++i) {
    out << json_line("bench-" + std::to_string(i), texts[i % texts.size()]);
  }
}

double seconds_of_build(const std::vector<std::string>& args)
{
  std::vector<std::string_view> views(args.begin(), args.end());
  std::ostringstream out;
  std::ostringstream err;
  const auto start = std::chrono::steady_clock::now();
  const int code = newskg::cli::run(views, out, err);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  std::cout << err.str();
  if (code != 0) {
    std::cerr << "build_bench: newskg build exited " << code << '\n';
    std::exit(1);
  }
  return elapsed.count();
}

} // namespace

int main(int argc, char** argv)
{
  std::size_t articles = 10000;
  std::string jobs = "1";
  std::filesystem::path work = std::filesystem::temp_directory_path() / "newskg-build-bench";
  std::vector<std::string> texts;
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--articles" && i + 1 < args.size()) {
      articles = std::stoul(args[++i]);
    } else if (args[i] == "--jobs" && i + 1 < args.size()) {
      jobs = args[++i];
    } else if (args[i] == "--work" && i + 1 < args.size()) {
      work = args[++i];
    } else {
      std::ifstream in(args[i], std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      if (!in || text.str().empty()) {
        std::cerr << "build_bench: cannot read " << args[i] << '\n';
        return 2;
      }
      texts.push_back(text.str());
    }
  }
  if (texts.empty()) {
    std::cerr << "usage: build_bench [--articles N] [--jobs J] [--work DIR] ARTICLE.txt...\n";
    return 2;
  }
  std::filesystem::remove_all(work);
  std::filesystem::create_directories(work);
  const auto db = (work / "bench.db").string();
  const auto corpus = work / "corpus.jsonl";
  const auto added = work / "added.jsonl";
  write_corpus(corpus, texts, 0, articles);
  write_corpus(added, texts, articles, 10);

  const auto full = seconds_of_build({"build", "--quiet", "-j", jobs, "--db", db, corpus.string()});
  // The daily case: yesterday's corpus plus 10 new articles, in one command.
  const auto incremental =
    seconds_of_build({"build", "-j", jobs, "--db", db, corpus.string(), added.string()});
  const auto nothing =
    seconds_of_build({"build", "-j", jobs, "--db", db, corpus.string(), added.string()});
  const auto only_new = seconds_of_build({"build", "-j", jobs, "--db", db, added.string()});
  std::cout << "full build of " << articles << " articles (-j " << jobs << "): " << full << " s\n"
            << "incremental build, " << articles << " unchanged + 10 new: " << incremental
            << " s\n"
            << "rebuild with nothing new: " << nothing << " s\n"
            << "build of the 10 new files alone into the cache: " << only_new << " s\n";
  std::filesystem::remove_all(work);
  return 0;
}
