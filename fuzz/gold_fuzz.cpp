// libFuzzer target: gold files as eval reads them (eval::Gold::parse: JSON,
// entities and aliases, relations with Event objects, predicate synonyms and
// symmetric predicates from the real data/ontology), then scored against itself.

#include "core/error.hpp"

#include "eval/gold.hpp"
#include "eval/predicate_rules.hpp"
#include "eval/score.hpp"
#include "fuzz/check.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

using newskg::fuzz::require;

namespace {

const newskg::eval::PredicateRules& rules()
{
  static const auto loaded = newskg::eval::PredicateRules::load(NEWSKG_DATA_DIR);
  return loaded;
}

} // namespace

// Loads data/ before the first input, so a broken data directory stops the
// run at once instead of passing for a finding.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
  static_cast<void>(rules());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto gold = newskg::eval::Gold::parse(text, "fuzz.en", "fuzz.json", rules());
    require(!gold.lang.empty(), "a gold file has a language");
    for (const auto& [name, key] : gold.entity_of_name) {
      require(gold.entity_named(name) == key, "every name finds its entity");
    }
    for (const auto& triple : gold.optional) {
      require(!gold.required.contains(triple), "no triple is both required and optional");
    }
    // Predicting exactly the required triples scores them all.
    const auto score = newskg::eval::score_document(gold, gold.required);
    require(score.true_positives == gold.required.size() && score.gold == gold.required.size()
              && score.missed.empty() && score.spurious.empty() && score.recall == 1.0,
            "the gold scores perfectly against itself");
  } catch (const newskg::InputError&) {
    // A malformed gold file: the documented outcome.
  }
  return 0;
}
