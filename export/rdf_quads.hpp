#pragma once

// The knowledge graph as an RDF dataset for TriG and N-Quads (exports.md §6,
// "named graph per article"): the default graph holds everything the Turtle
// export says, plus the provenance of each article's graph as PROV-O; the
// named graph of an article holds the direct triples `s kgo:pred o` read from
// that article, so a store can answer "which article said what".

#include "core/ontology.hpp"
#include "export/rdf_triples.hpp"
#include "graph/knowledge_graph.hpp"

#include <string>
#include <vector>

namespace newskg::exports {

struct RdfGraph
{
  std::string iri; // empty for the default graph
  std::vector<RdfTriple> triples;
};

// "https://newskg.org/graph/article/<percent-encoded doc id>".
[[nodiscard]] std::string article_graph_iri(std::string_view doc);

// The default graph first, then one graph per article in document id order;
// the same graph always gives the same list.
[[nodiscard]] std::vector<RdfGraph> rdf_dataset(const graph::KnowledgeGraph& graph,
                                                const Ontology& ontology);

// Turtle's body for `triples`: consecutive triples of one subject share it
// (Turtle [7] predicateObjectList), every line prefixed with `indent`.
void write_turtle_triples(const std::vector<RdfTriple>& triples,
                          std::string_view indent,
                          std::ostream& out);

} // namespace newskg::exports
