#pragma once

#include "core/document.hpp"
#include "extract/extractor.hpp"

#include <set>
#include <string>
#include <vector>

namespace newskg::test {

// The shipped resources (data/ of this repository), loaded once.
const extract::Resources& shipped_resources();

// The relations extracted from `text` as "subject|predicate|object" with the
// entities' English labels; a name found only in an Arabic text also goes by
// its Arabic label ("سارة جونسون" beside its romanization "Sara Junsun"). An
// Event object reads "[inner-predicate object]". holds-position carries its
// role: "Vladimir Putin|holds-position|Russia|president".
// `date` is the article's date (empty: undated); `resources` the data read.
std::set<std::string> triples_of(const std::string& text,
                                 const std::string& lang = "ar",
                                 const std::string& date = "",
                                 const extract::Resources& resources = shipped_resources());

// One row of a rule table: a sentence of a general construction and a triple
// (as triples_of writes it) that must, or must not, be read from it.
struct RuleRow
{
  const char* construction;
  const char* sentence;
  const char* triple;
  bool expected;
  const char* date = ""; // the article's date, when the construction needs one
};

// Checks every row with Catch2, showing what was extracted when a row fails.
void check_rows(const std::vector<RuleRow>& rows, const std::string& lang = "ar");

} // namespace newskg::test
