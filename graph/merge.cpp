#include "graph/merge.hpp"

#include <algorithm>
#include <tuple>

namespace newskg::graph {

namespace {

// The order evidence is kept in (knowledge_graph.hpp): (doc, sentence, span).
auto evidence_key(const EdgeEvidence& e)
{
  return std::tie(e.doc, e.sentence, e.span.begin, e.span.end);
}

} // namespace

void insert_sorted_unique(std::vector<std::string>& values, std::string_view value)
{
  const auto at = std::lower_bound(values.begin(), values.end(), value);
  if (at == values.end() || *at != value) {
    values.insert(at, std::string(value));
  }
}

namespace {

void keep_first(std::string& kept, const std::string& candidate)
{
  if (kept.empty()) {
    kept = candidate;
  }
}

} // namespace

void DateRange::add(std::string_view date)
{
  // ISO 8601 days compare as text; a time of day does not widen a range.
  const auto day = date.substr(0, 10);
  if (day.empty()) {
    return;
  }
  if (first.empty() || day < first) {
    first = day;
  }
  if (last.empty() || day > last) {
    last = day;
  }
}

Node make_node(const Entity& entity, std::string_view doc, std::string_view lang)
{
  Node node{.id = entity.id, .type = entity.type};
  merge_entity(node, entity, doc, lang);
  return node;
}

void merge_entity(Node& node, const Entity& entity, std::string_view doc, std::string_view lang)
{
  // The first non-empty label per language, and the first English label; a
  // document in the label's own language overrides one that was not.
  const auto native = [&](std::string_view label_lang) {
    return !lang.empty() && label_lang == lang;
  };
  if (!entity.label.empty() && native("en") && !node.native_labels.contains("")) {
    node.label = entity.label;
    node.native_labels.insert("");
  }
  keep_first(node.label, entity.label);
  for (const auto& [label_lang, label] : entity.labels) {
    if (label.empty()) {
      continue;
    }
    if (native(label_lang) && !node.native_labels.contains(label_lang)) {
      node.labels[label_lang] = label;
      node.native_labels.insert(label_lang);
    }
    keep_first(node.labels[label_lang], label);
  }
  for (const auto& [label_lang, label] : entity.labels) {
    if (!label.empty()) {
      insert_sorted_unique(node.aliases, label);
    }
  }
  if (!entity.label.empty()) {
    insert_sorted_unique(node.aliases, entity.label);
  }
  for (const auto& mention : entity.mentions) {
    if (!mention.text.empty()) {
      insert_sorted_unique(node.aliases, mention.text);
    }
  }
  keep_first(node.predicate, entity.predicate);
  keep_first(node.subject, entity.subject);
  keep_first(node.object, entity.object);
  insert_sorted_unique(node.documents, doc);
}

bool merge_relation(Edge& edge, const Relation& relation, EdgeEvidence evidence)
{
  const auto at = std::lower_bound(
    edge.evidence.begin(), edge.evidence.end(), evidence, [](const auto& a, const auto& b) {
      return evidence_key(a) < evidence_key(b);
    });
  if (at != edge.evidence.end() && evidence_key(*at) == evidence_key(evidence)) {
    // The same sentence read again (a repeated build): nothing new.
    return false;
  }
  edge.confidence = std::max(edge.confidence, evidence.confidence);
  edge.dates.add(evidence.date);
  edge.evidence.insert(at, std::move(evidence));
  edge.mentions = edge.evidence.size();
  // std::map::emplace keeps the existing value: the first value wins per key.
  for (const auto& [key, value] : relation.attributes) {
    edge.attributes.emplace(key, value);
  }
  keep_first(edge.cameo, relation.cameo);
  return true;
}

} // namespace newskg::graph
