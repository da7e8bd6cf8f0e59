#include "export/rdf_iri.hpp"

#include "core/hash.hpp"
#include "export/concat.hpp"
#include "export/number_text.hpp"
#include "export/rdf_term.hpp"

#include <algorithm>
#include <cctype>

namespace newskg::exports {

namespace {

constexpr std::string_view wikidata_prefix = "wd:";

std::string lower(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  return out;
}

} // namespace

std::string entity_iri(std::string_view id, EntityType type)
{
  if (id.starts_with(wikidata_prefix)) {
    return concat(base_iri, "entity/", percent_encode(id.substr(wikidata_prefix.size())));
  }
  // A hash rather than the name: Arabic spelling variants and spaces never
  // reach an IRI (exports.md §6).
  return concat(base_iri, "entity/", lower(to_string(type)), "/", hex_hash(id));
}

std::string wikidata_iri(std::string_view id)
{
  if (!id.starts_with(wikidata_prefix)) {
    return {};
  }
  return concat("http://www.wikidata.org/entity/",
                percent_encode(id.substr(wikidata_prefix.size())));
}

std::string
relation_iri(std::string_view subject, std::string_view predicate, std::string_view object)
{
  return concat(base_iri, "relation/", hex_hash(concat(subject, "|", predicate, "|", object)));
}

std::string evidence_iri(const EvidenceLocation& location)
{
  const auto key = concat(location.doc,
                          "|",
                          format_count(location.sentence),
                          "|",
                          format_count(location.start),
                          "|",
                          format_count(location.end));
  return concat(base_iri, "evidence/", hex_hash(key));
}

std::string article_iri(std::string_view doc)
{
  return concat(base_iri, "article/", percent_encode(doc));
}

} // namespace newskg::exports
