#include "export/exporters.hpp"
#include "export/rdf_quads.hpp"
#include "export/rdf_term.hpp"
#include "export/rdf_triples.hpp"

namespace newskg::exports {

// The writers take each triple as it is made and keep none (issue 9: an
// export's memory stays within the size of what it writes).

void write_ntriples(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out)
{
  // N-Triples [2] triple ::= subject predicate object '.'; full IRIs only.
  for_each_rdf_triple(graph, ontology, RdfStatements::reified, [&](const RdfTriple& triple) {
    out << triple.subject.ntriples << ' ' << triple.predicate.ntriples << ' '
        << triple.object.ntriples << " .\n";
  });
}

namespace {

void write_turtle_document(const graph::KnowledgeGraph& graph,
                           const Ontology& ontology,
                           RdfStatements statements,
                           std::ostream& out)
{
  for (const auto& prefix : rdf_prefixes()) {
    out << "@prefix " << prefix.prefix << ": <" << prefix.namespace_iri << "> .\n";
  }
  TurtleBody body(out, "");
  for_each_rdf_triple(
    graph, ontology, statements, [&](const RdfTriple& triple) { body.add(triple); });
  body.finish();
}

} // namespace

void write_turtle(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out)
{
  write_turtle_document(graph, ontology, RdfStatements::reified, out);
}

void write_turtle_star(const graph::KnowledgeGraph& graph,
                       const Ontology& ontology,
                       std::ostream& out)
{
  write_turtle_document(graph, ontology, RdfStatements::quoted, out);
}

} // namespace newskg::exports
