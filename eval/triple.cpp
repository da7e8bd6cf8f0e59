#include "eval/triple.hpp"

namespace newskg::eval {

std::string to_string(const Term& term)
{
  if (const auto* entity = std::get_if<std::string>(&term)) {
    return *entity;
  }
  const auto& event = std::get<EventTerm>(term);
  return "(" + event.predicate + (event.object ? " " + *event.object : std::string()) + ")";
}

std::string to_string(const Triple& triple)
{
  return to_string(triple.subject) + " -[" + triple.predicate + "]-> " + to_string(triple.object);
}

} // namespace newskg::eval
