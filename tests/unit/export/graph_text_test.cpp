#include "export/graph_text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using newskg::exports::best_evidence;
using newskg::exports::readable_evidence;
using newskg::exports::shortened;
using newskg::graph::Edge;
using newskg::graph::EdgeEvidence;

namespace {

EdgeEvidence piece(std::string doc, std::size_t sentence, double confidence, std::string date = {})
{
  return EdgeEvidence{.doc = std::move(doc),
                      .date = std::move(date),
                      .sentence = sentence,
                      .span = {sentence * 10, sentence * 10 + 5},
                      .text = "s",
                      .confidence = confidence};
}

std::vector<std::string> ids(const std::vector<const EdgeEvidence*>& pieces)
{
  std::vector<std::string> out;
  for (const auto* e : pieces) {
    out.push_back(e->doc + "#" + std::to_string(e->sentence));
  }
  return out;
}

} // namespace

TEST_CASE("The best evidence is the most confident, one per article first, the latest first",
          "[export][unit][evidence]")
{
  // In (doc, sentence) order, as KnowledgeGraph keeps it.
  Edge edge;
  edge.evidence = {piece("a", 1, 0.9, "2020-10-01"),
                   piece("a", 2, 0.9, "2020-10-01"),
                   piece("b", 1, 0.6, "2020-12-01"),
                   piece("c", 1, 0.9, "2020-11-01"),
                   piece("d", 1, 0.6),
                   piece("e", 1, 0.95)};

  CHECK(ids(best_evidence(edge)) == std::vector<std::string>{"e#1", "c#1", "a#1"});
  // Five articles: a second sentence of a waits for a less confident one of d.
  CHECK(ids(best_evidence(edge, 5)) == std::vector<std::string>{"e#1", "c#1", "a#1", "b#1", "d#1"});
  // All of them, in rank order: confidence, then the later article.
  CHECK(ids(best_evidence(edge, 6))
        == std::vector<std::string>{"e#1", "c#1", "a#1", "a#2", "b#1", "d#1"});
  CHECK(best_evidence(Edge{}).empty());
}

TEST_CASE("Readable evidence is the best three and how many more", "[export][unit][evidence]")
{
  Edge edge;
  for (std::size_t i = 1; i <= 5; ++i) {
    edge.evidence.push_back(piece("doc" + std::to_string(i), i, 0.5));
  }

  CHECK(readable_evidence(edge)
        == "doc1#1[10,15): s\ndoc2#2[20,25): s\ndoc3#3[30,35): s\n"
           "(2 more sentences: newskg query lists them all)");
  edge.evidence.resize(4);
  CHECK_THAT(readable_evidence(edge),
             Catch::EndsWith("\n(1 more sentence: newskg query lists them all)"));
  edge.evidence.resize(3);
  CHECK(readable_evidence(edge) == "doc1#1[10,15): s\ndoc2#2[20,25): s\ndoc3#3[30,35): s");
}

TEST_CASE("A long evidence sentence is cut at a code point, with an ellipsis",
          "[export][unit][evidence][arabic]")
{
  CHECK(shortened("Putin and Macron spoke", 10) == "Putin and\u2026"); // no space before it
  CHECK(shortened("Putin and Macron spoke", 9) == "Putin and\u2026");
  CHECK(shortened("Putin", 5) == "Putin");
  CHECK(shortened("", 5).empty());
  // "اتصل بوتين" (Putin called): four Arabic letters are eight bytes.
  CHECK(shortened("اتصل بوتين", 4) == "اتصل\u2026");
  CHECK(shortened("a\xff"
                  "b",
                  2)
        == "a\uFFFD\u2026");
}
