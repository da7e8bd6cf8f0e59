#pragma once

#include "core/extraction.hpp"
#include "core/ontology.hpp"
#include "extract/document_entities.hpp"
#include "extract/gazetteer.hpp"
#include "extract/item.hpp"
#include "extract/lexicon.hpp"

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newskg::extract {

// What a sentence is read from: its tokens (the document's, [begin, end)),
// its index and span, and the document's original text for evidence.
struct SentenceView
{
  std::span<const Token> tokens; // all tokens of the document
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t index = 0;
  Span span;
  std::u32string_view original; // the document's original text; the sentence is `span` of it
  std::string_view
    date; // the document's date (ISO 8601), else the latest year the text names, else empty
  bool dated = false; // the document itself carries a date
};

// The sentence as given, UTF-8: its span of the original text, encoded when
// asked (a relation's evidence), not for every sentence.
[[nodiscard]] std::string sentence_text(const SentenceView& sentence);

// True when `word` may begin a name of `person` written in Arabic script: the
// first word of one of its Arabic names has its letters (its first letter,
// then its consonants), or the one's letters begin the other's ("جو"،
// "جوزيف"), or it has no Arabic name to compare with. "يونس" is no "أنس".
[[nodiscard]] bool arabic_given_name_fits(std::string_view word, const KnownEntity& person);

// Finds the items of one sentence, left to right, never overlapping:
//   1. a title and the person it introduces, with nationality or country:
//      "رئيس أذربيجان إلهام علييف" => Aliyev, holds-position Azerbaijan (president)
//      "نظيره الفرنسي إيمانويل ماكرون" => Macron, the same role for France
//   2. a gazetteer name, longest first ("مجموعة مينسك" before "مينسك")
//   3. a head noun and what it qualifies: "وزارة الدفاع الأرمينية", "مدينة زنغيلان"
//   4. a demonym standing for its country: "قصف أرميني" => Armenia
//   5. references: "الجانبان" (the last two parties), "بلاده" (the speaker's country)
//   6. a surname of a person named earlier in the document
// holds-position relations read from titles are appended to `relations`.
class EntityFinder
{
public:
  EntityFinder(const Gazetteer& gazetteer,
               const LanguagePack& pack,
               const Ontology& ontology,
               std::string_view lang);

  [[nodiscard]] std::vector<Item> find(const SentenceView& sentence,
                                       const std::u32string& original,
                                       DocumentEntities& entities,
                                       std::vector<Relation>& relations) const;

private:
  struct Context;
  struct Name
  {
    std::optional<std::size_t> entity; // DocumentEntities index when known
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t skip = 0; // code points of a conjunction on the first word: "و" of "ومايك لي"
  };
  // An entity a title or head noun qualifies, and where it ends.
  struct Qualifier
  {
    std::size_t entity = 0;
    std::size_t end = 0;
  };

  bool title_at(Context& c, std::size_t i) const;
  bool appointed_at(Context& c, std::size_t i) const;
  [[nodiscard]] bool head_governed(const Context& c, std::size_t i) const;
  [[nodiscard]] bool org_head_governed(const Context& c, std::size_t i) const;
  // Owners before the title (English) own the names after it in order.
  bool counterpart_at(Context& c,
                      std::size_t i,
                      std::size_t after_cue,
                      const std::vector<Item>& owners = {}) const;
  // After the first name of a title of many at k: the names listed after it,
  // each an item holding `role` of `of` (and a member of `party`).
  void title_list(Context& c,
                  std::string_view role,
                  std::optional<std::size_t> of,
                  std::optional<std::size_t> party,
                  std::size_t k) const;
  // After a title's holder at k, "و" and another country's demonym and a
  // name: that person holds the same role there (an elided title). Returns
  // where the last holder's item ends.
  std::size_t elided_title_holders(Context& c, std::string_view role, std::size_t k) const;
  // Where "of South Carolina", "من ولاية يوتا" after a listed name ends: the
  // place a member comes from, which is no part of the name.
  [[nodiscard]] std::size_t home_place_end(Context& c, std::size_t j) const;
  [[nodiscard]] std::optional<Qualifier> region_at(Context& c, std::size_t j) const;
  // Code points of a conjunction that begins token i and stands before a
  // name: "و" of "ومايك" (a given name after it, or any word in a list);
  // 0 for no conjunction or a name that itself begins so ("وليد"); nothing
  // for a conjunction before a word that begins no name ("وضغط").
  [[nodiscard]] std::optional<std::size_t>
  conjunction_before_name(const Context& c, std::size_t i, bool listed) const;
  // How many code points of token i are a proclitic preposition (with any
  // conjunction before it) in front of a given name: "ب" of "بسامح", "ول" of
  // "ولسامح"; 0 when the rest is no given name or the word is one ("لبيب").
  [[nodiscard]] std::size_t preposition_before_name(const Context& c, std::size_t i) const;
  // How many code points of token i are the preposition ب or ل (words.tsv
  // phrase-proclitic, purpose-proclitic; with any conjunction before it, no
  // article after it) that it lost: "ل" of "لحقوق"; 0 for none ("كريم" is no
  // ك + ريم) and for a given name.
  [[nodiscard]] std::size_t preposition_proclitic(const Context& c, std::size_t i) const;
  bool head_at(Context& c, std::size_t i) const;
  bool quoted_at(Context& c, std::size_t i) const;
  bool bare_head_at(Context& c, std::size_t i) const;
  bool state_reference_at(Context& c, std::size_t i) const;
  void
  register_known_head(Context& c, std::size_t entity, std::size_t begin, std::size_t end) const;
  void add_known_item(
    Context& c, std::size_t entity, std::size_t begin, std::size_t end, bool governed) const;
  void apposition_at(Context& c, std::size_t person, std::size_t k) const;
  void register_head_word(Context& c, std::size_t t, std::size_t entity) const;
  [[nodiscard]] std::optional<std::size_t> country_closing(Context& c, std::size_t j) const;
  [[nodiscard]] bool
  holds_no_post_of(const Context& c, std::size_t person, std::size_t owner) const;
  [[nodiscard]] bool place_then_report(Context& c, std::size_t j) const;
  [[nodiscard]] bool subject_of_saying(const Context& c, std::size_t k) const;
  [[nodiscard]] std::size_t own_country_end(Context& c, std::size_t j) const;
  // Past the title's modifiers (title_modifier) from token j.
  [[nodiscard]] std::size_t past_title_modifiers(Context& c, std::size_t j) const;
  [[nodiscard]] bool title_modifier(Context& c, std::size_t j) const;
  [[nodiscard]] static bool
  holds_other_country(const Context& c, std::size_t person, std::size_t owner);
  [[nodiscard]] bool closes_apposition(const Context& c, std::size_t j) const;
  [[nodiscard]] std::size_t apposition_end(const Context& c, std::size_t j) const;
  [[nodiscard]] bool speaker_name_at(const Context& c, std::size_t i) const;
  [[nodiscard]] bool unnamed_may_name(const Context& c, std::size_t i) const;
  [[nodiscard]] bool unnamed_shapes_fit(const Context& c, std::size_t i) const;
  [[nodiscard]] bool unnamed_words_fit(const Context& c, std::size_t i) const;
  [[nodiscard]] bool word_and_pronoun(const Context& c, std::size_t i) const;
  [[nodiscard]] bool word_with_pronoun(const Context& c, std::size_t i) const;
  [[nodiscard]] bool closes_report(const Context& c, std::size_t j) const;
  [[nodiscard]] std::optional<Qualifier> city_named_at(Context& c, std::size_t i) const;
  // An unknown name of two words or more that begins with a given name or
  // with two foreign words ("ناليدي باندور"): a stranger's full name.
  [[nodiscard]] bool named_stranger(const Context& c, const Name& name) const;
  // At token j after a title: a foreign word behind the genitive's proclitic
  // before the holder's name ("لسوناطراك رشيد حشيشي"): the organization it
  // names, found here.
  [[nodiscard]] std::optional<Qualifier> foreign_owner_at(Context& c, std::size_t j) const;
  // "علي يوسف الشريف", "علي عبد الله صالح": token i is a stop word that is
  // written as a given name ("علي", not the preposition "على": the two fold
  // together), before a given name or a name joiner.
  [[nodiscard]] bool stop_given_name(const Context& c, std::size_t i) const;
  // Token i is a stop word written with a final ya, as the given name "علي"
  // is (the preposition "على" ends in alif maqsura; the two fold together).
  [[nodiscard]] bool written_with_ya(const Context& c, std::size_t i) const;
  // "عبد الله": token i is a name joiner that makes a given name with the
  // next word (written in one: عبدالله).
  [[nodiscard]] bool joined_given_name(const Context& c, std::size_t i) const;
  [[nodiscard]] std::optional<std::string> joined_name_word(const Context& c, std::size_t i) const;
  [[nodiscard]] std::size_t
  unowned_post_end(const Context& c, std::size_t j, bool after_word) const;
  [[nodiscard]] bool names_speaker(const Context& c, std::size_t title, const Name& name) const;
  [[nodiscard]] bool verb_after_title(const Context& c, std::size_t title, const Name& name) const;
  [[nodiscard]] bool object_after(Context& c, std::size_t j) const;
  [[nodiscard]] bool country_head_at(const Context& c, std::size_t j) const;
  // Where a head of heads.tsv that stands for its country (label "=") and
  // begins at token j ends, if one does.
  [[nodiscard]] std::optional<std::size_t> country_head_end(const Context& c, std::size_t j) const;
  [[nodiscard]] std::optional<Qualifier> owned_acronym(Context& c, std::size_t j) const;
  [[nodiscard]] std::size_t namesake_end(Context& c, std::size_t j) const;
  [[nodiscard]] bool counterpart_title_at(const Context& c, std::size_t j) const;
  // The country or organization after a title: "الروسي", "أذربيجان",
  // "لجنة الانتخابات الهندية". A demonym must agree in definiteness.
  [[nodiscard]] std::optional<Qualifier>
  qualifier_at(Context& c, std::size_t j, bool definite) const;
  // After a title of `role` at j: "عن ولاية فيرمونت", the chamber of the
  // subdivision's country where members of that role sit.
  [[nodiscard]] std::optional<Qualifier>
  chamber_for_region(Context& c, std::string_view role, std::size_t j) const;
  [[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>>
  party_behind(Context& c, std::size_t j) const;
  // After a legislator's name at k: ", R-Tenn.," or " (D-Calif.)", halves of
  // data/<lang>/party_tags.tsv. Gives the party, the state's country and the
  // end past the closing mark.
  struct PartyTag
  {
    std::size_t party = 0;   // gazetteer index, or Gazetteer::no_party
    std::size_t country = 0; // gazetteer index
    std::size_t end = 0;
  };
  [[nodiscard]] std::optional<PartyTag> party_tag_at(const Context& c, std::size_t k) const;
  [[nodiscard]] std::optional<PartyTag> state_party_at(const Context& c, std::size_t k) const;
  [[nodiscard]] bool starts_place_head(const Context& c, std::size_t i) const;
  bool place_list_at(Context& c, std::size_t i) const;
  [[nodiscard]] std::optional<std::size_t> led_country(std::size_t person) const;
  // "قوات الرئيس السوري بشار الأسد": after title_at read a title at
  // `title`, a head that stands for its country (heads.tsv "=") in construct
  // right before it makes the item the country the titled person leads.
  void leader_forces(Context& c, std::size_t title) const;
  [[nodiscard]] std::optional<Qualifier>
  facility_at(Context& c, const Head& head, std::size_t i, std::size_t j) const;
  [[nodiscard]] static std::string
  facility_name(Context& c, const Head& head, std::size_t i, std::size_t end);
  // An entity made by a head noun at i ("وزارة الدفاع الأرمينية", "مدينة
  // زنغيلان"), or the organization a bare head refers back to.
  [[nodiscard]] std::optional<Qualifier> head_entity_at(Context& c, std::size_t i) const;
  [[nodiscard]] std::optional<Qualifier> org_phrase_at(Context& c, std::size_t i) const;
  [[nodiscard]] std::optional<Qualifier> quoted_name_after(Context& c, std::size_t i) const;
  // A known place at j, or one unknown word naming a place; `definite_name`
  // (after words.tsv place-name-head) lets that word carry the article;
  // without `unknown_name` only a known place is read.
  [[nodiscard]] std::optional<Qualifier>
  place_at(Context& c, std::size_t j, bool definite_name = false, bool unknown_name = true) const;
  [[nodiscard]] std::optional<Qualifier> demonym_at(Context& c, std::size_t j) const;
  [[nodiscard]] std::size_t
  place_country_after(Context& c, std::size_t place, std::size_t begin, std::size_t j) const;
  [[nodiscard]] bool lies_elsewhere(const Context& c, std::size_t place, std::size_t country) const;
  [[nodiscard]] std::optional<std::size_t>
  non_state_end(Context& c, const GazetteerMatch& g, std::size_t i) const;
  // A person's name starting at i: a known person (gazetteer or named
  // earlier), or words that look like a name. Nothing is added to the
  // document's entities until commit_name.
  // `listed`: a member of a list after a title of many, where a conjunction
  // before the name is always the list's ("وأورين هاتش").
  [[nodiscard]] std::optional<Name> name_at(Context& c, std::size_t i, bool listed = false) const;
  [[nodiscard]] std::size_t lineage_end(const Context& c, std::size_t k) const;
  [[nodiscard]] bool starts_speech_cue(const Context& c, std::size_t i) const;
  // A cue of a finite verb (frames.tsv cue finite) begins at token i.
  [[nodiscard]] bool starts_finite_cue(const Context& c, std::size_t i) const;
  // "Chuck Schumer criticized", "said Chuck Schumer": with letter case, the
  // name [begin, end) stands right before a finite verb's cue, or right after
  // a verb of saying.
  [[nodiscard]] bool verb_subject(const Context& c, std::size_t begin, std::size_t end) const;
  // Token i is a word of the Arabic script the language's spelling
  // dictionary does not know (a foreign name's), of at most
  // max_foreign_letters letters (longer ones are words the text glued
  // together); false without a dictionary.
  [[nodiscard]] bool foreign_word(const Context& c, std::size_t i) const;
  // "شركة أرامكو السعودية", "لحركة حماس": without letter case, token i is an
  // organization's head in construct (words.tsv org-head, no article) before
  // the name of a known organization, which this returns.
  [[nodiscard]] std::optional<GazetteerMatch> known_org_after_head(const Context& c,
                                                                   std::size_t i) const;
  // "بعثة الاتحاد الأفريقي الانتقالية في الصومال": an organization's head at
  // i before the name of the known organization `known`, with an adjective
  // of the head after it (a definite nisba or feminine adjective, no
  // demonym), names an organization of its own, part of the known one (its
  // mission, not it), which runs on over "في" and a known place; nullopt
  // without one.
  std::optional<Qualifier>
  own_org_after_known(Context& c, std::size_t i, const GazetteerMatch& known) const;
  // "بعثة ... (أتميس)"، "the Syrian Democratic Forces (SDF)": one word in
  // parentheses right after an organization's item, no name known already,
  // is the organization's acronym, which names it alone later in the
  // document: with letter case, capitals only; without, a word with no
  // article or proclitic preposition, of no stop word or cue.
  void register_acronym(Context& c, const Item& item) const;
  void register_address(Context& c, const Item& item) const;
  [[nodiscard]] bool honorific_pronoun_at(Context& c, std::size_t i) const;
  // The organization of the document, mentioned so far, whose name in the
  // document's language ends in the word at i, a city's one-word name (g)
  // with no place preposition before it: "Dortmund" after "Borussia Dortmund".
  std::optional<std::size_t>
  organization_ending_in(Context& c, const GazetteerMatch& g, std::size_t i) const;
  // Token i as the text writes it (no folding); nullopt when a ta marbuta
  // stands before its end (two words glued together). Valid until the next
  // call on this thread.
  [[nodiscard]] static std::optional<std::string_view> written_word(const Context& c,
                                                                    std::size_t i);
  // Token i is a word the language's spelling dictionary knows, as written,
  // article and clitics included ("الوسام"); false without a dictionary.
  [[nodiscard]] bool dictionary_word(const Context& c, std::size_t i) const;
  // The gazetteer's longest name at token i of the sentence (longest_at over
  // the sentence's tokens), looked up once per token.
  [[nodiscard]] std::optional<GazetteerMatch> known_at(const Context& c, std::size_t i) const;
  // Without letter case and with a spelling dictionary, two words at i may
  // begin a name: one of the three words at i is a foreign word, and
  // unnamed_may_name's tests pass, but the second word may end like a nisba
  // or in ta marbuta ("مانديرا كيثوري"; foreign_subject asks the dictionary
  // about it).
  [[nodiscard]] bool foreign_may_name(const Context& c, std::size_t i) const;
  // "سيفولو سايبوف": anywhere, two words the dictionary does not know at i
  // name a person; the second has no conjunction first ("جوليوس وآثيل
  // روزينبيرغ" names two).
  [[nodiscard]] bool foreign_pair(const Context& c, std::size_t i) const;
  // "ماكسين ووترز": token k, which begins with a conjunction, is a foreign
  // word after a foreign word, and no foreign word follows it ("جوليوس وآثيل
  // روزينبيرغ" names two): a surname, not و + a word.
  [[nodiscard]] bool foreign_conjoined_surname(const Context& c, std::size_t k) const;
  // "وزار مانديرا كيثوري القاهرة"، "ماكسين ووترز أنكرت": name words [begin,
  // end), one of them a foreign word and none a word of the dictionary shaped
  // as an adjective ("مسؤول أمني"), stand right after a finite verb's cue or
  // a verb of saying, right before a finite verb's cue, or right after a
  // country's adjective with the article ("الأمريكي فيل ميكلسون").
  [[nodiscard]] bool foreign_subject(const Context& c, std::size_t begin, std::size_t end) const;
  [[nodiscard]] std::size_t regnal_end(const Context& c, std::size_t k) const;
  [[nodiscard]] bool compound_at(const Context& c, std::size_t k) const;
  std::size_t commit_name(Context& c, const Name& name) const;
  void remember_surname(Context& c, std::size_t person, std::size_t begin, std::size_t end) const;
  void add_surname(Context& c, std::size_t person, std::size_t last) const;
  // The name's last word is a forebear's, after a lineage word or joiner ("بن
  // علي"), or a compound given name's second half ("نور الدين"): no surname.
  [[nodiscard]] bool ends_in_bound_word(const Context& c, std::size_t begin, std::size_t end) const;
  void name_skeleton(std::string_view word, std::string& skeleton) const;
  [[nodiscard]] std::optional<std::size_t> surname_variant_at(const Context& c,
                                                              std::size_t i) const;
  [[nodiscard]] std::optional<std::size_t> surname_not_adjective(const Context& c,
                                                                 std::size_t i) const;
  [[nodiscard]] bool is_name_word(const Context& c, std::size_t i) const;
  [[nodiscard]] bool starts_cue(const Context& c, std::size_t i) const;
  [[nodiscard]] bool starts_org_noun(const Context& c, std::size_t i) const;
  std::optional<std::size_t> team_before(Context& c, std::size_t i) const;
  std::optional<Qualifier> team_after(Context& c, std::size_t j) const;
  std::optional<std::size_t>
  team_of_city(Context& c, std::size_t city, std::size_t begin, std::size_t end) const;
  [[nodiscard]] bool starts_title(const Context& c, std::size_t i) const;
  // A title of titles.tsv for which `wanted` holds begins at token i.
  [[nodiscard]] bool
  title_at_where(const Context& c, std::size_t i, bool (*wanted)(const Title&)) const;
  [[nodiscard]] bool
  adjective_not_name(const Context& c, std::size_t i, const GazetteerMatch& g) const;
  [[nodiscard]] bool adjective_of_noun(const Context& c, std::size_t i) const;
  [[nodiscard]] std::size_t title_end(const Context& c, std::size_t i) const;
  [[nodiscard]] std::optional<Item> stacked_title(Context& c, std::size_t j) const;
  [[nodiscard]] std::optional<std::size_t> destination_end(Context& c, std::size_t j) const;
  [[nodiscard]] std::optional<std::size_t>
  known_holder(Context& c, std::string_view role, std::size_t of) const;
  [[nodiscard]] bool has_article(const Token& token) const;
  // The role a title of `role` gives in `of`, its owner: a president's of a
  // council (words.tsv chair-body at owner_word) is its chair's.
  [[nodiscard]] std::string
  post_role(const Context& c, std::string_view role, std::size_t of, std::size_t owner_word) const;
  std::size_t facility_country_after(Context& c, std::size_t facility, std::size_t j) const;
  [[nodiscard]] std::size_t joined_portfolio_end(Context& c, std::size_t j) const;
  [[nodiscard]] bool overtaken(const Context& c, std::size_t i, std::size_t tokens) const;
  std::size_t genitive_chain(Context& c, std::size_t of, std::size_t j) const;
  // The original text of tokens [i, end) (end 0: i + 1) without token i's
  // proclitic conjunction and preposition.
  [[nodiscard]] std::string
  without_proclitics(Context& c, std::size_t i, std::size_t end = 0) const;
  [[nodiscard]] static std::string
  original_after(Context& c, std::size_t i, std::size_t dropped, std::size_t end);
  // The country or organization a known person held `role` in at `date`.
  [[nodiscard]] std::optional<std::size_t>
  known_position(Context& c, std::size_t person, std::string_view role) const;
  void holds(Context& c, std::size_t person, std::size_t of, const std::string& role) const;
  static void add_standing(
    Context& c, std::size_t subject, const char* predicate, std::size_t object, double confidence);
  static void member_of(Context& c, std::size_t person, std::size_t organization);
  static void part_of(Context& c, std::size_t part, std::size_t whole);
  static void located_in(Context& c, std::size_t place, std::size_t where);
  // "Tory Brexiteer Andrea Jenkyns": a party's adjective (a demonym of an
  // organization) before a person, one word between at most, where the owner
  // stands first: the person is a member of the party. So is one after the
  // person, a comma and a determiner ("Lindsey Graham, a Republican from").
  void party_members(Context& c) const;
  // Word order (entity_word_order.cpp): the item just before token i that
  // names a country or organization ("Russian", "Azerbaijan's"), a person
  // named before an apposed title ("John Kerry, the ..."), and the country or
  // organization after a title's name ("President Varela of Panama").
  [[nodiscard]] std::optional<Item> owner_before(const Context& c, std::size_t i) const;
  // "رئيسه محمد المنفي": a title whose last word (token `last`) carries a
  // pronoun of words.tsv title-pronoun is held in the organization or country
  // of the last item ending at or before token `first` (the title's first),
  // when that item is an organization or a country.
  [[nodiscard]] std::optional<std::size_t>
  pronoun_owner(const Context& c, const Title& title, std::size_t first, std::size_t last) const;
  [[nodiscard]] std::optional<Name> apposed_name(Context& c, std::size_t first) const;
  [[nodiscard]] std::optional<std::size_t> owner_after(Context& c, std::size_t& j) const;
  // "the Russian Defence Ministry", "Libya's leaders": a country, then a head
  // noun of heads.tsv (English puts the owner first).
  [[nodiscard]] std::optional<Qualifier> owner_head_at(Context& c, std::size_t i) const;
  // "in Strumica, Macedonia": unknown capitalized words after a place
  // preposition and before a comma and a country name a place.
  bool place_before_country_at(Context& c, std::size_t i) const;
  // "North and South Korea": the first word of a known name, a coordinator
  // and the whole name name two entities.
  bool elided_name_at(Context& c, std::size_t i) const;
  // "we" outside quotations: the document's author.
  bool author_at(Context& c, std::size_t i) const;
  // "Marvin Cooke said", "قال جون جولدسميث": a given name of given_names.tsv
  // and at least one more name word name a person the gazetteer may not know;
  // so do two capitalized words or more as a verb's subject (verb_subject),
  // and, without letter case, name words with a foreign one (foreign_subject).
  bool given_name_at(Context& c, std::size_t i) const;
  [[nodiscard]] bool apposed_title_after(Context& c, std::size_t i) const;
  [[nodiscard]] std::size_t separator_in(Context& c, std::size_t begin, std::size_t end) const;
  [[nodiscard]] bool pronoun_ending(std::string_view word) const;
  [[nodiscard]] bool starts_with_conjunction(const Context& c, std::size_t k) const;
  [[nodiscard]] bool conjoined_surname(const Context& c, std::size_t k) const;
  [[nodiscard]] static std::optional<std::size_t> post_holder(const Context& c, std::size_t post);
  [[nodiscard]] bool lone_word_ending(const Context& c, std::size_t i) const;
  [[nodiscard]] bool construct_after(Context& c, std::size_t t) const;
  [[nodiscard]] bool governed_word(const Context& c, std::size_t i) const;
  [[nodiscard]] bool governed_not_genitive(const Context& c, std::size_t i) const;
  // Token i is a word of the dictionary behind a proclitic of words.tsv
  // phrase-proclitic, alone or in construct before a definite noun: a
  // prepositional phrase ("بوقف العدوان"، "بقرار واشنطن"), no name.
  [[nodiscard]] bool governed_phrase(const Context& c, std::size_t i) const;
  // Token k is the possessive of a capitalized plural: "Workers" + "'",
  // "People" (words.tsv plural-owner) + "'s".
  [[nodiscard]] bool plural_possessive(const Context& c, std::size_t k) const;
  // A determiner stands right before token i, or before up to `modifiers`
  // modifier tokens before it ("the opposition", "the far-right").
  [[nodiscard]] bool determined(const Context& c, std::size_t i, std::size_t modifiers) const;
  // Token t is a lowercase word that is no stop word, or a hyphen inside a word.
  [[nodiscard]] bool modifier_token(const Context& c, std::size_t t) const;
  // Token i is a word of the dictionary behind a proclitic of words.tsv
  // phrase-proclitic or purpose-proclitic ("لتمثيل"، "بفتح"), of four
  // letters or more.
  [[nodiscard]] bool proclitic_phrase(const Context& c, std::size_t i) const;
  [[nodiscard]] std::optional<std::size_t> kin_before(const Context& c, std::size_t i) const;
  // Token j begins with a word of words.tsv medium after a verb of saying.
  [[nodiscard]] bool told_medium(const Context& c, std::size_t j) const;
  [[nodiscard]] std::size_t city_words_at(const Context& c, std::size_t k) const;
  // "the Cromwell Society", "Scottish Parliament": capitalized words (and
  // "of", "for", "and" between them) whose last is an org-head word name an
  // organization, where names are capitalized. Adds nothing to the document
  // until it is used: the caller takes the returned span.
  [[nodiscard]] std::optional<std::size_t> proper_org_end(const Context& c, std::size_t i) const;
  // The name ends in a place-tail word ("West Side Highway", "Nasser
  // Hospital"): commit_proper_org makes it a place.
  [[nodiscard]] bool proper_place(const Context& c, std::size_t end) const;
  [[nodiscard]] Qualifier commit_proper_org(Context& c, std::size_t i, std::size_t end) const;

  const Gazetteer& m_gazetteer;
  const LanguagePack& m_pack;
  const Ontology& m_ontology;
  std::string m_lang;
  bool m_capitalized_names = false;        // option capitalized-names
  bool m_country_before_title = false;     // option country-before-title
  bool m_seat_staff_serve_country = false; // option seat-staff-serve-country
  // For each known organization, the org-head words (words.tsv) that head
  // its names, without the article ("حركه" of "حركة حماس", "group" of
  // "Group of Seven"): named in any form ("حماس", "G7"), the organization is
  // what those heads alone refer back to in its sentence.
  std::unordered_map<std::size_t, std::vector<std::string>> m_alias_heads;
};

} // namespace newskg::extract
