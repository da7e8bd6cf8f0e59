#include "export/exporters.hpp"
#include "export/rdf_quads.hpp"
#include "export/rdf_term.hpp"
#include "export/rdf_triples.hpp"

namespace newskg::exports {

void write_ntriples(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out)
{
  // N-Triples [2] triple ::= subject predicate object '.'; full IRIs only.
  for (const auto& triple : rdf_triples(graph, ontology)) {
    out << triple.subject.ntriples << ' ' << triple.predicate.ntriples << ' '
        << triple.object.ntriples << " .\n";
  }
}

namespace {

void write_turtle_document(const std::vector<RdfTriple>& triples, std::ostream& out)
{
  for (const auto& prefix : rdf_prefixes()) {
    out << "@prefix " << prefix.prefix << ": <" << prefix.namespace_iri << "> .\n";
  }
  write_turtle_triples(triples, "", out);
}

} // namespace

void write_turtle(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out)
{
  write_turtle_document(rdf_triples(graph, ontology), out);
}

void write_turtle_star(const graph::KnowledgeGraph& graph,
                       const Ontology& ontology,
                       std::ostream& out)
{
  write_turtle_document(rdf_triples(graph, ontology, RdfStatements::quoted), out);
}

} // namespace newskg::exports
