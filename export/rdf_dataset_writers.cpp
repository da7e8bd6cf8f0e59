// TriG and N-Quads: the RDF dataset of rdf_quads.hpp, one named graph per article.

#include "export/concat.hpp"
#include "export/exporters.hpp"
#include "export/rdf_quads.hpp"

namespace newskg::exports {

void write_trig(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out)
{
  for (const auto& prefix : rdf_prefixes()) {
    out << "@prefix " << prefix.prefix << ": <" << prefix.namespace_iri << "> .\n";
  }
  // TriG [2] block: triples outside braces belong to the default graph.
  for (const auto& named : rdf_dataset(graph, ontology)) {
    if (named.iri.empty()) {
      write_turtle_triples(named.triples, "", out);
    } else {
      out << '\n' << iri(named.iri).turtle << " {";
      write_turtle_triples(named.triples, "  ", out);
      out << "}\n";
    }
  }
}

void write_nquads(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out)
{
  // N-Quads [2] statement ::= subject predicate object graphLabel? '.'
  for (const auto& named : rdf_dataset(graph, ontology)) {
    const auto label = named.iri.empty() ? std::string() : concat(" ", iri(named.iri).ntriples);
    for (const auto& triple : named.triples) {
      out << triple.subject.ntriples << ' ' << triple.predicate.ntriples << ' '
          << triple.object.ntriples << label << " .\n";
    }
  }
}

} // namespace newskg::exports
