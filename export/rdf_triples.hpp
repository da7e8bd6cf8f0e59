#pragma once

// The knowledge graph as a list of RDF triples, shared by the Turtle and
// N-Triples writers so both say exactly the same thing.

#include "core/ontology.hpp"
#include "export/rdf_term.hpp"
#include "graph/knowledge_graph.hpp"

#include <functional>
#include <vector>

namespace newskg::exports {

struct RdfTriple
{
  RdfTerm subject;
  RdfTerm predicate;
  RdfTerm object;
};

// The RDF class of an entity type: schema:Person, schema:Country,
// schema:Organization, schema:Place, kgo:Event (exports.md §6).
[[nodiscard]] RdfTerm class_of(EntityType type);

// In a fixed order (predicates used, entities by id, edges by triple, then
// evidence and articles by IRI) with all triples of one subject together, so
// the same graph always gives the same list. Per edge: the direct triple
// `s kgo:pred o` and a relation node (rdf:Statement) carrying confidence,
// mention count, cameo, role and provenance (exports.md §6).
// How a relation's confidence and provenance hang on it: a relation node
// (`rdf:Statement`, every RDF tool reads it) or the quoted triple of RDF-star
// (`<< s p o >> kgo:confidence ...`, Jena only; exports.md §6).
enum class RdfStatements { reified, quoted };

[[nodiscard]] std::vector<RdfTriple> rdf_triples(const graph::KnowledgeGraph& graph,
                                                 const Ontology& ontology,
                                                 RdfStatements statements = RdfStatements::reified);

// Receives each triple in turn; the triple lives only during the call.
using RdfTripleSink = std::function<void(const RdfTriple&)>;

// The triples of rdf_triples, in the same order, given to `sink` one at a
// time as they are made, so that a writer holds no list of them (issue 9).
void for_each_rdf_triple(const graph::KnowledgeGraph& graph,
                         const Ontology& ontology,
                         RdfStatements statements,
                         const RdfTripleSink& sink);

} // namespace newskg::exports
