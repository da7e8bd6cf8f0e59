// export_bench: each export format's time, output size and peak memory on a
// synthetic graph of N distinct edges, beside networkx's write_graphml and
// rdflib's Turtle serializer on the same graph (issue 9).
//
//   build/bench/export_bench [--edges N] [--nodes M] [--formats F,...] [--work DIR]
//                            [--no-python] [--keep] [--newskg PATH] [--cache FILE] [--no-measures]
//
// The graph is made as `extract` output (JSON Lines, ten relations per
// article, a tenth of the edges read again in a second article) and loaded
// with `newskg build --from-extracted`; every export then runs as its own
// `newskg` process, so its peak RSS is its own (wait4). networkx reads our
// GraphML and rdflib our N-Triples first; only their writing is timed.
// Prints figures; never a test.

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <tuple>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr const char* usage =
  "usage: export_bench [--edges N] [--nodes M] [--formats F,...] [--work DIR] [--no-python]\n"
  "                    [--keep] [--newskg PATH] [--cache FILE] [--no-measures]\n"
  "Builds a cache holding a synthetic graph of N distinct edges (default 100000) between\n"
  "M entities (default N/2), exports it in each format (default: all file formats) as its\n"
  "own newskg process and prints the time (wall and CPU), output size and peak RSS of\n"
  "each, then\n"
  "networkx's write_graphml and rdflib's Turtle serializer on the same graph\n"
  "(/usr/bin/python3; skipped when they are absent). DIR is emptied first and removed\n"
  "at the end (kept with --keep). --newskg runs another newskg binary (the one built\n"
  "beside this benchmark by default), for figures before and after a change; --cache\n"
  "exports a cache a run with --keep left (DIR/bench.db) instead of building one.\n"
  "--no-measures also times graphml, gexf and gexf-1.3 with export --no-measures.\n";

struct Options
{
  std::size_t edges = 100000;
  std::size_t nodes = 0; // 0: edges / 2
  std::vector<std::string> formats{"graphml",
                                   "gexf",
                                   "turtle",
                                   "ntriples",
                                   "turtle-star",
                                   "trig",
                                   "nquads",
                                   "cypher",
                                   "html",
                                   "plover",
                                   "dot"};
  fs::path work = fs::temp_directory_path() / "newskg-export-bench";
  bool python = true;
  std::string newskg = NEWSKG_BINARY; // --newskg PATH: another build, for before/after figures
  std::string cache; // --cache FILE: a cache this benchmark built before (--keep), not rebuilt
  bool keep = false; // --keep: leave DIR (the cache and the exports) for a profiler
  bool no_measures = false; // --no-measures: graphml and gexf again with export --no-measures
};

// The predicates of data/ontology/predicates.tsv that take a person, an
// organization or a country at both ends; three are symmetric.
constexpr std::array predicates{"accused",
                                "agreed-with",
                                "attacked",
                                "called-on",
                                "criticized",
                                "demanded",
                                "met",
                                "negotiated-with",
                                "praised",
                                "rejected",
                                "sanctioned",
                                "supports",
                                "warned"};

bool symmetric(const std::string& predicate)
{
  return predicate == "met" || predicate == "agreed-with" || predicate == "negotiated-with";
}

struct Triple
{
  std::size_t subject;
  std::string predicate;
  std::size_t object;
};

std::string entity_id(std::size_t i)
{
  // One in ten is a Wikidata id, as gazetteer entities are.
  return i % 10 == 0 ? "wd:Q" + std::to_string(1000 + i) : "x:person:bench-" + std::to_string(i);
}

