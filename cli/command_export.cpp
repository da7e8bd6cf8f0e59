// newskg export: the cache's documents merged into one graph, written as GraphML, GEXF, RDF,
// Neo4j CSV, ...

#include "cache/cache.hpp"
#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/graph_source.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"
#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "export/atomic_directory.hpp"
#include "export/exporters.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/measures.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace newskg::cli {

namespace {

constexpr std::array options{
  OptionSpec{.name = "--db", .value = "FILE"},
  OptionSpec{.name = "--format", .short_name = "-f", .value = "NAME"},
  OptionSpec{.name = "--output", .short_name = "-o", .value = "FILE"},
  OptionSpec{.name = "--force"},
  OptionSpec{.name = "--no-measures"},
};

// The formats that write node measures, which --no-measures leaves out;
// html and dot need them (the view sizes nodes by them), and the others
// write none.
constexpr std::array measured_formats{"graphml", "gexf", "gexf-1.3", "neo4j"};
constexpr std::array measure_only_formats{"html", "dot"};

bool one_of(const auto& names, std::string_view format)
{
  return std::find(names.begin(), names.end(), format) != names.end();
}

std::string format_list()
{
  std::string list;
  for (const auto& name : exports::format_names()) {
    list += (list.empty() ? "" : ", ") + name;
  }
  return list;
}

std::string format_table()
{
  std::string table;
  for (const auto& format : exports::formats()) {
    std::string name(format.name);
    name.resize(std::max<std::size_t>(name.size(), 12), ' ');
    table += "      ";
    table += name;
    table += format.summary;
    table += format.output == exports::Output::directory ? " (-o DIR)\n" : "\n";
  }
  return table;
}

std::string help()
{
  std::string text =
    "usage: newskg export --db FILE --format NAME [-o FILE|DIR [--force]] [filters]\n\n"
    "Merges every document in the cache into one knowledge graph and writes it.\n"
    "Every node carries its degree, weighted degree, PageRank, betweenness and\n"
    "connected component (newskg stats prints the top ones). Betweenness is exact\n"
    "up to "
    + std::to_string(graph::BetweennessOptions{}.exact_max_nodes)
    + " nodes; above, it is estimated from " + std::to_string(graph::BetweennessOptions{}.pivots)
    + " source\n"
      "nodes drawn with a fixed seed (the same cache gives the same file) and named\n"
      "betweenness_estimate.\n\n"
      "Options:\n"
      "  --db FILE          the cache that newskg build filled (required)\n"
      "  -f, --format NAME  one of (required):\n"
    + format_table()
    + "  -o, --output FILE  write to FILE, replaced atomically (default: -, stdout);\n"
      "                     a device or FIFO is written in place; never the --db file;\n"
      "                     a directory format needs -o DIR: a new or empty one, or one\n"
      "                     newskg wrote before (marked by its file .newskg-export)\n"
      "  --force            with -o DIR: write into a directory newskg did not write,\n"
      "                     replacing only the files newskg writes and keeping the others\n"
      "  --no-measures      write no node measures (no degree, PageRank, betweenness,\n"
      "                     component): faster on large graphs; graphml, gexf,\n"
      "                     gexf-1.3 and neo4j (html and dot need them)\n";
  text += filter_options_help();
  return with_common_help(std::move(text));
}

std::string require_format(const ParsedArgs& parsed)
{
  const auto format = parsed.value("--format");
  if (!format) {
    throw UsageError("export needs --format NAME (" + format_list() + ")");
  }
  const auto& names = exports::format_names();
  if (std::find(names.begin(), names.end(), *format) == names.end()) {
    throw UsageError("unknown format '" + *format + "' (" + format_list() + ")");
  }
  return *format;
}

struct Destination
{
  std::string output; // a file, a directory or "-"
  exports::FormatSources sources;
  exports::ForeignFiles foreign = exports::ForeignFiles::refuse;
};

// The cache is the input: writing over it, or over its journal, would destroy
// what the export reads (issue 12). Compared by device and inode, so a
// symbolic or hard link to it is refused too.
void refuse_cache_as_output(const std::string& output, const std::string& db)
{
  if (output == "-") {
    return;
  }
  for (const std::string_view suffix : {"", "-wal", "-shm", "-journal"}) {
    if (same_file(output, db + std::string(suffix))) {
      throw OutputError(output + ": is the cache given as --db" + std::string(suffix)
                        + "; refusing to write over it");
    }
  }
}

// The output is opened before the graph is loaded, so that a refused
// destination fails at once, and written after. Returns the format's note
// (exports::write).
std::string write_output(const std::string& format,
                         const Destination& to,
                         const std::function<graph::KnowledgeGraph()>& load,
                         const Ontology& ontology,
                         std::ostream& out)
{
  const auto& output = to.output;
  std::string note;
  if (exports::find_format(format).output == exports::Output::directory) {
    exports::AtomicDirectory directory(output, to.foreign);
    const auto graph = load();
    exports::write_directory(
      format,
      graph,
      ontology,
      [&](std::string_view name) -> std::ostream& { return directory.stream(name); },
      to.sources.measures);
    directory.commit();
  } else if (output == "-") {
    note = exports::write(format, load(), ontology, out, to.sources);
    out.flush();
  } else {
    AtomicFile file(output);
    note = exports::write(format, load(), ontology, file.stream(), to.sources);
    file.commit();
  }
  return note;
}

int run_export(std::span<const std::string_view> args, const Io& io)
{
  const auto parsed = parse_args(args, with_filter_options(options));
  if (parsed.help) {
    io.out << help();
    return success;
  }
  const auto common = common_from(parsed);
  const auto db = require_value(parsed, "--db", "export needs --db FILE");
  const auto format = require_format(parsed);
  const auto output_value = parsed.value("--output");
  if (exports::find_format(format).output == exports::Output::directory
      && (!output_value || *output_value == "-" || output_value->empty())) {
    throw UsageError("export --format " + format + " writes a directory: give -o DIR");
  }
  require_no_operands(parsed, "export takes no INPUT (it reads the cache)");
  const auto measures =
    parsed.has_flag("--no-measures") ? exports::Measures::skip : exports::Measures::write;
  if (measures == exports::Measures::skip && one_of(measure_only_formats, format)) {
    throw UsageError(
      "--no-measures: --format " + format
      + " needs the measures (graphml, gexf, gexf-1.3 and neo4j can leave them out)");
  }
  const auto output = parsed.value("--output").value_or("-");
  refuse_cache_as_output(output, db);
  const auto resources = load_resources_for_cache(common, io.err);

  std::size_t nodes = 0;
  std::size_t edges = 0;
  const auto load = [&] {
    auto graph = load_filtered_graph(
      parsed,
      resources,
      db,
      exports::find_format(format).evidence_text ? EvidenceText::keep : EvidenceText::drop);
    nodes = graph.node_count();
    edges = graph.edge_count();
    return graph;
  };
  const auto note =
    write_output(format,
                 {.output = output,
                  .sources = {.web_dir = exports::find_web_dir(common.data_dir),
                              .data_dir = common.data_dir,
                              .measures = measures},
                  .foreign = parsed.has_flag("--force") ? exports::ForeignFiles::keep
                                                        : exports::ForeignFiles::refuse},
                 load,
                 resources.ontology(),
                 io.out);
  if (!common.quiet) {
    io.err << "newskg: " << nodes << " nodes, " << edges << " edges written as " << format
           << (output == "-" ? "" : " to " + output) << '\n';
    const bool measured = one_of(measured_formats, format) || one_of(measure_only_formats, format);
    if (measured && measures == exports::Measures::write && graph::betweenness_estimated(nodes)) {
      io.err << "newskg: betweenness_estimate: betweenness estimated from "
             << graph::BetweennessOptions{}.pivots << " of the " << nodes << " nodes (exact up to "
             << graph::BetweennessOptions{}.exact_max_nodes << "; --no-measures writes none)\n";
    }
    if (!note.empty()) {
      io.err << "newskg: " << note << '\n';
    }
  }
  return success;
}

} // namespace

const Command& export_command()
{
  static const Command command{
    .name = "export",
    .summary = "write the merged graph (GraphML, GEXF, RDF, Neo4j, ...), whole or filtered",
    .usage = "newskg export --db FILE --format NAME [-o FILE|DIR [--force]] [filters]",
    .help = help,
    .run = run_export,
  };
  return command;
}

} // namespace newskg::cli
