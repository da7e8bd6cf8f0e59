#include "export/rdf_triples.hpp"

#include "export/graph_text.hpp"
#include "export/number_text.hpp"
#include "export/rdf_iri.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

namespace newskg::exports {

namespace {

RdfTerm kgo(std::string_view local)
{
  return vocabulary("kgo", local);
}

RdfTerm integer(std::size_t value)
{
  return typed_literal(format_count(value), "integer");
}

// One subject's triples, written together.
class SubjectTriples
{
public:
  SubjectTriples(const RdfTripleSink& out, RdfTerm subject)
    : m_out(out),
      m_triple{.subject = std::move(subject), .predicate = {}, .object = {}}
  {}

  void add(RdfTerm predicate, RdfTerm object)
  {
    m_triple.predicate = std::move(predicate);
    m_triple.object = std::move(object);
    m_out(m_triple);
  }

private:
  const RdfTripleSink& m_out;
  RdfTriple m_triple;
};

class TripleBuilder
{
public:
  TripleBuilder(const graph::KnowledgeGraph& graph,
                const Ontology& ontology,
                RdfStatements statements,
                const RdfTripleSink& out)
    : m_graph(graph),
      m_ontology(ontology),
      m_statements(statements),
      m_out(out)
  {}

  void build();

private:
  void add_predicates();
  void add_node(const graph::Node& node);
  void add_edge(const graph::Edge& edge);
  void add_annotations(const graph::Edge& edge, const RdfTerm& statement);
  void add_evidence();
  void add_articles();
  // The entity IRI of an id in the graph; a literal for an id the graph lacks.
  RdfTerm reference(const std::string& id) const;

