#pragma once

#include "core/entity_type.hpp"
#include "core/hash.hpp"
#include "core/tsv.hpp"
#include "extract/clitics.hpp"
#include "extract/frame.hpp"
#include "extract/romanizer.hpp"
#include "extract/spelling.hpp"
#include "extract/tokenizer.hpp"
#include "extract/word_filter.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newskg::extract {

// A sequence of words to find in text, as written in data files:
//   "وزير الخارجية"  two words in a row
//   "اعلن*"          the word with or without a suffix (اعلنت، اعلنوا)
//   "تبادل … الاتهامات"  up to twelve tokens may stand between the two words
//                    ("…" or "..."; see match_cue)
// Every word is compared with each proclitic form of a token, so "وأعلنت"
// matches "اعلن*".
struct Cue
{
  struct Word
  {
    std::string text; // normalized
    bool any_suffix = false;
    bool gap_before = false;
    bool adjectives_before =
      false; // "~": up to four adjectives or instruments of the noun before may stand first
  };
  std::vector<Word> words;

  // Parses the data syntax above, normalizing each word as text is
  // normalized; throws DataError "`where`: empty cue" when no word is left.
  static Cue parse(std::string_view text, std::string_view where);
};

// Where a cue was found: tokens [begin, end), and the gap it skipped, if any.
struct CueMatch
{
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t gap_begin = 0; // gap_begin == gap_end: no gap
  std::size_t gap_end = 0;
};

// The cue starting at tokens[i], if it matches there. A gap skips at most
// twelve tokens, commas ("،", ",") among them but no other punctuation mark:
// "تبادل … الاتهامات" matches "تبادل الجانبان، أمس، الاتهامات" and not
// "تبادل الجانبان. الاتهامات". A "~" before a word lets up to four words of
// `skippable` (the adjectives of the noun before it that keep its sense,
// and its instruments) stand first: "شن* … هجوم* ~ على" matches "شنت
// القوات هجوما واسعا بالطائرات المسيرة والصواريخ على" when those words are
// skippable, never "هجوما كلاميا على"; they are no gap.
class WordSet;
// The ")" of a "(" at token k closed within four tokens with no other
// punctuation inside (a name's acronym: "(يونيفيل)"), if any.
[[nodiscard]] std::optional<std::size_t> closing_parenthesis(std::span<const Token> tokens,
                                                             std::size_t k);
[[nodiscard]] std::optional<CueMatch> match_cue(const Cue& cue,
                                                std::span<const Token> tokens,
                                                std::size_t i,
                                                const Clitics& clitics,
                                                const WordSet* skippable = nullptr);

// The byte lengths a set of keys spans: a word outside them needs no lookup.
struct LengthRange
{
  std::size_t shortest = SIZE_MAX;
  std::size_t longest = 0;

  void add(std::size_t size)
  {
    shortest = std::min(shortest, size);
    longest = std::max(longest, size);
  }
  [[nodiscard]] bool holds(std::size_t size) const { return size >= shortest && size <= longest; }
};

// A set of normalized words (or punctuation marks), sorted, with a hash
// index for lookup: every token's every form is looked up in several sets.
class WordSet
{
public:
  WordSet() = default;
  explicit WordSet(std::vector<std::string> words);
  void insert(std::string word);
  // Inline: most words are rejected by their length, without a call.
  [[nodiscard]] bool contains(std::string_view word) const
  {
    return m_lengths.holds(word.size()) && indexed(HashedWord(word));
  }
  // The same, with the word's hash computed before (a token's).
  [[nodiscard]] bool contains(const HashedWord& word) const
  {
    return m_lengths.holds(word.text.size()) && indexed(word);
  }
  [[nodiscard]] const std::vector<std::string>& words() const { return m_words; }

private:
  // Open addressing: a slot holds 1 + an index into m_words (0: empty) and
  // the word's hash, so that most misses compare no bytes.
  struct Slot
  {
    std::uint32_t word = 0;
    std::uint32_t hash = 0;
  };
  void index();
  // Looks `word` up in m_slots.
  [[nodiscard]] bool indexed(const HashedWord& word) const;

  std::vector<std::string> m_words;
  std::vector<Slot> m_slots; // a power of two, at least twice m_words
  LengthRange m_lengths;     // most forms miss these
};

// token_in for a token whose forms are not filled (Clitics::fill_forms):
// its forms are computed now.
[[nodiscard]] bool
token_in_unfilled(const Token& token, const WordSet& words, const Clitics& clitics);

