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
void add_provenance(std::vector<RdfTriple>& out, std::string_view doc)
{
  const auto graph = iri(article_graph_iri(doc));
  out.push_back({graph, vocabulary("rdf", "type"), vocabulary("prov", "Entity")});
  out.push_back({graph, vocabulary("prov", "wasDerivedFrom"), iri(article_iri(doc))});
  out.push_back({graph, vocabulary("prov", "wasAttributedTo"), iri(software_agent)});
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

std::vector<RdfGraph> rdf_dataset(const graph::KnowledgeGraph& graph, const Ontology& ontology)
{
  std::vector<RdfGraph> dataset{{.iri = {}, .triples = rdf_triples(graph, ontology)}};
  std::map<std::string, std::vector<RdfTriple>> by_article;
  for (const auto* edge : graph.edges()) {
    std::set<std::string> docs;
    for (const auto& e : edge->evidence) {
      docs.insert(e.doc);
    }
    for (const auto& doc : docs) {
      by_article[doc].push_back({entity_term(graph, edge->subject),
                                 vocabulary("kgo", lower_camel(edge->predicate)),
                                 entity_term(graph, edge->object)});
    }
  }
  auto& default_graph = dataset.front().triples;
  if (!by_article.empty()) {
    default_graph.push_back(
      {iri(software_agent), vocabulary("rdf", "type"), vocabulary("prov", "SoftwareAgent")});
    default_graph.push_back(
      {iri(software_agent), vocabulary("rdfs", "label"), language_literal("newskg", "en")});
  }
  for (const auto& [doc, triples] : by_article) {
    add_provenance(default_graph, doc);
  }
  // Only now: push_back may move the default graph's triples.
  for (auto& [doc, triples] : by_article) {
    dataset.push_back({.iri = article_graph_iri(doc), .triples = std::move(triples)});
  }
  return dataset;
}

void write_turtle_triples(const std::vector<RdfTriple>& triples,
                          std::string_view indent,
                          std::ostream& out)
{
  const RdfTerm* subject = nullptr;
  for (const auto& triple : triples) {
    if (subject != nullptr && *subject == triple.subject) {
      out << " ;\n" << indent << "    ";
    } else {
      if (subject != nullptr) {
        out << " .\n";
      }
      out << '\n' << indent << triple.subject.turtle << '\n' << indent << "    ";
    }
    out << triple.predicate.turtle << ' ' << triple.object.turtle;
    subject = &triple.subject;
  }
  if (subject != nullptr) {
    out << " .\n";
  }
}

} // namespace newskg::exports
