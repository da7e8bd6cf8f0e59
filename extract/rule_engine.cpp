#include "extract/rule_engine.hpp"

#include "core/utf8.hpp"
#include "extract/normalizer.hpp"
#include "extract/sentence_rules.hpp"
#include "extract/token_shape.hpp"

#include <algorithm>
#include <array>
#include <span>

namespace newskg::extract {

RuleEngine::RuleEngine(const LanguagePack& pack,
                       const Ontology& ontology,
                       const Gazetteer& gazetteer)
  : m_pack(pack),
    m_ontology(ontology),
    m_gazetteer(gazetteer)
{}

namespace rules {

// Frames whose cue is a finite verb (not a noun or participle).
void SentenceRules::find_hits()
{
  const auto tokens = m_sentence.tokens.first(m_sentence.end);
  // "هل هاجمت روسيا أوكرانيا؟": a question states no act.
  const bool asks =
    std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(m_sentence.begin),
                tokens.end(),
                [&](const Token& t) { return token_in(t, m_pack.words.question, m_pack.clitics); });
  // Where the first word of words.tsv condition stands: no cue before it is
  // in a conditional clause (conditional_clause scans back only past it).
  const auto condition = std::find_if(
    tokens.begin() + static_cast<std::ptrdiff_t>(m_sentence.begin),
    tokens.end(),
    [&](const Token& t) { return token_in(t, m_pack.words.condition, m_pack.clitics); });
  const auto first_condition = static_cast<std::size_t>(condition - tokens.begin());
  std::size_t i = m_sentence.begin;
  while (i < m_sentence.end) {
    const bool in_item = inside_item(i);
    std::optional<Hit> hit;
    thread_local std::vector<std::uint32_t> candidates;
    candidates.clear();
    if (!in_item) {
      m_pack.trigger_index.candidates(token(i), m_pack.clitics, candidates);
    }
    for (const auto index : candidates) {
      const auto& trigger = m_pack.triggers[index];
      {
        if (frame_of(trigger).scans_items()) {
          continue;
        }
        // "وزارة", "سيطرة": a word ending in ta marbuta is a noun, so no
        // finite verb's cue ("+زار*", "+سيطر*").
        if (ends_in_ta_marbuta(token(i)) && frame_of(trigger).finite) {
          continue;
        }
        // "والتقى أردوغان داعية مصريا": a cue of kind after-comma only opens
        // a clause after a comma ("، داعية واشنطن إلى").
        if (frame_of(trigger).after_comma && (i == m_sentence.begin || !is_soft_boundary(i - 1))) {
          continue;
        }
        // "denounced the sanctions": nor one word after a determiner (words.tsv);
        // phrases keep their own reading ("held a telephone conversation with").
        if (frame_of(trigger).finite && trigger.cue.words.size() == 1 && i > m_sentence.begin
            && token_in(token(i - 1), m_pack.words.determiner, m_pack.clitics)) {
          continue;
        }
        // "جراء قصف روسي على خاركيف": nor a word right after a word of
        // words.tsv noun-governor, a verbal noun.
        if (frame_of(trigger).finite && i > m_sentence.begin
            && token_in(token(i - 1), m_pack.words.noun_governor, m_pack.clitics)) {
          continue;
        }
        // "وأكد الملك عبد الله الثاني رفض بلاده للتهجير": nor a clause's
        // word right after the subject of a verb of saying ("وأكدت باكو تعرض
        // قواتها لقصف" keeps the undergoing, whose arguments stand alike).
        if (frame_of(trigger).finite && frame_of(trigger).family == FrameFamily::clause
            && object_of_saying(i)) {
          continue;
        }
        // "والحذر": nor a word with the article (a verb never takes it),
        // unless the verb itself begins with its letters ("التقى").
        const auto& verb = trigger.cue.words.front().text;
        if (frame_of(trigger).finite && m_pack.clitics.definite(token(i))
            && m_pack.clitics.without_article(verb) == verb) {
          continue;
        }
        // "اتهم الحوثيون السعودية بقصف صعدة": nor a word behind a preposition's
        // proclitic, a verbal noun (a verb never takes one), unless the verb
        // itself begins with its letters ("بحث", "وبحث").
        if (frame_of(trigger).finite && m_pack.clitics.governed(token(i))
            && !without_conjunction(token(i).text).starts_with(verb)) {
          continue;
        }
        // The longest cue wins; of two whose gaps differ, the one whose gap
        // closes first: "تبادلت الهند وباكستان الاتهامات بخرق وقف إطلاق النار"
        // exchanged accusations, not fire.
        if (const auto match =
              match_cue(trigger.cue, tokens, i, m_pack.clitics, &m_pack.words.act_adjective)) {
          // "وجددت السعودية إدانتها": nor a word whose first letter the text
          // writes as another variant than the cue's (إ, not the verb's أ);
          // asked of a matched cue only, since it normalizes the word again.
          if (trigger.written_initial != 0 && written_apart(i, trigger)) {
            continue;
          }
          const bool gap = match->gap_end > match->gap_begin;
          if (!hit) {
            hit = Hit{&trigger, *match};
            if (!gap) {
              break;
            }
          } else if (gap && hit->match.gap_end > hit->match.gap_begin
                     && match->gap_end < hit->match.gap_end) {
            hit = Hit{&trigger, *match};
          }
        }
      }
    }
    if (!hit) {
      ++i;
      continue;
    }
    read_construction(*hit);
    // "وحذرت فرنسا من الهجوم الذي يشنه تنظيم داعش": a cue with a relative
    // pronoun in it (words.tsv relative) states the act in its own clause.
    const bool relative = std::ranges::any_of(hit->trigger->cue.words, [&](const Cue::Word& word) {
      return m_pack.words.relative.contains(word.text);
    });
    hit->negated = asks || negated_before(i, hit->trigger->imperfect)
                   || (!frame_of(*hit->trigger).finite && negated_verb_before(i))
                   || (!relative && unrealizing_verb_before(i));
    // "أن تهاجم إسرائيل إيران": a verb in the imperfect right after a
    // particle of words.tsv subjunctive is a wish, a plan or an expectation.
    const bool subjunctive = hit->trigger->imperfect && i > m_sentence.begin
                             && token_in(token(i - 1), m_pack.words.subjunctive, m_pack.clitics);
    hit->negated = hit->negated || denied_clause(i) || future(*hit)
                   || (i > first_condition && conditional_clause(i)) || subjunctive
                   || threatened_act(i);
    i = hit->match.end;
    m_hits.push_back(*hit);
  }
}

// True when the text writes the first letter of the cue's word in token i
// (past its proclitics) as another variant of the letter than the trigger's
// written_initial, neither that letter nor its folded form: "إدانتها" is the
// verbal noun إدانة, not the verb أدان. Normalization folds both to ا.
bool SentenceRules::written_apart(std::size_t i, const Trigger& trigger) const
{
  const auto& t = token(i);
  const auto& word = trigger.cue.words.front().text;
  thread_local std::vector<std::string_view> scratch;
  for (const auto form : m_pack.clitics.forms_of(t, scratch)) {
    if (!form.starts_with(word)) {
      continue;
    }
    const auto stem = code_points(t.text) - code_points(form);
    const auto original = m_sentence.original.substr(t.span.begin, t.span.size());
    const auto normalized = normalize(original);
    if (stem >= normalized.text.size()) {
      return false;
    }
    const auto letter = original[normalized.to_original[stem]];
    return letter != trigger.written_initial && letter != trigger.folded_initial;
  }
  return false;
}

// True when token i follows, right after its end, the subject standing after
// the last cue found, a verb of saying whose complement is an Event (frames.tsv
// report event, subject place after): what the verb says is then its object,
// a verbal noun ("أكد الرئيس دعم بلاده"), since a finite verb there would
// need a complementizer ("أكد الرئيس أن بلاده ترفض"). English, which has no
// verb-subject order for these verbs, reads "said Russia rejected" as a
// clause.
bool SentenceRules::object_of_saying(std::size_t i) const
{
  if (m_hits.empty()) {
    return false;
  }
  // "وأكد السيسي، خلال لقائه بلينكن، رفض مصر": past an aside of an occasion
  // (words.tsv occasion-preposition and an act's noun, the last cue found)
  // and the name after that noun or the aside's comma.
  std::size_t h = m_hits.size() - 1;
  std::optional<std::size_t> aside;
  if (h > 0 && !frame_of(h).finite) {
    const auto& noun = m_hits[h].match;
    const bool closed =
      (i > noun.end && is_soft_boundary(i - 1))
      || std::ranges::any_of(m_items, [&](const Item& item) {
           return item.end == i && item.begin >= noun.end && item.begin <= noun.end + 1;
         });
    if (closed && noun.begin > m_sentence.begin
        && token_in(token(noun.begin - 1), m_pack.words.occasion_preposition, m_pack.clitics)) {
      aside = noun.begin - 1;
      --h;
    }
  }
  const auto& say = m_hits[h];
  const auto& frame = frame_of(h);
  if (frame.report != ReportKind::event || !frame.subject.after || say.match.end >= i) {
    return false;
  }
  const auto k = item_starting_in(say.match.end, 0);
  if (!k) {
    return false;
  }
  const auto end = m_items[list_right(*k).back()].end;
  if (!aside) {
    return end == i;
  }
  return *aside == end || (*aside == end + 1 && is_soft_boundary(end));
}

// The item of a verb's first argument after it (its end at `from`): within
// the window, or the name a longer title is apposed to past a comma
// ("واغتيل رئيس بلدية بلدوين، عبد الله حسن نور،").
std::optional<std::size_t> SentenceRules::argument_after_verb(std::size_t from) const
{
  if (const auto k = item_starting_in(from, right_window)) {
    return k;
  }
  for (auto t = from; t < m_sentence.end && t < from + apposed_title_words; ++t) {
    if (is_soft_boundary(t)) {
      return item_starting_in(t + 1, 0);
    }
  }
  return std::nullopt;
}

// Where an agent marker (words.tsv agent-marker) starting at `at` ends.
std::optional<std::size_t> SentenceRules::agent_marker_end(std::size_t at) const
{
  const auto tokens = m_sentence.tokens.first(m_sentence.end);
  for (const auto& cue : m_pack.words.agent_marker) {
    if (const auto match =
          at < m_sentence.end ? match_cue(cue, tokens, at, m_pack.clitics) : std::nullopt) {
      return match->end;
    }
  }
  return std::nullopt;
}

// "Russia was accused by Ukraine": a finite clause cue after an auxiliary of
// the passive voice (words.tsv passive-aux, one voice-adverb allowed between:
// "was also accused") is a participle whose subject undergoes the act. With
// the agent marker right after it ("by") it is read with the voice frame
// (frames.tsv cue `voice`), the marker taken into the match; without, the
// agent is not named and the hit gives nothing. A language without such an
// auxiliary marks its passive by the agent marker after the verb's first
// argument ("اتهمت روسيا من قبل بريطانيا"): the name after the marker acts
// on that argument (apply_hit), never the active reading.
void SentenceRules::read_construction(Hit& hit) const
{
  const auto& frame = frame_of(*hit.trigger);
  if (frame.family != FrameFamily::clause || !frame.finite || frame.report != ReportKind::none) {
    return;
  }
  if (object_relative(hit)) {
    return;
  }
  if (m_pack.words.passive_aux.words().empty()) {
    // (Past a comma that closes the argument: "واغتيل رئيس البلدية، عبد الله
    // حسن نور، على يد مسلحين".)
    const auto k = argument_after_verb(hit.match.end);
    auto after = k ? m_items[list_right(*k).back()].end : m_sentence.end;
    if (after + 1 < m_sentence.end && is_soft_boundary(after)) {
      ++after;
    }
    const auto end = k ? agent_marker_end(after) : std::nullopt;
    hit.passive = end.has_value();
    hit.agent = end.value_or(0);
    return;
  }
  if (!frame.subject.before) {
    return;
  }
  auto t = hit.match.begin;
  if (t > m_sentence.begin && token_in(token(t - 1), m_pack.words.voice_adverb, m_pack.clitics)) {
    --t;
  }
  if (t == m_sentence.begin || !token_in(token(t - 1), m_pack.words.passive_aux, m_pack.clitics)) {
    return;
  }
  hit.passive = true;
  const auto* voice = construction_frame(m_pack.frames, Frame::Construction::voice);
  if (const auto end = voice != nullptr ? agent_marker_end(hit.match.end) : std::nullopt) {
    hit.frame = voice;
    hit.match.end = *end;
  }
}

// "الحوثيين الذين تدعمهم إيران", "حلب التي تسيطر عليها المعارضة": a finite
// clause cue right after a relative pronoun (words.tsv relative), with an
// object pronoun on it or on the preposition right after it, has the name
// before the pronoun as its object and its subject after it: read with the
// frame of cue `relative`. Without the pronoun the relative pronoun is the
// subject ("حزب الله، الذي يدعم سوريا") and the cue keeps its own frame.
bool SentenceRules::object_relative(Hit& hit) const
{
  const auto* relative = construction_frame(m_pack.frames, Frame::Construction::relative);
  const auto at = hit.match.begin;
  if (relative == nullptr || at == m_sentence.begin
      || !(token_in(token(at - 1), m_pack.words.relative, m_pack.clitics) || told_act_what(at))) {
    return false;
  }
  const auto carries = [&](std::size_t t, std::string_view stem) {
    const auto forms = token(t).forms();
    return std::any_of(forms.begin(), forms.end(), [&](std::string_view form) {
      return m_pack.clitics.has_enclitic(form, stem);
    });
  };
  const auto& prep = hit.trigger->prep;
  if (!carries(at, hit.trigger->cue.words.front().text)
      && !(hit.match.end < m_sentence.end && !prep.empty() && carries(hit.match.end, prep))) {
    return false;
  }
  hit.frame = relative;
  return true;
}

// "، وهو ما انتقده": words.tsv act-what right before token `at`, after an
// act-pronoun and a comma, is the relative pronoun of the act just told.
bool SentenceRules::told_act_what(std::size_t at) const
{
  return at >= m_sentence.begin + 3
         && token_in(token(at - 1), m_pack.words.act_what, m_pack.clitics)
         && token_in(token(at - 2), m_pack.words.act_pronoun, m_pack.clitics)
         && is_soft_boundary(at - 3);
}

void SentenceRules::apply_hit(std::size_t h)
{
  const auto* p = m_ontology.find(m_hits[h].trigger->predicate);
  if (m_hits[h].passive && m_hits[h].frame == nullptr && m_hits[h].agent != 0) {
    apply_agent_after_argument(h, *p);
    return;
  }
  if (m_hits[h].passive && m_hits[h].frame == nullptr) {
    why(h, "passive voice: no agent marker right after it, or no frame of the voice");
    return;
  }
  switch (frame_of(h).family) {
  case FrameFamily::symmetric:
  case FrameFamily::reciprocal:
    apply_sym(h, *p);
    break;
  case FrameFamily::around:
    apply_around(h, *p);
    break;
  case FrameFamily::role_of:
    apply_role_of(h, *p);
    break;
  case FrameFamily::verbal_noun:
    apply_masdar(h, *p);
    break;
  case FrameFamily::members:
    apply_members(h, *p);
    break;
  case FrameFamily::member_list:
    apply_member_list(h, *p);
    break;
  case FrameFamily::clause:
    apply_clause(h, *p);
    break;
  case FrameFamily::genitive:
  case FrameFamily::apposed:
  case FrameFamily::in_place:
  case FrameFamily::neighbour:
    break; // read from the items, not from a cue
  }
}

void SentenceRules::run()
{
  find_hits();
  for (std::size_t h = 0; h < m_hits.size(); ++h) {
    // A continuation ends the report before it.
    // "أكدت باكو ...، واتهمت الوزارة": a cue after a comma starts a new clause,
    // but not inside quotation marks, which run to their end: "وقال أردوغان:
    // "نحذر إسرائيل، ونطالب الأمم المتحدة بالتحرك"".
    const auto begin = m_hits[h].match.begin;
    // (Or a contrast opener between: "، بينما استقبل"، "، في حين دعا".)
    const auto opener =
      begin > m_sentence.begin + 1 ? contrast_opening(begin - 1).value_or(begin) : begin;
    const bool after_comma =
      opener > m_sentence.begin && is_soft_boundary(opener - 1) && !quoted(begin);
    // (Not the clause that begins a report: "وبحسب المرصد، قصفت".)
    // (Every report open there ends: "قال هيغسيث إن الضربات ستستمر "إلى أن
    // يعلن الحوثيون ..."، بينما حذر ترامب" ends the quotation and the saying.)
    if (frame_of(h).subject.topic || after_comma) {
      for (auto& report : m_reports) {
        if (begin > report.begin) {
          report.end = std::min(report.end, m_hits[h].match.begin);
        }
      }
    }
    const auto emitted = m_emitted.size();
    apply_hit(h);
    remember_joint_subjects(emitted);
  }
  apply_genitive();
  apply_apposed();
  apply_in_place();
  apply_in_country_noun();
  apply_member_places();
  apply_neighbours();
  emit_events();
  remember_countries();
}

// Two subjects acting together on others, in the relations emitted from
// index `first` on, become the two sides a later clause names ("وحذر الزعيمان
// إسرائيل ...، ودعا الجانبان مجلس الأمن": the leaders call, not Israel),
// whatever the hit's objects are.
void SentenceRules::remember_joint_subjects(std::size_t first)
{
  const auto acted = std::span(m_emitted).subspan(first);
  std::array<std::size_t, 3> together{}; // no allocation per hit: two are all it needs
  std::size_t count = 0;
  for (const auto& e : acted) {
    if (count < together.size()
        && std::find(together.begin(), together.begin() + count, e.subject)
             == together.begin() + count) {
      together[count++] = e.subject;
    }
  }
  if (count == 2 && std::none_of(acted.begin(), acted.end(), [&](const Emitted& e) {
        return e.object == together[0] || e.object == together[1];
      })) {
    m_discourse.parties = {together[0], together[1]};
    m_discourse.parties_sentence = m_sentence.index;
  }
}

// A relation of a predicate of words.tsv away-predicate whose subject is a
// person the gazetteer lists in a post of the object's country, or of the
// country whose seat the object is: "ووصل أردوغان إلى أنقرة" is a return
// home, no visit.
bool SentenceRules::at_home(std::size_t subject,
                            std::size_t object,
                            std::string_view predicate) const
{
  const auto& person = m_entities[subject];
  const auto& place = m_entities[object];
  if (!m_pack.words.away_predicate.contains(predicate) || !person.known || !place.known
      || person.entity.type != EntityType::person) {
    return false;
  }
  const auto country =
    place.entity.type == EntityType::country ? place.known : m_gazetteer.seat_country(*place.known);
  return country && m_gazetteer.holds_post_in(*person.known, *country);
}

void SentenceRules::emit(std::size_t hit,
                         std::size_t subject,
                         std::size_t object,
                         double confidence)
{
  if (subject == object) {
    return;
  }
  const auto predicate = predicate_of(hit, subject, object);
  if (at_home(subject, object, predicate)) {
    return;
  }
  const auto* p = m_ontology.find(predicate);
  Relation relation{.subject = m_entities[subject].entity.id,
                    .predicate = std::string(predicate),
                    .object = m_entities[object].entity.id,
                    .confidence = confidence,
                    .cameo = p->cameo,
                    .evidence =
                      Evidence{m_sentence.index, m_sentence.span, sentence_text(m_sentence)}};
  if (p->symmetric && relation.object < relation.subject) {
    std::swap(relation.subject, relation.object);
  }
  m_emitted.push_back(Emitted{hit, subject, object, predicate});
  m_relations.push_back(std::move(relation));
  // A report of an act ("announced" an Event) names no new parties: "the two
  // sides" are still the act's.
  if (!p->cameo.empty() && m_entities[object].entity.type != EntityType::event) {
    m_discourse.acts.push_back(Discourse::Act{p->name, subject, object});
    if (m_entities[subject].entity.type == EntityType::person
        && m_entities[object].entity.type == EntityType::person) {
      m_discourse.people = {subject, object};
      m_discourse.people_sentence = m_sentence.index;
    }
    if (m_entities[subject].entity.type == EntityType::country
        && m_entities[object].entity.type == EntityType::country) {
      m_discourse.country_pair = {subject, object};
    }
    const auto side = [&](std::size_t e) {
      const auto type = m_entities[e].entity.type;
      return type == EntityType::country || type == EntityType::organization;
    };
    if (p->symmetric && side(subject) && side(object)) {
      m_discourse.sides = {subject, object};
    }
    // A symmetric act in a sentence names its sides, whatever else the
    // sentence says: "قطر ترحب باتفاق الكونغو و"إم 23"" (Qatar is no side).
    if (!p->symmetric && m_discourse.symmetric_parties_sentence == m_sentence.index) {
      return;
    }
    if (p->symmetric) {
      m_discourse.parties.clear();
      m_discourse.symmetric_parties_sentence = m_sentence.index;
    }
    // A place is where an act befell, no party to it: "هاجمت قوات الدعم
    // السريع الفاشر ... ودعت واشنطن الطرفين" are the forces and the army.
    for (const auto e : {subject, object}) {
      if (m_entities[e].entity.type == EntityType::location) {
        continue;
      }
      auto& parties = m_discourse.parties;
      m_discourse.parties_sentence = m_sentence.index;
      parties.erase(std::remove(parties.begin(), parties.end(), e), parties.end());
      parties.push_back(e);
      if (parties.size() > 2) {
        parties.erase(parties.begin());
      }
    }
  }
}

// "اتهمت روسيا من قبل بريطانيا": the verb's first argument undergoes the act
// of the list after the agent marker.
void SentenceRules::apply_agent_after_argument(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  if (hit.negated) {
    why(h, not_a_fact);
    return;
  }
  const auto first = argument_after_verb(hit.match.end);
  // "على يد مسلحين من حركة الشباب"، "على أيدي مقاتلي الحركة": members of a
  // group (words.tsv member-noun), in construct or behind a preposition, act
  // as the group.
  auto at = hit.agent;
  if (at < m_sentence.end && token_in(token(at), m_pack.words.member_noun, m_pack.clitics)) {
    ++at;
    if (at < m_sentence.end && token_in(token(at), m_pack.words.preposition, m_pack.clitics)) {
      ++at;
    }
  }
  auto agent = item_starting_in(at, 0);
  if (agent && m_items[*agent].begin != at) {
    agent.reset();
  }
  if (!agent && at != hit.agent) {
    agent = item_starting_in(hit.agent, 0);
  }
  if (!first || !agent || m_items[*agent].begin < hit.agent || m_items[*agent].begin > at) {
    why(h, "passive voice: no name right after the agent marker");
    return;
  }
  emit_all(h,
           resolve(list_right(*agent), true, p),
           resolve(list_right(*first), false, p),
           hit.trigger->confidence);
}

void SentenceRules::emit_all(std::size_t hit,
                             const Entities& subjects,
                             const Entities& objects,
                             double confidence)
{
  for (const auto s : subjects) {
    for (const auto o : objects) {
      emit(hit, s, o, confidence);
    }
  }
}

void SentenceRules::emit_pairs(std::size_t hit,
                               const Entities& members,
                               double confidence,
                               bool both_ways)
{
  for (std::size_t a = 0; a < members.size(); ++a) {
    for (std::size_t b = a + 1; b < members.size(); ++b) {
      emit(hit, members[a], members[b], confidence);
      if (both_ways) {
        emit(hit, members[b], members[a], confidence);
      }
    }
  }
}

// The predicate of a relation of hit h: its trigger's, but words.tsv
// verbal-predicate for a cue with a word of verbal-cue whose subject is a
// person, when its object is a person or an organization (no one attacks a
// party, a court or an armed group with his own hands) or a speech-noun
// follows in the sentence: "Trump attacked the Democrats", "هاجم ترامب
// بايدن", "هاجم نتنياهو المحكمة الجنائية الدولية", "شن ساندرز هجوما على
// ترامب", "هاجم روحاني الولايات المتحدة في خطابه" are words; "Putin attacked
// Ukraine", "Saipov attacked a bike path" are not. Whatever the subject, an
// object named on a noun of words.tsv stance-noun after the cue (a policy, a
// position, an administration) is attacked in words: "هاجمت إيران السياسة
// الأمريكية"، "هاجم خامنئي الإدارة الأمريكية".
std::string_view
SentenceRules::predicate_of(std::size_t h, std::size_t subject, std::size_t object) const
{
  const auto& trigger = *m_hits[h].trigger;
  // "قضاءي العمادية وزاخو التابعين لمحافظة دهوك": a place that belongs to a
  // place lies in it (the gold's reading of the ontology: part-of joins
  // organizations, located-in places).
  const auto place = [&](std::size_t e) {
    const auto type = m_entities[e].entity.type;
    return type == EntityType::location || type == EntityType::country;
  };
  if (trigger.predicate == "part-of" && place(subject) && place(object)) {
    return "located-in";
  }
  const auto& verbal = m_pack.words.verbal_predicate.words();
  const auto verbal_word = [&](const Cue::Word& word) {
    return m_pack.words.verbal_cue.contains(word.text);
  };
  if (verbal.empty() || std::ranges::none_of(trigger.cue.words, verbal_word)) {
    return trigger.predicate;
  }
  const bool stance = std::ranges::any_of(m_items, [&](const Item& item) {
    return item.kind == ItemKind::entity && item.entity == object
           && item.begin >= m_hits[h].match.end
           && (token_in(token(item.begin), m_pack.words.stance_noun, m_pack.clitics)
               || (item.demonym && item.begin > m_sentence.begin
                   && token_in(token(item.begin - 1), m_pack.words.stance_noun, m_pack.clitics)));
  });
  if (stance) {
    return verbal.front();
  }
  if (m_entities[subject].entity.type != EntityType::person) {
    return trigger.predicate;
  }
  const auto& target = m_entities[object];
  // "هاجم روحاني الولايات المتحدة في خطابه", "attacked China in a speech":
  // a word of words.tsv speech-noun after the cue in its sentence.
  bool speech = false;
  for (auto t = m_hits[h].match.end; !speech && t < m_sentence.end; ++t) {
    speech = token_in(token(t), m_pack.words.speech_noun, m_pack.clitics);
  }
  return target.entity.type == EntityType::person || target.entity.type == EntityType::organization
             || speech
           ? std::string_view(verbal.front())
           : std::string_view(trigger.predicate);
}

// A report's complement ends where the next report or continuation begins.
void SentenceRules::emit_events()
{
  for (std::size_t r = 0; r + 1 < m_reports.size(); ++r) {
    m_reports[r].end = std::min(m_reports[r].end, m_hits[m_reports[r + 1].hit].match.begin);
  }
  const auto emitted = m_emitted;
  for (const auto& report : m_reports) {
    const auto& say = *m_hits[report.hit].trigger;
    const auto* p = m_ontology.find(say.predicate);
    for (const auto& inner : emitted) {
      const auto begin = m_hits[inner.hit].match.begin;
      // "أكد بأن زيارته للسعودية كانت لتقديم الشكر": a verbal noun with its
      // pronoun names an act the report takes as known, not what it states;
      // as the report's own object it is what it states ("أعلن الجيش
      // سيطرته على البلدة").
      const bool known_act = !frame_of(inner.hit).finite && cue_has_pronoun(inner.hit)
                             && past_adverbials(report.begin) != begin;
      // "وأكد ماكرون، خلال اتصال هاتفي مع بزشكيان، ضرورة": an act's noun
      // behind an occasion's preposition right after the subject is where
      // the report was made, not what it states.
      auto opening = report.begin;
      if (opening < m_sentence.end && is_soft_boundary(opening)) {
        ++opening;
      }
      opening = past_adverbials(opening);
      const bool occasion =
        !frame_of(inner.hit).finite && begin == opening + 1
        && token_in(token(opening), m_pack.words.occasion_preposition, m_pack.clitics);
      // "قال الجيش الباكستاني إن مسلحين ... هاجموا نقطة تفتيش": a report that
      // names its speaker only states an act of words.tsv speech-event.
      const bool emits =
        report.emits || (report.speech && m_pack.words.speech_event.contains(inner.predicate));
      if (!emits || begin < report.begin || begin >= report.end || frame_of(inner.hit).scans_items()
          || known_act || occasion || m_ontology.find(inner.predicate)->cameo.empty()) {
        continue;
      }
      const auto& inner_p = *m_ontology.find(inner.predicate);
      const auto event =
        m_entities.event(inner.subject, inner_p.name, inner_p.label_en, inner.object);
      for (const auto speaker : report.speaker) {
        if (allowed(speaker, true, *p)) {
          emit(report.hit, speaker, event, say.confidence);
        }
      }
    }
  }
}

// `text` without a conjunction of words.tsv before it ("وسيزور" => "سيزور").
std::string_view SentenceRules::without_conjunction(std::string_view text) const
{
  for (const auto& conj : m_pack.words.conjunction.words()) {
    if (text.starts_with(conj)) {
      text.remove_prefix(conj.size());
      break;
    }
  }
  return text;
}

// "سيسيطر", "وسيزور": a verb in the imperfect carrying the future proclitic
// (after a conjunction) tells what will be, not what is; so does one with a
// word of words.tsv future-time after it in its clause ("ويلتقي بوتين أردوغان
// غدا"). A noun cue's light verb before it, or before its subject, tells
// it the same way ("وسيجري بايدن اتصالا هاتفيا", "يعقد لافروف اجتماعا ...
// الأسبوع المقبل").
bool SentenceRules::future(const Hit& hit) const
{
  if (hit.trigger->imperfect) {
    const auto verb = after_future_proclitic(without_conjunction(token(hit.match.begin).text));
    return (verb && verb->starts_with(hit.trigger->cue.words.front().text))
           || future_time_after(hit.match.end);
  }
  if (frame_of(*hit.trigger).finite) {
    return false;
  }
  const auto verb = light_verb_before(hit.match.begin);
  if (!verb) {
    return false;
  }
  const auto text = without_conjunction(token(*verb).text);
  return after_future_proclitic(text)
         || (m_pack.clitics.imperfect_shape(text) && future_time_after(hit.match.end));
}

// `text` past a proclitic of words.tsv future-proclitic ("سيجري" => "يجري"),
// or nothing when it carries none.
std::optional<std::string_view> SentenceRules::after_future_proclitic(std::string_view text) const
{
  for (const auto& prefix : m_pack.words.future_proclitic.words()) {
    if (text.size() > prefix.size() && text.starts_with(prefix)) {
      return text.substr(prefix.size());
    }
  }
  return std::nullopt;
}

// Where the named item that ends right before token i begins (a verb's
// subject in verb-subject order), else i.
std::size_t SentenceRules::past_subject_before(std::size_t i) const
{
  const auto item = std::find_if(
    m_items.begin(), m_items.end(), [&](const Item& it) { return it.end == i && it.begin < i; });
  return item != m_items.end() ? item->begin : i;
}

// The verb right before a noun cue at token i, or right before the named
// subject item that ends at i: a word of words.tsv light-verb (after a
// conjunction or the future proclitic), in no item.
std::optional<std::size_t> SentenceRules::light_verb_before(std::size_t i) const
{
  const auto t = past_subject_before(i);
  if (t <= m_sentence.begin || inside_item(t - 1) || token(t - 1).kind != TokenKind::word) {
    return std::nullopt;
  }
  return verb_in(t - 1, m_pack.words.light_verb) ? std::optional(t - 1) : std::nullopt;
}

// Token t, past its conjunction and a future proclitic, is a word of `verbs`.
bool SentenceRules::verb_in(std::size_t t, const WordSet& verbs) const
{
  const auto text = without_conjunction(token(t).text);
  const auto future_verb = after_future_proclitic(text);
  return verbs.contains(text) || (future_verb && verbs.contains(*future_verb));
}

// A word of words.tsv future-time, or of future-adjective right after a
// time-noun or time word ("الأسبوع المقبل"), from token `from` to the end
// of its clause (a comma, or a boundary or complementizer of
// is_hard_boundary), within ten tokens.
bool SentenceRules::future_time_after(std::size_t from) const
{
  constexpr std::size_t window = 10;
  for (auto t = from; t < m_sentence.end && t < from + window; ++t) {
    if (is_hard_boundary(t) || is_soft_boundary(t)) {
      return false;
    }
    if (inside_item(t)) {
      continue;
    }
    if (token_in(token(t), m_pack.words.future_time, m_pack.clitics)) {
      return true;
    }
    if (t > from && token_in(token(t), m_pack.words.future_adjective, m_pack.clitics)
        && (token_in(token(t - 1), m_pack.words.time_noun, m_pack.clitics)
            || token_in(token(t - 1), m_pack.words.time, m_pack.clitics))) {
      return true;
    }
  }
  return false;
}

// A negation word (or, before an imperfect, a particle of possibility: "قد
// تشن") within two tokens before token i. A word of a name is no negation:
// "Theresa May met". A verb of the negation class before its subject, the
// cue right after it, keeps the cue from stating a fact: "تعتزم فرنسا فرض
// عقوبات", "حاولت إسرائيل اقتحام".
bool SentenceRules::negated_before(std::size_t i, bool imperfect) const
{
  if (const auto subject = past_subject_before(i);
      subject < i && subject > m_sentence.begin && !inside_item(subject - 1)
      && token_in(token(subject - 1), m_pack.words.negation, m_pack.clitics)) {
    return true;
  }
  for (std::size_t back = 1; back <= 2 && i >= m_sentence.begin + back; ++back) {
    if (inside_item(i - back)) {
      break;
    }
    if (token_in(token(i - back), m_pack.words.negation, m_pack.clitics)
        || (imperfect && token_in(token(i - back), m_pack.words.possibility, m_pack.clitics))) {
      return true;
    }
  }
  return false;
}

// "هدد ترامب بفرض عقوبات على تركيا", "لوح ترامب بفرض عقوبات": a cue right
// after (or on) the verbal noun of a threat's content (threat-cue, then
// content-proclitic, in one clause) is threatened, no fact.
bool SentenceRules::threatened_act(std::size_t i) const
{
  for (std::size_t noun = i; noun + 2 >= i && noun > m_sentence.begin; --noun) {
    if (!carries_proclitic(noun, m_pack.words.content_proclitic)) {
      continue;
    }
    for (std::size_t t = noun; t-- > m_sentence.begin && t + relative_window >= noun;) {
      if (is_soft_boundary(t) || is_hard_boundary(t)) {
        break;
      }
      if (token_in(token(t), m_pack.words.threat_cue, m_pack.clitics)) {
        return true;
      }
    }
  }
  return false;
}

// A noun cue at token i whose verb is negated: "ولا تملك مصر حدودا مشتركة مع
// إيران". A negation word up to four tokens back, in the same clause; not one
// that is also a preposition ("reaction to the Democrats' criticism"). Or
// right before the noun's light verb, past a subject of any length: "ولم يبدأ
// الرئيس الأمريكي دونالد ترامب زيارته".
bool SentenceRules::negated_verb_before(std::size_t i) const
{
  const auto negation = [&](std::size_t t) {
    return token_in(token(t), m_pack.words.negation, m_pack.clitics)
           && !token_in(token(t), m_pack.words.preposition, m_pack.clitics);
  };
  if (const auto verb = light_verb_before(i);
      verb && *verb > m_sentence.begin && negation(*verb - 1)) {
    return true;
  }
  for (std::size_t back = 1; back <= 4 && i >= m_sentence.begin + back; ++back) {
    const auto t = i - back;
    if (is_soft_boundary(t) || is_hard_boundary(t)) {
      return false;
    }
    if (!inside_item(t) && negation(t)) {
      return true;
    }
  }
  return false;
}

// A cue at token i that is a noun, the object of a word of words.tsv
// unrealizing right before it or before its subject, past a determiner
// ("his") or an onset noun ("اندلاع"), the noun of a light verb ("عقد") and a preposition of
// unrealizing-preposition: "وألغى ترامب اجتماعه مع بوتين", "واستبعد الكرملين
// عقد لقاء بين بوتين وزيلينسكي", "ويأمل ماكرون في لقاء بوتين", "Trump
// cancelled his meeting with Putin", "a planned meeting" name no meeting.
bool SentenceRules::unrealizing_verb_before(std::size_t i) const
{
  if (m_pack.words.unrealizing.words().empty()) {
    return false;
  }
  const auto plain_word = [&](std::size_t t) {
    return t > m_sentence.begin && !inside_item(t - 1) && token(t - 1).kind == TokenKind::word;
  };
  auto t = past_subject_before(i);
  if (plain_word(t) && token_in(token(t - 1), m_pack.words.determiner, m_pack.clitics)) {
    --t;
  }
  // "منع اندلاع مواجهات بين": the outbreak of the act (words.tsv onset-noun).
  if (plain_word(t) && token_in(token(t - 1), m_pack.words.onset_noun, m_pack.clitics)) {
    --t;
  }
  if (plain_word(t) && m_pack.words.light_verb.contains(without_conjunction(token(t - 1).text))) {
    t = past_subject_before(t - 1);
  }
  if (plain_word(t)
      && token_in(token(t - 1), m_pack.words.unrealizing_preposition, m_pack.clitics)) {
    t = past_subject_before(t - 1);
    // "وحذر الرئيس من اندلاع مواجهات": a subject that names no one, one
    // definite word.
    if (plain_word(t) && plain_word(t - 1) && !verb_in(t - 1, m_pack.words.unrealizing)
        && m_pack.clitics.definite(token(t - 1))) {
      --t;
    }
  }
  return plain_word(t) && verb_in(t - 1, m_pack.words.unrealizing);
}

// "denied that X met Y", "did not say that ...": a complement whose
// complementizer follows a denial reports nothing that happened.
bool SentenceRules::denied_clause(std::size_t at) const
{
  // "ومن المقرر أن تسحب بعثة أتميس، التي تضم قوات من أوغندا": a relative
  // clause set off by a comma, the cue in it (its first word or before it,
  // no comma between), describes what the complement names; it is no part
  // of what is denied or planned.
  const auto relative_after_comma = [&](std::size_t t) {
    return t > m_sentence.begin && is_soft_boundary(t - 1)
           && token_in(token(t), m_pack.words.relative, m_pack.clitics);
  };
  if (relative_after_comma(at)) {
    return false;
  }
  bool comma = false;
  for (std::size_t t = at; t-- > m_sentence.begin;) {
    if (!comma && relative_after_comma(t)) {
      return false;
    }
    comma = comma || is_soft_boundary(t);
    // "نفى الكرملين ما تردد عن لقاء", "نفت الوزارة صحة الأنباء عن": a word
    // of words.tsv denied-report after the denial stands for its clause,
    // with no comma and no verb of another clause (or the cue's conjunction)
    // before the cue ("نفى الجيش التقارير وقصف مواقع").
    const bool verb_between = without_conjunction(token(at).text) != token(at).text
                              || std::any_of(m_hits.begin(), m_hits.end(), [&](const Hit& other) {
                                   return other.match.begin > t && other.match.begin < at
                                          && frame_of(*other.trigger).finite;
                                 });
    if (token_in(token(t), m_pack.words.complementizer, m_pack.clitics)
        || (!comma && !verb_between && !inside_item(t)
            && token_in(token(t), m_pack.words.denied_report, m_pack.clitics))) {
      // "نفى المتحدث باسم الكرملين أن ...": the denial and its subject before
      // the complementizer, in the same clause.
      for (std::size_t back = 1; back <= denial_window && t >= m_sentence.begin + back; ++back) {
        if (token_in(token(t - back), m_pack.words.denial, m_pack.clitics)) {
          return true;
        }
        if (is_hard_boundary(t - back) || is_soft_boundary(t - back)) {
          break;
        }
      }
      return false;
    }
    if (token_in(token(t), m_pack.words.boundary, m_pack.clitics)) {
      return false;
    }
  }
  return false;
}

// "If Russia attacks Ukraine, NATO will respond", "إذا هاجمت روسيا أوكرانيا":
// a word of words.tsv condition opens the clause the cue at `at` stands in
// (no comma, boundary or complementizer between): it states no fact.
bool SentenceRules::conditional_clause(std::size_t at) const
{
  for (std::size_t t = at; t-- > m_sentence.begin;) {
    if (token_in(token(t), m_pack.words.condition, m_pack.clitics)) {
      return true;
    }
    if (is_hard_boundary(t) || is_soft_boundary(t)
        || token_in(token(t), m_pack.words.complementizer, m_pack.clitics)) {
      return false;
    }
  }
  return false;
}

void SentenceRules::trace(std::vector<CueTrace>& out) const
{
  for (std::size_t h = 0; h < m_hits.size(); ++h) {
    const auto& hit = m_hits[h];
    CueTrace cue{.span = Span{token(hit.match.begin).span.begin, token(hit.match.end - 1).span.end},
                 .predicate = hit.trigger->predicate,
                 .frame = frame_of(h).name};
    cue.emitted = static_cast<std::size_t>(std::count_if(
      m_emitted.begin(), m_emitted.end(), [&](const Emitted& e) { return e.hit == h; }));
    const bool reports =
      std::any_of(m_reports.begin(), m_reports.end(), [&](const Report& r) { return r.hit == h; });
    if (h < m_why.size() && m_why[h] != nullptr) {
      cue.why = m_why[h];
    } else if (reports) {
      cue.why =
        frame_of(h).report == ReportKind::event
          ? "reports speech: relations inside it become Events"
        : frame_of(h).report == ReportKind::source
          ? "names the source of the clause it reports: relations there become its Events too"
          : "names the speaker of what follows";
    } else if (cue.emitted == 0) {
      cue.why = "no arguments of the types the predicate takes around it";
    }
    out.push_back(std::move(cue));
  }
}

} // namespace rules