// True when `word` is a conjunction and a word of `words` as written:
// "ولجنه" is و + لجنه (a head of org-head), no و + ل + جنه.
[[nodiscard]] bool
conjoined_in(std::string_view word, const WordSet& words, const Clitics& clitics);

// True when `word` begins with a proclitic preposition of `preps`: "بدعم"
// with {"ب"}.
[[nodiscard]] bool
starts_with_prep_in(std::string_view word, const WordSet& preps, const Clitics& clitics);

// True when a form of `token` is a word of `stems` with an enclitic pronoun:
// "قواته" of {"قوات"}.
[[nodiscard]] bool
carries_enclitic(const Token& token, const WordSet& stems, const Clitics& clitics);

// True when a form of `token` is in `words`: "وأن" is in {"ان"}. Inline:
// it is asked of every token for many sets.
[[nodiscard]] inline bool token_in(const Token& token, const WordSet& words, const Clitics& clitics)
{
  if (token.form_count == 0) {
    return token_in_unfilled(token, words, clitics);
  }
  // The first form is the token's text, hashed at tokenization.
  return words.contains(token.hashed())
         || std::ranges::any_of(token.forms().subspan(1),
                                [&words](std::string_view form) { return words.contains(form); });
}

// Cues by their first word, so that a token is compared only with the cues
// that can start at it instead of with every cue of a language.
class CueIndex
{
public:
  // Indexed by the cue's first word, and by that word without its article.
  void add(std::size_t index, const Cue& cue, const Clitics& clitics);
  // Indices (ascending, as added) of the cues whose first word some form of
  // `token` can match. `out` is cleared first. The answers for words with
  // filled forms are remembered per thread (a token is asked of an index by
  // several tests, and a document repeats its words); requires that tokens of
  // the same text and kind were filled by the same Clitics.
  void
  candidates(const Token& token, const Clitics& clitics, std::vector<std::uint32_t>& out) const;

private:
  // candidates without the per-thread memory.
  void computed_candidates(const Token& token,
                           const Clitics& clitics,
                           std::vector<std::uint32_t>& out) const;

  struct Hash
  {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return word_hash(s); }
    std::size_t operator()(const HashedWord& s) const { return s.hash; }
  };
  using Map = std::unordered_map<std::string, std::vector<std::uint32_t>, Hash, std::equal_to<>>;
  Map m_by_word; // first words to match as they are
  Map m_by_stem; // first words that may take a suffix ("اعلن*")
  WordFilter m_word_filter{std::uint32_t{1} << 16U}; // of m_by_word's keys
  WordFilter m_stem_filter{std::uint32_t{1} << 16U}; // of m_by_stem's keys
  // Of m_by_stem's keys' shapes (stem_shape: the first four bytes and the
  // length), which a token's form and an ending's length give without
  // hashing the stem: most stems a form's endings leave fail here.
  WordFilter m_stem_shapes{std::uint32_t{1} << 14U};
  LengthRange m_word_lengths; // of each map's keys
  LengthRange m_stem_lengths;
  // Names this index's content for the per-thread memory of candidates: a
  // new number at each add, never reused (0: nothing added).
  std::uint64_t m_serial = 0;
};

// One entry of data/<lang>/titles.tsv: a title that introduces a person.
struct Title
{
  std::string role; // "foreign-minister", or "counterpart"
  Cue cue;
  // A title of several people ("Sens.", "أعضاء مجلس الشيوخ"): a list of names
  // may follow, each holding the role. Column 3 of titles.tsv: "one" or "many".
  bool many = false;
  // Column 4, may be absent: the gazetteer id of the country the title itself
  // names ("خادم الحرمين الشريفين" is the king of Saudi Arabia): its owner
  // when the text names none.
  std::string owner;
  std::optional<std::size_t> owner_entity; // its gazetteer index, set by Resources::load
  std::string where; // "data/ar/titles.tsv:12", for errors found after parsing
};

