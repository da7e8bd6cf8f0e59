#pragma once

#include "core/extraction.hpp"
#include "core/hash.hpp"
#include "extract/clitics.hpp"
#include "extract/gazetteer.hpp"
#include "extract/romanizer.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newskg::extract {

// An entity of the document being read, with what the text said of it.
struct DocEntity
{
  Entity entity;
  std::optional<std::size_t> known;   // index into Gazetteer::entities()
  std::string role;                   // from a title in this document: "president"
  std::optional<std::size_t> role_of; // the country or organization of that role
  // The country an organization belongs to, from a head noun it qualifies:
  // "وزارة الدفاع التركية", "Russia's defence ministry" (Turkey, Russia).
  std::optional<std::size_t> of_country;
};

// The entities of one document, in order of first mention. Entities found
// only in text get an id from their type and name, so the same name in two
// documents is the same node: "x:person:<hash>", of the phonetic key of a name
// of two words or more (the same in Arabic and English), else of the match key.
class DocumentEntities
{
public:
  // `romanizer`, when given, writes the English label of names found in text.
  explicit DocumentEntities(const Gazetteer& gazetteer, const Romanizer* romanizer = nullptr);

  // The entity for a gazetteer entry, added on first use.
  std::size_t known(std::size_t gazetteer_index);
  // An entity found in text: `name` as written (in the document's language).
  std::size_t found(EntityType type, std::string_view name, std::string_view lang);
  // An entity a word of the language names by its translation (heads.tsv:
  // "المحكمة العليا" is the Supreme Court): the entity an English text finds
  // under `label_en`, labelled `surface` in `lang`.
  std::size_t translated(EntityType type,
                         std::string_view label_en,
                         std::string_view surface,
                         std::string_view lang);
  // An entity made from a head noun and the entity it qualifies: "وزارة
  // الدفاع الأرمينية" => Organization "Ministry of Defence of Armenia".
  std::size_t qualified(EntityType type,
                        std::string_view head_en,
                        std::size_t of,
                        std::string_view surface,
                        std::string_view lang);
  // An Event entity reifying (subject, predicate, object).
  std::size_t event(std::size_t subject,
                    std::string_view predicate,
                    std::string_view predicate_label,
                    std::size_t object);

