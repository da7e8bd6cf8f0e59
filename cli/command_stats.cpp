// newskg stats: the merged graph's size and its most central entities by each
// measure of graph/measures.hpp.

#include "cache/cache.hpp"
#include "cli/command.hpp"
#include "cli/corpus.hpp"
#include "cli/graph_source.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"
#include "export/graph_text.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/measures.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>
#include <utility>

namespace newskg::cli {

namespace {

constexpr std::size_t default_top = 10;

constexpr std::array options{
  OptionSpec{.name = "--db", .value = "FILE"},
  OptionSpec{.name = "--top", .short_name = "-n", .value = "N"},
};

std::string help()
{
  std::string text =
    "usage: newskg stats --db FILE [--top N] [filters]\n\n"
    "Merges every document in the cache into one graph, as export does, and prints\n"
    "its size and, for each measure, the N entities that rank highest:\n"
    "  degree           edges at the entity (one per predicate), in and out\n"
    "  weighted_degree  the same, each edge counted by its pieces of evidence\n"
    "  pagerank         PageRank (damping 0.85; symmetric predicates point both ways)\n"
    "  betweenness      share of shortest paths between other entities that pass it\n"
    "Ties are broken by entity id. Every export writes these measures on its nodes.\n\n"
    "Options:\n"
    "  --db FILE      the cache that newskg build filled (required)\n"
    "  -n, --top N    entities per measure (default: 10)\n";
  text += filter_options_help();
  return with_common_help(std::move(text));
}

// "0.123457": six decimals, enough to tell entities apart, never "0,12".
std::string fixed(double value)
{
  std::array<char, 64> buffer{};
  const auto written = std::snprintf(buffer.data(), buffer.size(), "%.6f", value);
  return {buffer.data(), static_cast<std::size_t>(std::max(written, 0))};
}

void print_top(const graph::KnowledgeGraph& graph,
               const std::map<std::string, graph::NodeMeasures, std::less<>>& measures,
               std::string_view measure,
               std::size_t top,
               std::ostream& out)
{
  std::vector<std::pair<double, std::string_view>> ranked;
  ranked.reserve(measures.size());
  for (const auto& [id, m] : measures) {
    ranked.emplace_back(graph::measure_value(m, measure), id);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first > b.first; // ids are already in order: ties stay by id
  });
  // Issue 9: on a large graph the betweenness is an estimate, and says so.
  const auto title = measure == "betweenness" && graph::betweenness_estimated(graph.node_count())
                       ? graph::betweenness_estimate_name
                       : measure;
  out << "\n" << title << "\nrank\t" << title << "\ttype\tid\tentity\n";
  for (std::size_t i = 0; i < std::min(top, ranked.size()); ++i) {
    const auto* node = graph.find(ranked[i].second);
    const bool whole = measure == "degree";
    out << i + 1 << '\t'
        << (whole ? std::to_string(static_cast<std::size_t>(ranked[i].first))
                  : fixed(ranked[i].first))
        << '\t' << to_string(node->type) << '\t' << node->id << '\t'
        << exports::display_label(*node) << '\n';
  }
}

int run_stats(std::span<const std::string_view> args, const Io& io)
{
  const auto parsed = parse_args(args, with_filter_options(options));
  if (parsed.help) {
    io.out << help();
    return success;
  }
  const auto common = common_from(parsed);
  const auto db = require_value(parsed, "--db", "stats needs --db FILE");
  const auto top =
    parse_count("--top", parsed.value("--top").value_or(std::to_string(default_top)));
  require_no_operands(parsed, "stats takes no INPUT (it reads the cache)");
  // Stats never show an evidence sentence.
  const auto graph =
    load_filtered_graph(parsed, load_resources_for_cache(common, io.err), db, EvidenceText::drop);

  const auto measures = graph::compute_measures(graph);
  std::set<std::size_t> components;
  for (const auto& [id, m] : measures) {
    components.insert(m.component);
  }
  io.out << "nodes\t" << graph.node_count() << "\nedges\t" << graph.edge_count() << "\ncomponents\t"
         << components.size() << '\n';
  for (const auto measure : graph::measure_names()) {
    if (measure != "component") {
      print_top(graph, measures, measure, top, io.out);
    }
  }
  return success;
}

} // namespace

const Command& stats_command()
{
  static const Command command{
    .name = "stats",
    .summary = "print the graph's size and its top entities by degree, PageRank, betweenness",
    .usage = "newskg stats --db FILE [--top N] [filters]",
    .help = help,
    .run = run_stats,
  };
  return command;
}

} // namespace newskg::cli
