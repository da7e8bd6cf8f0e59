#pragma once

// The exports module writes a KnowledgeGraph in the formats analysts load
// (GraphML for Gephi and Neo4j APOC, RDF as Turtle and N-Triples) and reads and
// writes the `extract` JSON Lines of ontology.md. Namespace `exports`:
// `export` is a C++ keyword.

#include "core/extraction.hpp"
#include "core/ontology.hpp"
#include "graph/knowledge_graph.hpp"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::exports {

// Formats `newskg export --format` accepts, for --help.
[[nodiscard]] const std::vector<std::string>& format_names();
// Writes `graph` as `format`, one of format_names(). Throws
// InputError for an unknown format.
void write(std::string_view format,
           const graph::KnowledgeGraph& graph,
           const Ontology& ontology,
           std::ostream& out);

void write_graphml(const graph::KnowledgeGraph& graph, std::ostream& out);
// GEXF 1.3 for Gephi: one edge per predicate with `kind`, labels in both languages.
void write_gexf(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out);
void write_turtle(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out);
void write_ntriples(const graph::KnowledgeGraph& graph,
                    const Ontology& ontology,
                    std::ostream& out);
// TriG and N-Quads: one named graph per article, its provenance in PROV-O.
void write_trig(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out);
void write_nquads(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out);

// data/ontology.ttl: the kgo: vocabulary with labels @en and @ar, CAMEO codes,
// owl:SymmetricProperty for symmetric predicates.
void write_ontology_turtle(const Ontology& ontology, std::ostream& out);

// One `extract` JSON object on one line, ending with '\n' (ontology.md).
void write_extraction_json(const Extraction& extraction, std::ostream& out);
// The inverse; throws InputError "source: ..." on malformed JSON or fields.
[[nodiscard]] Extraction read_extraction_json(std::string_view line, std::string_view source);

} // namespace newskg::exports
