// data/ontology.ttl: our RDF vocabulary described from data/ontology/predicates.tsv
// (issue 5), so the exports' kgo: terms resolve to labels in English and
// Arabic, CAMEO codes and symmetry. A unit test keeps the file in sync.

#include "export/exporters.hpp"
#include "export/rdf_quads.hpp"
#include "export/rdf_term.hpp"
#include "export/rdf_triples.hpp"

namespace newskg::exports {

namespace {

struct Term
{
  const char* local;
  const char* kind; // owl class of the term
  const char* label;
};

// The kgo: terms rdf_triples.cpp writes besides the predicates.
constexpr Term terms[] = {
  {"Event", "Class", "event (a reified relation used as an object)"},
  {"Evidence", "Class", "evidence sentence"},
  {"confidence", "DatatypeProperty", "confidence (0 to 1)"},
  {"mentionCount", "DatatypeProperty", "pieces of evidence"},
  {"cameo", "DatatypeProperty", "CAMEO event code"},
  {"role", "DatatypeProperty", "role"},
  {"predicateName", "DatatypeProperty", "predicate name in the relation contract"},
  {"id", "DatatypeProperty", "newskg entity id"},
  {"text", "DatatypeProperty", "sentence text"},
  {"sentenceIndex", "DatatypeProperty", "sentence index in the article"},
  {"start", "DatatypeProperty", "first code point of the sentence"},
  {"end", "DatatypeProperty", "code point after the sentence"},
  {"evidence", "ObjectProperty", "evidence"},
  {"eventPredicate", "ObjectProperty", "event predicate"},
  {"eventSubject", "ObjectProperty", "event subject"},
  {"eventObject", "ObjectProperty", "event object"},
  {"subjectType", "AnnotationProperty", "allowed subject type"},
  {"objectType", "AnnotationProperty", "allowed object type"},
};

} // namespace

void write_ontology_turtle(const Ontology& ontology, std::ostream& out)
{
  out << "# Generated from data/ontology/predicates.tsv by write_ontology_turtle\n"
         "# (export/ontology_writer.cpp); tests/unit/export/ontology_writer_test.cpp\n"
         "# fails when the two differ. Do not edit by hand.\n";
  for (const auto& prefix : rdf_prefixes()) {
    out << "@prefix " << prefix.prefix << ": <" << prefix.namespace_iri << "> .\n";
  }
  const auto type = vocabulary("rdf", "type");
  const auto label = vocabulary("rdfs", "label");
  std::vector<RdfTriple> triples;
  const auto self = iri("https://newskg.org/ontology");
  triples.push_back({self, type, vocabulary("owl", "Ontology")});
  triples.push_back(
    {self, label, language_literal("newskg news knowledge graph vocabulary", "en")});
  for (const auto& term : terms) {
    const auto subject = vocabulary("kgo", term.local);
    triples.push_back({subject, type, vocabulary("owl", term.kind)});
    triples.push_back({subject, label, language_literal(term.label, "en")});
  }
  for (const auto& predicate : ontology.predicates()) {
    const auto subject = vocabulary("kgo", lower_camel(predicate.name));
    triples.push_back({subject, type, vocabulary("owl", "ObjectProperty")});
    if (predicate.symmetric) {
      // ontology.md: symmetric predicates have no direction.
      triples.push_back({subject, type, vocabulary("owl", "SymmetricProperty")});
    }
    triples.push_back({subject, label, language_literal(predicate.label_en, "en")});
    triples.push_back({subject, label, language_literal(predicate.label_ar, "ar")});
    triples.push_back({subject, vocabulary("kgo", "predicateName"), literal(predicate.name)});
    if (!predicate.cameo.empty()) {
      triples.push_back({subject, vocabulary("kgo", "cameo"), literal(predicate.cameo)});
    }
    for (const auto t : predicate.subject_types) {
      triples.push_back({subject, vocabulary("kgo", "subjectType"), class_of(t)});
    }
    for (const auto t : predicate.object_types) {
      triples.push_back({subject, vocabulary("kgo", "objectType"), class_of(t)});
    }
  }
  write_turtle_triples(triples, "", out);
}

} // namespace newskg::exports
