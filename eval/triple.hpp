#pragma once

#include <compare>
#include <optional>
#include <string>
#include <variant>

namespace newskg::eval {

// An Event as one end of a triple: score.py matches it on its inner predicate
// (normalized) and inner object, never on its subject.
struct EventTerm
{
  std::string predicate;             // "attacked"
  std::optional<std::string> object; // a gold key or "?label"; none when the event has no object

  friend auto operator<=>(const EventTerm&, const EventTerm&) = default;
  friend bool operator==(const EventTerm&, const EventTerm&) = default;
};

// One end of a triple: a gold entity key ("usa"), an unmatched predicted
// entity as "?" + its label ("?Ned Price"), or an Event.
using Term = std::variant<std::string, EventTerm>;

// A relation as score.py compares them: (subject, normalized predicate, object).
struct Triple
{
  Term subject;
  std::string predicate;
  Term object;

  friend auto operator<=>(const Triple&, const Triple&) = default;
  friend bool operator==(const Triple&, const Triple&) = default;
};

// For reports: "usa -[called-on]-> libya",
// "ned_price -[announced]-> (called-on libya)", "(called-on)" for an Event
// without an object.
[[nodiscard]] std::string to_string(const Term& term);
[[nodiscard]] std::string to_string(const Triple& triple);

} // namespace newskg::eval
