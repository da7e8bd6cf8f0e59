#pragma once

#include "cache/statements.hpp"

#include <string>
#include <string_view>

namespace newskg::cache {

// One document's copy of an entity (its `document_entities` row), with the
// document's language.
struct EntityCopy
{
  std::string_view doc;
  std::string_view lang;
  std::string_view type;
  std::string_view label;
  std::string_view label_en;
  std::string_view label_ar;
  std::string_view predicate;
  std::string_view subject;
  std::string_view object;
};

// The values of a merged `entities` row.
struct EntityValues
{
  std::string type;
  std::string label;
  std::string label_en;
  std::string label_ar;
  std::string predicate;
  std::string subject;
  std::string object;
  friend bool operator==(const EntityValues&, const EntityValues&) = default;
};

// The merge of an entity's copies, by the name policy (README "Names"; as
// graph::merge_entity): each label is the first non-empty one, by document
// id, of a document in its language (English for `label`), else of any
// document; the type is the first document's; the Event fields travel
// together, from the first document that gives a predicate, else the first.
//
// It keeps, for each value, the document it was taken from, so that a
// document added later updates it without reading the other copies again:
// build merged each entity it touched at every commit, with eight queries
// (11% of storing's time in a profile, most of it the same entities again).
// A removed copy cannot be taken out: load the merge again.
class MergedEntity
{
public:
  // The merge of the entity's copies in the cache: the copy each value is
  // taken from, read with one indexed query per value.
  static MergedEntity load(Statements& statements, const std::string& id);

  // Takes one more copy into the merge.
  void add(const EntityCopy& copy);

  // The merged row; the entity has at least one copy.
  [[nodiscard]] EntityValues values() const;

private:
  // A value and the document it came from, once one is found.
  struct Pick
  {
    bool found = false;
    std::string doc;
    std::string value;
  };
  // The first copy (type, Event fields) and the first with a predicate.
  struct Row
  {
    bool found = false;
    std::string doc;
    std::string type;
    std::string predicate;
    std::string subject;
    std::string object;
  };

  static void pick(Pick& pick, std::string_view doc, std::string_view value);
  static void pick(Row& row, const EntityCopy& copy);

  Row m_first;
  Row m_event;
  Pick m_label_own; // from an English document
  Pick m_label_any;
  Pick m_label_en_own; // from an English document
  Pick m_label_en_any;
  Pick m_label_ar_own; // from an Arabic document
  Pick m_label_ar_any;
};

// Writes the merged row of entity `id`.
void update_entity(Statements& statements, const std::string& id, const EntityValues& values);

} // namespace newskg::cache
