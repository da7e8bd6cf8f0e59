// TriG and N-Quads: the RDF dataset of rdf_quads.hpp, one named graph per
// article, written quad by quad as for_each_rdf_quad makes them.

#include "export/concat.hpp"
#include "export/exporters.hpp"
#include "export/rdf_quads.hpp"

#include <optional>
#include <string>

namespace newskg::exports {

void write_trig(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out)
{
  for (const auto& prefix : rdf_prefixes()) {
    out << "@prefix " << prefix.prefix << ": <" << prefix.namespace_iri << "> .\n";
  }
  // TriG [2] block: triples outside braces belong to the default graph.
  std::string current; // the graph being written; "" for the default graph
  TurtleBody default_body(out, "");
  std::optional<TurtleBody> named_body;
  for_each_rdf_quad(graph, ontology, [&](std::string_view graph_iri, const RdfTriple& triple) {
    if (graph_iri.empty()) {
      default_body.add(triple);
      return;
    }
    if (graph_iri != current) {
      if (named_body) {
        named_body->finish();
        out << "}\n";
      } else {
        default_body.finish();
      }
      current = graph_iri;
      out << '\n' << iri(current).turtle << " {";
      named_body.emplace(out, "  ");
    }
    named_body->add(triple);
  });
  if (named_body) {
    named_body->finish();
    out << "}\n";
  } else {
    default_body.finish();
  }
}

void write_nquads(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out)
{
  // N-Quads [2] statement ::= subject predicate object graphLabel? '.'
  std::string current;
  std::string label;
  for_each_rdf_quad(graph, ontology, [&](std::string_view graph_iri, const RdfTriple& triple) {
    if (graph_iri != current) {
      current = graph_iri;
      label = concat(" ", iri(current).ntriples);
    }
    out << triple.subject.ntriples << ' ' << triple.predicate.ntriples << ' '
        << triple.object.ntriples << label << " .\n";
  });
}

} // namespace newskg::exports
