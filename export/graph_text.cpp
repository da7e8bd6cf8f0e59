#include "export/graph_text.hpp"

#include "core/utf8.hpp"
#include "export/concat.hpp"
#include "export/number_text.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace newskg::exports {

std::string label_in(const graph::Node& node, std::string_view lang)
{
  for (const auto& [language, label] : node.labels) {
    if (language == lang) {
      return label;
    }
  }
  return {};
}

std::string display_label(const graph::Node& node)
{
  if (!node.label.empty()) {
    return node.label;
  }
  for (const auto& [lang, label] : node.labels) {
    if (!label.empty()) {
      return label;
    }
  }
  return node.id;
}

std::string join(const std::vector<std::string>& values, std::string_view separator)
{
  std::string out;
  for (const auto& value : values) {
    if (!out.empty()) {
      out += separator;
    }
    out += value;
  }
  return out;
}

std::vector<std::string> all_names(const graph::Node& node)
{
  const auto& aliases = node.aliases;
  // Issue 9: a graph's aliases are sorted and distinct already (graph::Node),
  // and its labels mostly among them, so only the labels that are not are
  // sorted and merged in, without a tree of copies.
  const bool sorted = std::adjacent_find(aliases.begin(),
                                         aliases.end(),
                                         [](const auto& a, const auto& b) { return !(a < b); })
                      == aliases.end();
  if (!sorted) {
    std::set<std::string> names(aliases.begin(), aliases.end());
    if (!node.label.empty()) {
      names.insert(node.label);
    }
    for (const auto& [lang, label] : node.labels) {
      if (!label.empty()) {
        names.insert(label);
      }
    }
    return {names.begin(), names.end()};
  }
  std::vector<std::string_view> others;
  const auto add = [&](std::string_view name) {
    if (!name.empty() && !std::binary_search(aliases.begin(), aliases.end(), name)) {
      others.push_back(name);
    }
  };
  add(node.label);
  for (const auto& [lang, label] : node.labels) {
    add(label);
  }
  std::sort(others.begin(), others.end());
  others.erase(std::unique(others.begin(), others.end()), others.end());
  std::vector<std::string> names;
  names.reserve(aliases.size() + others.size());
  auto other = others.begin();
  for (const auto& alias : aliases) {
    for (; other != others.end() && *other < alias; ++other) {
      names.emplace_back(*other);
    }
    names.push_back(alias);
  }
  names.insert(names.end(), other, others.end());
  return names;
}

std::string names_text(const graph::Node& node)
{
  std::string out;
  for (const auto& name : all_names(node)) {
    if (!out.empty()) {
      out += ';';
    }
    for (const char c : name) {
      out += c == ';' ? ',' : c;
    }
  }
  return out;
}

std::string evidence_id(const graph::EdgeEvidence& evidence)
{
  return concat(evidence.doc,
                "#",
                format_count(evidence.sentence),
                "[",
                format_count(evidence.span.begin),
                ",",
                format_count(evidence.span.end),
                ")");
}

std::vector<const graph::EdgeEvidence*> best_evidence(const graph::Edge& edge, std::size_t limit)
{
  std::vector<const graph::EdgeEvidence*> ranked;
  for (const auto& e : edge.evidence) {
    ranked.push_back(&e);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto* a, const auto* b) {
    if (a->confidence != b->confidence) {
      return a->confidence > b->confidence;
    }
    return a->date > b->date; // edge.evidence is in (doc, sentence, span) order already
  });
  // One per document first, then the rest, each in rank order.
  std::set<const graph::EdgeEvidence*> chosen;
  std::set<std::string_view> docs;
  for (const auto* e : ranked) {
    if (chosen.size() < limit && docs.insert(e->doc).second) {
      chosen.insert(e);
    }
  }
  for (const auto* e : ranked) {
    if (chosen.size() < limit) {
      chosen.insert(e);
    }
  }
  std::vector<const graph::EdgeEvidence*> best;
  for (const auto* e : ranked) {
    if (chosen.contains(e)) {
      best.push_back(e);
    }
  }
  return best;
}

namespace {

// "…" after `kept`, the spaces before it dropped: "Putin and…", not "Putin and …".
std::string with_ellipsis(std::string kept)
{
  kept.erase(kept.find_last_not_of(' ') + 1);
  kept += "\u2026";
  return kept;
}

} // namespace

std::string shortened(std::string_view text, std::size_t limit)
{
  // Issue 9: well-formed text (all that the cache holds) is cut at a byte
  // offset and copied once, since decoding and encoding its code points gives
  // the same bytes (core/utf8.cpp); only malformed text is read a code point
  // at a time, U+FFFD for each malformed sequence.
  if (is_valid_utf8(text)) {
    std::size_t at = 0;
    for (std::size_t count = 0; count < limit && at < text.size(); ++count) {
      do {
        ++at;
      } while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0U) == 0x80U);
    }
    return at == text.size() ? std::string(text) : with_ellipsis(std::string(text.substr(0, at)));
  }
  std::string out;
  std::size_t at = 0;
  for (std::size_t count = 0; at < text.size(); ++count) {
    if (count == limit) {
      return with_ellipsis(std::move(out));
    }
    append_utf8(out, next_code_point(text, at));
  }
  return out;
}

std::string readable_evidence(const graph::Edge& edge)
{
  std::vector<std::string> pieces;
  const auto best = best_evidence(edge);
  pieces.reserve(best.size() + 1);
  for (const auto* e : best) {
    pieces.push_back(concat(evidence_id(*e), ": ", shortened(e->text)));
  }
  if (edge.evidence.size() > best.size()) {
    const auto more = edge.evidence.size() - best.size();
    pieces.push_back(concat("(",
                            format_count(more),
                            more == 1 ? " more sentence" : " more sentences",
                            ": newskg query lists them all)"));
  }
  return join(pieces, "\n");
}

std::vector<std::string> evidence_documents(const graph::Edge& edge)
{
  std::set<std::string> docs;
  for (const auto& e : edge.evidence) {
    docs.insert(e.doc);
  }
  return {docs.begin(), docs.end()};
}

} // namespace newskg::exports