// One entry of data/<lang>/heads.tsv: a head noun that makes an entity of the
// words after it ("وزارة الدفاع" + demonym, "مدينة" + name).
struct Head
{
  EntityType type = EntityType::organization;
  Cue cue;
  std::string label_en; // "Ministry of Defence", "city"
  std::string link;     // for a place head: the predicate to a country named by a
                    // demonym beside it ("مدينة حلب السورية": located-in); may be empty
  bool seat = false;     // without a demonym, link a known place to the country the
                         // gazetteer lists it as capital or seat of ("العاصمة سكوبيه")
  bool facility = false; // the head and the words after it name a place of their
                         // own ("مستشفى النقيب"), which lies in a known place named
                         // after it ("مطار عدن")
  bool quoted = false;   // a facility only with its name in quotation marks after
                       // it ("فندق "امبريال مرحبا""; "فندق فخم" names none)
  bool proper = false; // a facility only with a name after it that the
                       // spelling dictionary does not know, the gazetteer
                       // knows, or a namesake's ("قاعدة حميميم"; "قاعدة
                       // بيانات" names none)
  std::string where;   // "file:line", for errors
};

// One entry of data/<lang>/triggers.tsv or cameo_triggers.tsv (a "+" row
// gives one for the verb and one for each of its imperfects): a cue for a
// predicate and the frame of data/<lang>/frames.tsv that says where its
// arguments stand.
struct Trigger
{
  std::string predicate;
  Cue cue;
  std::string frame;           // the frame's name
  std::size_t frame_index = 0; // into LanguagePack::frames, set once frames.tsv is read
  bool imperfect = false; // the cue is a verb in the imperfect: an imperfect of a "+" row, or a row
                          // starting with ي
  std::string prep;       // the word or proclitic that introduces the object; empty: none
  std::vector<std::string> preps; // `prep` and its alternatives ("ل|الى": either introduces it)
  double confidence = 0;
  std::string where; // "data/ar/triggers.tsv:12", for errors found after parsing
  // The cue's first letter as verbs.tsv writes it, when normalization folds
  // it (أدان: أ, folded to ا; إدانة: إ), else 0. A text that writes the
  // word's first letter as another variant of the folded one ("إدانتها" for
  // the verb "أدانتها") writes another word.
  char32_t written_initial = 0;
  char32_t folded_initial = 0;
};

// One of `names` (a known entity's aliases, every language) begins with
// `word` (normalized, without the article), read without its article:
// "المملكة العربية السعودية" and "مملكة البحرين" for "مملكه".
[[nodiscard]] bool
name_begins_with(std::span<const std::string> names, std::string_view word, const Clitics& clitics);

