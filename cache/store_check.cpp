#include "cache/store_check.hpp"

#include "core/error.hpp"

#include <set>
#include <string>

namespace newskg::cache {

namespace {

// The record and the extraction both carry the document's metadata; the
// cache keeps one copy, so they must agree. An empty record field means
// "not given".
void check_field(const std::string& doc,
                 const char* name,
                 const std::string& in_record,
                 const std::string& in_extraction)
{
  if (!in_record.empty() && in_record != in_extraction) {
    throw InputError(doc + ": document " + name + " '" + in_record
                     + "' differs from the extraction's '" + in_extraction + "'");
  }
}

void check_endpoint(const std::string& doc,
                    std::size_t index,
                    const char* role,
                    const std::string& id,
                    const std::set<std::string>& ids)
{
  if (!ids.contains(id)) {
    throw InputError(doc + ": relation " + std::to_string(index) + ": " + role + " '" + id
                     + "' is not among the document's entities");
  }
}

} // namespace

void check_store(const DocumentRecord& document,
                 const Extraction& extraction,
                 const std::vector<Alias>& aliases)
{
  const auto& doc = document.id;
  if (doc.empty()) {
    throw InputError("cannot store a document without an id");
  }
  if (extraction.doc != doc) {
    throw InputError(doc + ": the extraction is of document '" + extraction.doc + "'");
  }
  check_field(doc, "lang", document.lang, extraction.lang);
  check_field(doc, "title", document.title, extraction.title);
  check_field(doc, "date", document.date, extraction.date);
  check_field(doc, "url", document.url, extraction.url);

  std::set<std::string> ids;
  for (const auto& entity : extraction.entities) {
    if (!ids.insert(entity.id).second) {
      throw InputError(doc + ": entity '" + entity.id + "' is listed twice");
    }
  }
  // ontology.md: "subject and object name ids in entities".
  for (std::size_t i = 0; i < extraction.relations.size(); ++i) {
    check_endpoint(doc, i, "subject", extraction.relations[i].subject, ids);
    check_endpoint(doc, i, "object", extraction.relations[i].object, ids);
  }
  for (const auto& alias : aliases) {
    if (!ids.contains(alias.entity_id)) {
      throw InputError(doc + ": alias '" + alias.text + "' names entity '" + alias.entity_id
                       + "', which is not among the document's entities");
    }
  }
}

} // namespace newskg::cache
