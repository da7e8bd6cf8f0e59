#pragma once

#include "core/ontology.hpp"
#include "extract/entity_finder.hpp"
#include "extract/extractor.hpp"
#include "extract/gazetteer.hpp"
#include "extract/lexicon.hpp"
#include "extract/rule_engine.hpp"

#include <map>
#include <memory>
#include <string>

namespace newskg::extract {

// One language's data with the stages built on it. Stages keep references
// into `pack` and the shared gazetteer: a Language never moves (unique_ptr).
struct Language
{
  LanguagePack pack;
  EntityFinder finder;
  RuleEngine engine;

  Language(LanguagePack language_pack,
           const Gazetteer& gazetteer,
           const Ontology& ontology,
           const std::string& lang)
    : pack(std::move(language_pack)),
      finder(gazetteer, pack, ontology, lang),
      engine(pack, ontology, gazetteer)
  {}
};

struct Resources::Impl
{
  Ontology ontology;
  Gazetteer gazetteer;
  std::map<std::string, std::unique_ptr<Language>> languages;
  std::string fingerprint;
  std::map<std::string, std::string, std::less<>>
    language_fingerprints; // see Resources::fingerprint(lang)
  // Resources::load_names: each language's romanizer, there being no Language.
  std::map<std::string, Romanizer, std::less<>> romanizers;

  [[nodiscard]] const Language* language(const std::string& lang) const
  {
    const auto found = languages.find(lang);
    return found == languages.end() ? nullptr : found->second.get();
  }

  // The romanizer of `lang` (from its Language or `romanizers`); nullptr for
  // a language the data directory does not hold.
  [[nodiscard]] const Romanizer* romanizer(const std::string& lang) const
  {
    if (const auto* own = language(lang)) {
      return &own->pack.romanizer;
    }
    const auto found = romanizers.find(lang);
    return found == romanizers.end() ? nullptr : &found->second;
  }
};

} // namespace newskg::extract