// Closed word classes of data/<lang>/words.tsv.
struct WordClasses
{
  // A wire article's dateline: its place, a separator, the date and the
  // agency, and a dash ("تونس، 7 مارس 2016 (أ ف ب) –", "WASHINGTON (Reuters) -").
  WordSet dateline_separator;     // "،", "(": right after the place
  WordSet dateline_dash;          // "–": after the date and the agency
  WordSet stop;                   // end a name: في، من، على ...
  WordSet complementizer;         // start a reported clause: أن، إن
  WordSet pronoun_complementizer; // إنها، أنه: a complementizer carrying its clause's subject
  WordSet clause_opener; // before a clause's fronted subject: كان ("وكان الرئيس X، زار")
  WordSet passive_aux;           // "was", "been": before a verb's participle, the passive voice
  std::vector<Cue> agent_marker; // "by", "من قبل": before the agent of a passive
  std::vector<Cue> control; // "تمكن … من": a verb whose subject is the agent of the verbal noun
                            // right after it ("تمكنت القوات من السيطرة على")
  std::vector<Cue> described_as; // "ما وصفه ب": what a subject calls by the name after it
  WordSet purpose_proclitic; // "ل": on a verbal noun after a cue of purpose-predicate, its purpose
  WordSet purpose_predicate; // "visited": whose subject is the agent of a purpose after it
  WordSet away_predicate;    // "visited": never done by a person in the country he holds a post in
  WordSet charge_proclitic;  // "ب": on a verbal noun after a charge-predicate's object, the charge
  WordSet phrase_proclitic;  // "ب": on a word of the dictionary, a prepositional phrase, no name
  WordSet noun_governor;     // "جراء": a cue right after it is a verbal noun, no finite verb
  WordSet medium; // "قناة": behind the genitive's preposition after a verb of saying, whom the
                  // speaker told
  WordSet charge_predicate; // "accused": whose object is the agent of the charge after it
  WordSet charge_report;    // "announced": the predicate the charge is reported with
  WordSet voice_adverb; // "also", "reportedly": may stand between the auxiliary and the participle
  WordSet boundary;     // punctuation that ends a clause
  WordSet list_separator; // "،" "," between list members
  WordSet coordinator;    // "و" as its own token
  WordSet modifier;       // after a title: المؤقت، السابق
  WordSet former;         // a modifier of a former holder: السابق، الراحل، former
  WordSet parties;        // الجانبان، الطرفان: the last two parties
  WordSet own;            // بلاد، قوات + pronoun: the speaker's country
  WordSet armed_head;     // الجيش، القوات: an armed organization's forces are its own
  WordSet state_head;     // وزارة: a state body, its country's when its name ends in a demonym
  WordSet own_force; // قوات، مقاتلي + pronoun: of an organization speaker too ("أعلن حزب الله
                     // أن مقاتليه قصفوا": Hezbollah)
  std::vector<Cue> along_with; // إلى جانب: adds to a list
  WordSet negation;            // لم، لن، لا: negation and irrealis words before a cue
  WordSet possibility; // "قد": irrealis before a verb in the imperfect ("قد تسيطر"), not before the
                       // perfect
  WordSet future_proclitic; // "س": on a verb in the imperfect, the future ("سيسيطر")
  WordSet question;         // "؟", "هل": a sentence holding one asks, and states nothing
  WordSet conjunction;      // the proclitic conjunctions that join list members
  WordSet joining_word;     // "حيث": before a verb, joins its clause to the one before
  WordSet contrast_opener;  // "بينما": after a comma, opens a clause of its own subject
  WordSet resuming_word; // "خلالها": after a verb opening a clause, refers to the one before
  WordSet name_joiner;   // عبد، أبو، بن: the next name word may have the article
  WordSet name_compound; // الله، الدين: the second half of a compound name ("سيف الله"), article
                         // and all, after a word of name_compound_first ("سيف")
  WordSet name_compound_first;
  WordSet
    place_name_head; // مدينة، بلدة: place heads whose genitive is the place's name, article and all
  WordSet pronoun_ending; // ها، هم: endings of a pronoun on a noun or verb ("جولتها"), which no
                          // name word has
  WordSet word_pronoun_ending; // ه: a pronoun's ending that names end in too ("خطابه", "عبده")
  WordSet lone_word_ending; // ا، وا، ون: endings of a word that, alone, is no name
                            // ("الرئيس مبتسما", "المعارضة اشتبكوا")
  WordSet long_vowel; // ا، و، ي: letters a transliterated name is written with or without
  WordSet origin_ending; // يان، يون: a dual or plural of origin ("دبلوماسيان غربيان") names no one
  WordSet accusative_ending; // ا: an indefinite noun's accusative ("اتفاقا", "هجوما")
  WordSet place_name_first; // خان، عين، دير: the first word of a place's name of two words
  WordSet adjective_ending;  // ية، يا: a nisba adjective's ending (adjective_shape)
  WordSet adjective_prefix;  // م: a feminine adjective's prefix (a participle)
  WordSet adjective_pattern; // فعيلة: a feminine adjective's pattern (of pattern-root letters)
  WordSet pattern_root;      // ف، ع، ل: letters of a pattern that stand for any letter
  WordSet passive_pattern; // مفعولة: a passive participle ("المبذولة"), whose ل is no owner's
  WordSet relative; // "who", "الذي": opens a relative clause ("X, who ..., said": X is the subject)
  WordSet title_preposition; // "في", "من": between a title and its organization ("القيادي في حماس")
  WordSet appoint; // "تعيين", "انتخاب": a post in the accusative follows the name they appoint
  WordSet place_plural; // "ولايات", "بلدات": places whose members a member-intro names
  WordSet country_noun; // "البلاد": the country, a place in it named before ("في شرق البلاد")
  WordSet verb_particle; // "قد": stands right before its verb ("وكان الجيش، ...، قد استعاد")
  WordSet post_verb; // "يشغل منصب": after a name, a comma and a relative pronoun, its title follows
  WordSet majority_noun; // "الأغلبية": its party adjective describes the post ("زعيم الأغلبية
                         // الجمهورية في")
  WordSet org_domain; // لكرة: after an organization's name, a field that names another
                      // ("الاتحاد الأفريقي لكرة القدم" is no African Union)
  WordSet org_head;   // words that begin an organization's name: هيئة، لجنة، حركة
  WordSet preposition; // في، من، إلى: what stands before an adjunct, never a subject
  WordSet list_intro;  // كل، كلا: "كل من X و Y" introduces a list, not an adjunct
  WordSet member_intro; // بينها، including: after a comma, the named members of the noun before
  WordSet option;       // how the language behaves: "capitalized-names", ...
  WordSet possessive;   // "'s": an ending split off as a token of its own
  WordSet plural_owner; // "People": a plural without s before "'s" inside a name ("People's Party")
  WordSet lowercase_org_head; // "party": written in lowercase, still ends an organization's
                              // name after capitals ("the Yesh Atid party")
  WordSet definite_article;   // "the": a title after it with no owner refers back (sole_holder)
  WordSet determiner;         // "the", "his": before a title in an apposition
  WordSet aside_opener;       // "speaking", "متحدثا": opens an aside between commas
  WordSet apposed_pronoun;    // "وهو", "who": between the comma and the title of an apposition
  WordSet copula;             // "is": between a person's name (or apposed pronoun) and his title
  WordSet title_pronoun; // "ه", "ها" on a title ("رئيسه"): held where the sentence named last
  WordSet namesake_role; // king, emir: "مركز الملك سلمان" is named after him, no position
  WordSet parties_cue; // "two", "both": before a parties word ("the two sides")
  WordSet act_pronoun; // "، وهو الهجوم الذي أدانته": a pronoun for the act just told
  WordSet act_what;          // "، وهو ما انتقده": "what", for that act
  WordSet definite_parties;  // "parties", "sides": the two sides after parties-article alone
  WordSet parties_article;   // "the", "all": before a definite-parties word ("the parties")
  WordSet pronoun;           // "he", "she": a subject referring to the last named person
  WordSet speaker_pronoun;   // "I": in a report, a subject referring to its speaker
  WordSet thing_pronoun;     // "it": in a report, a subject referring to its speaker, no person
  WordSet anonymous;         // "مصدر", "شهود": people a report leaves unnamed, no name word
  WordSet statement_noun;    // "بيان": with its owner behind "ل", the subject after a verb
  WordSet place_preposition; // "in", "at": before a place ("in Strumica, Macedonia")
  WordSet author_pronoun;    // "we": the document's author, outside quotations
  WordSet quote;             // quotation marks, for what stands inside them
  WordSet between; // "بين", "between": before allies of an organization, the last two countries
  WordSet
    many_holders; // roles many hold at once ("ambassador"): no gazetteer holder for one at a post
  WordSet party_role; // leader, chair: a party's name before the title owns it ("Labour leader")
  WordSet
    team_role; // coach, player: a city's name before the title is its team's ("Dortmund coach")
  WordSet
    place_name_adjective; // السفلى: after an unknown place's name, the name's ("شبيلي السفلى")
  WordSet chair_body; // مجلس، البرلمان: a president in construct before one is its chair
  WordSet act_adjective; // جوية، واسعا: adjectives a cue's "~" skips ("هجوما واسعا على")
  WordSet verbal_cue;          // هاجم، attacked: a person's act on no place is words
  WordSet threat_cue;          // هدد: warns the object of the act its content names
  WordSet content_proclitic;   // ب: on the verbal noun of a threat's content ("بضرب")
  WordSet hostile_preposition; // على: the object of a threatened act behind it
  WordSet verbal_predicate;    // criticized: what a verbal-cue's act then is
  WordSet speech_noun;   // خطاب، speech: a person's attack in one is words (predicate_of)
  WordSet loose_title;   // "chief": one unknown word after it is no name
  WordSet name_particle; // فان، دي: inside a foreign name, before its next word
  WordSet issued;        // "صادر": a statement-noun issued by (issued-by: "عن") its speaker
  WordSet issued_by;     // "عن", "من": after an issued word, before who issued the statement
  WordSet regnal;        // الثاني، السادس: a ruler's ordinal, which ends his name
  WordSet light_verb;    // أجرى، عقد: the verb of a noun cue ("أجرى محادثات")
  WordSet unrealizing;   // ألغى، استبعد: a verb whose noun of an act names no act done
  WordSet unrealizing_preposition; // إلى، في: between such a verb and its noun ("سعى إلى لقاء")
  WordSet fronted_opener; // خلال، بعد: opens a phrase fronted before the clause's verb
  WordSet subject_ending; // ت، و: a perfect verb's subject before its object pronoun
  WordSet thing_pronoun_ending; // ها: on a joined verb, a country or organization before
  WordSet denied_report;    // ما تردد، الأنباء: after a denial, the report it denies
  WordSet future_time;      // غدا: after a verb in the imperfect, what will be
  WordSet future_adjective; // المقبل: the same after a time-noun or time word
  WordSet time_noun;        // الأسبوع، العام: what future-adjective may follow
  WordSet kin_noun;         // زوجة: "زوجة الرئيس X", a relation of the title's holder
  WordSet kin_joiner; // "of": between a kin-noun and the title it is a relative of ("wife of the")
  WordSet post_noun; // منصب: "يشغل منصب وزير الخارجية", the post of the subject
  WordSet adjective_name; // مالي: a name that is also an adjective ("financial")
  WordSet adjective_org;  // الخارجية: an organization named by its adjective alone
  WordSet resumptive;     // به: a preposition with the pronoun of a relative clause's noun
  WordSet owner_pronoun;  // ها، هم: on a noun, someone named owns it ("طائراتها")
  WordSet plural_pronoun; // "them": the objects of the clause before, in its sentence
  WordSet object_pronoun; // "ه": on a verb, the one person spoken of before (pronoun_object)
  WordSet belonging;  // "المنتمي": after a title, with a preposition and a party, a member
  WordSet party_head; // "حزب": a party the gazetteer knows with no adjective, after a title
  WordSet portfolio;  // "لشؤون": with its definite words, part of a title
  WordSet destination_proclitic; // "لل": "المبعوث الخاص لليمن" (destination_end)
  WordSet target_noun; // "targets", "مواقع": what is struck in a place (target_place)
  WordSet patient_noun; // "اغتيال", "مقتل": a verbal noun whose genitive right after it is the one
                        // it befell
  WordSet patient_preposition; // "of": between a patient-noun and its genitive
  WordSet target_predicate;    // attacked: acts on a target noun that reach its place
  WordSet speech_event; // attacked: an act a report that only names its speaker ("قال X إن")
                        // states as an Event all the same
  WordSet own_pronoun;  // "his", "its": before an own noun ("his forces": the speaker's country)
  WordSet
    demonstrative; // "هذه": before a head that refers back ("هذه المدينة"), naming nothing after it
  WordSet time; // "اليوم", "الأحد": an aside between commas that no argument skips for
  WordSet adverbial; // "بشدة", "مجددا": stands between a verb's arguments like a time word
  WordSet onset_noun; // "اندلاع": the outbreak of an act, between an unrealizing verb and the act
  // "في بيان لها", "خلال مؤتمر صحفي": an occasion-preposition, an
  // occasion-noun and up to two occasion-tail words stand between a verb's
  // arguments like an adverbial.
  WordSet occasion_preposition;
  WordSet occasion_ordinal; // أول: "في أول زيارة" is still an occasion
  WordSet occasion_noun;
  WordSet occasion_tail;
  WordSet denial; // "denied", "not": "denied that X met Y" reports no meeting
  std::vector<std::string> abbreviations; // "Sen.", "Gov.": no sentence ends after them
  WordSet org_joiner; // "of", "and": between the capitals of an organization's name
  WordSet non_state;  // "rebels", "المعارضة": people of a country who are not its state
  WordSet org_tail;   // "for", "of": after an organization's head, its name goes on ("Observatory
                      // for Human Rights")
  WordSet membership_role;  // roles that state membership (member-of), not a position
  WordSet nationality_role; // "coach": a demonym after the title is the holder's nationality
  WordSet minister_kind; // "foreign-minister": "الوزير الإيراني" (minister) refers back to him
  WordSet for_region; // "عن": before the subdivision a member of a chamber sits for
  WordSet lineage;    // "بن", "آل": continue a person's name with a forebear or family
  WordSet member_noun; // "مسلحون", "fighters": "مسلحون من جبهة النصرة" acts as the group
  WordSet quantity; // "three", "dozens": a demonym after it counts people ("three Palestinians")
  WordSet people_parties; // "الوزيران", "الرئيسين": the two people of the last event between people
  WordSet
    country_parties; // "البلدين", "countries": the two countries of the last event, or named last
  WordSet state_reference; // "المملكة": refers back to the one country named that begins with it
  WordSet kingdom_name;   // "مملكه": a country one of whose names begins with it is a kingdom
  WordSet kingdom_prince; // "emir": a role that in a kingdom is a prince's rank, no post
  WordSet masculine_name; // "العراق", "لبنان": countries a verb agrees with in the masculine
  WordSet any_determiner;   // أي: before a bare head, which then refers back to no one
  WordSet ya_given_name;    // علي: written with ya, a given name, not the stop word
  WordSet inner_given_name; // ناصر: a common word, a given name only as a name's second word
  WordSet naming_verb;      // تسمى: after a place head, no name of the place
  WordSet subjunctive;      // "أن", "كي": before an imperfect verb, no fact ("أن تهاجم")
  WordSet condition;        // "if", "إذا": opens a clause that states no fact
  WordSet facility_word;    // "hotel": in lowercase after "the" and capitals, ends a place's name
  WordSet place_tail;       // "Highway", "Hospital": a capitalized name ending in one is a place
  WordSet stand_in;
  WordSet owner_preposition; // "of", "from", "by": joins a stand-in noun to its owner // "جهود",
                             // "efforts": "أشاد بجهود الكويت" praises Kuwait, the efforts' owner
  WordSet
    place_list_head; // "مدينتي", "بلدات": a dual or plural place noun before a list of place names
  WordSet direction;       // "شمال", "جنوب": between "في" and the place a place lies in
  WordSet inner_direction; // "وسط": a direction inside the place after it, a city too
  WordSet honorific;       // "فخامة", "معالي": a form of address before a title or name
  WordSet place_suffix;    // "province", "region": a head after a place's name ("Hatay province")
  WordSet stance_noun;     // "السياسة": an attack on it, by a person, is words
  WordSet name_head; // "شركة", "منظمة": org heads whose genitive is a foreign name ("شركة تويوتا")
  WordSet act_name_noun; // "تحرير": a verbal noun that opens a name after a name head
  WordSet region_head; // "إقليم": a masculine head of a region whose adjective gives its country
  WordSet city_name_head; // "جامعة": heads whose genitive may be a city alone ("جامعة القاهرة")
  WordSet country_role; // roles a title without its country holds in the article's country
  WordSet
    given_name; // "Peter", "جون": begins a person's name (words.tsv given-name and given_names.tsv)
};

