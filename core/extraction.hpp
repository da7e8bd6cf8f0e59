#pragma once

#include "core/entity_type.hpp"
#include "core/span.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace newskg {

// One place an entity is named: code points of the original text, and that text.
struct Mention
{
  Span span;
  std::string text; // == the document's text at span

  friend bool operator==(const Mention&, const Mention&) = default;
};

// An entity of one document, as the `extract` JSON shows it (ontology.md).
struct Entity
{
  std::string id; // "wd:Q7747", or deterministic from type and normalized name
  EntityType type = EntityType::person;
  std::string label;                         // canonical English label
  std::map<std::string, std::string> labels; // language -> label: {"ar": "...", "en": "..."}
  std::vector<Mention> mentions;
  // Only for type == Event: the inner relation this event reifies.
  std::string predicate;
  std::string subject;
  std::string object;

  friend bool operator==(const Entity&, const Entity&) = default;
};

// The sentence a relation was read from.
struct Evidence
{
  std::size_t sentence = 0; // 0-based index of the sentence in the document
  Span span;                // the sentence's code points in the original text
  std::string text;         // == the document's text at span

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

// One typed relation between two entities of the same document.
// Build with names, so subject and object cannot be swapped silently:
//   Relation{.subject = putin, .predicate = "called", .object = macron, ...}
struct Relation
{
  std::string subject;   // Entity::id
  std::string predicate; // kebab-case, from data/ontology/predicates.tsv
  std::string object;    // Entity::id
  double confidence = 0;
  std::string cameo; // CAMEO code of the predicate, empty for standing relations
  Evidence evidence;
  std::map<std::string, std::string> attributes; // e.g. {"role": "foreign-minister"}

  friend bool operator==(const Relation&, const Relation&) = default;
};

// Everything extracted from one document: the `extract` output of one line.
struct Extraction
{
  std::string doc;
  std::string lang;
  std::string title; // copied from the Document, may be empty
  std::string date;
  std::string url;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  // Sentences over extract::max_sentence_length code points that extraction
  // cut into shorter ones (extract/segmenter.hpp). Not in the JSON: `extract`
  // and `build` report the total in their summary.
  std::size_t sentences_split = 0;

  friend bool operator==(const Extraction&, const Extraction&) = default;
};

// Drops the relations below `min_confidence` and the Event entities no kept
// relation names any more (--min-confidence of extract and build).
void keep_confident(Extraction& extraction, double min_confidence);

} // namespace newskg