const char* entity_type(std::size_t i)
{
  switch (i % 10) {
  case 1:
  case 2:
    return "Organization";
  case 3:
    return "Country";
  default:
    return "Person";
  }
}

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void string_member(Writer& json, const char* key, const std::string& value)
{
  json.Key(key);
  json.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void write_entity(Writer& json, std::size_t i)
{
  const auto en = std::string(entity_type(i)) + " " + std::to_string(i);
  // "شخص" (person) and the number: Arabic labels, as Arabic articles give.
  const auto ar = "شخص " + std::to_string(i);
  json.StartObject();
  string_member(json, "id", entity_id(i));
  string_member(json, "type", entity_type(i));
  string_member(json, "label", en);
  json.Key("labels");
  json.StartObject();
  string_member(json, "ar", ar);
  string_member(json, "en", en);
  json.EndObject();
  json.Key("mentions");
  json.StartArray();
  json.StartObject();
  json.Key("start");
  json.Uint64(0);
  json.Key("end");
  json.Uint64(ar.size());
  string_member(json, "text", ar);
  json.EndObject();
  json.EndArray();
  json.EndObject();
}

void write_relation(Writer& json, const Triple& triple, std::size_t sentence)
{
  json.StartObject();
  string_member(json, "subject", entity_id(triple.subject));
  string_member(json, "predicate", triple.predicate);
  string_member(json, "object", entity_id(triple.object));
  json.Key("confidence");
  json.Double(0.5 + static_cast<double>(sentence % 5) / 10);
  json.Key("evidence");
  json.StartObject();
  json.Key("sentence");
  json.Uint64(sentence);
  json.Key("start");
  json.Uint64(sentence * 200);
  json.Key("end");
  json.Uint64(sentence * 200 + 150);
  string_member(json,
                "text",
                "قال المتحدث إن " + entity_id(triple.subject) + " " + triple.predicate + " "
                  + entity_id(triple.object)
                  + " في اجتماع عقد أمس في العاصمة، وأضاف أن المحادثات ستستمر الأسبوع المقبل.");
  json.EndObject();
  json.EndObject();
}

// One article of `extract` output holding `triples`.
std::string article_line(std::size_t number, const std::vector<Triple>& triples)
{
  rapidjson::StringBuffer buffer;
  Writer json(buffer);
  json.StartObject();
  string_member(json, "doc", "bench-" + std::to_string(number));
  string_member(json, "lang", "ar");
  if (number % 20 != 0) { // some articles are undated
    std::ostringstream date;
    date << "2020-" << std::setw(2) << std::setfill('0') << (number % 12 + 1) << '-' << std::setw(2)
         << (number % 28 + 1);
    string_member(json, "date", date.str());
  }
  std::set<std::size_t> ids;
  for (const auto& triple : triples) {
    ids.insert(triple.subject);
    ids.insert(triple.object);
  }
  json.Key("entities");
  json.StartArray();
  for (const auto id : ids) {
    write_entity(json, id);
  }
  json.EndArray();
  json.Key("relations");
  json.StartArray();
  for (std::size_t i = 0; i < triples.size(); ++i) {
    write_relation(json, triples[i], i);
  }
  json.EndArray();
  json.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

// N distinct (subject, predicate, object) edges between M entities, a few
// hubs among them (an entity index is M times the square of a uniform draw),
// written ten per article; every tenth article also repeats the edges of the
// one before it, so some edges have evidence from two articles.
void write_corpus(const fs::path& path, std::size_t edges, std::size_t nodes)
{
  // A fixed seed on purpose: every run benchmarks the same graph.
  std::mt19937_64 random(20201010); // NOLINT(cert-msc51-cpp)
  const auto pick = [&] {
    const double u = static_cast<double>(random() >> 11U) / 9007199254740992.0;
    return static_cast<std::size_t>(u * u * static_cast<double>(nodes));
  };
  std::set<std::tuple<std::size_t, std::string, std::size_t>> seen;
  std::ofstream out(path, std::ios::binary);
  std::vector<Triple> article;
  std::vector<Triple> previous;
  std::size_t number = 0;
  while (seen.size() < edges) {
    Triple triple{pick(), predicates[random() % predicates.size()], pick()};
    if (triple.subject == triple.object) {
      continue;
    }
    const auto low = std::min(triple.subject, triple.object);
    const auto high = std::max(triple.subject, triple.object);
    const auto key = symmetric(triple.predicate)
                       ? std::tuple{low, triple.predicate, high}
                       : std::tuple{triple.subject, triple.predicate, triple.object};
    if (!seen.insert(key).second) {
      continue;
    }
    article.push_back(triple);
    if (article.size() == 10 || seen.size() == edges) {
      if (number % 10 == 9) {
        article.insert(article.end(), previous.begin(), previous.end());
      }
      out << article_line(number++, article);
      previous = std::move(article);
      article.clear();
    }
  }
}

struct Run
{
  double seconds = 0;
  double cpu_seconds = 0; // user + system: what the load of other processes barely changes
  long peak_kib = 0;      // ru_maxrss
  int status = 0;
  std::string out; // what it wrote on standard output
};

// Runs `args` as a process, its standard error kept in `log`; waits for it.
Run run(const std::vector<std::string>& args, const fs::path& log)
{
  const auto captured = log.string() + ".out";
  // The child's freopen would write out what is buffered here a second time.
  std::cout.flush();
  (void)std::fflush(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    for (const auto& arg : args) {
      argv.push_back(const_cast<char*>(arg.c_str())); // NOLINT: execv's signature
    }
    argv.push_back(nullptr);
    if (std::freopen(captured.c_str(), "w", stdout) == nullptr
        || std::freopen(log.c_str(), "w", stderr) == nullptr) {
      _exit(127);
    }
    execv(argv[0], argv.data());
    _exit(127);
  }
  Run result;
  rusage resources{};
  int status = 0;
  wait4(pid, &status, 0, &resources);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  result.seconds = elapsed.count();
  result.peak_kib = resources.ru_maxrss;
  const auto seconds_of = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  result.cpu_seconds = seconds_of(resources.ru_utime) + seconds_of(resources.ru_stime);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::ifstream in(captured);
  std::getline(in, result.out);
  return result;
}

std::string megabytes(double bytes)
{
  std::ostringstream text;
  text << std::fixed << std::setprecision(1) << bytes / 1e6 << " MB";
  return text.str();
}

std::uintmax_t size_of(const fs::path& path)
{
  std::error_code error;
  const auto size = fs::file_size(path, error);
  return error ? 0 : size;
}

bool python_has(const std::string& module, const fs::path& work)
{
  return run({"/usr/bin/python3", "-c", "import " + module}, work / ("probe-" + module + ".log"))
           .status
         == 0;
}

constexpr const char* networkx_script = "import sys, time, networkx as nx\n"
                                        "g = nx.read_graphml(sys.argv[1])\n"
                                        "t, c = time.perf_counter(), time.process_time()\n"
                                        "nx.write_graphml(g, sys.argv[2])\n"
                                        "print(time.perf_counter() - t, time.process_time() - c)\n";

constexpr const char* rdflib_script =
  "import sys, time, rdflib\n"
  "g = rdflib.Graph()\n"
  "g.parse(sys.argv[1], format='nt')\n"
  "t, c = time.perf_counter(), time.process_time()\n"
  "g.serialize(destination=sys.argv[2], format='turtle')\n"
  "print(time.perf_counter() - t, time.process_time() - c, len(g))\n";

struct Figures
{
  double seconds = 0;
  double cpu_seconds = 0;
  std::uintmax_t size = 0;
  long peak_kib = 0;
};

void print_row(const std::string& name, const Figures& figures)
{
  const auto size = figures.size;
  const double peak = static_cast<double>(figures.peak_kib) * 1024.0;
  std::cout << std::left << std::setw(24) << name << std::right << std::fixed
            << std::setprecision(2) << std::setw(8) << figures.seconds << " s" << std::setw(8)
            << figures.cpu_seconds << " s" << std::setw(12) << megabytes(static_cast<double>(size))
            << std::setw(12) << megabytes(peak);
  if (size >= 1000000) { // not for a script of a few hundred bytes (cypher)
    std::cout << std::setw(8) << std::setprecision(2) << peak / static_cast<double>(size) << "x";
  }
  std::cout << '\n';
}

// A Python writer to time on the same graph: `script` reads the `format`
// export and writes `output`, printing its wall and CPU seconds and, for
// rdflib, the triples it read.
struct PythonWriter
{
  const char* module;
  const char* script;
  const char* format;
  const char* output;
  const char* label;
};

constexpr PythonWriter networkx_writer{
  "networkx", networkx_script, "graphml", "networkx.graphml", "networkx write_graphml"};
constexpr PythonWriter rdflib_writer{
  "rdflib", rdflib_script, "ntriples", "rdflib.ttl", "rdflib turtle"};

// Runs `writer` on `input` and prints its row; a message instead when the
// module or the input is missing or the script fails.
void time_python_writer(const Options& options, const PythonWriter& writer, const fs::path& input)
{
  const auto& work = options.work;
  const std::string tool(writer.module);
  if (!python_has(tool, work)) {
    std::cout << tool << ": skipped (/usr/bin/python3 cannot import " << tool << ")\n";
    return;
  }
  if (size_of(input) == 0) {
    std::cout << tool << ": skipped (no " << writer.format << " export to read)\n";
    return;
  }
  const auto out = work / writer.output;
  const auto log = work / (tool + ".log");
  const auto result = run({"/usr/bin/python3", "-c", writer.script, input, out}, log);
  if (result.status != 0) {
    std::cout << tool << ": failed, see " << log << '\n';
    return;
  }
  std::istringstream times(result.out);
  Figures figures{.size = size_of(out), .peak_kib = result.peak_kib};
  std::string triples;
  times >> figures.seconds >> figures.cpu_seconds >> triples;
  print_row(writer.label, figures);
  if (!triples.empty()) {
    std::cout << "  (" << tool << ": " << triples << " triples; python's peak includes parsing)\n";
  }
}

void compare_with_python(const Options& options, const fs::path& graphml, const fs::path& nt)
{
  time_python_writer(options, networkx_writer, graphml);
  time_python_writer(options, rdflib_writer, nt);
}

enum class Measures { write, skip };

// Exports the cache `db` as `format` (with --no-measures for
// Measures::skip) as its own process and prints its row. Returns the file
// written, or an empty path when the export failed.
fs::path export_row(const Options& options,
                    const std::string& db,
                    const std::string& format,
                    Measures measures)
{
  const bool skip = measures == Measures::skip;
  const auto name = format + (skip ? "-no-measures" : "");
  auto out = options.work / ("graph." + name);
  const auto log = options.work / ("export-" + name + ".log");
  std::vector<std::string> args{options.newskg,
                                "export",
                                "--quiet",
                                "--data",
                                NEWSKG_DATA_DIR,
                                "--db",
                                db,
                                "--format",
                                format,
                                "-o",
                                out.string()};
  if (skip) {
    args.emplace_back("--no-measures");
  }
  const auto result = run(args, log);
  if (result.status != 0) {
    std::cout << name << ": exit " << result.status << ", see " << log << '\n';
    return {};
  }
  print_row(skip ? format + " --no-measures" : format,
            {.seconds = result.seconds,
             .cpu_seconds = result.cpu_seconds,
             .size = size_of(out),
             .peak_kib = result.peak_kib});
  return out;
}

std::vector<std::string> split_commas(const std::string& text)
{
  std::vector<std::string> items;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    if (!item.empty()) {
      items.push_back(item);
    }
  }
  return items;
}

// Reads the command line into `options`: the exit status to end with now (0
// after --help, 2 on a bad option), or nothing to go on.
std::optional<int> parse(const std::vector<std::string>& args, Options& options)
{
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool has_value = i + 1 < args.size();
    if (args[i] == "--help" || args[i] == "-h") {
      std::cout << usage;
      return 0;
    }
    if (args[i] == "--edges" && has_value) {
      options.edges = std::stoul(args[++i]);
    } else if (args[i] == "--nodes" && has_value) {
      options.nodes = std::stoul(args[++i]);
    } else if (args[i] == "--formats" && has_value) {
      options.formats = split_commas(args[++i]);
    } else if (args[i] == "--work" && has_value) {
      options.work = args[++i];
    } else if (args[i] == "--newskg" && has_value) {
      options.newskg = args[++i];
    } else if (args[i] == "--cache" && has_value) {
      options.cache = args[++i];
    } else if (args[i] == "--keep") {
      options.keep = true;
    } else if (args[i] == "--no-measures") {
      options.no_measures = true;
    } else if (args[i] == "--no-python") {
      options.python = false;
    } else {
      std::cerr << usage;
      return 2;
    }
  }
  if (options.nodes == 0) {
    options.nodes = std::max<std::size_t>(options.edges / 2, 2);
  }
  return std::nullopt;
}

} // namespace