// `word` ends in an ending of `words.pronoun_ending` with two letters or more
// before it: a pronoun on a noun or verb ("جولتها", "يبذلها").
[[nodiscard]] bool ends_in_pronoun(const WordClasses& words, std::string_view word);
// True when `word` is a word of words.tsv preposition with a pronoun's ending
// (pronoun-ending, word-pronoun-ending): "بينها"، "منه" (not "أبها").
[[nodiscard]] bool preposition_with_pronoun(const WordClasses& words, std::string_view word);

// True when `word` (normalized, without its article) ends in an ending of
// words.tsv adjective-ending on a stem of three letters or more ("ساحلية",
// "ميدانيا").
[[nodiscard]] bool adjective_ending(const WordClasses& words, std::string_view word);
// True when `word` (normalized, without its article) has a shape of words.tsv
// adjective-ending, adjective-prefix or adjective-pattern.
[[nodiscard]] bool adjective_shape(const WordClasses& words, std::string_view word);
// True when `word` (normalized, without its article) has the shape of one of
// `patterns`, whose words.tsv pattern-root letters stand for any letter.
[[nodiscard]] bool
has_pattern(const WordClasses& words, const WordSet& patterns, std::string_view word);

// The ending of words.tsv word-pronoun-ending that `word` ends in, on a stem
// of three letters or more ("تؤديه", "مكتبه"), or nothing. Ta marbuta is the
// caller's to rule out: normalized text writes it as this ending.
[[nodiscard]] std::optional<std::string_view> word_pronoun_ending(const WordClasses& words,
                                                                  std::string_view word);

