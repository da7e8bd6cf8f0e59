#include "extract/entity_finder_context.hpp"
#include "extract/sentence_rules.hpp"
#include "extract/token_shape.hpp"

#include <algorithm>

namespace newskg::extract::rules {

// A symmetric act: with the object of `prep` when there is one, else among
// the members of one list ("بوتين وماكرون أجريا اتصالاً هاتفياً").
void SentenceRules::apply_sym(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  const auto& frame = frame_of(h);
  const bool both_ways = frame.family == FrameFamily::reciprocal;
  if (hit.negated) {
    why(h, not_a_fact);
    return;
  }
  double confidence = hit.trigger->confidence;
  // "ووقعت مصر مع الأردن اتفاقا": the cue's preposition and the other party
  // may stand in the gap, after the party that opens it or first in it (the
  // subject before the cue: "ماكرون، الذي وقع مع الأردن اتفاقا").
  std::size_t prep_search = hit.match.end;
  if (frame.subject.gap && hit.match.gap_end > hit.match.gap_begin) {
    const auto k = item_starting_in(hit.match.gap_begin, right_window);
    const bool in_gap = k && m_items[*k].end <= hit.match.gap_end;
    if (in_gap && governed_by(m_items[*k], hit.trigger->preps)) {
      prep_search = hit.match.gap_begin;
    } else if (in_gap) {
      const auto list = list_right(*k);
      const auto members = resolve(list, true, p);
      // "تلقى أمير قطر اتصالا هاتفيا من ماكرون": the gap holds one party, the
      // preposition the other.
      auto objects = hit.trigger->prep.empty()
                       ? std::nullopt
                       : prep_object(m_items[list.back()].end, hit.trigger->preps);
      if (objects && m_items[objects->back()].end > hit.match.gap_end) {
        objects = prep_object(hit.match.end, hit.trigger->preps);
      }
      if (objects && !both_ways) {
        emit_all(h, members, resolve(*objects, false, p), confidence);
      } else {
        emit_pairs(h, members, confidence, both_ways);
      }
      return;
    }
  }
  // "وصل وانغ يي إلى دمشق، والتقى الرئيس بشار الأسد": a verb joined to a
  // clause that named its subject meets the one name after it.
  if (frame.subject.joined && !both_ways) {
    Entities joined_subjects;
    std::optional<std::vector<std::size_t>> objects;
    std::size_t past = hit.match.end;
    if (joined_arguments(h, p, joined_subjects, objects, past)) {
      emit_all(h, joined_subjects, resolve(*objects, false, p), confidence * inherited_factor);
      return;
    }
  }
  std::size_t search = hit.match.end;
  // "الخلافات بين روسيا والنظام السوري بخصوص المحادثات": for a cue whose
  // other party stands only behind its preposition (a noun), a list after
  // "between" before it belongs to another noun.
  const auto left =
    frame.object.after ? std::nullopt : left_list(hit.match.begin, frame.window, true, p);
  const auto left_begin = left ? m_items[left->front()].begin : 0;
  const bool others = left && left_begin > m_sentence.begin
                      && token_in(token(left_begin - 1), m_pack.words.between, m_pack.clitics);
  // "خلال لقائه بالرئيس ماكرون": a noun's pronoun is its party; a name after
  // it is the other one.
  auto places = frame.subject;
  if (!frame.finite && cue_has_pronoun(h)) {
    places.after = false;
  }
  // "الولايات المتحدة والسعودية اللتان ترعيان محادثات جدة": a noun that a
  // relative clause's verb takes as its object is no act of the names the
  // relative pronoun refers to, unless the verb is a light verb of the act
  // ("اللتان أجرتا محادثات").
  if (!frame.finite && object_of_relative_verb(hit.match.begin)) {
    places.before = false;
    places.fronted = false;
  }
  // "وأرسلت الإمارات وقطر طائرات ... وفرق البحث والإنقاذ": a list before a
  // noun, further than two tokens back, is its parties only as the subject
  // of its light verb: the verb between them ("إن بوتين وماكرون أجريا
  // بمبادرة من الجانب الفرنسي اتصالاً") or right before the list ("وعقد
  // مودي وبوتين الخميس محادثات"). Else the list is another verb's subject
  // whose object holds the noun.
  if (!frame.finite && places.before && !light_verb_parties(hit.match.begin, frame.window, p)) {
    places.before = false;
  }
  // "وقال ترامب إنه التقى بوتين": the complementizer carries the subject, in
  // a report its speaker; the name after the cue is the other party.
  Entities subjects;
  if (pronoun_subject_before(hit.match.begin) && in_report(hit.match.begin)) {
    subjects = allowed_speakers(hit.match.begin, p);
    confidence *= inherited_factor;
  } else {
    subjects = subject_left_or_right(h, p, search, others ? 0 : frame.window, places);
  }
  // "التقى وزير الخارجية السعودي كلا من عباس والسيسي": a verb's subject the
  // text does not name (subject_left_or_right went past it) met the list
  // after it; its members did not meet each other.
  const bool unnamed_subject = frame.finite && subjects.empty() && search > hit.match.end;
  if (subjects.empty() && frame.subject.pronoun) {
    subjects = quoted_speaker(hit.match.begin, p);
  }
  // "He met Olaf Scholz": the pronoun is the one person named last.
  if (subjects.empty() && frame.subject.pronoun && pronoun_before(hit.match.begin)) {
    subjects = pronoun_person(p);
  }
  // "Macron visited Beijing and met Xi Jinping": a verb after a coordinator
  // shares the subject of the clause before it.
  bool shared = false;
  if (subjects.empty() && frame.subject.coordinated && coordinated_verb(hit.match.begin)) {
    subjects = allowed_clause_subjects(p);
    shared = !subjects.empty();
    confidence *= shared ? inherited_factor : 1;
  }
  // Where subject pronouns refer back, a named subject becomes the topic:
  // "X spoke with Y. He urged ...".
  if (!subjects.empty() && !shared && !in_report(hit.match.begin) && frame.subject.pronoun) {
    m_discourse.topic = subjects;
    m_discourse.topic_sentence = m_sentence.index;
  }
  // "Iran and Iraq share a border with Turkey": a cue that ends in its own
  // preposition has the object right after it, not the list before it ("In
  // a phone call with Macron, Putin said" names its subject elsewhere). Not
  // "between": "Egypt mediated talks between Israel and Hamas" names both
  // parties after it.
  const auto prep_from = prep_search < search ? prep_search
                         : frame.object.after && search > hit.match.begin
                             && is_preposition(search - 1, hit.trigger->preps)
                             && !token_in(token(search - 1), m_pack.words.between, m_pack.clitics)
                           ? search - 1
                           : search;
  if (frame.object.behind_prep && !hit.trigger->prep.empty()) {
    if (const auto objects = prep_object(prep_from, hit.trigger->preps)) {
      // "خلال لقائه مع نظيره": no subject in the clause, but a pronoun on the
      // cue: the topic meets. Without the pronoun the subject stays unknown.
      double scale = 1;
      // "In a phone call with Macron, Putin said": a cue without a pronoun
      // (the noun of a phrase of only fronted-opener words before it) acts
      // for that subject too, unless its preposition names both parties
      // ("between").
      const bool between = std::ranges::any_of(hit.trigger->preps, [&](const std::string& prep) {
        return m_pack.words.between.contains(prep);
      });
      if (subjects.empty() && (cue_has_pronoun(h) || !between)) {
        subjects = fronted_subject(h, p);
        scale = inherited_factor;
      }
      if (subjects.empty() && cue_has_pronoun(h)) {
        subjects = allowed_speakers(hit.match.begin, p);
        scale = inherited_factor;
      }
      // "وزار أردوغان موسكو، وأجرى محادثات مع بوتين": right after its light
      // verb joined to a clause that named its subject, the noun shares it.
      if (subjects.empty()) {
        subjects = joined_light_verb_subjects(h, p);
        scale = inherited_factor;
      }
      // "وصل لافروف إلى أنقرة لبحث الأزمة مع نظيره": a noun controlled by its clause.
      if (subjects.empty()) {
        subjects = controller(h, p);
        scale = inherited_factor;
      }
      const auto resolved = resolve(*objects, false, p);
      emit_all(h, subjects, resolved, confidence * scale);
      remember_clause(h, subjects, resolved);
      return;
    }
  }
  // "اشتباكات بين الجيش المدعوم من تركيا وقوات قسد": the two sides of
  // "between" stand around the participle's argument.
  if (const auto first = both_ways ? item_starting_in(hit.match.end, right_window) : std::nullopt) {
    if (const auto sides = between_past_participle(*first)) {
      emit_pairs(h, resolve({*first, sides->second}, true, p), confidence, true);
      return;
    }
  }
  // "Mike Lee and Orrin Hatch met Netanyahu": subjects with a direct object
  // right after the cue meet the object, not each other. A demonym or a
  // name before a noun there ("met Israeli officials", "met Kremlin aides")
  // is someone unnamed they met: no meeting the text names.
  if (const auto k = subjects.size() >= 2 && !both_ways && frame.object.after
                       ? item_starting_in(search, 0)
                       : std::nullopt) {
    if (!m_items[*k].demonym && !noun_after(m_items[list_right(*k).back()].end)) {
      emit_all(h, subjects, resolve(list_right(*k), false, p), confidence);
    }
    return;
  }
  if (subjects.size() >= 2) {
    emit_pairs(h, subjects, confidence, both_ways);
    return;
  }
  // "زار جدة للقاء الملك سلمان": a noun its clause controls takes its other
  // party right after it, as its genitive.
  if (const auto k =
        frame.object.after ? std::nullopt : item_starting_in(past_honorific(hit.match.end), 0);
      k && !m_items[*k].governed) {
    if (const auto agents = controller(h, p); !agents.empty()) {
      emit_all(h, agents, resolve(list_right(*k), false, p), confidence * inherited_factor);
      return;
    }
  }
  // "التقى بلينكن في الدوحة أمير قطر": after one subject, the direct object
  // past a place or other phrase behind a preposition.
  // Else, as before, a name within a few words ("التقى بلينكن وفدا من حركة
  // حماس": the organization for its delegation).
  const bool one_subject = subjects.size() == 1 && !both_ways && frame.object.after;
  // "والتقى الرئيس المصري، عبد الفتاح السيسي، الملك عبد الله": the subject
  // after the verb set off by a comma, then the other party.
  if (const auto objects =
        one_subject && search > hit.match.end ? object_past_comma(search) : std::nullopt) {
    const auto members = resolve(*objects, false, p);
    emit_all(h, subjects, members, confidence);
    remember_clause(h, subjects, members);
    return;
  }
  auto k = one_subject ? direct_object(search) : std::nullopt;
  if (!k) {
    k = item_starting_in(search, right_window);
    // Not a place the meeting is in ("التقى بوتين في الكرملين وفدا").
    if (k && m_items[*k].begin > m_sentence.begin
        && token_in(token(m_items[*k].begin - 1), m_pack.words.place_preposition, m_pack.clitics)) {
      k.reset();
    }
  }
  if (k && describes_unnamed(*k)) {
    k.reset();
  }
  // "وصل ماكرون إلى بيروت. والتقى الرئيس اللبناني ميشال عون.": one party
  // right after a verb that opens its sentence, where its clause ends (or a
  // place or time follows), is the object of the sentence before's subject.
  if (const auto topic = !k && one_subject && search > hit.match.end && frame.finite
                           ? continuing_topic(h)
                           : std::nullopt;
      topic && *topic != subjects.front() && allowed(*topic, true, p) && clause_ends_at(search)) {
    emit_all(h, {*topic}, subjects, confidence * inherited_factor);
    m_discourse.topic_sentence = m_sentence.index; // the next sentence may continue it
    return;
  }
  if (k) {
    const auto members = resolve(list_right(*k), true, p);
    // "التقى بوتين أردوغان"; a noun cue takes its other party only behind
    // its preposition ("محادثات بين ممثلين عن ..." names no one).
    if (one_subject) {
      emit_all(h, subjects, members, confidence);
      remember_clause(h, subjects, members);
    } else if (members.size() >= 2 && !unnamed_subject) {
      emit_pairs(h, members, confidence, both_ways);
    }
  }
}

// The list ending within `window` tokens before the noun cue at token
// `noun` (if any) may be its parties: it ends at most two tokens before the
// noun, the noun stands behind a preposition, or a light verb (words.tsv
// light-verb) stands between them or right before the list.
bool SentenceRules::light_verb_parties(std::size_t noun,
                                       std::size_t window,
                                       const PredicateInfo& p) const
{
  constexpr std::size_t near = 2;
  const auto left = left_list(noun, window, true, p);
  if (!left) {
    return true;
  }
  const auto end = m_items[left->back()].end;
  // "وهنأ الملك محمد السادس اللاعبين في اتصال هاتفي مع الركراكي": a noun
  // behind a preposition is an adjunct of the list's clause, its occasion.
  // ("in a phone call": past the language's determiners.)
  auto head = noun;
  while (head > end && token_in(token(head - 1), m_pack.words.determiner, m_pack.clitics)) {
    --head;
  }
  if (end + near >= noun || light_verb_before(m_items[left->front()].begin)
      || behind_preposition(head) || m_pack.clitics.governed(token(noun))) {
    return true;
  }
  for (auto t = end; t < noun; ++t) {
    if (!inside_item(t) && token(t).kind == TokenKind::word
        && verb_in(t, m_pack.words.light_verb)) {
      return true;
    }
  }
  return false;
}

// The noun at token `noun` follows a relative pronoun and one word, its
// verb, that is no light verb (words.tsv light-verb).
bool SentenceRules::object_of_relative_verb(std::size_t noun) const
{
  return noun >= m_sentence.begin + 2 && !inside_item(noun - 1)
         && token_in(token(noun - 2), m_pack.words.relative, m_pack.clitics)
         && !light_verb_before(noun).has_value();
}

// Nothing more of a clause stands at token t: the sentence's end, a
// boundary, or a place or time after it ("في قصر بعبدا"، "الخميس").
bool SentenceRules::clause_ends_at(std::size_t t) const
{
  return t >= m_sentence.end || is_soft_boundary(t) || is_hard_boundary(t)
         || token_in(token(t), m_pack.words.place_preposition, m_pack.clitics)
         || token_in(token(t), m_pack.words.time, m_pack.clitics);
}

// "والتقى السيسي الملك عبد الله، وأطلعه على": a meeting or a call with one
// named party after its subject is a clause a joined verb's pronoun may
// refer back to (joined_pronoun_object); not inside a relative clause.
void SentenceRules::remember_clause(std::size_t h,
                                    const Entities& subjects,
                                    const Entities& objects)
{
  if (subjects.empty() || objects.empty() || after_relative(m_hits[h].match.begin)) {
    return;
  }
  m_clause_subjects = subjects;
  m_clause_reports = false;
  m_clause_objects = objects;
  m_clause_objects_hit = h;
}

// "Pompeo met Saudi officials", "التقى بومبيو مسؤولين سعوديين": a demonym
// that is the adjective of a common noun, before it in English, after it and
// indefinite like it in Arabic, describes someone unnamed.
bool SentenceRules::describes_unnamed(std::size_t k) const
{
  const auto& item = m_items[k];
  if (!item.demonym) {
    return false;
  }
  if (noun_after(m_items[list_right(k).back()].end)) {
    return true;
  }
  return item.begin > m_sentence.begin && !m_pack.clitics.definite(token(item.begin))
         && noun_after(item.begin - 1) && !m_pack.clitics.definite(token(item.begin - 1));
}

// The subjects of the clause before, for a noun cue at hit h right after its
// light verb (words.tsv light-verb) that carries a conjunction ("وأجرى
// محادثات"; not "واستبعد محادثات", ruled out talks) or a resuming-word
// ("، أجرى خلالها مباحثات").
Entities SentenceRules::joined_light_verb_subjects(std::size_t h, const PredicateInfo& p) const
{
  const auto at = m_hits[h].match.begin;
  const bool resumed =
    at >= m_sentence.begin + 2 && verb_in(at - 2, m_pack.words.light_verb) && resumed_verb(at - 2);
  const auto verb = resumed ? std::optional(at - 2) : light_verb_before(at);
  if (!verb || (!resumed && *verb + 1 != at) || m_clause_subjects.empty() || m_clause_reports
      || (!resumed && without_conjunction(token(*verb).text) == token(*verb).text)) {
    return {};
  }
  return allowed_clause_subjects(p);
}

// The agent a verbal noun at hit h takes from the clause that controls it,
// when it names none of its own:
// - the subject of a control verb (words.tsv control) whose cue ends right
//   before the noun: in its gap ("تمكنت القوات العراقية من السيطرة على"), else
//   the list before it;
// - a noun with the purpose proclitic (words.tsv purpose-proclitic) after a
//   cue of a purpose-predicate that gave a relation: its subject ("زار جدة
//   للقاء الملك سلمان": the visitor meets).
Entities SentenceRules::controller(std::size_t h, const PredicateInfo& p) const
{
  const auto noun = m_hits[h].match.begin;
  const auto tokens = m_sentence.tokens.first(m_sentence.end);
  constexpr std::size_t control_reach = 18; // tokens a control cue, its subject and gap span
  for (std::size_t t = noun; t-- > m_sentence.begin && t + control_reach >= noun;) {
    for (const auto& cue : m_pack.words.control) {
      auto match = match_cue(cue, tokens, t, m_pack.clitics);
      // "بشن هجوم": a preposition on the word makes it a noun, no verb (but
      // "بدأ" begins with ب of its own: the word as written is the cue's).
      if (match && m_pack.clitics.governed(token(t)) && !cue.words.empty()
          && !without_conjunction(token(t).text).starts_with(cue.words.front().text)) {
        match.reset();
      }
      // "أعلن الجيش العراقي استعادة السيطرة": the subject may stand between
      // a one-word control verb and the noun, and a time aside after it
      // ("أعلنت شركة أرامكو، الثلاثاء، توقيع اتفاقية") or a time word
      // ("واختتم أمير الكويت اليوم زيارة").
      const auto between =
        match && match->end < noun ? item_starting_in(match->end, 0) : std::nullopt;
      const auto after_subject =
        between ? past_adverbials(past_aside(m_items[list_right(*between).back()].end)) : noun;
      if (!match || (match->end != noun && !(between && after_subject == noun))) {
        continue;
      }
      // "have not claimed responsibility for the attack": a negated or
      // denied control verb states no act.
      if (negated_before(t) || denied_clause(t)) {
        return {};
      }
      std::optional<std::vector<std::size_t>> list;
      if (between) {
        list = list_right(*between);
      } else if (const auto k = match->gap_end > match->gap_begin
                                  ? item_starting_in(match->gap_begin, right_window)
                                  : std::nullopt;
                 k && m_items[*k].end <= match->gap_end) {
        list = list_right(*k);
      } else {
        list = left_list(t, right_window, true, p);
      }
      return list ? resolve(*list, true, p) : Entities{};
    }
  }
  const auto& word = token(noun).text;
  const bool purpose = starts_with_prep_in(word, m_pack.words.purpose_proclitic, m_pack.clitics);
  Entities agents;
  for (const auto& e : m_emitted) {
    if (purpose && e.hit < h && m_hits[e.hit].match.end <= noun
        && m_pack.words.purpose_predicate.contains(m_hits[e.hit].trigger->predicate)
        && std::find(agents.begin(), agents.end(), e.subject) == agents.end()
        && allowed(e.subject, true, p)) {
      agents.push_back(e.subject);
    }
  }
  return agents;
}

// "اتهم هادي إيران بدعم المتمردين الحوثيين", "accused Iran of backing the
// Houthis": a verbal noun with a proclitic of words.tsv charge-proclitic, or
// after such a word, right after the object of a relation this sentence gave
// of a charge-predicate is what the accuser says the accused did: the accuser
// reports (charge-report) an Event whose agent is the accused and whose
// object is the noun's genitive or direct object, or behind its preposition.
// No fact: a charge is a claim. True when the noun is read so.
bool SentenceRules::apply_charge(std::size_t h, const PredicateInfo& p)
{
  const auto& words = m_pack.words;
  const auto noun = m_hits[h].match.begin;
  const auto* report =
    words.charge_report.words().empty() ? nullptr : m_ontology.find(words.charge_report.words()[0]);
  const auto& text = token(noun).text;
  const bool proclitic = starts_with_prep_in(text, words.charge_proclitic, m_pack.clitics);
  const bool after_word = !proclitic && noun > m_sentence.begin
                          && token_in(token(noun - 1), words.charge_proclitic, m_pack.clitics);
  if (report == nullptr || (!proclitic && !after_word)) {
    return false;
  }
  const auto accused_end = after_word ? noun - 1 : noun;
  // The accused: the list ending right before the noun ("اتهمت إيران الولايات
  // المتحدة وإسرائيل بدعم"), each member the object of a charge the
  // sentence gave, all by one accuser.
  const auto last = std::find_if(m_items.begin(), m_items.end(), [&](const Item& item) {
    return item.kind == ItemKind::entity && item.end == accused_end;
  });
  if (last == m_items.end()) {
    return false;
  }
  const Emitted* charge = nullptr;
  Entities accused;
  for (const auto e :
       resolve(list_left(static_cast<std::size_t>(last - m_items.begin())), true, p)) {
    for (const auto& emitted : m_emitted) {
      if (emitted.hit < h && emitted.object == e
          && words.charge_predicate.contains(m_hits[emitted.hit].trigger->predicate)
          && (charge == nullptr || emitted.subject == charge->subject)) {
        charge = &emitted;
        accused.push_back(e);
        break;
      }
    }
  }
  if (charge == nullptr || !allowed(charge->subject, true, *report)) {
    return false;
  }
  // "بدعم المتمردين الحوثيين": members of a group (words.tsv member-noun)
  // before it stand for the group; "backing the Houthis": so does a determiner.
  // A demonym is the noun's adjective, no object ("بدعم أمريكي": with US backing).
  auto at = m_hits[h].match.end;
  if (at + 1 < m_sentence.end && !item_starting_in(at, 0)
      && (token_in(token(at), words.member_noun, m_pack.clitics)
          || token_in(token(at), words.determiner, m_pack.clitics))) {
    ++at;
  }
  std::optional<std::vector<std::size_t>> objects;
  if (const auto k = item_starting_in(at, 0); k && !m_items[*k].governed && !m_items[*k].demonym) {
    objects = list_right(*k);
    // "بدعم حزب الله للحوثيين": with an object behind the preposition after
    // it, the genitive is the noun's own agent, not the accused.
    if (prep_object(m_items[objects->back()].end, m_hits[h].trigger->preps)) {
      why(h, "a charge whose noun has an agent of its own in the genitive: read as nothing");
      return true;
    }
  } else {
    objects = prep_object(m_hits[h].match.end, m_hits[h].trigger->preps);
  }
  if (!objects) {
    why(h, "a charge with no object: no genitive and nothing behind its preposition");
    return true;
  }
  const auto& reporting = *m_hits[charge->hit].trigger;
  bool reported = false;
  for (const auto agent : accused) {
    if (!allowed(agent, true, p)) {
      continue;
    }
    for (const auto o : resolve(*objects, false, p)) {
      if (o == agent) {
        continue;
      }
      const auto event = m_entities.event(agent, p.name, p.label_en, o);
      m_relations.push_back(Relation{
        .subject = m_entities[charge->subject].entity.id,
        .predicate = report->name,
        .object = m_entities[event].entity.id,
        .confidence = reporting.confidence,
        .cameo = report->cameo,
        .evidence = Evidence{m_sentence.index, m_sentence.span, sentence_text(m_sentence)}});
      reported = true;
    }
  }
  why(h,
      reported ? "a charge after the accused: the accuser reports it as an Event"
               : "a charge whose only object is the accused: read as nothing");
  return true;
}

// The one person named before token `at` in the sentence, when no
// organization is named there too; none otherwise.
Entities SentenceRules::sole_person_before(std::size_t at, const PredicateInfo& p) const
{
  std::optional<std::size_t> person;
  for (const auto& item : m_items) {
    if (item.end > at || item.kind != ItemKind::entity) {
      continue;
    }
    const auto type = m_entities[item.entity].entity.type;
    if (type == EntityType::organization
        || (type == EntityType::person && person && *person != item.entity)) {
      return {};
    }
    if (type == EntityType::person) {
      person = item.entity;
    }
  }
  return person && allowed(*person, true, p) ? Entities{*person} : Entities{};
}

// "وخلال لقائه بماكرون، أكد الرئيس الصيني شي جين بينغ": a noun cue with a
// pronoun in a phrase that opens the sentence (words.tsv fronted-opener
// before it, a comma after it) acts for the subject right after the verb
// that follows the comma; or, in the other word order, for the subject
// right after the comma that its verb follows ("In a phone call with
// Macron, Putin said").
Entities SentenceRules::fronted_subject(std::size_t h, const PredicateInfo& p) const
{
  const auto at = m_hits[h].match.begin;
  if (at == m_sentence.begin) {
    return {};
  }
  for (auto t = m_sentence.begin; t < at; ++t) {
    if (inside_item(t) || !token_in(token(t), m_pack.words.fronted_opener, m_pack.clitics)) {
      return {};
    }
  }
  // The comma before the verb: the phrase may hold commas of its own ("وبعيد
  // اجتماعه بنظيره المغربي، عبد الوافي لفتيت، في الرباط، أكد").
  const auto finite_at = [&](std::size_t t) {
    return std::find_if(m_hits.begin(), m_hits.end(), [&](const Hit& other) {
      return other.match.begin == t && frame_of(*other.trigger).finite;
    });
  };
  // The subject list right after token t when a finite verb follows it.
  const auto subject_then_verb = [&](std::size_t t) -> std::optional<std::vector<std::size_t>> {
    const auto k = t < m_sentence.end ? item_starting_in(t, 0) : std::nullopt;
    if (!k || m_items[*k].begin != t || m_items[*k].governed || prepositional(*k)) {
      return std::nullopt;
    }
    auto list = list_right(*k);
    if (finite_at(m_items[list.back()].end) == m_hits.end()) {
      return std::nullopt;
    }
    return list;
  };
  auto comma = m_hits[h].match.end;
  while (comma < m_sentence.end && !is_hard_boundary(comma)
         && !(is_soft_boundary(comma)
              && (finite_at(comma + 1) != m_hits.end() || subject_then_verb(comma + 1)))) {
    ++comma;
  }
  if (comma + 2 >= m_sentence.end || !is_soft_boundary(comma)) {
    return {};
  }
  if (const auto before_verb = subject_then_verb(comma + 1)) {
    return resolve(*before_verb, true, p);
  }
  const auto verb = comma + 1;
  const auto verb_hit = finite_at(verb);
  if (inside_item(verb) || token(verb).kind != TokenKind::word || verb_hit == m_hits.end()) {
    return {};
  }
  const auto k = item_starting_in(verb + 1, 0);
  if (!k || m_items[*k].begin != verb + 1 || m_items[*k].governed || prepositional(*k)) {
    return {};
  }
  // "وعقب لقائه ببوتين، قال المتحدث كالين إن أردوغان متفائل": after a
  // verb of saying, a person named in what is said may be the one meant.
  const auto subject = list_right(*k);
  const bool reports = frame_of(*verb_hit->trigger).report != ReportKind::none;
  const bool person_after = std::any_of(m_items.begin(), m_items.end(), [&](const Item& item) {
    return item.begin >= m_items[subject.back()].end && item.kind == ItemKind::entity
           && m_entities[item.entity].entity.type == EntityType::person;
  });
  if (reports && person_after) {
    return {};
  }
  return resolve(subject, true, p);
}

// Past a title of no position (titles.tsv role "-") starting at token `at`:
// "الشيخ الأمير" names the emir after the honorific.
std::size_t SentenceRules::past_honorific(std::size_t at) const
{
  if (at >= m_sentence.end) {
    return at;
  }
  const auto tokens = m_sentence.tokens.first(m_sentence.end);
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.title_index.candidates(token(at), m_pack.clitics, candidates);
  for (const auto index : candidates) {
    const auto& title = m_pack.titles[index];
    // A title naming its country itself that the finder let the next title
    // read ("خادم الحرمين الشريفين الملك سلمان") is a form of address too.
    if (title.role == finder::no_role || (title.owner_entity && !item_starting_in(at, 0))) {
      if (const auto match = match_cue(title.cue, tokens, at, m_pack.clitics)) {
        return match->end;
      }
    }
  }
  return at;
}

void SentenceRules::apply_masdar(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  if (hit.negated) {
    why(h, not_a_fact);
    return;
  }
  const auto& frame = frame_of(h);
  // "أعلن الجيش العراقي تحرير مدينة الرمادي": a verbal noun a control verb
  // (words.tsv control) governs, whose genitive right after it is its object
  // (frames.tsv: subject controlled, object after).
  if (frame.subject.controlled && frame.object.after) {
    // The name first: it is cheaper to look for than the control verb.
    const auto k = item_starting_in(hit.match.end, 0);
    if (!k || m_items[*k].begin != hit.match.end || m_items[*k].governed
        || m_items[*k].kind != ItemKind::entity) {
      why(h, "no name right after the noun");
      return;
    }
    const auto objects = list_right(*k);
    // "تم استهداف مدينة إدلب من قبل روسيا": an agent marker right after the
    // object names the agent (the noun's passive), not the control verb.
    if (const auto end = agent_marker_end(m_items[objects.back()].end)) {
      const auto agent = item_starting_in(*end, 0);
      const auto agents = agent ? resolve(list_right(*agent), true, p) : Entities{};
      if (agents.empty()) {
        why(h, "an agent marker after the object, and no agent of the types the predicate takes");
      } else {
        emit_all(h, agents, resolve(objects, false, p), hit.trigger->confidence);
      }
      return;
    }
    const auto agents = controller(h, p);
    if (agents.empty()) {
      why(h, "no control verb with a subject right before the noun");
    } else {
      emit_all(h, agents, resolve(objects, false, p), hit.trigger->confidence * inherited_factor);
    }
    return;
  }
  if (hit.trigger->prep.empty()) {
    why(h, "a verbal noun cue without a preposition in triggers.tsv reads nothing");
    return;
  }
  if (apply_charge(h, p)) {
    return;
  }
  std::optional<std::vector<std::size_t>> agent;
  std::size_t search = hit.match.end;
  if (frame.subject.possessor_before) {
    const auto objects = prep_object(search, hit.trigger->preps);
    auto agents = possessor_before(hit.match.begin, p);
    // "The Iraqi army announced the capture of Ramadi": with no possessor,
    // the subject of a control verb (words.tsv control) acts; not where an
    // agent marker names another ("the capture of Palmyra by Syrian forces").
    const bool own = !agents.empty();
    bool marked = false; // "from Islamic State by the Syrian army"
    for (auto t = objects ? m_items[objects->back()].end : m_sentence.end;
         !marked && t < m_sentence.end && !is_soft_boundary(t) && !is_hard_boundary(t);
         ++t) {
      marked = agent_marker_end(t).has_value();
    }
    if (!own && !marked) {
      agents = controller(h, p);
    }
    if (!agents.empty() && objects) {
      emit_all(h,
               agents,
               resolve(*objects, false, p),
               hit.trigger->confidence * (own ? 1.0 : inherited_factor));
    } else {
      why(h,
          agents.empty() ? "no agent: no possessor before the noun"
                         : "no object behind its preposition");
    }
    return;
  }
  if (!frame.subject.possessor_after) {
    why(h, "frames.tsv names no place for a verbal noun's agent");
    return;
  }
  if (cue_has_pronoun(h)) {
    agent = left_list(hit.match.begin, frame.window, true, p);
  } else if (const auto members = member_noun_list(hit.match.end)) {
    // "زيارة وفدين سعودي وعماني إلى صنعاء"، "زيارة وفد من حماس إلى القاهرة":
    // members of a group (words.tsv member-noun) act as the group.
    agent = members;
    search = m_items[members->back()].end;
  } else if (const auto k = item_starting_in(hit.match.end, 0); k && !m_items[*k].governed) {
    agent = std::vector<std::size_t>{*k};
    search = m_items[*k].end;
  } else if (const auto done = noun_verb_agent(hit.match.end)) {
    // "زيارة أجراها وزير الخارجية التركي هاكان فيدان إلى بغداد"، "الزيارة
    // التي قام بها": the subject of a verb whose object is the noun.
    agent = list_right(*done);
    search = m_items[agent->back()].end;
  } else if (m_pack.clitics.definite(token(hit.match.begin))) {
    // "الزيارة الرسمية للرئيس ماكرون للصين": a definite noun's agent stands
    // behind the preposition too, before the object behind the next one.
    if (const auto first = prep_object(search, hit.trigger->preps);
        first && prep_object(m_items[first->back()].end, hit.trigger->preps)) {
      agent = *first;
      search = m_items[first->back()].end;
    }
  } else if (const auto g = genitive_agent(search, hit.trigger->preps)) {
    agent = list_right(*g);
    search = m_items[agent->back()].end;
  } else if (search + 2 < m_sentence.end && !inside_item(search)
             && token_in(token(search + 1), m_pack.words.resumptive, m_pack.clitics)) {
    // "في أول زيارة يقوم بها إلى تركيا": a verb of it whose subject no name
    // follows; its object stands past the verb.
    search += 2;
  }
  // "خلال استقباله أمير قطر": after a noun whose third person's pronoun (ه,
  // words.tsv owner-pronoun) is its agent, a name right after it, behind no
  // preposition, is its direct object; an unnamed one leaves no object to look
  // for further on. (Not "ي": "هجومي سوسة" are the two attacks of Sousse.)
  const auto text = token(hit.match.begin).text;
  const auto third_person = [&](const WordSet& pronouns) {
    const auto& words = pronouns.words();
    return std::any_of(
      words.begin(), words.end(), [&](const auto& w) { return text.ends_with(w); });
  };
  std::optional<std::vector<std::size_t>> objects;
  std::span<const std::string> object_preps; // a seat behind them acts for its country
  const auto direct =
    cue_has_pronoun(h)
        && (third_person(m_pack.words.object_pronoun) || third_person(m_pack.words.owner_pronoun))
      ? item_starting_in(hit.match.end, 0)
      : std::nullopt;
  if (direct && !m_items[*direct].governed) {
    if (m_items[*direct].kind == ItemKind::entity) {
      objects = list_right(*direct);
    }
  } else {
    // Near the noun, past one adjective at most: in "انتقاده خلال زيارته
    // لواشنطن" the preposition is the visit's.
    objects = prep_object(search, hit.trigger->preps);
    const auto& preps = hit.trigger->preps;
    const auto carries = [&](std::size_t t) {
      return is_preposition(t, preps)
             || std::any_of(preps.begin(), preps.end(), [&](const auto& word) {
                  return m_pack.clitics.starts_with_prep(token(t).text, word);
                });
    };
    auto prep = search;
    while (objects && prep < m_items[objects->front()].begin && !carries(prep)) {
      ++prep;
    }
    if (objects && prep > search + 1) {
      objects.reset();
    }
    object_preps = hit.trigger->preps;
  }
  auto agents = agent ? resolve(*agent, true, p) : Entities{};
  // "أكد ملك البحرين ... بأن زيارته للسعودية": with no name before it, the
  // pronoun on a verbal noun in a report is the speaker's, where frames.tsv
  // lets the agent be dropped.
  if (!agent && frame.subject.dropped && cue_has_pronoun(h) && in_report(hit.match.begin)) {
    agents = allowed_speakers(hit.match.begin, p);
    if (agents.size() != 1) {
      agents.clear();
    }
  }
  if (!agent && agents.empty() && cue_has_pronoun(h)) {
    agents = fronted_subject(h, p);
  }
  if (!agent && agents.empty()) {
    agents = controller(h, p);
  }
  // "وصل فيصل بن فرحان إلى مسقط في زيارة رسمية لسلطنة عمان": an
  // indefinite noun behind a words.tsv occasion-preposition is the act its
  // clause is done in; the agent is the clause's named subject (not a
  // report's speaker).
  // ("وذلك في أول زيارة يقوم بها إلى تركيا": an ordinal may stand between.)
  auto occasion = hit.match.begin;
  if (occasion > m_sentence.begin + 1 && !inside_item(occasion - 1)
      && token_in(token(occasion - 1), m_pack.words.occasion_ordinal, m_pack.clitics)) {
    --occasion;
  }
  if (!agent && agents.empty() && !cue_has_pronoun(h) && occasion > m_sentence.begin
      && !m_pack.clitics.definite(token(hit.match.begin)) && !m_clause_reports
      && token_in(token(occasion - 1), m_pack.words.occasion_preposition, m_pack.clitics)) {
    agents = allowed_clause_subjects(p);
  }
  // "نقل هوكشتاين رسالة إلى المسؤولين اللبنانيين خلال زيارته بيروت": the
  // third person's masculine pronoun (words.tsv object-pronoun) refers to
  // the one person named before the noun in its sentence, with no
  // organization there that it could refer to instead.
  if (!agent && agents.empty() && cue_has_pronoun(h) && third_person(m_pack.words.object_pronoun)) {
    agents = sole_person_before(hit.match.begin, p);
  }
  if (!agents.empty() && objects) {
    emit_all(h,
             agents,
             resolve(*objects, false, p, object_preps),
             hit.trigger->confidence * (agent ? 1.0 : inherited_factor));
    // "بعد زيارة غروسي إلى طهران، حيث التقى عراقجي": a joining word right
    // after the object and a comma opens a clause of the noun's agent; so
    // does a verb with a resuming word after the next comma, a few words on
    // ("زيارة إلى مصر استغرقت يومين، أجرى خلالها مباحثات").
    const auto end = m_items[objects->back()].end;
    auto comma = end;
    while (comma < m_sentence.end && comma < end + resuming_reach && !is_soft_boundary(comma)
           && !is_hard_boundary(comma)) {
      ++comma;
    }
    if (comma + 1 < m_sentence.end && is_soft_boundary(comma)
        && ((comma == end && token_in(token(comma + 1), m_pack.words.joining_word, m_pack.clitics))
            || resumed_verb(comma + 1))) {
      m_clause_subjects = agents;
      m_clause_reports = false;
    }
  } else {
    why(h,
        agent || !agents.empty() ? "no object behind its preposition"
                                 : "no agent: no possessor and no name right after the noun");
  }
}

// Where the name ends that a relative clause set off by a comma describes,
// the clause of the cue at token `cue` (its relative pronoun, words.tsv
// relative, at most three words before the cue: "X, which is backed by",
// "X, who has been criticized by"): the comma, or up to two definite words
// before it, the name's adjectives ("حركة مجتمع السلم المعارضة، التي يقودها").
std::optional<std::size_t> SentenceRules::relative_comma(std::size_t cue) const
{
  for (std::size_t back = 1; back <= 4 && cue >= m_sentence.begin + back + 1; ++back) {
    const auto t = cue - back;
    if (token(t).kind != TokenKind::word || inside_item(t)) {
      return std::nullopt;
    }
    if (token_in(token(t), m_pack.words.relative, m_pack.clitics)) {
      // "الدعوى التي أقامتها جنوب أفريقيا أمام محكمة العدل الدولية، والتي
      // تتهم فيها": a relative word after a conjunction joins an earlier
      // relative clause, whose noun it describes, not the name before the comma.
      if (!is_soft_boundary(t - 1) || without_conjunction(token(t).text) != token(t).text) {
        return std::nullopt;
      }
      const auto comma = t - 1;
      auto end = comma;
      while (end > m_sentence.begin + 1 && end + 2 > comma && token(end - 1).kind == TokenKind::word
             && !inside_item(end - 1) && m_pack.clitics.definite(token(end - 1))) {
        --end;
      }
      return end < comma && inside_item(end - 1) ? end : comma;
    }
  }
  return std::nullopt;
}

// Frames whose arguments stand on both sides of the cue: passive, undergo, rel-left.
void SentenceRules::apply_around(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  if (hit.negated) {
    why(h, not_a_fact);
    return;
  }
  const auto& frame = frame_of(h);
  const auto& match = hit.match;
  // The argument after the cue: the list right after it, else the one behind
  // its preposition, as frames.tsv places it ("criticism from lawmakers in
  // Germany": behind the preposition only, so Germany is none of them).
  const auto after = [&](bool subject) -> Entities {
    const auto& places = subject ? frame.subject : frame.object;
    std::optional<std::vector<std::size_t>> list;
    if (const auto k = places.after ? item_starting_in(match.end, right_window) : std::nullopt) {
      list = list_right(*k);
      // "بين فصائل الجيش الوطني المدعوم من تركيا وقوات قسد": the name after the
      // coordinator is the second side of "between", not the participle's.
      if (const auto sides = *k > 0 ? between_past_participle(*k - 1) : std::nullopt;
          sides && sides->first == *k) {
        list->resize(1);
      }
    } else if (places.behind_prep && !hit.trigger->prep.empty()) {
      list = prep_object(match.end, hit.trigger->preps);
    }
    return list ? resolve(*list, subject, p) : Entities{};
  };
  const auto before = [&](bool subject) -> Entities {
    if ((frame.subject.gap || frame.object.gap) && match.gap_end > match.gap_begin) {
      if (const auto k = item_starting_in(match.gap_begin, right_window)) {
        return resolve(list_right(*k), subject, p);
      }
    }
    auto list = left_list(match.begin, frame.window, subject, p);
    if (list && (subject ? frame.subject : frame.object).head && !heads_phrase(list->front())) {
      return {};
    }
    // "The Minsk Group, co-chaired by France": a participle set off by a comma
    // describes the name just before the comma.
    if (!list && match.begin > m_sentence.begin + 1 && is_soft_boundary(match.begin - 1)) {
      list = left_list(match.begin - 1, 0, subject, p);
    }
    // "Hezbollah, which is backed by Iran": so does a relative clause the
    // cue stands in, its pronoun right after the comma.
    if (const auto comma = relative_comma(match.begin); !list && comma) {
      list = left_list(*comma, 0, subject, p);
    }
    return list ? resolve(*list, subject, p) : Entities{};
  };
  const double confidence = hit.trigger->confidence;
  if (frame.subject.before) {
    emit_all(h, before(true), after(false), confidence); // "X الواقعة على الحدود مع Y"
  } else {
    auto patients = before(false);
    if (patients.empty() && hit.frame != nullptr
        && hit.frame->construction == Frame::Construction::relative) {
      patients = told_act_agents(h, p);
    }
    emit_all(h, after(true), patients, confidence); // the patient precedes, the agent follows
  }
}

// "هجوم تبنته حركة الشباب على قاعدة ...، وهو الهجوم الذي أدانته كل من
// الإمارات والبحرين ومصر": a relative clause whose verb acts on a pronoun
// (hit h, read with the relative frame), after a comma, a words.tsv
// act-pronoun and either a noun of an act (a verbal noun's cue) or a word
// of words.tsv act-what ("، وهو ما انتقده"), acts on the act the sentence
// told before the comma: its agents, as "أدانت مصر الهجوم الإسرائيلي"
// criticizes Israel. An act noun names only an act of its own predicate.
Entities SentenceRules::told_act_agents(std::size_t h, const PredicateInfo& p) const
{
  const auto at = m_hits[h].match.begin; // the relative pronoun stands at at - 1
  const bool what = told_act_what(at);
  if (at < m_sentence.begin + 4 && !what) {
    return {};
  }
  const auto antecedent = what ? at - 1 : at - 2;
  const auto pronoun = antecedent - 1;
  if (!token_in(token(pronoun), m_pack.words.act_pronoun, m_pack.clitics)
      || !is_soft_boundary(pronoun - 1)) {
    return {};
  }
  std::optional<std::string_view> act; // the act noun's predicate; none after act-what
  if (!what) {
    // The noun's own hit: a verbal noun's cue of one word.
    const auto noun = std::find_if(m_hits.begin(), m_hits.end(), [&](const Hit& other) {
      return other.match.begin == antecedent && other.match.end == antecedent + 1
             && frame_of(*other.trigger).family == FrameFamily::verbal_noun;
    });
    if (noun == m_hits.end()) {
      return {};
    }
    act = noun->trigger->predicate;
  }
  // The last act told before the comma, and all its agents.
  const auto told = std::find_if(m_emitted.rbegin(), m_emitted.rend(), [&](const Emitted& e) {
    return m_hits[e.hit].match.end < pronoun && (!act || e.predicate == *act);
  });
  Entities agents;
  if (told == m_emitted.rend()) {
    return agents;
  }
  for (const auto& e : m_emitted) {
    if (e.hit == told->hit && std::ranges::find(agents, e.subject) == agents.end()
        && allowed(e.subject, false, p)) {
      agents.push_back(e.subject);
    }
  }
  return agents;
}

// "باعتبارهما رئيسين لمجموعة مينسك ... إلى جانب الولايات المتحدة": the
// organization after the cue, the parties before it (or the topic), and any
// list after an along-with cue. A person standing for a country brings it too.
void SentenceRules::apply_role_of(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  const auto k = item_starting_in(hit.match.end, right_window);
  if (hit.negated || !k) {
    return;
  }
  const auto organizations = resolve({*k}, true, p);
  Entities members;
  for (std::size_t j = *k; j-- > 0;) {
    if (m_items[j].end <= hit.match.begin) {
      members = resolve(list_left(j), false, p);
      if (!members.empty()) {
        break;
      }
    }
  }
  if (members.empty()) {
    members = m_discourse.topic;
  }
  const auto tokens = m_sentence.tokens.first(m_sentence.end);
  for (std::size_t t = m_items[*k].end; t < m_sentence.end && !is_hard_boundary(t); ++t) {
    for (const auto& cue : m_pack.words.along_with) {
      if (const auto match = match_cue(cue, tokens, t, m_pack.clitics)) {
        if (const auto next = item_starting_in(match->end, right_window)) {
          for (const auto e : resolve(list_right(*next), false, p)) {
            members.push_back(e);
          }
        }
      }
    }
  }
  Entities objects;
  for (const auto e : members) {
    objects.push_back(e);
    const auto& record = m_entities[e];
    if (record.entity.type == EntityType::person && record.role_of
        && m_entities[*record.role_of].entity.type == EntityType::country) {
      objects.push_back(*record.role_of);
    }
  }
  Entities allowed_objects;
  for (const auto e : objects) {
    if (allowed(e, false, p)) {
      allowed_objects.push_back(e);
    }
  }
  emit_all(h, organizations, allowed_objects, hit.trigger->confidence);
}

// "NATO allies Turkey and Greece", "Turkey and Greece, both NATO members",
// "the NATO allies" (the last two countries): members of the organization
// that ends where the cue begins.
void SentenceRules::apply_members(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  auto org = std::find_if(
    m_items.begin(), m_items.end(), [&](const Item& item) { return item.end == hit.match.begin; });
  if (org == m_items.end()) {
    // "بين حلفاء حلف شمال الأطلسي": the organization after the cue; between
    // its allies means between the last two countries named.
    org = std::find_if(m_items.begin(), m_items.end(), [&](const Item& item) {
      return item.begin == hit.match.end;
    });
    const bool between =
      hit.match.begin > m_sentence.begin
      && token_in(token(hit.match.begin - 1), m_pack.words.between, m_pack.clitics);
    if (hit.negated || org == m_items.end() || org->kind != ItemKind::entity || org->demonym
        || !between || m_discourse.countries.size() < 2) {
      return;
    }
    const auto& countries = m_discourse.countries;
    const auto objects = resolve({static_cast<std::size_t>(org - m_items.begin())}, false, p);
    emit_all(h, Entities(countries.end() - 2, countries.end()), objects, hit.trigger->confidence);
    return;
  }
  if (hit.negated || org->kind != ItemKind::entity || org->demonym) {
    return;
  }
  const auto k = static_cast<std::size_t>(org - m_items.begin());
  const auto objects = resolve({k}, false, p);
  if (objects.empty()) {
    return;
  }
  Entities members;
  if (k + 1 < m_items.size() && m_items[k + 1].begin == hit.match.end) {
    members = resolve(list_right(k + 1), true, p);
  } else {
    std::size_t t = org->begin;
    while (t > m_sentence.begin && t + 3 > org->begin
           && (is_soft_boundary(t - 1)
               || token_in(token(t - 1), m_pack.words.parties_cue, m_pack.clitics))) {
      --t;
    }
    // "Turkey, a NATO member,": an apposition's determiner after the comma.
    const bool apposed = org->begin >= m_sentence.begin + 2
                         && token_in(token(org->begin - 1), m_pack.words.determiner, m_pack.clitics)
                         && is_soft_boundary(org->begin - 2);
    if (t < org->begin && k > 0 && m_items[k - 1].end == t) {
      members = resolve(list_left(k - 1), true, p);
    } else if (apposed) {
      if (k > 0 && m_items[k - 1].end == org->begin - 2) {
        members = resolve(list_left(k - 1), true, p);
      }
    } else if (org->begin > m_sentence.begin
               && token_in(token(org->begin - 1), m_pack.words.determiner, m_pack.clitics)
               && m_discourse.countries.size() >= 2) {
      // "the NATO allies": the last two countries named.
      const auto& countries = m_discourse.countries;
      members.assign(countries.end() - 2, countries.end());
    }
  }
  emit_all(h, members, objects, hit.trigger->confidence);
}

// The one organization the gazetteer knows, named so far in the document,
// one of whose names the definite word at token t begins without its
// article ("المجلس" after "مجلس التعاون لدول الخليج العربية"), if any: the
// first of its forms that carries the article.
std::optional<std::size_t> SentenceRules::organization_begun_by(std::size_t t) const
{
  thread_local std::vector<std::string_view> scratch;
  for (const auto form : m_pack.clitics.forms_of(token(t), scratch)) {
    if (const auto word = m_pack.clitics.without_article(form); word != form) {
      return m_entities.sole_known_begun_by(EntityType::organization, word, m_pack.clitics);
    }
  }
  return std::nullopt;
}

// "قادة الدول الأعضاء في الجامعة العربية، ومن بينهم الرئيس المصري ..."،
// "الدول الست الأعضاء في مجلس التعاون، إلى جانب السعودية والإمارات": the
// organization the gazetteer knows right after the cue; its members the list
// after the first words.tsv member-intro, list-intro or along-with within
// member_list_window tokens past it. A person titled by a country (role_of)
// stands for that country.
void SentenceRules::apply_member_list(std::size_t h, const PredicateInfo& p)
{
  constexpr std::size_t member_list_window = 6;
  const auto& hit = m_hits[h];
  const auto k = item_starting_in(hit.match.end, 0);
  if (hit.negated || hit.match.end >= m_sentence.end
      || (k && (m_items[*k].kind != ItemKind::entity || m_items[*k].demonym))) {
    return;
  }
  // (An organization the gazetteer knows: a bare head "المجلس" may refer
  // back to another council than the one whose members are meant; it is
  // the one organization named so far whose name it begins, if any.)
  auto organizations = k ? resolve({*k}, false, p) : Entities{};
  std::erase_if(organizations, [&](std::size_t e) { return !m_entities[e].known; });
  if (organizations.empty() && m_pack.clitics.definite(token(hit.match.end))) {
    if (const auto named = organization_begun_by(hit.match.end)) {
      organizations.push_back(*named);
    }
  }
  if (organizations.empty()) {
    return;
  }
  const auto org_end = k ? m_items[*k].end : hit.match.end + 1;
  const auto tokens = m_sentence.tokens.first(m_sentence.end);
  std::optional<std::size_t> list_from;
  for (std::size_t t = org_end; !list_from && t < m_sentence.end
                                && t <= org_end + member_list_window && !is_hard_boundary(t);
       ++t) {
    if (token_in(token(t), m_pack.words.member_intro, m_pack.clitics)
        || token_in(token(t), m_pack.words.list_intro, m_pack.clitics)) {
      list_from = t + 1;
    }
    for (const auto& cue : m_pack.words.along_with) {
      if (const auto match = list_from ? std::nullopt : match_cue(cue, tokens, t, m_pack.clitics)) {
        list_from = match->end;
      }
    }
  }
  const auto first = list_from ? item_starting_in(*list_from, right_window) : std::nullopt;
  if (!first) {
    why(h, "no list of members after the organization");
    return;
  }
  Entities members;
  for (const auto e : resolve(list_right(*first), true, p)) {
    const auto& record = m_entities[e];
    const auto member = record.entity.type == EntityType::person && record.role_of
                            && m_entities[*record.role_of].entity.type == EntityType::country
                          ? *record.role_of
                          : e;
    if (allowed(member, true, p)
        && std::find(members.begin(), members.end(), member) == members.end()) {
      members.push_back(member);
    }
  }
  emit_all(h, members, organizations, hit.trigger->confidence);
}

} // namespace newskg::extract::rules
