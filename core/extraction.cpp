#include "core/extraction.hpp"

#include <algorithm>
#include <set>

namespace newskg {

void keep_confident(Extraction& extraction, double min_confidence)
{
  auto& relations = extraction.relations;
  relations.erase(std::remove_if(relations.begin(),
                                 relations.end(),
                                 [&](const Relation& r) { return r.confidence < min_confidence; }),
                  relations.end());
  std::set<std::string, std::less<>> named;
  for (const auto& r : relations) {
    named.insert(r.subject);
    named.insert(r.object);
  }
  auto& entities = extraction.entities;
  entities.erase(std::remove_if(entities.begin(),
                                entities.end(),
                                [&](const Entity& e) {
                                  return e.type == EntityType::event && !named.contains(e.id);
                                }),
                 entities.end());
}

} // namespace newskg