// `word` ends in an ending of `words.origin_ending`: a dual or plural of
// origin ("دبلوماسيان"، "الفلسطينيين").
[[nodiscard]] bool ends_in_origin(const WordClasses& words, std::string_view word);

// Everything one language contributes: the files of data/<lang>/ (words.tsv,
// clitics.tsv, given_names.tsv, titles.tsv, heads.tsv, frames.tsv,
// triggers.tsv, cameo_triggers.tsv and romanize.txt, those a language has). extract/resources.cpp
// reads them; demonyms.tsv goes to the gazetteer.
struct LanguagePack
{
  Romanizer romanizer; // English labels for names found in text (data/<lang>/romanize.txt)
  Clitics clitics;
  WordClasses words;
  // (role, "file:line") of each words.tsv row whose word is a role
  // (country-role, many-holders, membership-role, nationality-role,
  // minister-kind), checked against roles.tsv.
  std::vector<std::pair<std::string, std::string>> role_words;
  // (predicate, "file:line") of each words.tsv purpose-predicate row, checked
  // against the ontology.
  std::vector<std::pair<std::string, std::string>> predicate_words;
  std::vector<Title> titles;
  std::vector<Head> heads;
  std::vector<Frame> frames;
  std::vector<Trigger> triggers;
  // The index in `triggers` of the genitive rule's trigger (frames.tsv
  // family genitive), set once at load; none when the language has none.
  std::optional<std::size_t> genitive;
  [[nodiscard]] const Trigger* genitive_trigger() const
  {
    return genitive ? &triggers[*genitive] : nullptr;
  }
  // Its preposition ("ل"), empty when none.
  [[nodiscard]] std::string_view genitive_prep() const
  {
    return genitive ? std::string_view(triggers[*genitive].prep) : std::string_view();
  }
  CueIndex title_index;
  CueIndex head_index;
  CueIndex trigger_index;
  // Every word of the triggers' cues (set with trigger_index): the language's
  // words of acts.
  WordSet cue_words;
  // The language's spelling dictionary (words.tsv spelling-dictionary), null
  // when it names none: a name word it does not know is a foreign name's.
  std::shared_ptr<const SpellingDictionary> spelling;
  // `word` is a word of a cue with an ending of words.accusative_ending
  // ("وقع مع شركة سوناطراك اتفاقا": the clause's noun, no name word).
  [[nodiscard]] bool accusative_cue_word(std::string_view word) const;
  // The indices in `triggers` (ascending) of the triggers whose frame is of
  // `family`, set once at load (index_families): the rules that read the
  // items of every sentence (genitive, apposed, in_place, neighbour) need
  // only theirs.
  [[nodiscard]] std::span<const std::size_t> triggers_of(FrameFamily family) const
  {
    const auto k = static_cast<std::size_t>(family);
    return k < m_family_triggers.size() ? std::span<const std::size_t>(m_family_triggers[k])
                                        : std::span<const std::size_t>();
  }
  // Sets triggers_of; requires every trigger's frame_index set.
  void index_families();
  // A form of address with a pronoun on it ("جلالته"، "سموه": words.tsv
  // honorific in its bound form, then an object-pronoun), and the form of
  // address it carries ("جلاله"), set once at load (index_honorific_pronouns).
  [[nodiscard]] std::optional<std::string_view> honorific_of_pronoun(std::string_view word) const
  {
    const auto found = m_honorific_pronouns.find(word);
    return found == m_honorific_pronouns.end() ? std::nullopt
                                               : std::optional<std::string_view>(found->second);
  }
  // Sets honorific_of_pronoun; requires words.tsv and clitics.tsv read.
  void index_honorific_pronouns();