  void add_mention(std::size_t entity, Span span, std::string text);
  // Lets later single words of `name_words` ("لافروف") find this person.
  void add_name_words(std::size_t entity, std::span<const std::string> name_words);
  // Lets a later single word of the same skeleton (EntityFinder::name_skeleton:
  // "وارن" for "وارين") find this person.
  void add_name_skeleton(std::size_t entity, std::string skeleton, std::string word);
  // The person and the word written for a skeleton, if any.
  struct SkeletonName
  {
    std::size_t entity = 0;
    std::string word;
  };
  [[nodiscard]] const SkeletonName* by_name_skeleton(std::string_view skeleton) const;
  // Records the first word of a person's name of two words or more; a
  // word two people's names begin with refers to neither.
  void add_first_word(std::size_t person, std::string_view word);
  // The one person named so far whose name begins with `word` ("الأمير
  // فيصل" after "الأمير فيصل بن فرحان"), if any.
  [[nodiscard]] std::optional<std::size_t> by_first_word(std::string_view word) const;
  [[nodiscard]] bool has_name_skeletons() const { return !m_name_skeletons.empty(); }
  // True when some skeleton begins with `word`'s first letter (a cheap test first).
  [[nodiscard]] bool may_have_skeleton(std::string_view word) const;
  // A document-local name starting at tokens[i]: (entity, token count).
  [[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>>
  local_name_at(std::span<const Token> tokens, std::size_t i, const Clitics& clitics) const;

  [[nodiscard]] DocEntity& operator[](std::size_t i) { return m_entities[i]; }
  [[nodiscard]] const DocEntity& operator[](std::size_t i) const { return m_entities[i]; }
  [[nodiscard]] std::size_t size() const { return m_entities.size(); }

  // The role of the person most recently introduced by a title ("president"):
  // what "his counterpart" refers to.
  std::string last_role;

  // Organizations by the word that heads their name ("وزاره", "هييه", or a
  // head noun's English label), the latest one of each, so that "الوزارة"
  // or a bare "وزارة الخارجية" later in the article refers back to it.
  void register_head(std::string key, std::size_t entity) { m_by_head[std::move(key)] = entity; }
  [[nodiscard]] std::optional<std::size_t> by_head(std::string_view key) const;
  // Organizations by the head word of a name the text did not write
  // ("حركه" of "حركة حماس" after "حماس", "group" of "Group of Seven" after
  // "G7"), the latest one of each and the sentence that named it: only that
  // sentence refers back to them, in Arabic only by a title's owner ("وفد
  // حماس رئيس الحركة خليل الحية").
  void register_alias_head(std::string key, std::size_t entity, std::size_t sentence)
  {
    m_by_alias_head[std::move(key)] = {entity, sentence};
  }
  [[nodiscard]] std::optional<std::size_t> by_alias_head(std::string_view key,
                                                         std::size_t sentence) const;

  // The one person named after a form of address ("جلاله" of "جلالة الملك
  // عبدالله"), whom that form with a pronoun ("جلالته") refers back to;
  // none once two were.
  void register_address(std::string honorific, std::size_t person);
  [[nodiscard]] std::optional<std::size_t> addressed(std::string_view honorific) const;

  // A title with a role but no country ("الرئيس جورجي إيفانوف"): resolved
  // at the end of the document to its dominant country, if it has one.
  struct OpenRole
  {
    std::size_t person = 0;
    std::string role;
    Evidence evidence;
  };
  std::vector<OpenRole> open_roles;

  // A country named a neighbour ("neighboring Greece"), or a place put in
  // "the country" ("إقليم بني شنقول غربي البلاد") that the gazetteer places
  // nowhere the document has named by then: it stands in `predicate`
  // (borders, located-in) with the country the article is about, resolved at
  // the end of the document.
  struct Neighbour
  {
    std::size_t country = 0; // the country or the place
    std::string predicate;
    double confidence = 0;
    Evidence evidence;
  };
  std::vector<Neighbour> neighbours;

  // A person already introduced with this role and country or organization:
  // "الرئيس الروسي" after "الرئيس الروسي فلاديمير بوتين".
  [[nodiscard]] std::optional<std::size_t> holder_of(std::string_view role, std::size_t of) const;
  // The one entity of `type` the gazetteer knows, named so far, one of whose
  // names `word` begins (name_begins_with): "مملكه" for Saudi Arabia, "مجلس"
  // for the Gulf Cooperation Council; none when two are.
  [[nodiscard]] std::optional<std::size_t>
  sole_known_begun_by(EntityType type, std::string_view word, const Clitics& clitics) const;

  // The one person named so far with this role, of any country or
  // organization: "the chancellor" after "German Chancellor Olaf Scholz";
  // none when two hold it ("the president" after Putin and Macron).
  [[nodiscard]] std::optional<std::size_t> sole_holder(std::string_view role) const;

private:
  std::size_t add(Entity entity, std::optional<std::size_t> known);

  const Gazetteer& m_gazetteer;
  const Romanizer* m_romanizer = nullptr;
  std::vector<DocEntity> m_entities;
  std::unordered_map<std::string, std::size_t> m_by_id;
  std::unordered_map<std::string, std::size_t> m_by_gazetteer_index;

  // Single words of names found in text: the surname alone refers back.
  std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> m_name_words;
  std::unordered_map<std::string, SkeletonName, StringHash, std::equal_to<>> m_name_skeletons;
  std::vector<std::string> m_skeleton_firsts; // the first letter of each skeleton, once
  // First words of names: the person, or nullopt when two names begin with it.
  std::unordered_map<std::string, std::optional<std::size_t>, StringHash, std::equal_to<>>
    m_first_words;
  std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> m_by_head;
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>, StringHash, std::equal_to<>>
    m_by_alias_head; // entity, sentence
  // (nullopt: two persons were)
  std::unordered_map<std::string, std::optional<std::size_t>, StringHash, std::equal_to<>>
    m_addressed;
};

} // namespace newskg::extract
