#pragma once

// The IRI scheme of the RDF exports. Every IRI is derived from content (ids,
// predicate names, evidence positions), never from output order or time, so
// two builds of the same articles mint the same IRIs and merge idempotently
// (exports.md §6, "IRI minting").

#include "core/entity_type.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace newskg::exports {

inline constexpr std::string_view base_iri = "https://newskg.org/";

// "wd:Q7747" => "https://newskg.org/entity/Q7747"; any other id =>
// "https://newskg.org/entity/<type in lower case>/<hex_hash(id)>", e.g.
// "https://newskg.org/entity/location/0123456789abcdef".
[[nodiscard]] std::string entity_iri(std::string_view id, EntityType type);

// "wd:Q7747" => "http://www.wikidata.org/entity/Q7747" (the concept IRI: http
// and /entity/, not the https /wiki/ page); empty for any other id.
[[nodiscard]] std::string wikidata_iri(std::string_view id);

// "https://newskg.org/relation/<hex_hash(subject|predicate|object)>" over the ids.
[[nodiscard]] std::string
relation_iri(std::string_view subject, std::string_view predicate, std::string_view object);

struct EvidenceLocation
{
  std::string_view doc;
  std::size_t sentence = 0;
  std::size_t start = 0;
  std::size_t end = 0;
};
// "https://newskg.org/evidence/<hex_hash(doc|sentence|start|end)>".
[[nodiscard]] std::string evidence_iri(const EvidenceLocation& location);

// "https://newskg.org/article/<percent-encoded doc id>".
[[nodiscard]] std::string article_iri(std::string_view doc);

} // namespace newskg::exports
