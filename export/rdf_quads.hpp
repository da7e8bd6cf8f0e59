#pragma once

// The knowledge graph as an RDF dataset for TriG and N-Quads (exports.md §6,
// "named graph per article"): the default graph holds everything the Turtle
// export says, plus the provenance of each article's graph as PROV-O; the
// named graph of an article holds the direct triples `s kgo:pred o` read from
// that article, so a store can answer "which article said what".

#include "core/ontology.hpp"
#include "export/rdf_triples.hpp"
#include "graph/knowledge_graph.hpp"

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
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

// Receives each triple of the dataset with the IRI of its graph ("" for the
// default graph); both live only during the call.
using RdfQuadSink = std::function<void(std::string_view graph_iri, const RdfTriple&)>;

// The quads of rdf_dataset, in the same order (each graph's triples
// together), given to `sink` one at a time: no list of them is kept (issue 9).
void for_each_rdf_quad(const graph::KnowledgeGraph& graph,
                       const Ontology& ontology,
                       const RdfQuadSink& sink);

// Turtle's body written one triple at a time: consecutive triples of one
// subject share it (Turtle [7] predicateObjectList), every line prefixed with
// `indent`. finish() ends the last statement; nothing is written for no triple.
class TurtleBody
{
public:
  TurtleBody(std::ostream& out, std::string_view indent);

  void add(const RdfTriple& triple);
  void finish();

private:
  std::ostream& m_out;
  std::string m_indent;
  RdfTerm m_subject; // of the statement being written
  bool m_open = false;
};

// Turtle's body for `triples` (TurtleBody over the list).
void write_turtle_triples(const std::vector<RdfTriple>& triples,
                          std::string_view indent,
                          std::ostream& out);

} // namespace newskg::exports
