#pragma once

// The rule engine's work on one sentence, shared by the files that implement
// it (internal to extract/, not an interface):
//   rule_engine.cpp     cues found, frames dispatched by family, reports, trace
//   rules_arguments.cpp argument search: lists, items, prepositions, subjects
//   rules_clause.cpp    the clause family (verbs, participles, reported speech)
//   rules_families.cpp  symmetric, reciprocal, verbal-noun, around, role-of, members
//   rules_items.cpp     frames read from the names alone (genitive, apposed,
//                       in-place) and the discourse state kept across sentences
#include "extract/rule_engine.hpp"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace newskg::extract::rules {

// Why a hit whose act the sentence does not state as a fact gives nothing.
inline constexpr const char* not_a_fact =
  "not stated as a fact: negated, denied, asked, conditional, future, wished or threatened";
inline constexpr std::size_t right_window = 3; // filler tokens before a VSO subject or object
inline constexpr std::size_t apposed_title_words = 6; // a title, then its name after a comma
inline constexpr std::size_t prep_window = 12;    // tokens to search for an object's preposition
inline constexpr std::size_t relative_window = 8; // tokens back to a relative clause's word
// Tokens of an aside between commas after a subject ("، خلال اتصال هاتفي
// أجراه مع شكري في وقت سابق هذا الأسبوع،"، "، المدعومة من الجزائر والتي تطالب
// باستقلال الصحراء الغربية،").
inline constexpr std::size_t aside_window = 14;
// Tokens from a verbal noun's object to the comma before a resumed verb.
inline constexpr std::size_t resuming_reach = 4;
// Confidence kept when an argument is inherited, not named in the clause: the topic, a
// report's speaker, the subject of a joined or coordinated verb, a verbal noun's pronoun.
inline constexpr double inherited_factor = 0.8;
// Sentences after an event between two people in which "الوزيران" still
// names them.
inline constexpr std::size_t people_window = 4;
inline constexpr std::size_t denial_window =
  8; // tokens between a denial verb and its complementizer
inline constexpr std::size_t max_aside_words = 3; // ", اليوم الأحد ،": words of a time aside

struct Hit
{
  const Trigger* trigger = nullptr;
  CueMatch match;
  bool negated = false;
  bool passive = false;  // a clause cue in the passive voice ("was accused")
  std::size_t agent = 0; // where the agent begins after its marker, when the marker
                         // follows the verb's first argument ("اتهمت روسيا من قبل بريطانيا")
  const Frame* frame = nullptr; // the frame it is read with, when not its trigger's: that of a
                                // construction (frames.tsv cue voice: the match takes the agent
                                // marker in; relative)
};

// A reporting cue (frames.tsv report) and the stretch of the sentence it reports.
struct Report
{
  std::size_t hit = 0;
  std::size_t begin = 0; // complement tokens [begin, end)
  std::size_t end = 0;
  std::vector<std::size_t> speaker;
  bool emits = false;  // an event report (say), not negated: relations inside become Events
  bool speech = false; // a report that names its speaker only (speech), not negated: only
                       // acts of words.tsv speech-event inside become Events
  bool named = false;  // the speaker is named in this sentence, not inherited
};

struct Emitted
{
  std::size_t hit = 0;
  std::size_t subject = 0; // DocumentEntities indices
  std::size_t object = 0;
  std::string_view predicate; // the hit's, or what verbal_predicate made of it
};

using Entities = std::vector<std::size_t>;

// The work of one sentence: its items, cues and what was emitted.
class SentenceRules
{
public:
  SentenceRules(const LanguagePack& pack,
                const Ontology& ontology,
                const Gazetteer& gazetteer,
                const SentenceView& sentence,
                const std::vector<Item>& items,
                DocumentEntities& entities,
                Discourse& discourse,
                std::vector<Relation>& relations)
    : m_pack(pack),
      m_ontology(ontology),
      m_gazetteer(gazetteer),
      m_sentence(sentence),
      m_items(items),
      m_entities(entities),
      m_discourse(discourse),
      m_relations(relations)
  {}

  void run();
  // What each cue gave: a count of relations, or why none.
  void trace(std::vector<CueTrace>& out) const;

private:
  void why(std::size_t h, const char* reason)
  {
    m_why.resize(m_hits.size());
    if (m_why[h] == nullptr) {
      m_why[h] = reason;
    }
  }

