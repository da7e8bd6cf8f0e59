#pragma once

#include "core/document.hpp"
#include "extract/extractor.hpp"

#include <set>
#include <string>

namespace newskg::test {

// The shipped resources (data/ of this repository), loaded once.
const extract::Resources& shipped_resources();

// The relations extracted from `text` as "subject|predicate|object" with the
// entities' English labels (the Arabic one when there is none); an Event
// object reads "[inner-predicate object]". holds-position carries its role:
// "Vladimir Putin|holds-position|Russia|president".
std::set<std::string> triples_of(const std::string& text, const std::string& lang = "ar");

} // namespace newskg::test
