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

#include <cstdint>
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

// Whether a loaded graph keeps the sentence text of each piece of evidence
// (Edge::evidence[].text); without it, every text is empty and the rest is the
// same.
enum class EvidenceText : std::uint8_t { keep, drop };

// The cache's documents merged and filtered, romanizations under their own
// language tag (romanized_labels.hpp) and every kept node's aliases completed
// with the gazetteer's names in every language.
[[nodiscard]] graph::KnowledgeGraph load_graph(const cache::Cache& cache,
                                               const extract::Resources& resources,
                                               const graph::GraphFilter& filter,
                                               EvidenceText text = EvidenceText::keep);

// All of the above for export and stats: the filter options checked, then the
// cache `db` opened read-only (InputError when it does not exist), --around
// resolved, and the graph loaded.
[[nodiscard]] graph::KnowledgeGraph load_filtered_graph(const ParsedArgs& parsed,
                                                        const extract::Resources& resources,
                                                        const std::string& db,
                                                        EvidenceText text = EvidenceText::keep);

} // namespace newskg::cli