  void find_hits();
  void apply_hit(std::size_t h);
  void apply_clause(std::size_t h, const PredicateInfo& p);
  void gap_arguments(std::size_t h,
                     const PredicateInfo& p,
                     Entities& subjects,
                     std::optional<std::vector<std::size_t>>& objects) const;
  void remember_countries();
  void apply_sym(std::size_t h, const PredicateInfo& p);
  void apply_around(std::size_t h, const PredicateInfo& p);
  void apply_role_of(std::size_t h, const PredicateInfo& p);
  void apply_masdar(std::size_t h, const PredicateInfo& p);
  [[nodiscard]] bool apply_charge(std::size_t h, const PredicateInfo& p);
  void apply_members(std::size_t h, const PredicateInfo& p);
  void apply_member_list(std::size_t h, const PredicateInfo& p);
  [[nodiscard]] std::optional<std::size_t> organization_begun_by(std::size_t t) const;
  [[nodiscard]] bool denied_clause(std::size_t at) const;
  [[nodiscard]] std::string_view without_conjunction(std::string_view text) const;
  [[nodiscard]] bool future(const Hit& hit) const;
  [[nodiscard]] std::optional<std::string_view> after_future_proclitic(std::string_view text) const;
  [[nodiscard]] std::optional<std::size_t> light_verb_before(std::size_t i) const;
  [[nodiscard]] Entities joined_light_verb_subjects(std::size_t h, const PredicateInfo& p) const;
  [[nodiscard]] Entities sole_person_before(std::size_t at, const PredicateInfo& p) const;
  [[nodiscard]] Entities fronted_subject(std::size_t h, const PredicateInfo& p) const;
  [[nodiscard]] bool future_time_after(std::size_t from) const;
  void read_construction(Hit& hit) const;
  [[nodiscard]] bool object_relative(Hit& hit) const;
  [[nodiscard]] Entities controller(std::size_t h, const PredicateInfo& p) const;
  [[nodiscard]] std::size_t past_honorific(std::size_t at) const;
  [[nodiscard]] bool coordinated_verb(std::size_t at) const;
  void apply_genitive();
  void apply_apposed();
  void apply_in_place();
  void apply_in_country_noun();
  void apply_member_places();
  [[nodiscard]] std::size_t in_place_opening(const Trigger& trigger,
                                             std::size_t from,
                                             std::size_t limit,
                                             bool& word_first,
                                             bool& prep_first) const;
  void apply_neighbours();
  void defer_to_article_country(std::size_t entity, const Trigger& trigger);
  [[nodiscard]] std::size_t beyond_direction(const Item& item) const;
  [[nodiscard]] bool pronoun_before(std::size_t at) const;
  [[nodiscard]] Entities quoted_speaker(std::size_t at, const PredicateInfo& p) const;
  [[nodiscard]] Entities pronoun_person(const PredicateInfo& p) const;
  void emit_events();
  [[nodiscard]] bool in_report(std::size_t token) const;
  [[nodiscard]] bool pronoun_subject_before(std::size_t at) const;
  [[nodiscard]] bool joined_verb(std::size_t h) const;
  [[nodiscard]] bool resumed_verb(std::size_t verb) const;
  void remember_joint_subjects(std::size_t first);
  [[nodiscard]] std::optional<std::size_t> joined_pronoun_object(std::size_t h) const;
  [[nodiscard]] Entities plural_pronoun_objects(std::size_t h) const;
  // The subjects of the clause before the cue (m_clause_subjects) that may be p's subject.
  [[nodiscard]] Entities allowed_clause_subjects(const PredicateInfo& p) const;
  [[nodiscard]] std::optional<std::size_t> pronoun_word_object(std::size_t at,
                                                               const Entities& subjects) const;
  [[nodiscard]] bool noun_after(std::size_t at) const;
  [[nodiscard]] bool unnamed_subject_before(std::size_t at) const;
  [[nodiscard]] bool indefinite_phrase_before(std::size_t verb) const;
  [[nodiscard]] bool indefinite_phrase_at(std::size_t from, std::size_t verb) const;
  [[nodiscard]] std::string_view
  predicate_of(std::size_t h, std::size_t subject, std::size_t object) const;
  [[nodiscard]] std::optional<std::size_t> pronoun_object(std::size_t h,
                                                          const Entities& topic,
                                                          const Entities& subjects,
                                                          bool inherited) const;
  [[nodiscard]] bool joined_arguments(std::size_t h,
                                      const PredicateInfo& p,
                                      Entities& subjects,
                                      std::optional<std::vector<std::size_t>>& objects,
                                      std::size_t& search) const;
  [[nodiscard]] Entities possessor_before(std::size_t noun, const PredicateInfo& p) const;
  // "قصف روسي استهدف مستشفى": the agent of another cue of the same predicate
  // whose one name (a demonym, a name) ends right before cue h; none else.
  [[nodiscard]] Entities act_noun_agent(std::size_t h, const PredicateInfo& p) const;
  [[nodiscard]] Entities opening_subject(std::size_t h, const PredicateInfo& p) const;
  [[nodiscard]] bool quoted(std::size_t token) const;
  [[nodiscard]] Entities subject_left_or_right(std::size_t h,
                                               const PredicateInfo& p,
                                               std::size_t& search,
                                               std::size_t window,
                                               const ArgumentPlaces& places) const;

