#include "eval/normalize.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using newskg::eval::normalize_name;
using newskg::eval::predicate_spelling;

// Every row was checked against score.py's norm() and norm_pred() (Python 3.11).
TEST_CASE("normalize_name folds names as score.py's norm does", "[eval][unit]")
{
  const std::vector<std::pair<std::string, std::string>> rows{
    {"U.S.", "u s"},                         // dots are separators
    {"  Ned-Price ", "ned price"},           // hyphen, trimmed
    {"Vladimir  (Putin)", "vladimir putin"}, // a run of separators is one space
    {"O’Brien", "o brien"},                  // the typographic apostrophe too
    {"a_b", "a b"},                          // underscore
    {"x\u00a0y", "x y"},                     // no-break space is whitespace
    {"\u2028a\u2029", "a"},                  // line and paragraph separators
    {"Straße", "strasse"},                   // full case folding, not lower-casing
    {"İstanbul", "i\u0307stanbul"},          // no Turkish rule: dotted I keeps its dot
    {"ΣΊΣΥΦΟΣ", "σίσυφοσ"},                  // folding has no final sigma
    {"Ⅻ", "xii"},                            // NFKC: compatibility forms
    {"—dash—", "—dash—"},                    // the em dash is not a separator
    {"الأُمَم المتّحدة", "الامم المتحده"},      // "the United Nations": marks, أ → ا, ة → ه
    {"مُحَمَّد", "محمد"},                        // "Muhammad": harakat and shadda dropped
    {"الـرئيس", "الرييس"},                   // "the president": tatweel dropped, ئ → ي
    {"إئتلاف", "ايتلاف"},                    // "coalition": إ → ا
    {"مستشفى الرحمة", "مستشفي الرحمه"},      // "al-Rahma hospital": ى → ي
    {"ﷲ", "الله"},                           // NFKC expands the ligature
    {"ﺍﻟﺴﻼﻡ", "السلام"},                     // "peace" in presentation forms
    {"x\u064b-\u064b-y", "x y"},             // marks vanish inside a separator run
    {"", ""},
  };
  for (const auto& [text, expected] : rows) {
    INFO(text);
    CHECK(normalize_name(text) == expected);
  }
}

TEST_CASE("predicate_spelling makes camelCase, UPPER_SNAKE and kebab-case one", "[eval][unit]")
{
  const std::vector<std::pair<std::string, std::string>> rows{
    {"coChairedBy", "co-chaired-by"},
    {"CO_CHAIRED_BY", "co-chaired-by"},
    {" co chaired by", "co-chaired-by"},
    {"co-chaired-by", "co-chaired-by"},
    {"HoldsPosition", "holds-position"},
    {"holds position", "holds-position"},
    {"agreed__with", "agreed-with"}, // a run of '_' is one '-'
    {"fooBAR", "foo-bar"},           // a hyphen only after a lower-case letter
    {"met\u00a0with", "met-with"},   // Unicode whitespace
    {"aΣ", "aς"},                    // Python's lower() knows the final sigma
    {"Condemned", "condemned"},      // synonyms are PredicateRules' business
  };
  for (const auto& [text, expected] : rows) {
    INFO(text);
    CHECK(predicate_spelling(text) == expected);
  }
}

TEST_CASE("is_python_space accepts what str.isspace accepts", "[eval][unit]")
{
  for (const char32_t c : {U' ', U'\t', U'\n', U'\x1c', U'\x1f', U'\u00a0', U'\u2028', U'\u3000'}) {
    CHECK(newskg::eval::is_python_space(c));
  }
  for (const char32_t c : {U'a', U'_', U'\u200b', U'\u0640'}) {
    CHECK_FALSE(newskg::eval::is_python_space(c));
  }
}
