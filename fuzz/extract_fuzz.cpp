// libFuzzer target: the extractor (normalization, sentences, tokens, clitics,
// gazetteer, titles, rules) on any bytes as an article's text, read once as
// Arabic and once as English with the real data/ directory, loaded once.
// Inputs of odd length carry a date, so dated and undated lookups both run.

#include "core/document.hpp"
#include "core/utf8.hpp"
#include "extract/extractor.hpp"

#include "fuzz/check.hpp"

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

using newskg::fuzz::require;

namespace {

const newskg::extract::Resources& resources()
{
  static const auto loaded = newskg::extract::Resources::load(NEWSKG_DATA_DIR);
  return loaded;
}

// The promises of core/extraction.hpp that hold whatever the text.
void check(const newskg::Extraction& extraction, const std::u32string& text, bool valid_utf8)
{
  std::set<std::string> ids;
  for (const auto& entity : extraction.entities) {
    require(ids.insert(entity.id).second, "entity ids are unique");
    for (const auto& mention : entity.mentions) {
      require(mention.span.begin < mention.span.end && mention.span.end <= text.size(),
              "a mention is a non-empty span of the text");
      require(!valid_utf8
                || mention.text == newskg::substr_utf8(text, mention.span.begin, mention.span.end),
              "a mention's text is the text at its span");
    }
  }
  for (const auto& relation : extraction.relations) {
    require(ids.contains(relation.subject) && ids.contains(relation.object),
            "a relation joins entities of the extraction");
    require(relation.confidence >= 0 && relation.confidence <= 1, "a confidence is in [0, 1]");
    const auto& span = relation.evidence.span;
    require(span.begin < span.end && span.end <= text.size(),
            "evidence is a non-empty span of the text");
    require(!valid_utf8
              || relation.evidence.text == newskg::substr_utf8(text, span.begin, span.end),
            "evidence's text is the sentence at its span");
  }
}

} // namespace

// Loads data/ before the first input, so a broken data directory stops the
// run at once instead of passing for a finding.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
  static_cast<void>(resources());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  newskg::Document document{
    .id = "fuzz",
    .text = std::string(reinterpret_cast<const char*>(data), size),
    .date = size % 2 == 1 ? "2020-10-10" : "",
    .source = "fuzz.txt",
  };
  const auto text = newskg::to_u32(document.text);
  const bool valid_utf8 = newskg::is_valid_utf8(document.text);
  for (const char* lang : {"ar", "en"}) {
    document.lang = lang;
    const auto extraction = newskg::extract::extract(document, resources());
    require(extraction.doc == "fuzz" && extraction.lang == lang,
            "the extraction names its document");
    check(extraction, text, valid_utf8);
  }
  // What `query` and `eval` compare names by, and language detection.
  static_cast<void>(newskg::extract::match_key(document.text));
  static_cast<void>(newskg::extract::detect_language(document.text));
  return 0;
}