int main(int argc, char** argv)
{
  Options options;
  if (const auto status = parse({argv + 1, argv + argc}, options)) {
    return *status;
  }
  const auto& work = options.work;
  fs::remove_all(work);
  fs::create_directories(work);
  const auto corpus = work / "graph.jsonl";
  auto db = (work / "bench.db").string();
  const auto& newskg = options.newskg;
  const std::string data = NEWSKG_DATA_DIR;
  double build_seconds = 0;
  if (!options.cache.empty()) {
    db = options.cache; // its graph is the one --edges and --nodes made then
  } else {
    write_corpus(corpus, options.edges, options.nodes);
    const auto built = run(
      {newskg, "build", "--quiet", "--data", data, "--db", db, "--from-extracted", corpus.string()},
      work / "build.log");
    if (built.status != 0) {
      std::cerr << "export_bench: build failed, see " << (work / "build.log") << '\n';
      return 1;
    }
    build_seconds = built.seconds;
  }
  std::cout << options.edges << " distinct edges between at most " << options.nodes << " entities ("
            << megabytes(static_cast<double>(size_of(corpus)))
            << " of extract output), cache built in " << std::setprecision(2) << std::fixed
            << build_seconds << " s\n\n"
            << std::left << std::setw(24) << "format" << std::right << std::setw(10) << "time"
            << std::setw(10) << "cpu" << std::setw(12) << "size" << std::setw(12) << "peak RSS"
            << std::setw(9) << "RSS/size" << '\n';
  fs::path graphml;
  fs::path nt;
  for (const auto& format : options.formats) {
    const auto out = export_row(options, db, format, Measures::write);
    if (options.no_measures && (format == "graphml" || format.starts_with("gexf"))) {
      (void)export_row(options, db, format, Measures::skip);
    }
    graphml = format == "graphml" ? out : graphml;
    nt = format == "ntriples" ? out : nt;
  }
  if (options.python) {
    std::cout << '\n';
    compare_with_python(options, graphml, nt);
  }
  if (!options.keep) {
    fs::remove_all(work);
  }
  return 0;
}
