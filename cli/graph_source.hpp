#pragma once

// The graph `export` and `stats` work on: every document of the cache merged
// into one KnowledgeGraph, then cut down by the filter options
// (--since/--until, --predicate, --type, --min-mentions, --min-confidence,
// --around NAME --depth N).

#include "cache/cache.hpp"
#include "cli/options.hpp"
#include "extract/extractor.hpp"
#include "graph/filter.hpp"
#include "graph/knowledge_graph.hpp"

#include <string_view>
#include <vector>

namespace newskg::cli {

// The filter options, to append to a command's own.
[[nodiscard]] std::vector<OptionSpec> with_filter_options(std::span<const OptionSpec> own);

// Their lines for --help.
[[nodiscard]] std::string_view filter_options_help();

// The filter the options ask for, but for --around. --predicate and --type
// take comma-separated lists checked against the ontology. Throws UsageError
// for a malformed value; reads no cache, so a bad command line fails first.
[[nodiscard]] graph::GraphFilter filter_from(const ParsedArgs& parsed, const Ontology& ontology);

// Sets filter.around from --around NAME, resolved as `query` resolves a name
// (gazetteer and cache aliases, any language). Throws UsageError when NAME
// matches no entity.
void resolve_around(graph::GraphFilter& filter,
                    const ParsedArgs& parsed,
                    const extract::Resources& resources,
                    const cache::Cache& cache);

// The cache's documents merged and filtered.
[[nodiscard]] graph::KnowledgeGraph
load_graph(const cache::Cache& cache, const Ontology& ontology, const graph::GraphFilter& filter);

} // namespace newskg::cli
