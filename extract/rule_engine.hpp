#pragma once

#include "core/extraction.hpp"
#include "core/ontology.hpp"
#include "extract/document_entities.hpp"
#include "extract/entity_finder.hpp"
#include "extract/item.hpp"
#include "extract/lexicon.hpp"
#include "extract/trace.hpp"

#include <optional>
#include <vector>

namespace newskg::extract {

// What a document has said so far, for references across sentences.
struct Discourse
{
  std::vector<std::size_t> topic;   // the last subject named outside a report
  std::size_t topic_sentence = 0;   // the sentence it was read in
  std::vector<std::size_t> parties; // the last two parties of an event, oldest first
  std::size_t parties_sentence = 0; // the sentence of that event
  // The sentence whose symmetric event set the parties: its other events
  // name no sides ("رحبت قطر باتفاق الكونغو و"إم 23"").
  std::optional<std::size_t> symmetric_parties_sentence;
  std::vector<std::size_t> country_pair; // the two countries of the last event between countries
  // The two countries or organizations of the last symmetric act between
  // such parties (an agreement, talks), however long ago.
  std::vector<std::size_t> sides;
  std::vector<std::size_t> people;    // the two people of the last event between two people
  std::size_t people_sentence = 0;    // the sentence of that event
  std::vector<std::size_t> countries; // countries named so far, the latest last
  std::vector<std::size_t> persons;   // the people named in the last sentence that named any
  std::vector<std::size_t> author;    // who issues the document ("we"): see RuleEngine::apply
  // The acts read so far between entities (no Event objects), oldest first:
  // a definite noun of an act refers back to them ("أدان زيلينسكي الهجوم").
  struct Act
  {
    std::string_view predicate;
    std::size_t subject = 0;
    std::size_t object = 0;
  };
  std::vector<Act> acts;
};

// Reads relations from the triggers of data/<lang>/triggers.tsv. Each trigger
// names a frame of data/<lang>/frames.tsv (extract/frame.hpp): its family
// picks the function that reads it, its places where each argument may stand.
// The frames the shipped data declares, by example:
//   verb     subject before (SVO) or after (VSO) the cue, object after it or
//            after `prep`:  "أن بوتين أبلغ ماكرون" => Putin informed Macron
//   verb-we  a first-person verb: its subject is who issues the document
//            (a ministry's country), outside quotation marks: "نحث قادة ليبيا"
//   cont     a participle continuing the sentence; its subject is the topic:
//            "..., محذراً أرمينيا" => <topic> warned Armenia
//   say      reported speech: relations in its complement become Event objects:
//            "أعلن رئيس أذربيجان إلهام علييف أن قوات بلاده سيطرت على زنغيلان"
//            => Aliyev announced (Azerbaijan captured Zangilan)
//   speech   reported speech that names the speaker ("قال"); only the acts of
//            words.tsv speech-event in it become Events
//   cont-say, cont-speech  the same for a participle continuing the sentence,
//            its subject the topic: "..., مؤكدا أن", "..., مضيفا"
//   sym      a symmetric act among a list or with the object of `prep`, or
//            with a direct object: "التقى بوتين أردوغان" => Putin met Erdoğan
//   sym-noun the same for a noun ("محادثات"), or a verb whose direct object
//            is a topic ("بحث الأزمة مع"): the other party only behind `prep`,
//            or a list before it: "بوتين وماكرون أجريا اتصالاً هاتفياً" => Putin
//            called Macron
//   recip    a reciprocal act, both directions: "تبادل الطرفان الاتهامات"
//   passive  object before the cue, subject after it (the cue holds the "by")
//            or behind `prep`: "المدعومة من أرمينيا"
//   undergo  the patient in the cue's gap, the agent after it:
//            "تعرض قواتها لقصف أرميني" => Armenia attacked <speaker's country>
//   rel-left subject before the cue, object after: "X الواقعة على الحدود مع Y"
//   role-of  the listed parties (else the topic) hold a role in the organization
//            after the cue
//   masdar   a verbal noun: its possessor acts on the object of `prep`:
//            "دعمها للصين" => <her> supports China
//   genitive two names in a row, the second behind `prep`: "مجموعة مينسك لمنظمة ..."
//   apposed  a place, a comma and its country or region: "في ستروميكا، مقدونيا"
//   in-place a place, then the cue word or a name with `prep`, then the place
//            it lies in: "مستشفى ناصر في خان يونس" => Nasser Hospital located in
//            Khan Younis
//   members  the organization just before the cue, its members after the cue,
//            before the organization, or the last two countries named:
//            "NATO allies Turkey and Greece", "the NATO allies"; or the
//            organization after the cue and "between" before it, the last two
//            countries: "العلاقات بين حلفاء حلف شمال الأطلسي"
class RuleEngine
{
public:
  RuleEngine(const LanguagePack& pack, const Ontology& ontology, const Gazetteer& gazetteer);

  // Appends the relations of one sentence (and the Event entities they need);
  // with `cues`, also what each cue found gave, for `newskg explain`.
  void apply(const SentenceView& sentence,
             const std::vector<Item>& items,
             DocumentEntities& entities,
             Discourse& discourse,
             std::vector<Relation>& relations,
             std::vector<CueTrace>* cues = nullptr) const;

private:
  const LanguagePack& m_pack;
  const Ontology& m_ontology;
  const Gazetteer& m_gazetteer;
};

} // namespace newskg::extract