  const graph::KnowledgeGraph& m_graph;
  const Ontology& m_ontology;
  RdfStatements m_statements;
  const RdfTripleSink& m_out;
  // Every evidence IRI with its evidence, in the order met; add_evidence
  // writes each IRI once (its first evidence), in IRI order.
  std::vector<std::pair<std::string, const graph::EdgeEvidence*>> m_evidence;
  // An article's first known date and the IRIs of the entities it mentions.
  struct Article
  {
    std::string date;
    std::vector<std::string> mentions;
  };
  // By doc id; add_articles writes them in doc id order. Issue 9: hashed and
  // sorted once, rather than two ordered maps searched for every mention and
  // piece of evidence.
  std::unordered_map<std::string, Article> m_articles;
};

void TripleBuilder::build()
{
  add_predicates();
  for (const auto* node : m_graph.nodes()) {
    add_node(*node);
  }
  for (const auto* edge : m_graph.edges()) {
    add_edge(*edge);
  }
  add_evidence();
  add_articles();
}

void TripleBuilder::add_predicates()
{
  std::set<std::string> used;
  for (const auto* edge : m_graph.edges()) {
    used.insert(edge->predicate);
  }
  for (const auto& name : used) {
    SubjectTriples property(m_out, kgo(lower_camel(name)));
    property.add(vocabulary("rdf", "type"), vocabulary("owl", "ObjectProperty"));
    if (const auto* info = m_ontology.find(name); info != nullptr) {
      if (!info->label_en.empty()) {
        property.add(vocabulary("rdfs", "label"), language_literal(info->label_en, "en"));
      }
      if (!info->label_ar.empty()) {
        property.add(vocabulary("rdfs", "label"), language_literal(info->label_ar, "ar"));
      }
    }
    property.add(kgo("predicateName"), literal(name));
  }
}

void TripleBuilder::add_node(const graph::Node& node)
{
  const auto subject = entity_iri(node.id, node.type);
  SubjectTriples entity(m_out, iri(subject));
  entity.add(vocabulary("rdf", "type"), class_of(node.type));
  // SHACL sh:uniqueLang (exports.md §6): at most one label per language.
  // Each label carries its own tag, so a romanization is "Zuran Zif"@ar-Latn,
  // never @en (graph::Node::labels), and is left out when an English name
  // exists (issue 10: one name per entity); an Arabic-only name stays @ar.
  std::map<std::string, std::string> labels = node.labels;
  if (labels.empty() && !node.label.empty()) {
    labels["en"] = node.label; // an extract file with a label and no labels
  }
  const bool has_english = labels.contains("en") && !labels.at("en").empty();
  std::set<std::string> written;
  for (const auto& [lang, label] : labels) {
    const bool romanization = std::string_view(lang).ends_with("-Latn");
    if (!label.empty() && is_language_tag(lang) && !(romanization && has_english)) {
      entity.add(vocabulary("rdfs", "label"), language_literal(label, lang));
      written.insert(label);
    }
  }
  // exports.md §6: the other names as schema:alternateName, plain literals
  // (a name read may be in any script; Node::aliases).
  for (const auto& name : all_names(node)) {
    if (!written.contains(name)) {
      entity.add(vocabulary("schema", "alternateName"), literal(name));
    }
  }
  if (const auto wikidata = wikidata_iri(node.id); !wikidata.empty()) {
    entity.add(vocabulary("owl", "sameAs"), iri(wikidata));
  }
  entity.add(kgo("id"), literal(node.id));
  if (!node.predicate.empty()) {
    entity.add(kgo("eventPredicate"), kgo(lower_camel(node.predicate)));
  }
  if (!node.subject.empty()) {
    entity.add(kgo("eventSubject"), reference(node.subject));
  }
  if (!node.object.empty()) {
    entity.add(kgo("eventObject"), reference(node.object));
  }
  for (const auto& doc : node.documents) {
    m_articles[doc].mentions.push_back(subject);
  }
}

void TripleBuilder::add_edge(const graph::Edge& edge)
{
  const auto subject = reference(edge.subject);
  const auto predicate = kgo(lower_camel(edge.predicate));
  const auto object = reference(edge.object);
  m_out(RdfTriple{.subject = subject, .predicate = predicate, .object = object});

  if (m_statements == RdfStatements::quoted) {
    // Turtle-star [27t] quotedTriple ::= '<<' qtSubject verb qtObject '>>'
    const auto quote = [](const std::string& s, const std::string& p, const std::string& o) {
      return "<< " + s + " " + p + " " + o + " >>";
    };
    add_annotations(edge,
                    RdfTerm{quote(subject.ntriples, predicate.ntriples, object.ntriples),
                            quote(subject.turtle, predicate.turtle, object.turtle)});
    return;
  }
  const auto node = iri(relation_iri(edge.subject, edge.predicate, edge.object));
  SubjectTriples statement(m_out, node);
  statement.add(vocabulary("rdf", "type"), vocabulary("rdf", "Statement"));
  statement.add(vocabulary("rdf", "subject"), subject);
  statement.add(vocabulary("rdf", "predicate"), predicate);
  statement.add(vocabulary("rdf", "object"), object);
  add_annotations(edge, node);
}

// Confidence, mention count, CAMEO code, role and provenance of an edge, on
// its relation node or its quoted triple.
void TripleBuilder::add_annotations(const graph::Edge& edge, const RdfTerm& statement)
{
  SubjectTriples relation(m_out, statement);
  relation.add(kgo("predicateName"), literal(edge.predicate));
  relation.add(kgo("confidence"), typed_literal(format_decimal(edge.confidence), "decimal"));
  relation.add(kgo("mentionCount"), integer(edge.mentions));
  if (!edge.cameo.empty()) {
    relation.add(kgo("cameo"), literal(edge.cameo));
  }
  if (const auto role = edge.attributes.find("role"); role != edge.attributes.end()) {
    relation.add(kgo("role"), literal(role->second));
  }
  std::set<std::string> docs;
  for (const auto& e : edge.evidence) {
    docs.insert(e.doc);
  }
  for (const auto& doc : docs) {
    relation.add(vocabulary("prov", "wasDerivedFrom"), iri(article_iri(doc)));
  }
  for (const auto& e : edge.evidence) {
    auto evidence = evidence_iri(
      {.doc = e.doc, .sentence = e.sentence, .start = e.span.begin, .end = e.span.end});
    relation.add(kgo("evidence"), iri(evidence));
    // Two edges read from one sentence share its evidence node; write it once.
    m_evidence.emplace_back(std::move(evidence), &e);
    auto& date = m_articles[e.doc].date;
    if (date.empty()) {
      date = e.date;
    }
  }
}

void TripleBuilder::add_evidence()
{
  // Stable: of the pieces of evidence that share an IRI, the first met comes first.
  std::stable_sort(m_evidence.begin(), m_evidence.end(), [](const auto& a, const auto& b) {
    return a.first < b.first;
  });
  const std::string* previous = nullptr;
  for (const auto& [evidence_iri_text, e] : m_evidence) {
    if (previous != nullptr && *previous == evidence_iri_text) {
      continue;
    }
    previous = &evidence_iri_text;
    SubjectTriples evidence(m_out, iri(evidence_iri_text));
    evidence.add(vocabulary("rdf", "type"), kgo("Evidence"));
    evidence.add(vocabulary("prov", "wasDerivedFrom"), iri(article_iri(e->doc)));
    evidence.add(kgo("sentenceIndex"), integer(e->sentence));
    evidence.add(kgo("start"), integer(e->span.begin));
    evidence.add(kgo("end"), integer(e->span.end));
    evidence.add(kgo("text"), literal(e->text));
  }
}

// True for "2020-10-10", the one date form that is surely a valid xsd:date.
bool is_plain_date(std::string_view date)
{
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') {
    return false;
  }
  for (std::size_t i = 0; i < date.size(); ++i) {
    if (i != 4 && i != 7 && (date[i] < '0' || date[i] > '9')) {
      return false;
    }
  }
  return true;
}

void TripleBuilder::add_articles()
{
  std::vector<std::pair<std::string_view, const Article*>> articles;
  articles.reserve(m_articles.size());
  for (const auto& [doc, article] : m_articles) {
    articles.emplace_back(doc, &article);
  }
  std::sort(articles.begin(), articles.end()); // doc ids are unique
  for (const auto& [doc, entry] : articles) {
    const auto& date = entry->date;
    SubjectTriples article(m_out, iri(article_iri(doc)));
    article.add(vocabulary("rdf", "type"), vocabulary("schema", "NewsArticle"));
    article.add(vocabulary("schema", "identifier"), literal(doc));
    if (!date.empty()) {
      // Any other form stays a plain literal: an ill-formed typed literal is an
      // error for Jena (exports.md §8).
      article.add(vocabulary("schema", "datePublished"),
                  is_plain_date(date) ? typed_literal(date, "date") : literal(date));
    }
    for (const auto& entity : entry->mentions) {
      article.add(vocabulary("schema", "mentions"), iri(entity));
    }
  }
}

RdfTerm TripleBuilder::reference(const std::string& id) const
{
  if (const auto* node = m_graph.find(id); node != nullptr) {
    return iri(entity_iri(node->id, node->type));
  }
  if (id.starts_with("wd:")) {
    return iri(entity_iri(id, EntityType::person)); // the type plays no part for wd ids
  }
  return literal(id);
}

} // namespace

// schema.org classes for our types (exports.md §6); Event has none that fits
// a reified news relation, so it is ours.
RdfTerm class_of(EntityType type)
{
  switch (type) {
  case EntityType::person:
    return vocabulary("schema", "Person");
  case EntityType::country:
    return vocabulary("schema", "Country");
  case EntityType::organization:
    return vocabulary("schema", "Organization");
  case EntityType::location:
    return vocabulary("schema", "Place");
  case EntityType::event:
    return kgo("Event");
  }
  return vocabulary("schema", "Thing");
}

std::vector<RdfTriple>
rdf_triples(const graph::KnowledgeGraph& graph, const Ontology& ontology, RdfStatements statements)
{
  std::vector<RdfTriple> triples;
  for_each_rdf_triple(
    graph, ontology, statements, [&](const RdfTriple& triple) { triples.push_back(triple); });
  return triples;
}

void for_each_rdf_triple(const graph::KnowledgeGraph& graph,
                         const Ontology& ontology,
                         RdfStatements statements,
                         const RdfTripleSink& sink)
{
  TripleBuilder(graph, ontology, statements, sink).build();
}

} // namespace newskg::exports
