#pragma once

#include <cstddef>

namespace newskg::extract {

// What an argument slot can be filled with.
enum class ItemKind {
  entity,  // a named entity (or a demonym standing for its country)
  parties, // "الجانبان", "the two sides": the last two parties
  own,     // "بلاده", "قواتها": the speaker's own country
  unnamed, // "المتحدث باسم الوزارة" with no name: fills a slot with nobody
  author   // "we" in a statement: the government or body that issues it
};

// A stretch of tokens of one sentence that can fill an argument: a name, a
// title with its name ("وزير الخارجية الروسي سيرغي لافروف"), a demonym, a
// reference. Token indices are the document's; [begin, end).
struct Item
{
  std::size_t begin = 0;
  std::size_t end = 0;
  ItemKind kind = ItemKind::entity;
  std::size_t entity = 0; // DocumentEntities index, for kind == entity
  bool demonym = false;
  bool governed = false; // its first word carries a preposition: "لحزب", "بالولايات"
};

} // namespace newskg::extract