  void parse_words(std::istream& in, std::string_view source);
  void parse_titles(std::istream& in, std::string_view source);
  void parse_heads(std::istream& in, std::string_view source);
  void parse_triggers(std::istream& in, std::string_view source);
  // data/<lang>/verbs.tsv: each row a verb's cue family (its perfect,
  // imperfects, participle and verbal noun), added to `triggers` as the rows
  // of triggers.tsv they stand for.
  void parse_verbs(std::istream& in, std::string_view source);

private:
  // The prepositions of a row's field ("-": none; "ل|الى": alternatives).
  [[nodiscard]] std::vector<std::string> row_preps(const TsvReader& reader,
                                                   std::string_view field) const;
  // Adds `perfect` once per form of `forms` as its imperfect (the first cue
  // word replaced), in the frame's "-we" twin when `we` (none when
  // frames.tsv declares no twin).
  void add_imperfects(const Trigger& perfect, std::vector<std::string> forms, bool we);
  // A verbs.tsv row's three frames, "verb/cont/masdar" (each may be "-").
  [[nodiscard]] static std::array<std::string, 3> family_frames(const TsvReader& reader,
                                                                std::string_view field);
  // A verbs.tsv row's participle forms: those given ("مدينا|مدينين"), or
  // the stem with each participle-ending; none may be the verbal noun `noun`.
  [[nodiscard]] std::vector<std::string> participle_forms(const TsvReader& reader,
                                                          std::string_view participle,
                                                          std::string_view noun) const;
  // Sorts `triggers` longest cue first (stably: earlier rows win) and
  // indexes them; after each file of triggers.
  void index_triggers();
  std::vector<std::vector<std::size_t>> m_family_triggers; // by FrameFamily
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> m_honorific_pronouns;
};

} // namespace newskg::extract
