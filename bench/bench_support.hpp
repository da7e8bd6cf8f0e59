#pragma once

// Shared by the benchmarks that drive newskg commands in-process (cli::run,
// the same code as the binary): reading articles, writing a corpus of them
// as JSON Lines, and timing a command.

#include "cli/run.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdlib.h> // getloadavg
#include <string>
#include <string_view>
#include <sys/resource.h>
#include <vector>

namespace newskg::bench {

// The whole file; empty when it cannot be read.
inline std::string read_file(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return in ? content.str() : std::string();
}

// Adds the text of article `path` to `texts`; false (after a message naming
// `program`) when it cannot be read or is empty.
inline bool
add_article(std::vector<std::string>& texts, const std::string& path, const char* program)
{
  auto text = read_file(path);
  if (text.empty()) {
    std::cerr << program << ": cannot read " << path << " (or it is empty)\n";
    return false;
  }
  texts.push_back(std::move(text));
  return true;
}

inline std::string json_line(const std::string& id, const std::string& text)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartObject();
  json.Key("id");
  json.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
  json.Key("text");
  json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  json.EndObject();
  std::string line(buffer.GetString(), buffer.GetSize());
  line += '\n';
  return line;
}

// Articles first..first+count-1, cycling over `texts`, with distinct ids.
inline void write_corpus(const std::filesystem::path& path,
                         const std::vector<std::string>& texts,
                         std::size_t first,
                         std::size_t count)
{
  std::ofstream out(path, std::ios::binary);
  for (std::size_t i = first; i < first + count; ++i) {
    std::string id = "bench-";
    id += std::to_string(i);
    out << json_line(id, texts[i % texts.size()]);
  }
}

// Seconds of CPU (user and system, every thread) this process has used.
inline double cpu_seconds()
{
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The 1-minute load average ("2.35"), or "?" when the system does not say.
// Printed beside the figures: on a machine other work keeps busy, wall times
// grow with the load and CPU times much less.
inline std::string load_average()
{
  double load[1] = {0};
  if (::getloadavg(load, 1) != 1) {
    return "?";
  }
  std::ostringstream text;
  text.precision(2);
  text << std::fixed << load[0];
  return text.str();
}

struct Timing
{
  double wall = 0; // seconds
  double cpu = 0;  // seconds of CPU, user and system, every thread
};

// Runs one newskg command line in-process and returns its wall and CPU time;
// what it writes on standard output is dropped. Exits 1 when the command
// fails.
inline Timing timing_of(const std::vector<std::string>& args)
{
  std::vector<std::string_view> views(args.begin(), args.end());
  std::ostringstream out;
  std::ostringstream err;
  const auto cpu_start = cpu_seconds();
  const auto start = std::chrono::steady_clock::now();
  const int code = newskg::cli::run(views, out, err);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  const auto cpu = cpu_seconds() - cpu_start;
  std::cout << err.str();
  if (code != 0) {
    std::cerr << "bench: newskg " << args.front() << " exited " << code << '\n';
    std::exit(1); // NOLINT(concurrency-mt-unsafe): the command's threads have ended
  }
  return Timing{.wall = elapsed.count(), .cpu = cpu};
}

// timing_of's wall time.
inline double seconds_of(const std::vector<std::string>& args)
{
  return timing_of(args).wall;
}

} // namespace newskg::bench
