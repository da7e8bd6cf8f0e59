#include "extract/sentence_rules.hpp"
#include "extract/token_shape.hpp"

#include <algorithm>
#include <array>

namespace newskg::extract::rules {

void SentenceRules::apply_clause(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  const auto& frame = frame_of(h);
  const bool continues = frame.subject.topic;
  double confidence = hit.trigger->confidence;
  std::size_t search = hit.match.end;
  Entities subjects;
  std::optional<std::vector<std::size_t>> objects;
  // Whom an object pronoun on the verb may stand for: the topic before this
  // clause names its own subject (see below).
  Entities before_clause;
  if (frame.object.after && cue_has_pronoun(h)) {
    before_clause = m_discourse.topic;
  }
  if (frame.subject.issuer) {
    // "نحث قادة ليبيا": outside quotation marks a first-person verb speaks
    // for who issues the document; a ministry speaks for its government.
    // Inside them it speaks for the quotation's speaker: "وقال كافاداركوف
    // "ندعم الناتو"".
    const bool in_quotation = quoted(hit.match.begin);
    for (const auto e : in_quotation ? named_speaker_at(hit.match.begin) : m_discourse.author) {
      const auto& record = m_entities[e];
      const auto country = record.known ? m_gazetteer.seat_country(*record.known) : std::nullopt;
      const auto actor = country ? m_entities.known(*country) : e;
      if (allowed(actor, true, p)) {
        subjects.push_back(actor);
      }
    }
    if (subjects.empty()) {
      why(h,
          in_quotation ? "a first-person verb inside quotation marks, but no speaker of them"
                       : "a first-person verb, but no issuer of the document was found");
      return;
    }
  } else if (frame.subject.gap || frame.object.gap) {
    gap_arguments(h, p, subjects, objects);
  }
  // "انتقد ماكرون روسيا، واتهمها بتقويض الأمن": a joined verb whose pronoun
  // is its object shares the subject of the clause before and refers back to
  // that clause's one object. (Else its subject may follow it: "ودعته موسكو".)
  if (const auto referent =
        frame.subject.joined && subjects.empty() && !objects && cue_has_pronoun(h) && joined_verb(h)
          ? joined_pronoun_object(h)
          : std::nullopt;
      referent && allowed(*referent, false, p)) {
    Entities shared;
    for (const auto e : m_clause_subjects) {
      if (allowed(e, true, p) && e != *referent) {
        shared.push_back(e);
      }
    }
    if (!shared.empty()) {
      if (hit.negated) {
        why(h, not_a_fact);
      } else {
        emit_all(h, shared, {*referent}, confidence * inherited_factor);
      }
      return;
    }
  }
  if (frame.subject.joined && subjects.empty() && !objects
      && joined_arguments(h, p, subjects, objects, search)) {
    confidence *= inherited_factor;
  }
  if (subjects.empty() && frame.subject.opening) {
    subjects = opening_subject(h, p);
    if (!subjects.empty()) {
      confidence *= inherited_factor;
    }
  }
  if (subjects.empty() && (frame.subject.before || frame.subject.fronted || frame.subject.after)
      && !pronoun_subject_before(hit.match.begin)) {
    subjects = subject_left_or_right(h, p, search, frame.window, frame.subject);
    // "وحذرت الحكومة الحوثيين من مهاجمة السعودية": a noun that names no one
    // right after the verb is its subject (or, the subject dropped, its
    // object): the name after it is no subject, nor is one inherited.
    if (subjects.empty() && frame.subject.after
        && unnamed_noun_at(past_adverbials(hit.match.end), true)) {
      why(h, "the noun right after it, its subject or object, names no one");
      return;
    }
  }
  if (subjects.empty() && frame.subject.act_noun) {
    subjects = act_noun_agent(h, p);
  }
  if (subjects.empty() && frame.subject.pronoun) {
    subjects = quoted_speaker(hit.match.begin, p);
  }
  // "المتحدث باسم الوزارة قال" / "قال المتحدث باسم الوزارة", and "إن نظيره
  // الأمريكي سيزور": someone unnamed stands in the subject's place.
  const bool unnamed = std::any_of(m_items.begin(), m_items.end(), [&](const Item& item) {
    if (item.kind != ItemKind::unnamed) {
      return false;
    }
    if (item.begin >= hit.match.end) {
      return item.begin <= hit.match.end + right_window;
    }
    return subjects.empty() && item.end <= hit.match.begin && item.end + 2 >= hit.match.begin;
  });
  if (subjects.empty() && unnamed) {
    why(h, "the actor is a person the text does not name");
    return;
  }
  // "We call on X and in particular urge Y": a verb after a coordinator
  // shares the subject of the clause before it.
  if (frame.subject.coordinated && subjects.empty() && coordinated_verb(hit.match.begin)) {
    subjects = allowed_clause_subjects(p);
    confidence *= inherited_factor;
  } else if (!subjects.empty() && !continues && !after_relative(hit.match.begin)) {
    m_clause_subjects = subjects; // (not a relative clause's: "إيران التي تدعم")
    m_clause_reports = frame.report != ReportKind::none;
  }
  const bool inherited = subjects.empty();
  // A dropped subject is the speaker of the report the cue stands in (or the
  // topic, for a reporting cue), the topic for a continuing participle, or
  // the person a pronoun names; elsewhere it stays unknown.
  // "The ministry said in a statement that it condemned Israel": "it" in a
  // report is its speaker when that is no person.
  // "The ministry said ... . It also said": so is "it" opening a sentence
  // before a verb of saying, for the topic when that is no person.
  const bool thing = frame.subject.pronoun
                     && ((in_report(hit.match.begin) && report_subject_pronoun(hit.match.begin))
                         || (frame.report != ReportKind::none && !in_report(hit.match.begin)
                             && opening_thing_pronoun(hit.match.begin)));
  const bool may_inherit =
    continues || (frame.subject.pronoun && pronoun_before(hit.match.begin)) || thing
    || (frame.subject.dropped && (in_report(hit.match.begin) || frame.report != ReportKind::none));
  if (inherited && !may_inherit) {
    why(h, "no subject: none named in its clause, and none to inherit here");
    return;
  }
  if (inherited && frame.subject.dropped && !continues && unnamed_subject_before(hit.match.begin)) {
    why(h, "its subject is a noun that names no one (\"إن قوات النظام هاجمت\")");
    return;
  }
  if (inherited) {
    // "وأعرب غوتيريش عن قلقه، داعيا ...": a participle continues the subject
    // of its own sentence; the topic of an earlier one does not carry over.
    // (No topic yet is no topic of this sentence either: "وأصدرت حماس بيانا
    // متهمة إسرائيل" opening the document.)
    const bool earlier_topic =
      continues && !in_report(hit.match.begin)
      && (m_discourse.topic.empty() || m_discourse.topic_sentence != m_sentence.index);
    for (const auto e :
         earlier_topic ? sentence_subject(hit.match.begin, p) : speaker_at(hit.match.begin)) {
      if (allowed(e, true, p)) {
        subjects.push_back(e);
      }
    }
    // Without a dropped subject, only a pronoun gets here: it refers to one
    // person, or "it" to the one speaker who is none.
    if (thing) {
      if (subjects.size() != 1 || m_entities[subjects.front()].entity.type == EntityType::person) {
        subjects.clear();
      }
    } else if (!frame.subject.dropped && !continues) {
      if (subjects.empty() && m_discourse.topic.empty()) {
        for (const auto e : m_discourse.persons) {
          if (allowed(e, true, p)) {
            subjects.push_back(e);
          }
        }
      }
      if (subjects.size() != 1 || m_entities[subjects.front()].entity.type != EntityType::person) {
        subjects.clear();
      }
    }
    confidence *= inherited_factor;
  } else if (!in_report(hit.match.begin) && frame.report != ReportKind::source
             && !frame.subject.relative_agent()) {
    // (An act's relative clause, "أي هجوم يشنه الحوثيون", is no topic.)
    m_discourse.topic = subjects;
    m_discourse.topic_sentence = m_sentence.index;
  }
  // "…، بحسب المرصد": a source's report is what stands before its cue; when
  // the cue opens its sentence ("وبحسب المرصد، …"), what follows the source.
  if (frame.report == ReportKind::source) {
    const bool opens = hit.match.begin == m_sentence.begin;
    // The source's phrase runs to its comma: "وبحسب المرصد السوري لحقوق الإنسان،".
    auto after = search;
    for (std::size_t t = search; opens && t < m_sentence.end && t < search + right_window; ++t) {
      if (is_soft_boundary(t)) {
        after = t + 1;
        break;
      }
    }
    m_reports.push_back(Report{.hit = h,
                               .begin = opens ? after : m_sentence.begin,
                               .end = opens ? m_sentence.end : hit.match.begin,
                               .speaker = subjects,
                               .emits = !hit.negated,
                               .named = !inherited});
    return;
  }
  // "Israel and Hamas have agreed to a ceasefire, Qatar said on Wednesday":
  // the clause before a postposed saying is what it states.
  if (const auto clause_end = frame.report != ReportKind::none && frame.finite && !inherited
                                ? postposed_report(h, search)
                                : std::nullopt) {
    m_reports.push_back(Report{.hit = h,
                               .begin = m_sentence.begin,
                               .end = *clause_end,
                               .speaker = subjects,
                               .emits = !hit.negated,
                               .named = true});
    return;
  }
  if (frame.report != ReportKind::none) {
    // "وأعلن حزب الله المدعوم من إيران مسؤوليته": a definite participle
    // right after the subject (a cue of a frame of family around, with the
    // article: not the report's own "تعرض قواتها لقصف") describes the
    // subject; the report opens past its argument.
    auto begin = search;
    for (std::size_t other = 0; other < m_hits.size(); ++other) {
      if (other != h && m_hits[other].match.begin == begin
          && frame_of(other).family == FrameFamily::around
          && m_pack.clitics.definite(token(begin))) {
        const auto k = item_starting_in(m_hits[other].match.end, 0);
        begin = k ? std::max(begin, m_items[*k].end) : m_hits[other].match.end;
      }
    }
    m_reports.push_back(Report{.hit = h,
                               .begin = begin,
                               .end = contrast_clause_after(begin),
                               .speaker = subjects,
                               .emits = frame.report == ReportKind::event && !hit.negated,
                               .speech = frame.report == ReportKind::speaker && !hit.negated,
                               .named = !inherited});
    return;
  }
  if (hit.negated) {
    why(h, not_a_fact);
    return;
  }
  if (subjects.empty()) {
    why(h, "no subject of the types the predicate takes");
    return;
  }
  // "انتقدت إيران، المدعومة من روسيا، إسرائيل": an apposition after the
  // subject, set off by commas, stands before the object.
  if (search > hit.match.end) {
    search = past_apposition(search);
  }
  // A direct object first ("حذر أرمينيا من"), else the object of `prep`
  // ("حذر المجلس ممن أسماه ... من خلايا جماعة الحوثي").
  // "أشاد الاتحاد بالاتفاق بين الحكومة وقوات الدعم": the object's preposition
  // comes first and introduces no name, so no later name is the object.
  const bool by_prep = frame.object.behind_prep && !hit.trigger->prep.empty();
  // "واتهمت إيران بدعم الحوثيين": a charge right after the one name is no
  // place of the object; the name is the accused (and the subject
  // inherited), the charge's genitive no party to the verb.
  const bool prep_first =
    (by_prep && search < m_sentence.end && starts_prep_phrase(search, hit.trigger->preps))
    || starts_charge(h, search);
  // "شنت إسرائيل غارات على غزة": a cue that ends in its preposition has its
  // object right after it.
  const bool ends_in_prep =
    frame.object.behind_prep && search > hit.match.begin && search < m_sentence.end
    && token_in(token(search - 1), m_pack.words.preposition, m_pack.clitics);
  auto after_prep = m_items.size(); // the item right after that preposition, if any
  if (const auto k = ends_in_prep ? item_starting_in(search, 0) : std::nullopt;
      k && m_items[*k].begin == search) {
    after_prep = *k;
  }
  // "شكر الجهود التي يبذلها مركز الملك سلمان": a noun standing for its owner.
  const auto object_from = frame.object.after ? past_described_as(search) : search;
  if (!objects && !prep_first && frame.object.after && object_from < m_sentence.end) {
    objects = stand_in_owner(object_from);
  }
  // "وحذر لافروف الغرب من تسليح أوكرانيا": a noun that names no one in the
  // object's place is the object; no name after it, nor behind the
  // preposition, is. (Also past a comma that closes a subject after the
  // verb: "وحذر الوزير سيرغي لافروف، الغرب من".)
  auto object_slot = past_adverbials(object_from);
  if (search > hit.match.end && object_slot < m_sentence.end && is_soft_boundary(object_slot)) {
    object_slot = past_adverbials(object_slot + 1);
  }
  if (!objects && !prep_first && after_prep == m_items.size() && frame.object.after) {
    objects = counted_members(object_slot);
  }
  const bool unnamed_object = !objects && !prep_first && after_prep == m_items.size()
                              && frame.object.after && unnamed_noun_at(object_slot);
  if (objects || unnamed_object) {
    // read in the cue's gap, or the owner; or a noun that names no one
  } else if (after_prep < m_items.size()) {
    objects = list_right(after_prep);
  } else if (const auto k =
               prep_first || !frame.object.after ? std::nullopt : direct_object(object_from)) {
    // "أدانت مصر استهداف السعودية من قبل الحوثيين": behind an agent marker
    // after the patient, the act's agent is the object.
    const auto agent_at =
      patient_genitive(*k) ? agent_marker_end(m_items[list_right(*k).back()].end) : std::nullopt;
    const auto agent = agent_at ? item_starting_in(*agent_at, 0) : std::nullopt;
    if (patient_genitive(*k) && !agent) {
      why(h,
          "the object is the genitive of a noun of words.tsv patient-noun: the one the act befell");
      return;
    }
    // "struck Iranian targets in Syria": a demonym on a target noun is no
    // object; the targets' place is.
    const auto end = m_items[*k].end;
    if (agent) {
      objects = list_right(*agent);
    } else if (m_items[*k].demonym && end < m_sentence.end
               && token_in(token(end), m_pack.words.target_noun, m_pack.clitics)) {
      objects = target_place(end, hit.trigger->predicate);
      if (!objects) {
        why(h, "a demonym on a target noun, and no place of the targets");
        return;
      }
    } else {
      objects = list_right(*k);
    }
  } else if (by_prep) {
    objects = prep_object(search, hit.trigger->preps);
    if (!objects) {
      objects = target_behind_prep(search, hit.trigger->preps, hit.trigger->predicate);
    }
  }
  if (!objects && !prep_first && frame.object.after) {
    objects = target_place(search, hit.trigger->predicate);
  }
  // "هددت إسرائيل بضرب المنشآت النووية الإيرانية", "هدد ترامب بفرض عقوبات
  // على تركيا": a cue of words.tsv threat-cue whose content follows as a
  // verbal noun with a proclitic of words.tsv content-proclitic warns the
  // object of that act: the name right after the noun, or behind one of
  // words.tsv hostile-preposition.
  // The preposition governs its target: a capital there acts for its country
  // ("لوحت واشنطن بفرض عقوبات على موسكو").
  bool hostile_target = false;
  if (!objects && m_pack.words.threat_cue.contains(hit.trigger->cue.words.front().text)) {
    const auto content = past_adverbials(search); // past "مرارا", "اليوم"
    const bool verbal_noun =
      content + 1 < m_sentence.end && carries_proclitic(content, m_pack.words.content_proclitic);
    if (const auto k = verbal_noun ? direct_object(content + 1) : std::nullopt) {
      objects = list_right(*k);
    } else if (verbal_noun) {
      objects = prep_object(content + 1, m_pack.words.hostile_preposition.words());
      hostile_target = objects.has_value();
    }
  }
  // "وزار الرئيس الأميركي دونالد ترامب، المملكة العربية السعودية": a subject
  // after the verb, set off by a comma, then the object.
  if (!objects && frame.object.after && search > hit.match.end) {
    objects = object_past_comma(search);
  }
  // "غارات على بلدات في جنوب لبنان، بينها الخيام وكفركلا", "عدة مدن أوكرانية،
  // منها خاركيف": the named members the object's noun introduces stand for
  // it, and for a demonym that qualified it.
  if (frame.object.after || ends_in_prep) {
    const bool demonyms_only =
      objects && std::all_of(objects->begin(), objects->end(), [&](std::size_t k) {
        return m_items[k].demonym;
      });
    if (!objects || demonyms_only) {
      if (auto members = introduced_members(search)) {
        objects = std::move(members);
      }
    }
  }
  if (objects) {
    // "called on Moscow to": a preposition ending the cue is the cue's own.
    // Only near the cue, past one adjective at most: "انتقادات حادة خلال
    // زيارته لموسكو" is where he went.
    std::span<const std::string> preps = hit.trigger->preps;
    std::array<std::string, 1> last;
    if (ends_in_prep) {
      last[0] = std::string(token(search - 1).text);
      preps = last;
    }
    if (m_items[objects->front()].begin > search + 1) {
      preps = {};
    }
    if (hostile_target) {
      preps = m_pack.words.hostile_preposition.words();
    }
    const auto resolved = resolve(*objects, false, p, preps);
    emit_all(h, subjects, resolved, confidence);
    if (!subjects.empty()) {
      m_clause_objects = resolved;
      m_clause_objects_hit = h;
    }
  } else if (const auto referent = pronoun_object(h, before_clause, subjects, inherited)) {
    // "وصل بلينكن إلى القاهرة. واستقبله الرئيس السيسي": an object pronoun on
    // the verb, and no object named: the one person spoken of before.
    emit_all(h, subjects, {*referent}, confidence * inherited_factor);
  } else if (const auto plural = frame.object.after ? plural_pronoun_objects(h) : Entities{};
             !plural.empty()) {
    emit_all(h, subjects, plural, confidence * inherited_factor);
  } else if (const auto person = frame.object.after && !inherited
                                   ? pronoun_word_object(hit.match.end, subjects)
                                   : std::nullopt) {
    emit_all(h, subjects, {*person}, confidence * inherited_factor);
  } else if (const auto act =
               unnamed_object
                   || (frame.object.after && object_slot < m_sentence.end
                       && token_in(
                         token(object_slot), m_pack.words.definite_article, m_pack.clitics))
                 ? act_referred_back(object_slot, p)
                 : std::nullopt) {
    emit_all(h, subjects, {*act}, confidence * inherited_factor);
  } else {
    why(h, "no object after it (nor behind its preposition)");
  }
}

// "..., Qatar said on Wednesday", "..., said KCNA": a finite verb of saying
// after a comma, its subject between them or right after it (up to
// `search`), with no other cue nor complementizer after it in its sentence,
// is postposed: it reports the clause before the comma. Gives where that
// clause ends (the comma).
std::optional<std::size_t> SentenceRules::postposed_report(std::size_t h, std::size_t search) const
{
  const auto& hit = m_hits[h];
  auto first = hit.match.begin;
  if (first > m_sentence.begin) {
    if (const auto item = item_covering(first - 1); item != m_items.end()) {
      first = item->begin;
    }
  }
  if (first < m_sentence.begin + 2
      || !token_in(token(first - 1), m_pack.words.list_separator, m_pack.clitics)) {
    return std::nullopt;
  }
  for (auto t = std::max(search, hit.match.end); t < m_sentence.end; ++t) {
    if (token_in(token(t), m_pack.words.complementizer, m_pack.clitics)) {
      return std::nullopt;
    }
  }
  for (std::size_t other = h + 1; other < m_hits.size(); ++other) {
    if (m_hits[other].match.begin >= hit.match.end) {
      return std::nullopt;
    }
  }
  return first - 1;
}

// "وأدان الرئيس الأوكراني زيلينسكي الهجوم" after "شنت روسيا هجوما على
// خاركيف": the definite noun of an act at token t, a cue that read nothing
// in this sentence, refers back to the acts of its predicate the document
// read before, when all of them befell one object: the latest is the Event
// the cue's predicate takes (where the ontology lets it take Events).
std::optional<std::size_t> SentenceRules::act_referred_back(std::size_t t,
                                                            const PredicateInfo& p) const
{
  if (!p.allows_object(EntityType::event) || t >= m_sentence.end) {
    return std::nullopt;
  }
  // "condemned the strikes": the article a word of its own.
  if (token_in(token(t), m_pack.words.definite_article, m_pack.clitics)) {
    ++t;
  } else if (!m_pack.clitics.definite(token(t))) {
    return std::nullopt;
  }
  const auto noun = std::find_if(m_hits.begin(), m_hits.end(), [&](const Hit& hit) {
    return hit.match.begin == t && hit.match.end == t + 1 && !frame_of(*hit.trigger).finite;
  });
  // Not one naming its own object ("the strikes on Lahore").
  if (noun == m_hits.end()
      || (noun->match.end < m_sentence.end && is_preposition(noun->match.end, noun->trigger->preps))
      || std::any_of(m_emitted.begin(), m_emitted.end(), [&](const Emitted& e) {
           return e.hit == static_cast<std::size_t>(noun - m_hits.begin());
         })) {
    return std::nullopt;
  }
  const auto* act = m_ontology.find(noun->trigger->predicate);
  const Discourse::Act* latest = nullptr;
  for (const auto& earlier : m_discourse.acts) {
    if (earlier.predicate != act->name) {
      continue;
    }
    if (latest != nullptr && earlier.object != latest->object) {
      return std::nullopt;
    }
    latest = &earlier;
  }
  if (latest == nullptr) {
    return std::nullopt;
  }
  return m_entities.event(latest->subject, act->name, act->label_en, latest->object);
}

// From token `from` to the clause's first comma: after it, one word at most
// and a word of words.tsv member-intro, the list of names it introduces.
std::optional<std::vector<std::size_t>> SentenceRules::introduced_members(std::size_t from) const
{
  for (std::size_t t = from; t + 2 < m_sentence.end && t <= from + relative_window; ++t) {
    if (is_hard_boundary(t)) {
      return std::nullopt;
    }
    if (!is_soft_boundary(t)) {
      continue;
    }
    for (auto k = t + 1; k <= t + 2 && k + 1 < m_sentence.end; ++k) {
      if (token_in(token(k), m_pack.words.member_intro, m_pack.clitics)) {
        if (const auto first = item_starting_in(k + 1, 0);
            first && m_items[*first].begin == k + 1) {
          return list_right(*first);
        }
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// A words.tsv thing-pronoun within two tokens before token `at` that opens
// its report: right after a complementizer or a reporting cue ("said that it
// condemned", "said it had attacked"; not "because it criticized").
// "وقالت حماس إنها قصفت إسرائيل": right before the cue, a complementizer
// that carries its clause's subject as a pronoun (words.tsv
// pronoun-complementizer); the name after the verb is its object, and the
// subject is the pronoun's (in a report, the speaker).
bool SentenceRules::pronoun_subject_before(std::size_t at) const
{
  return at > m_sentence.begin
         && token_in(token(at - 1), m_pack.words.pronoun_complementizer, m_pack.clitics);
}

// A words.tsv thing-pronoun opens the sentence within two tokens before `at`
// ("It said", "It also said").
bool SentenceRules::opening_thing_pronoun(std::size_t at) const
{
  return at > m_sentence.begin && at <= m_sentence.begin + 2
         && token_in(token(m_sentence.begin), m_pack.words.thing_pronoun, m_pack.clitics);
}

bool SentenceRules::report_subject_pronoun(std::size_t at) const
{
  for (std::size_t back = 1; back <= 2 && at >= m_sentence.begin + back + 1; ++back) {
    const auto t = at - back;
    if (!token_in(token(t), m_pack.words.thing_pronoun, m_pack.clitics)) {
      continue;
    }
    return token_in(token(t - 1), m_pack.words.complementizer, m_pack.clitics)
           || std::any_of(m_hits.begin(), m_hits.end(), [&](const Hit& other) {
                return other.match.end == t && frame_of(*other.trigger).report != ReportKind::none;
              });
  }
  return false;
}

// "قال هادي إن ...، واتهم طهران بعرقلة السلام": a verb joined by its
// proclitic conjunction to a clause of this sentence that named its
// subject, with one name after it and no second, takes that name as its
// object and shares the subject; "وصل وانغ يي إلى دمشق، والتقى الرئيس بشار
// الأسد" for a symmetric act.
// So does one whose first name after it stands behind the cue's own
// preposition ("ووصل المعمري إلى عدن، ووجه انتقادات للحوثيين"): a name
// there is never the verb's subject.
// Sets subjects, objects and search past the object, and says whether it did.
bool SentenceRules::joined_arguments(std::size_t h,
                                     const PredicateInfo& p,
                                     Entities& subjects,
                                     std::optional<std::vector<std::size_t>>& objects,
                                     std::size_t& search) const
{
  const auto& hit = m_hits[h];
  // "واتهمه بدعم إيران": a pronoun on the verb is its object; a name after
  // it is not (apply_clause refers it back).
  if (!joined_verb(h) || cue_has_pronoun(h)) {
    return false;
  }
  // The clause's subjects the verb shares, with its object list: true.
  const auto share = [&](std::vector<std::size_t> list) {
    auto shared = allowed_clause_subjects(p);
    if (shared.empty()) {
      return false;
    }
    subjects = std::move(shared);
    search = m_items[list.back()].end;
    objects = std::move(list);
    return true;
  };
  // "وأشاد بجهود السوداني وبدور الولايات المتحدة": a noun standing for its
  // owners right after the cue is its object; the names are no subject.
  if (auto owners = stand_in_owner(hit.match.end)) {
    return share(std::move(*owners));
  }
  std::optional<std::vector<std::size_t>> list;
  if (const auto k = item_starting_in(hit.match.end, right_window)) {
    if (!prepositional(*k) && !m_items[*k].governed) {
      list = list_right(*k);
    } else if (frame_of(h).object.behind_prep && !hit.trigger->preps.empty()) {
      // Right after the cue, or past one adjective of a cue's noun
      // ("انتقادات لاذعة"): a word there may be the verb's own subject
      // ("وندد ناشطون بالحوثيين").
      const bool near =
        m_items[*k].begin == hit.match.end
        || (m_items[*k].begin == hit.match.end + 1 && hit.trigger->cue.words.size() > 1);
      list = near ? prep_object(hit.match.end, hit.trigger->preps) : std::nullopt;
      if (list && list->front() != *k) {
        list.reset();
      }
    }
  }
  // A second name after it, direct or behind the cue's preposition, or a
  // noun it modifies, makes the first its subject: "وحذر الرئيس السيسي من
  // التدخل التركي", "حيث التقى رئيس المخابرات عباس كامل قادة الحركة"; a
  // demonym is no object ("والتقى الرئيس الأسد الوفد الصيني").
  // A charge right after the name ends the clause's names: "وأدانت السعودية
  // الهجوم، واتهمت إيران بدعم الحوثيين" (the Houthis are the charge's).
  // (A title in apposition after the name is the same person: "حيث التقى
  // الشيخ محمد بن راشد نائب رئيس الدولة" names no second party.)
  const auto end = list ? past_same_entity(list->back()) : 0;
  if (!list || m_items[list->front()].demonym
      || (!starts_charge(h, end)
          && (noun_after(end) || direct_object(end)
              || (!hit.trigger->preps.empty()
                  && prep_object(end, hit.trigger->preps).has_value())))) {
    return false;
  }
  return share(std::move(*list));
}

// The one person the object pronoun on the verb of hit h stands for: the
// topic before the clause, when the pronoun is words.tsv object-pronoun (he:
// "ه", not "ها", "هم"), the topic is one person, not the verb's own named
// subject, and the only person named since the sentence before ("استقبل
// السيسي بلينكن. وأطلعه شكري" may mean either).
std::optional<std::size_t> SentenceRules::pronoun_object(std::size_t h,
                                                         const Entities& topic,
                                                         const Entities& subjects,
                                                         bool inherited) const
{
  if (inherited || topic.size() != 1 || m_entities[topic.front()].entity.type != EntityType::person
      || std::find(subjects.begin(), subjects.end(), topic.front()) != subjects.end()) {
    return std::nullopt;
  }
  const auto text = without_conjunction(token(m_hits[h].match.begin).text);
  const auto& verb = m_hits[h].trigger->cue.words.front().text;
  const auto& pronouns = m_pack.words.object_pronoun.words();
  if (!text.starts_with(verb)
      || std::find(pronouns.begin(), pronouns.end(), text.substr(verb.size())) == pronouns.end()) {
    return std::nullopt;
  }
  // The persons named before the cue: in this sentence, else in the
  // sentence before.
  Entities named;
  for (const auto& item : m_items) {
    if (item.end <= m_hits[h].match.begin && item.kind == ItemKind::entity
        && m_entities[item.entity].entity.type == EntityType::person
        && std::find(named.begin(), named.end(), item.entity) == named.end()) {
      named.push_back(item.entity);
    }
  }
  if (named.empty()) {
    named = m_discourse.persons;
  }
  if (named.size() != 1 || named.front() != topic.front()) {
    return std::nullopt;
  }
  return topic.front();
}

// "Rubio spoke with Doval and Malik, urging them to": a plural pronoun
// (words.tsv plural-pronoun) right after the cue stands for the objects of
// the clause right before it in its sentence, when they are two or more.
Entities SentenceRules::plural_pronoun_objects(std::size_t h) const
{
  const auto at = m_hits[h].match.end;
  if (at >= m_sentence.end || !token_in(token(at), m_pack.words.plural_pronoun, m_pack.clitics)
      || m_clause_objects.size() < 2 || m_clause_objects_hit + 1 != h) {
    return {};
  }
  return m_clause_objects;
}

// "Flake spoke on Monday. Trump criticized him": an object pronoun of its own
// (words.tsv object-pronoun as a word) at token `at`, right after the verb,
// stands for the one person other than the subjects named before it in its
// sentence, else in the sentence before. "her" followed by a word that is no
// stop word or preposition is a possessive ("criticized her plan"): none.
std::optional<std::size_t> SentenceRules::pronoun_word_object(std::size_t at,
                                                              const Entities& subjects) const
{
  if (at >= m_sentence.end || !token_in(token(at), m_pack.words.object_pronoun, m_pack.clitics)) {
    return std::nullopt;
  }
  if (at + 1 < m_sentence.end && token(at + 1).kind == TokenKind::word
      && !token_in(token(at + 1), m_pack.words.stop, m_pack.clitics)
      && !token_in(token(at + 1), m_pack.words.preposition, m_pack.clitics)) {
    return std::nullopt;
  }
  const auto others = [&](std::span<const std::size_t> people) {
    Entities out;
    for (const auto e : people) {
      if (m_entities[e].entity.type == EntityType::person
          && std::find(subjects.begin(), subjects.end(), e) == subjects.end()
          && std::find(out.begin(), out.end(), e) == out.end()) {
        out.push_back(e);
      }
    }
    return out;
  };
  Entities before;
  for (const auto& item : m_items) {
    if (item.end <= at && item.kind == ItemKind::entity) {
      before.push_back(item.entity);
    }
  }
  auto named = others(before);
  if (named.empty()) {
    named = others(m_discourse.persons);
  }
  return named.size() == 1 ? std::optional(named.front()) : std::nullopt;
}

// "قال المرصد إن قوات النظام هاجمت": words that name no one between a
// complementizer and the verb at token `at` are its subject, so the verb
// inherits none. Not "إنه هاجم" (no word between).
bool SentenceRules::unnamed_subject_before(std::size_t at) const
{
  if (indefinite_phrase_before(at)) {
    return true;
  }
  // ("إن 56 عنصرا من وحدة الطوارئ العسكرية الإسبانية وصلوا": a count and a
  // country's adjective may stand in the phrase, no name.)
  constexpr std::size_t reach = 8; // tokens a complementizer may stand before the verb
  for (std::size_t t = at; t-- > m_sentence.begin && t + reach >= at;) {
    const auto item = item_covering(t);
    if ((item != m_items.end() && item->demonym)
        || (token(t).kind == TokenKind::number && t + 1 < at)) {
      continue;
    }
    if (item != m_items.end() || token(t).kind != TokenKind::word) {
      return false;
    }
    if (token_in(token(t), m_pack.words.complementizer, m_pack.clitics)) {
      return t + 1 < at;
    }
    // "أن طائراتها قصفت": a noun with a pronoun of words.tsv owner-pronoun
    // is someone named's own; "القوات الحكومية" ends in ta marbuta, no ه.
    const auto text = token(t).text;
    if (ends_in_ta_marbuta(token(t))) {
      continue;
    }
    const auto& pronouns = m_pack.words.owner_pronoun.words();
    if (std::any_of(pronouns.begin(), pronouns.end(), [&](const std::string& pronoun) {
          return text.size() > pronoun.size() && text.ends_with(pronoun)
                 && m_pack.clitics.has_enclitic(text, text.substr(0, text.size() - pronoun.size()));
        })) {
      return false;
    }
  }
  return false;
}

// "قتلت قواته عناصر من حزب العمال في غارات جوية استهدفت منطقتي": right
// before the verb at token `verb`, a preposition (a word or a proclitic) and
// up to three words without the article or a pronoun after it, the first a
// noun of an act (a cue); a verb right after such an indefinite noun
// describes it, its subject, which names no one: the name before the
// preposition is none, nor is one inherited.
// ("روسيا من جهتها رفضت": a pronoun ends the phrase.)
bool SentenceRules::indefinite_phrase_before(std::size_t verb) const
{
  constexpr std::size_t max_words = 3; // the noun and its adjectives
  for (std::size_t from = verb; from-- > m_sentence.begin && from + max_words + 1 >= verb;) {
    if (indefinite_phrase_at(from, verb)) {
      return true;
    }
  }
  return false;
}

// Tokens [from, verb) are a preposition and indefinite words, the first a
// cue's noun (see above).
bool SentenceRules::indefinite_phrase_at(std::size_t from, std::size_t verb) const
{
  const auto t0 = token_in(token(from), m_pack.words.preposition, m_pack.clitics) ? from + 1 : from;
  if (t0 >= verb || (t0 == from && !m_pack.clitics.governed(token(from)))) {
    return false;
  }
  // The noun is an act a cue names ("غارات", "هجوم"): "في حين دعا"،
  // "بينما استقبل" are no phrase of an act.
  if (std::none_of(m_hits.begin(), m_hits.end(), [&](const Hit& hit) {
        return hit.match.begin == t0 && hit.match.end <= verb;
      })) {
    return false;
  }
  for (auto t = t0; t < verb; ++t) {
    if (inside_item(t) || token(t).kind != TokenKind::word || m_pack.clitics.definite(token(t))
        || carries_pronoun(t) || token_in(token(t), m_pack.words.stop, m_pack.clitics)) {
      return false;
    }
  }
  return true;
}

// The first words.tsv contrast-opener right after a comma from token `from`
// on, outside quotation marks: its clause has a subject of its own and ends
// a report begun before it ("مؤكدا حرص مصر على ...، فيما أعرب الأمير عن
// تقدير الكويت"); else the sentence's end.
std::size_t SentenceRules::contrast_clause_after(std::size_t from) const
{
  for (auto t = std::max(from, m_sentence.begin + 1); t + 1 < m_sentence.end; ++t) {
    if (contrast_opening(t) && !quoted(t)) {
      return t;
    }
  }
  return m_sentence.end;
}

// Token t is a words.tsv contrast-opener right after a comma, or after a
// comma and a preposition ("، في حين دعا"). Where the opening begins: the
// comma's next token; nothing when t opens no contrast.
std::optional<std::size_t> SentenceRules::contrast_opening(std::size_t t) const
{
  if (t <= m_sentence.begin || !token_in(token(t), m_pack.words.contrast_opener, m_pack.clitics)) {
    return std::nullopt;
  }
  if (is_soft_boundary(t - 1)) {
    return t;
  }
  if (t >= m_sentence.begin + 2 && is_soft_boundary(t - 2)
      && token_in(token(t - 1), m_pack.words.preposition, m_pack.clitics)) {
    return t - 1;
  }
  return std::nullopt;
}

// The end of item k, or of the items right after it that name the same
// entity (a title in apposition: "محمد بن راشد نائب رئيس الدولة").
std::size_t SentenceRules::past_same_entity(std::size_t k) const
{
  auto end = m_items[k].end;
  if (m_items[k].kind != ItemKind::entity) {
    return end;
  }
  for (auto next = k + 1;
       next < m_items.size() && m_items[next].begin == end && m_items[next].kind == ItemKind::entity
       && m_items[next].entity == m_items[k].entity;
       ++next) {
    end = m_items[next].end;
  }
  return end;
}

// Token `at` is a plain word that may be a noun the name before it
// modifies: no punctuation, preposition (word or proclitic), coordinator,
// conjunction, possessive, stop word or time word ("met Kremlin aides",
// "والتقى الرئيس عباس كامل قادة الحركة"; not "met Netanyahu in Jerusalem").
bool SentenceRules::noun_after(std::size_t at) const
{
  if (at >= m_sentence.end || token(at).kind != TokenKind::word || inside_item(at)) {
    return false;
  }
  const auto& t = token(at);
  const auto& words = m_pack.words;
  return !token_in(t, words.preposition, m_pack.clitics)
         && !token_in(t, words.place_preposition, m_pack.clitics)
         && !token_in(t, words.coordinator, m_pack.clitics)
         && !token_in(t, words.stop, m_pack.clitics) && !token_in(t, words.time, m_pack.clitics)
         && !token_in(t, words.possessive, m_pack.clitics) && !m_pack.clitics.governed(t)
         && without_conjunction(t.text) == t.text;
}

// The item k is the genitive right after a noun of words.tsv patient-noun
// ("اغتيال إسماعيل هنية", "the arrest of"), with no object of the act behind the
// language's genitive preposition (ل) after it
// ("قتل إسرائيل للمدنيين" names the doer).
bool SentenceRules::patient_genitive(std::size_t k) const
{
  const auto begin = m_items[k].begin;
  if (begin <= m_sentence.begin || inside_item(begin - 1)) {
    return false;
  }
  // "the assassination of Ismail Haniyeh": past words.tsv patient-preposition.
  auto noun = begin - 1;
  if (noun > m_sentence.begin
      && token_in(token(noun), m_pack.words.patient_preposition, m_pack.clitics)) {
    --noun;
  }
  if (!token_in(token(noun), m_pack.words.patient_noun, m_pack.clitics)) {
    return false;
  }
  const auto end = m_items[list_right(k).back()].end;
  return end >= m_sentence.end || genitive_prep().empty()
         || !m_pack.clitics.starts_with_prep(token(end).text, genitive_prep())
         || token_in(token(end), m_pack.words.preposition, m_pack.clitics); // ("لدى")
}

// The cue of hit h carries the proclitic conjunction of words.tsv ("واتهم";
// not the future "س" of "سيزور"), or stands right after a joining-word
// ("حيث التقى") or before a resuming-word (resumed_verb: "، التقى خلالها"),
// after a clause of this sentence whose subject was named.
bool SentenceRules::joined_verb(std::size_t h) const
{
  // (A joining word after a report's speaker: "أعلنت الخارجية أن لافروف
  // سيصل إلى طهران، حيث يلتقي" joins the reported clause, not the report.)
  const auto at = m_hits[h].match.begin;
  if ((at > m_sentence.begin && token_in(token(at - 1), m_pack.words.joining_word, m_pack.clitics))
      || resumed_verb(at)) {
    return !m_clause_subjects.empty() && !m_clause_reports;
  }
  const auto& word = m_hits[h].trigger->cue.words.front().text;
  const auto text = token(at).text;
  const auto& conjunctions = m_pack.words.conjunction.words();
  return !m_clause_subjects.empty()
         && std::any_of(conjunctions.begin(), conjunctions.end(), [&](const auto& conj) {
              return text.size() > conj.size() && text.starts_with(conj)
                     && text.substr(conj.size()).starts_with(word);
            });
}

// The verb at token `verb` opens a clause after a comma, a words.tsv
// resuming-word right after it: "زيارة إلى مصر، أجرى خلالها مباحثات".
bool SentenceRules::resumed_verb(std::size_t verb) const
{
  return verb > m_sentence.begin && is_soft_boundary(verb - 1) && verb + 1 < m_sentence.end
         && token_in(token(verb + 1), m_pack.words.resuming_word, m_pack.clitics);
}

// The one object of the clause right before that the pronoun on the joined
// verb of hit h refers to: words.tsv object-pronoun (ه) to a person, one of
// thing-pronoun-ending (ها) to a country or an organization. Not the object
// of a clause further back ("انتقد بايدن بوتين، والتقى زيلينسكي، وناشده"),
// nor of a reported one ("قال ماكرون إن إيران هددت إسرائيل، وانتقدها").
std::optional<std::size_t> SentenceRules::joined_pronoun_object(std::size_t h) const
{
  if (m_clause_objects.size() != 1 || m_clause_objects_hit + 1 != h
      || in_report(m_hits[m_clause_objects_hit].match.begin)) {
    return std::nullopt;
  }
  const auto text = without_conjunction(token(m_hits[h].match.begin).text);
  const auto& verb = m_hits[h].trigger->cue.words.front().text;
  if (!text.starts_with(verb)) {
    return std::nullopt;
  }
  // "واتهمتها", "واتهموها": an ending of the verb's subject (words.tsv
  // subject-ending) may stand before the pronoun.
  auto pronoun = text.substr(verb.size());
  for (const auto& ending : m_pack.words.subject_ending.words()) {
    if (pronoun.size() > ending.size() && pronoun.starts_with(ending)) {
      pronoun.remove_prefix(ending.size());
      break;
    }
  }
  const auto type = m_entities[m_clause_objects.front()].entity.type;
  const bool person = m_pack.words.object_pronoun.contains(pronoun) && type == EntityType::person;
  const bool thing = m_pack.words.thing_pronoun_ending.contains(pronoun)
                     && (type == EntityType::country || type == EntityType::organization);
  return person || thing ? std::optional(m_clause_objects.front()) : std::nullopt;
}

// A coordinator within three tokens before token `at`, with no argument and
// no clause boundary between: "and urged", "and in particular urge".
bool SentenceRules::coordinated_verb(std::size_t at) const
{
  for (std::size_t t = at; t-- > m_sentence.begin && t + 3 >= at;) {
    if (inside_item(t) || is_hard_boundary(t)) {
      return false;
    }
    if (token_in(token(t), m_pack.words.coordinator, m_pack.clitics)) {
      return !m_clause_subjects.empty();
    }
  }
  return false;
}

// "قال الرئيس الأمريكي جو بايدن ... . ودعا إيران إلى": a verb in the masculine
// singular that opens its sentence does not agree with a country right after
// it whose name is feminine (none of words.tsv masculine-name): the country is
// its object, and its subject the one person the sentence right before named
// as its subject (frames.tsv subject place `opening`). Nor is a name of a type
// the predicate takes only as its object its subject ("كما زار مدينة الموصل":
// a place visits nothing). Only a particle of the verb (words.tsv
// verb-particle: كما، قد) may stand before it.
Entities SentenceRules::opening_subject(std::size_t h, const PredicateInfo& p) const
{
  const auto& hit = m_hits[h];
  const auto continued = continuing_topic(h);
  if (!continued) {
    return {};
  }
  const auto at = past_adverbials(hit.match.end); // "وزار لاحقا حلب"
  const auto k = item_starting_in(at, 0);
  if (!k || m_items[*k].begin != at || m_items[*k].kind != ItemKind::entity || m_items[*k].demonym
      || m_items[*k].governed) {
    return {};
  }
  const auto entity = m_items[*k].entity;
  const auto topic = *continued;
  if (!allowed(topic, true, p)) {
    return {};
  }
  if (!allowed(entity, true, p) && allowed(entity, false, p)) {
    return {topic}; // a place: the verb's form does not matter
  }
  // The masculine singular: the cue's word as written, with no ending of the
  // feminine or the plural ("اتهمت"، "اتهموا"), nor the feminine imperfect's
  // prefix ("تتهم").
  // (A cue may list a feminine form itself: "دعت"، "التقت".)
  const auto& word = hit.trigger->cue.words.front().text;
  if (without_conjunction(token(hit.match.begin).text) != word || word.ends_with("\u062A")
      || (hit.trigger->imperfect && word.starts_with("\u062A"))) {
    return {};
  }
  if (m_entities[entity].entity.type != EntityType::country
      || token_in(token(m_items[*k].begin), m_pack.words.masculine_name, m_pack.clitics)
      || m_entities[topic].entity.type != EntityType::person) {
    return {};
  }
  return {topic};
}

// The one subject the sentence right before named, when the cue of hit h
// opens its sentence (past words.tsv verb-particle: "كما زار"، "وقد التقى").
std::optional<std::size_t> SentenceRules::continuing_topic(std::size_t h) const
{
  auto opening = m_sentence.begin;
  while (opening < m_hits[h].match.begin
         && token_in(token(opening), m_pack.words.verb_particle, m_pack.clitics)) {
    ++opening;
  }
  if (m_hits[h].match.begin != opening || m_discourse.topic.size() != 1
      || m_discourse.topic_sentence + 1 != m_sentence.index) {
    return std::nullopt;
  }
  return m_discourse.topic.front();
}

Entities SentenceRules::act_noun_agent(std::size_t h, const PredicateInfo& p) const
{
  const auto& hit = m_hits[h];
  // The one item that ends right before the cue, an entity's.
  const auto item = std::find_if(m_items.begin(), m_items.end(), [&](const Item& it) {
    return it.end == hit.match.begin && it.kind == ItemKind::entity;
  });
  if (item == m_items.end()) {
    return {};
  }
  const auto k = static_cast<std::size_t>(item - m_items.begin());
  const bool act_before = std::any_of(m_hits.begin(), m_hits.end(), [&](const Hit& other) {
    return &other != &hit && other.trigger->predicate == hit.trigger->predicate
           && other.match.end == item->begin && !other.negated;
  });
  return act_before ? resolve({k}, true, p) : Entities{};
}

} // namespace newskg::extract::rules
