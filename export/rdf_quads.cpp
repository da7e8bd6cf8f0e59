#include "export/rdf_quads.hpp"

#include "export/concat.hpp"
#include "export/rdf_iri.hpp"

#include <map>
#include <ostream>
#include <set>

namespace newskg::exports {

namespace {

constexpr std::string_view software_agent = "https://newskg.org/agent/newskg";

// PROV-O (https://www.w3.org/TR/prov-o/): the article's graph is a
// prov:Entity derived from the article and attributed to our extractor.
void add_provenance(const RdfTripleSink& out, std::string_view doc)
{
  const auto graph = iri(article_graph_iri(doc));
  out({graph, vocabulary("rdf", "type"), vocabulary("prov", "Entity")});
  out({graph, vocabulary("prov", "wasDerivedFrom"), iri(article_iri(doc))});
  out({graph, vocabulary("prov", "wasAttributedTo"), iri(software_agent)});
}

RdfTerm entity_term(const graph::KnowledgeGraph& graph, const std::string& id)
{
  const auto* node = graph.find(id);
  return iri(entity_iri(id, node != nullptr ? node->type : EntityType::person));
}

} // namespace

std::string article_graph_iri(std::string_view doc)
{
  return concat(base_iri, "graph/article/", percent_encode(doc));
}

void for_each_rdf_quad(const graph::KnowledgeGraph& graph,
                       const Ontology& ontology,
                       const RdfQuadSink& sink)
{
  const RdfTripleSink default_graph = [&](const RdfTriple& triple) {
    sink("", triple);
  };
  for_each_rdf_triple(graph, ontology, RdfStatements::reified, default_graph);
  // The edges read from each article, in edge order; their triples are made
  // as they are written.
  std::map<std::string, std::vector<const graph::Edge*>, std::less<>> by_article;
  for (const auto* edge : graph.edges()) {
    std::set<std::string_view> docs;
    for (const auto& e : edge->evidence) {
      docs.insert(e.doc);
    }
    for (const auto doc : docs) {
      auto found = by_article.find(doc);
      if (found == by_article.end()) {
        found = by_article.emplace(std::string(doc), std::vector<const graph::Edge*>()).first;
      }
      found->second.push_back(edge);
    }
  }
  if (!by_article.empty()) {
    default_graph(
      {iri(software_agent), vocabulary("rdf", "type"), vocabulary("prov", "SoftwareAgent")});
    default_graph(
      {iri(software_agent), vocabulary("rdfs", "label"), language_literal("newskg", "en")});
  }
  for (const auto& [doc, edges] : by_article) {
    add_provenance(default_graph, doc);
  }
  for (const auto& [doc, edges] : by_article) {
    const auto graph_iri = article_graph_iri(doc);
    for (const auto* edge : edges) {
      sink(graph_iri,
           {entity_term(graph, edge->subject),
            vocabulary("kgo", lower_camel(edge->predicate)),
            entity_term(graph, edge->object)});
    }
  }
}

std::vector<RdfGraph> rdf_dataset(const graph::KnowledgeGraph& graph, const Ontology& ontology)
{
  std::vector<RdfGraph> dataset{{.iri = {}, .triples = {}}};
  for_each_rdf_quad(graph, ontology, [&](std::string_view graph_iri, const RdfTriple& triple) {
    if (dataset.back().iri != graph_iri) {
      dataset.push_back({.iri = std::string(graph_iri), .triples = {}});
    }
    dataset.back().triples.push_back(triple);
  });
  return dataset;
}

TurtleBody::TurtleBody(std::ostream& out, std::string_view indent)
  : m_out(out),
    m_indent(indent)
{}

void TurtleBody::add(const RdfTriple& triple)
{
  if (m_open && m_subject == triple.subject) {
    m_out << " ;\n" << m_indent << "    ";
  } else {
    if (m_open) {
      m_out << " .\n";
    }
    m_out << '\n' << m_indent << triple.subject.turtle << '\n' << m_indent << "    ";
    m_subject = triple.subject;
    m_open = true;
  }
  m_out << triple.predicate.turtle << ' ' << triple.object.turtle;
}

void TurtleBody::finish()
{
  if (m_open) {
    m_out << " .\n";
    m_open = false;
  }
}

void write_turtle_triples(const std::vector<RdfTriple>& triples,
                          std::string_view indent,
                          std::ostream& out)
{
  TurtleBody body(out, indent);
  for (const auto& triple : triples) {
    body.add(triple);
  }
  body.finish();
}

} // namespace newskg::exports
