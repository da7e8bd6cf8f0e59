#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::extract {

// How the rule engine reads a frame's arguments: SentenceRules::apply_hit
// (extract/rule_engine.cpp) calls one function per family, symmetric and
// reciprocal sharing one; the last three are read from the items, not at a cue.
enum class FrameFamily {
  clause,      // a verb or participle: subject, then a direct object or one behind `prep`
  symmetric,   // an act among a list, or with the party behind `prep` ("met")
  reciprocal,  // the same, both directions ("exchanged accusations")
  verbal_noun, // a noun whose possessor acts on the object behind `prep`
  around,      // one argument before the cue, the other after it (passives, relatives)
  role_of,     // the parties before the cue (else the topic) hold a role in the
               // organization after it
  members,     // an organization beside the cue; its members after the cue, before the
               // organization, or the last two countries named
  member_list, // an organization after the cue; its members listed after it, behind a
               // words.tsv member-intro, list-intro or along-with
  genitive,    // two names in a row, the second behind `prep` (no cue word)
  apposed,     // a place, a comma and its country or first-level region (no cue word)
  in_place,    // a place, the trigger's word or a name with its proclitic `prep`, and the
               // place or country it lies in ("مخيم جباليا بغزة")
  neighbour,   // a country beside the trigger's word (the subject's place: before or
               // after it) and the country the article is about ("neighboring Greece")
};

// Where a frame finds an argument. A frame allows several places; the rule
// engine tries them in a fixed order (each family's function in
// extract/rules_clause.cpp or rules_families.cpp says which).
struct ArgumentPlaces
{
  bool before = false;      // named before the cue, within `window` tokens
  bool after = false;       // named right after the cue (a verb-subject order; a direct object)
  bool behind_prep = false; // behind the trigger's preposition
  bool gap = false;         // inside the cue's gap ("شنت إسرائيل غارات على")
  bool issuer = false;      // who issues the document (a first-person verb)
  bool topic = false;       // the subject the sentence is about (a participle continues it)
  bool dropped = false;     // carried by the verb's inflection: the speaker of its report
                            // (on a verbal noun: its pronoun, when no name stands before it)
  bool pronoun = false;     // a subject pronoun before the cue: the one person named last
  bool joined = false;      // a verb joined by a proclitic conjunction shares its clause's subject
  bool coordinated = false; // a verb after a coordinator shares the subject before it ("and urged")
  bool possessor_before = false; // the possessor before a verbal noun ("Warren's criticism")
  bool fronted = false;          // a subject that opens its clause, set off from the cue by a comma
                        // ("ملك البحرين حمد بن عيسى، قام بزيارة")
  bool possessor_after =
    false; // the pronoun on a verbal noun, or the name after it ("دعمها", "دعم روسيا")
  // The subject of the control verb (words.tsv control) the verbal noun
  // follows ("أعلنت أرامكو توقيع اتفاقية مع"; not "تسعى مصر إلى توقيع").
  // Symmetric frames fall back on it; a frame with this place alone reads
  // no other subject.
  bool controlled = false;
  // An act's noun of the same predicate right before the cue, its agent the
  // adjective of origin or the name between them ("قصف روسي استهدف مستشفى").
  bool act_noun = false;
  // A verb in the masculine opening its sentence, before a country whose
  // name is feminine (words.tsv masculine-name lists the others): the
  // country is the object, the subject the person the sentence before named.
  bool opening = false;
  // With `before`: the list before the cue heads its own phrase, neither
  // behind a preposition nor the genitive of a words.tsv member-noun ("حكومة
  // الوحدة الوطنية برئاسة"; not "الحكومة المكلفة من مجلس النواب برئاسة",
  // "وفد حماس برئاسة", which another noun heads).
  bool head = false;

  // The agent right after the cue alone (frames.tsv rel-agent): a relative
  // clause of the act's noun, "الغارات التي شنتها إسرائيل".
  [[nodiscard]] bool relative_agent() const { return after && !before && !gap && !dropped; }
};

// What a reporting cue does with the clause after it.
enum class ReportKind {
  none,
  event,   // relations inside it become Event objects of the cue's predicate ("أعلن أن")
  speaker, // it only names the speaker of what follows ("قال")
  source, // it names the source of what stands before it in its sentence ("…، بحسب المرصد"),
          // or after it when it opens the sentence ("وبحسب المرصد، …"): relations there are
          // also Events of the source
};

// One row of data/<lang>/frames.tsv: how the arguments of a cue stand around
// it in this language. triggers.tsv names a frame for each cue.
struct Frame
{
  std::string name;
  FrameFamily family = FrameFamily::clause;
  ArgumentPlaces subject;
  ArgumentPlaces object;
  ReportKind report = ReportKind::none;
  bool finite = false;      // the cue is a finite verb: no word in ta marbuta, nor one with the
                            // article (unless the verb begins with its letters), matches it
  bool after_comma = false; // the cue opens a clause right after a comma (a participle of
                            // circumstance whose word is also a noun: "، داعية")
  // A frame no trigger names, read for another cue's clause in a construction
  // (frames.tsv cue `voice` or `relative`; a language has at most one of each):
  //   voice     a finite clause cue in the passive voice: an auxiliary of
  //             words.tsv passive-aux before it, an agent-marker after it
  //   relative  a finite clause cue right after a relative pronoun (words.tsv
  //             relative), an object pronoun on it or on its preposition: the
  //             relative clause's object is the name before the pronoun
  //             ("الحوثيين الذين تدعمهم إيران")
  enum class Construction { none, voice, relative };
  Construction construction = Construction::none;
  std::size_t window = 0; // tokens allowed between an argument before the cue and the cue
  std::string where;      // "file:line"

  // Families read by scanning the items of a sentence, with no cue word.
  [[nodiscard]] bool scans_items() const
  {
    return family == FrameFamily::genitive || family == FrameFamily::apposed
           || family == FrameFamily::in_place || family == FrameFamily::neighbour;
  }
};

// Parses data/<lang>/frames.tsv: frame, family, subject, object, report, cue,
// window. Every value is checked; an error throws DataError "file:line: ...".
[[nodiscard]] std::vector<Frame> parse_frames(std::istream& in, std::string_view source);

// The frame read for `construction` (cue `voice` or `relative`), or nullptr.
[[nodiscard]] const Frame* construction_frame(const std::vector<Frame>& frames,
                                              Frame::Construction construction);

// The frame named `name`, or nullptr.
[[nodiscard]] const Frame* find_frame(const std::vector<Frame>& frames, std::string_view name);

} // namespace newskg::extract
