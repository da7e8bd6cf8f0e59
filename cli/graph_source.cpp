#include "cli/graph_source.hpp"

#include "cli/corpus.hpp"
#include "cli/entity_ids.hpp"
#include "cli/romanized_labels.hpp"
#include "core/iso_date.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace newskg::cli {

namespace {

constexpr std::array filter_options{
  OptionSpec{.name = "--since", .value = "DATE"},
  OptionSpec{.name = "--until", .value = "DATE"},
  OptionSpec{.name = "--predicate", .short_name = "-p", .value = "P[,P...]"},
  OptionSpec{.name = "--type", .short_name = "-t", .value = "TYPE[,TYPE...]"},
  OptionSpec{.name = "--min-mentions", .value = "N"},
  OptionSpec{.name = "--min-confidence", .value = "X"},
  OptionSpec{.name = "--around", .value = "NAME"},
  OptionSpec{.name = "--depth", .value = "N"},
};

std::vector<std::string> split_list(std::string_view text)
{
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = std::min(text.find(',', start), text.size());
    if (comma > start) {
      items.emplace_back(text.substr(start, comma - start));
    }
    start = comma + 1;
  }
  return items;
}

// A real day YYYY-MM-DD, the form article dates start with (README: ISO 8601):
// graph::in_date_range compares it with their first 10 characters.
std::string require_date(std::string_view option, const std::string& text)
{
  if (iso8601_date_form(text) != DateForm::day) {
    throw UsageError("option '" + std::string(option) + "' expects a date YYYY-MM-DD, not '" + text
                     + "'");
  }
  return text;
}

} // namespace

std::vector<OptionSpec> with_filter_options(std::span<const OptionSpec> own)
{
  std::vector<OptionSpec> specs(own.begin(), own.end());
  specs.insert(specs.end(), filter_options.begin(), filter_options.end());
  return specs;
}

std::string_view filter_options_help()
{
  return "Filters (combine freely):\n"
         "  --since DATE          articles dated DATE (YYYY-MM-DD) or later; undated ones go\n"
         "  --until DATE          articles dated DATE or earlier\n"
         "  -p, --predicate P,..  relations of these predicates only, e.g. called,met\n"
         "  -t, --type TYPE,..    entities of these types only (Person, Country,\n"
         "                        Organization, Location, Event) and the edges between them\n"
         "  --min-mentions N      edges with at least N pieces of evidence (default: 0)\n"
         "  --min-confidence X    evidence with confidence X (0..1) or more (default: 0)\n"
         "  --around NAME         the ego network of the entity NAME (any language, as in\n"
         "                        query): the entities within --depth hops, either direction\n"
         "  --depth N             hops for --around (default: 1)\n"
         "With --predicate, --min-mentions or --min-confidence, entities left without any\n"
         "edge are dropped.\n";
}

graph::GraphFilter filter_from(const ParsedArgs& parsed, const Ontology& ontology)
{
  graph::GraphFilter filter;
  if (const auto since = parsed.value("--since")) {
    filter.since = require_date("--since", *since);
  }
  if (const auto until = parsed.value("--until")) {
    filter.until = require_date("--until", *until);
  }
  for (const auto& predicate : split_list(parsed.value("--predicate").value_or(""))) {
    if (ontology.find(predicate) == nullptr) {
      throw UsageError("unknown predicate '" + predicate + "'");
    }
    filter.predicates.insert(predicate);
  }
  for (const auto& name : split_list(parsed.value("--type").value_or(""))) {
    const auto type = parse_entity_type(name);
    if (!type) {
      throw UsageError("unknown entity type '" + name
                       + "' (Person, Country, Organization, Location, Event)");
    }
    filter.types.insert(*type);
  }
  if (const auto mentions = parsed.value("--min-mentions")) {
    filter.min_mentions = parse_count("--min-mentions", *mentions);
  }
  filter.min_confidence = min_confidence_from(parsed);
  if (const auto depth = parsed.value("--depth")) {
    if (!parsed.value("--around")) {
      throw UsageError("--depth needs --around NAME");
    }
    filter.depth = parse_count("--depth", *depth);
  }
  return filter;
}

void resolve_around(graph::GraphFilter& filter,
                    const ParsedArgs& parsed,
                    const extract::Resources& resources,
                    const cache::Cache& cache)
{
  if (const auto around = parsed.value("--around")) {
    filter.around = ids_for(*around, resources, cache);
    if (filter.around.empty()) {
      throw UsageError("no entity named " + *around);
    }
  }
}

graph::KnowledgeGraph load_graph(const cache::Cache& cache,
                                 const extract::Resources& resources,
                                 const graph::GraphFilter& filter,
                                 EvidenceText text)
{
  graph::KnowledgeGraph graph(resources.ontology());
  RomanizationTagger romanizations(resources);
  // Issue 9: each document is filtered and tagged where the cache read it, not in a copy.
  cache.for_each_extraction([&](Extraction& extraction) {
    if (graph::filter_extraction(extraction, filter)) {
      romanizations.tag(extraction);
      if (text == EvidenceText::drop) {
        for (auto& relation : extraction.relations) {
          std::string().swap(relation.evidence.text);
        }
      }
      graph.add(extraction);
    }
  });
  // Issue 9: without a filter on the merged graph, no copy of it.
  auto kept = filter.filters_graph() ? graph::filter_graph(graph, filter) : std::move(graph);
  // Issue 10: `WHERE 'بوتين' IN n.aliases` finds Putin however the
  // articles named him.
  std::vector<std::string> ids;
  for (const auto* node : kept.nodes()) {
    ids.push_back(node->id);
  }
  for (const auto& id : ids) {
    kept.add_aliases(id, resources.aliases_of(id));
  }
  return kept;
}

graph::KnowledgeGraph load_filtered_graph(const ParsedArgs& parsed,
                                          const extract::Resources& resources,
                                          const std::string& db,
                                          EvidenceText text)
{
  auto filter = filter_from(parsed, resources.ontology());
  const auto cache = open_existing_cache(db);
  resolve_around(filter, parsed, resources, cache);
  return load_graph(cache, resources, filter, text);
}

} // namespace newskg::cli