  [[nodiscard]] const Token& token(std::size_t i) const { return m_sentence.tokens[i]; }
  [[nodiscard]] const Frame& frame_of(const Trigger& trigger) const
  {
    return m_pack.frames[trigger.frame_index];
  }
  [[nodiscard]] const Frame& frame_of(std::size_t h) const
  {
    return m_hits[h].frame != nullptr ? *m_hits[h].frame : frame_of(*m_hits[h].trigger);
  }
  [[nodiscard]] bool is_hard_boundary(std::size_t i) const;
  [[nodiscard]] std::string_view genitive_prep() const;
  [[nodiscard]] bool starts_prep_phrase(std::size_t t, std::span<const std::string> preps) const;
  [[nodiscard]] bool prepositional(std::size_t item) const;
  [[nodiscard]] bool people_genitive(std::size_t item_index) const;
  [[nodiscard]] bool behind_preposition(std::size_t begin) const;
  [[nodiscard]] bool heads_phrase(std::size_t item) const;
  [[nodiscard]] bool patient_genitive(std::size_t k) const;
  [[nodiscard]] bool
  light_verb_parties(std::size_t noun, std::size_t window, const PredicateInfo& p) const;
  [[nodiscard]] bool carries_word_pronoun(std::size_t t) const;
  [[nodiscard]] std::optional<std::size_t> past_definite_adjectives(std::size_t t) const;
  [[nodiscard]] std::optional<std::size_t> relative_past_adjectives(std::size_t t) const;
  [[nodiscard]] std::optional<std::size_t> direct_object(std::size_t from) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>> object_past_comma(std::size_t search) const;
  [[nodiscard]] std::size_t past_subject_relative(std::size_t search) const;
  [[nodiscard]] std::optional<std::size_t> argument_after_verb(std::size_t from) const;
  [[nodiscard]] std::optional<std::size_t> continuing_topic(std::size_t h) const;
  [[nodiscard]] bool clause_ends_at(std::size_t t) const;
  [[nodiscard]] bool object_of_relative_verb(std::size_t noun) const;
  [[nodiscard]] bool unnamed_noun_at(std::size_t t, bool subject = false) const;
  [[nodiscard]] bool reference_point(std::size_t from, std::size_t begin) const;
  [[nodiscard]] std::size_t past_subject_before(std::size_t i) const;
  void remember_clause(std::size_t h, const Entities& subjects, const Entities& objects);
  [[nodiscard]] bool describes_unnamed(std::size_t k) const;
  [[nodiscard]] bool unnamed_members(std::size_t from, std::size_t begin) const;
  [[nodiscard]] bool opens_quotation(std::size_t from, std::size_t begin) const;
  [[nodiscard]] bool cue_has_pronoun(std::size_t h) const;
  [[nodiscard]] Entities sentence_subject(std::size_t before, const PredicateInfo& p) const;
  [[nodiscard]] bool is_soft_boundary(std::size_t i) const;
  // True when token i begins a cue of a finite verb's frame: another clause.
  [[nodiscard]] bool begins_finite_cue(std::size_t i) const;
  // True when hit h's predicate is of words.tsv charge-predicate and token t
  // is a charge-proclitic or carries one ("of", "بدعم"): its charge begins there.
  [[nodiscard]] bool starts_charge(std::size_t h, std::size_t t) const;
  // True when token t lost a preposition of `preps` to its proclitic ("بفرض").
  [[nodiscard]] bool carries_proclitic(std::size_t t, const WordSet& preps) const;
  // The first token from `from` on that is no time word or adverbial.
  [[nodiscard]] std::size_t past_adverbials(std::size_t from) const;
  [[nodiscard]] std::size_t past_occasion(std::size_t from) const;
  // A country, or a first-level subdivision of one (regions.tsv): what a
  // place apposed after a comma lies in ("Strumica, Macedonia", "Tulsa, Oklahoma").
  [[nodiscard]] bool country_or_region(std::size_t entity) const;
  [[nodiscard]] bool lies_elsewhere(std::size_t place, std::size_t where) const;
  [[nodiscard]] std::size_t past_aside(std::size_t t) const;
  [[nodiscard]] std::size_t past_phrase_aside(std::size_t t) const;
  [[nodiscard]] bool neighbour_word_before(const Trigger& trigger, std::size_t begin) const;
  [[nodiscard]] std::optional<std::size_t> item_starting_in(std::size_t from,
                                                            std::size_t window) const;
  [[nodiscard]] std::vector<std::size_t> list_right(std::size_t item) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>> introduced_members(std::size_t from) const;
  [[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>>
  between_past_participle(std::size_t item) const;
  [[nodiscard]] Entities subject_past_destination(std::size_t h, const PredicateInfo& p) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>> counted_members(std::size_t at) const;
  [[nodiscard]] bool armed(std::size_t entity) const;
  [[nodiscard]] std::vector<std::size_t> list_left(std::size_t item) const;
  [[nodiscard]] bool joined(std::size_t left, std::size_t right) const;
  [[nodiscard]] bool coordinated(std::size_t left, std::size_t right) const;
  [[nodiscard]] bool read_as_written(std::size_t t) const;
  [[nodiscard]] bool conjoined_head(std::size_t t) const;
  [[nodiscard]] std::optional<std::size_t> genitive_agent(std::size_t from,
                                                          std::span<const std::string> preps) const;
  // Token tests (contracts at their definitions).
  [[nodiscard]] bool is_preposition(std::size_t t, std::span<const std::string> preps) const;
  [[nodiscard]] bool governed_by(const Item& item, std::span<const std::string> preps) const;
  [[nodiscard]] std::size_t past_described_as(std::size_t t) const;
  [[nodiscard]] std::optional<std::size_t> agent_marker_end(std::size_t at) const;
  [[nodiscard]] bool negated_before(std::size_t i, bool imperfect = true) const;
  [[nodiscard]] bool threatened_act(std::size_t i) const;
  [[nodiscard]] bool object_of_saying(std::size_t i) const;
  [[nodiscard]] bool written_apart(std::size_t i, const Trigger& trigger) const;
  [[nodiscard]] bool negated_verb_before(std::size_t i) const;
  [[nodiscard]] bool unrealizing_verb_before(std::size_t i) const;
  [[nodiscard]] bool verb_in(std::size_t t, const WordSet& verbs) const;
  [[nodiscard]] bool
  at_home(std::size_t subject, std::size_t object, std::string_view predicate) const;
  [[nodiscard]] bool report_subject_pronoun(std::size_t at) const;
  // The agents of the act a relative clause after "، وهو الهجوم" or "، وهو
  // ما" refers to (see rules_families.cpp); empty when it is no such clause.
  [[nodiscard]] Entities told_act_agents(std::size_t h, const PredicateInfo& p) const;
  [[nodiscard]] bool told_act_what(std::size_t at) const;
  // The entities the items stand for as the predicate's subject or object.
  // `cue_preps`: the cue's own prepositions, behind which a capital still
  // stands for its country ("انتقادات لواشنطن"; elsewhere "في الرياض" is a place).
  [[nodiscard]] Entities resolve(const std::vector<std::size_t>& items,
                                 bool subject,
                                 const PredicateInfo& p,
                                 std::span<const std::string> cue_preps = {}) const;
  [[nodiscard]] Entities resolve_one(const Item& item,
                                     bool subject,
                                     const PredicateInfo& p,
                                     std::span<const std::string> cue_preps) const;
  [[nodiscard]] bool allowed(std::size_t entity, bool subject, const PredicateInfo& p) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>>
  left_list(std::size_t before, std::size_t window, bool subject, const PredicateInfo& p) const;
  [[nodiscard]] std::size_t past_relative_clause(std::size_t before) const;
  [[nodiscard]] bool apposed_to_opening(std::size_t first) const;
  [[nodiscard]] std::optional<std::size_t> relative_clause_before(std::size_t cue) const;
  [[nodiscard]] bool subject_after_verb(std::size_t begin) const;
  [[nodiscard]] Entities antecedent_subjects(std::size_t relative, const PredicateInfo& p) const;
  [[nodiscard]] bool carries_pronoun(std::size_t t) const;
  [[nodiscard]] std::optional<std::size_t> past_noun_verb(std::size_t t) const;
  [[nodiscard]] std::optional<std::size_t> noun_verb_agent(std::size_t t) const;
  [[nodiscard]] bool after_relative(std::size_t t) const;
  [[nodiscard]] bool conditional_clause(std::size_t at) const;
  [[nodiscard]] std::size_t past_apposition(std::size_t t) const;
  [[nodiscard]] bool opens_apposition(std::size_t t) const;
  void apply_agent_after_argument(std::size_t h, const PredicateInfo& p);
  [[nodiscard]] std::optional<std::size_t> relative_comma(std::size_t cue) const;
  [[nodiscard]] bool inside_item(std::size_t t) const;
  [[nodiscard]] std::size_t past_same_entity(std::size_t k) const;
  [[nodiscard]] std::size_t contrast_clause_after(std::size_t from) const;
  [[nodiscard]] bool opening_thing_pronoun(std::size_t at) const;
  [[nodiscard]] std::optional<std::size_t> contrast_opening(std::size_t t) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>> member_noun_list(std::size_t at) const;
  // The item whose tokens hold t, else m_items.end().
  [[nodiscard]] std::vector<Item>::const_iterator item_covering(std::size_t t) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>> fronted_list(std::size_t cue,
                                                                     const PredicateInfo& p) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>>
  prep_object(std::size_t from, std::span<const std::string> preps) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>> stand_in_owner(std::size_t t) const;
  [[nodiscard]] std::optional<std::size_t> relative_cue_agent(std::size_t t) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>>
  target_place(std::size_t t, std::string_view predicate) const;
  [[nodiscard]] std::optional<std::size_t> postposed_report(std::size_t h,
                                                            std::size_t search) const;
  [[nodiscard]] std::optional<std::size_t> act_referred_back(std::size_t t,
                                                             const PredicateInfo& p) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>> target_behind_prep(
    std::size_t from, std::span<const std::string> preps, std::string_view predicate) const;
  [[nodiscard]] const Report* report_at(std::size_t token) const;
  [[nodiscard]] const Entities& speaker_at(std::size_t token) const;
  // The speaker of the report around the token when this sentence names
  // him ("وقال كافاداركوف "ندعم الناتو""), else nobody.
  [[nodiscard]] Entities named_speaker_at(std::size_t token) const;
  [[nodiscard]] Entities allowed_speakers(std::size_t token, const PredicateInfo& p) const;
  void emit(std::size_t hit, std::size_t subject, std::size_t object, double confidence);
  void
  emit_all(std::size_t hit, const Entities& subjects, const Entities& objects, double confidence);
  void emit_pairs(std::size_t hit, const Entities& members, double confidence, bool both_ways);

  const LanguagePack& m_pack;
  const Ontology& m_ontology;
  const Gazetteer& m_gazetteer;
  const SentenceView& m_sentence;
  const std::vector<Item>& m_items;
  DocumentEntities& m_entities;
  Discourse& m_discourse;
  std::vector<Relation>& m_relations;

  std::vector<Hit> m_hits;
  std::vector<Report> m_reports;
  std::vector<Emitted> m_emitted;
  Entities m_clause_subjects;    // the last named subject of a clause in this sentence
  bool m_clause_reports = false; // ... that of a reporting cue ("أعلنت الخارجية أن")
  Entities m_clause_objects;     // the objects of the last clause a relation came from
  std::size_t m_clause_objects_hit = 0; // ... and its hit
  std::vector<const char*> m_why;       // per hit, for trace(): why it gave nothing
};

} // namespace newskg::extract::rules
