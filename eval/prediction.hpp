#pragma once

#include "core/extraction.hpp"

#include "eval/gold.hpp"
#include "eval/predicate_rules.hpp"
#include "eval/triple.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::eval {

// An entity of a prediction, with what score.py reads of it.
struct PredictedEntity
{
  std::string id;
  std::string type;                  // "Event" makes predicate/object count
  std::string label;                 // may be empty
  std::vector<std::string> labels;   // the values of "labels", in file order
  std::vector<std::string> aliases;  // other systems may list aliases
  std::string predicate;             // Event only: the inner predicate
  std::optional<std::string> object; // Event only: the inner object's id
};

struct PredictedRelation
{
  std::optional<std::string> subject; // entity ids; none when absent
  std::optional<std::string> predicate;
  std::optional<std::string> object;
};

// One line of `extract` output (ontology.md), whoever wrote it.
struct PredictedDocument
{
  std::string doc; // the gold file's NAME: "libya-statements.en"
  std::vector<PredictedEntity> entities;
  std::vector<PredictedRelation> relations;
};

// True when `line` is a JSON object with "entities" and "relations": an
// `extract` line rather than an article line ({"id": ..., "text": ...}).
[[nodiscard]] bool is_extraction_line(std::string_view line);

// Parses one `extract` line. Throws InputError with the reason (no source)
// for broken JSON, invalid UTF-8, a missing "doc", or "entities" or
// "relations" that are not arrays of objects. Fields score.py reads with
// .get() may be missing or null.
[[nodiscard]] PredictedDocument parse_extraction_line(std::string_view line);

// The same, from an Extraction made in this process.
[[nodiscard]] PredictedDocument to_prediction(const Extraction& extraction);

// score.py's predicted_triples(): each relation with its ends resolved to
// gold keys through any label, id or alias of the entity (first match in
// the order label, id, labels, aliases), else "?" + label (or id); an Event
// object as its inner predicate and inner object; a relation whose subject or
// object is not an entity of the document as ("?dangling", predicate, object id).
[[nodiscard]] std::set<Triple> predicted_triples(const PredictedDocument& prediction,
                                                 const Gold& gold,
                                                 const PredicateRules& rules);

} // namespace newskg::eval