namespace {

constexpr std::size_t author_sentences =
  3; // the header and first lines name who issues a statement

// The first country or organization that opens a clause, determiners aside:
// "The United States is concerned ...", "[..., Spokesperson Ned Price: U.S. Renews ...]".
std::vector<std::size_t> clause_initial_actor(const SentenceView& sentence,
                                              const std::vector<Item>& items,
                                              const DocumentEntities& entities,
                                              const LanguagePack& pack)
{
  for (const auto& item : items) {
    if (item.kind != ItemKind::entity || item.demonym) {
      continue;
    }
    const auto type = entities[item.entity].entity.type;
    if (type != EntityType::country && type != EntityType::organization) {
      continue;
    }
    std::size_t t = item.begin;
    while (t > sentence.begin
           && token_in(sentence.tokens[t - 1], pack.words.determiner, pack.clitics)) {
      --t;
    }
    if (t == sentence.begin
        || token_in(sentence.tokens[t - 1], pack.words.boundary, pack.clitics)) {
      return {item.entity};
    }
  }
  return {};
}

} // namespace

// Six parameters: one sentence in, and the four things it appends to; a
// struct of them would only rename them.
// NOLINTNEXTLINE(readability-function-size)
void RuleEngine::apply(const SentenceView& sentence,
                       const std::vector<Item>& items,
                       DocumentEntities& entities,
                       Discourse& discourse,
                       std::vector<Relation>& relations,
                       std::vector<CueTrace>* cues) const
{
  if (discourse.author.empty() && sentence.index < author_sentences) {
    discourse.author = clause_initial_actor(sentence, items, entities, m_pack);
  }
  rules::SentenceRules sentence_rules(
    m_pack, m_ontology, m_gazetteer, sentence, items, entities, discourse, relations);
  sentence_rules.run();
  if (cues != nullptr) {
    sentence_rules.trace(*cues);
  }
  std::vector<std::size_t> persons;
  for (const auto& item : items) {
    if (item.kind == ItemKind::entity && entities[item.entity].entity.type == EntityType::person
        && std::find(persons.begin(), persons.end(), item.entity) == persons.end()) {
      persons.push_back(item.entity);
    }
  }
  if (!persons.empty()) {
    discourse.persons = std::move(persons);
  }
}

} // namespace newskg::extract
