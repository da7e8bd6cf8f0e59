#include "export/exporters.hpp"
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

void write_turtle(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out)
{
  for (const auto& prefix : rdf_prefixes()) {
    out << "@prefix " << prefix.prefix << ": <" << prefix.namespace_iri << "> .\n";
  }
  // Turtle [7] predicateObjectList: consecutive triples of one subject share it.
  const auto triples = rdf_triples(graph, ontology);
  const RdfTerm* subject = nullptr;
  for (const auto& triple : triples) {
    if (subject != nullptr && *subject == triple.subject) {
      out << " ;\n    ";
    } else {
      if (subject != nullptr) {
        out << " .\n";
      }
      out << '\n' << triple.subject.turtle << "\n    ";
    }
    out << triple.predicate.turtle << ' ' << triple.object.turtle;
    subject = &triple.subject;
  }
  if (subject != nullptr) {
    out << " .\n";
  }
}

} // namespace newskg::exports
