#include "extract/rule_engine.hpp"

#include "extract/letter_case.hpp"

#include <algorithm>
#include <array>
#include <span>

namespace newskg::extract {

namespace {

constexpr std::size_t right_window = 3;       // filler tokens before a VSO subject or object
constexpr std::size_t prep_window = 12;       // tokens to search for an object's preposition
constexpr double inherited_factor = 0.8;      // confidence kept when the subject is the topic
constexpr std::size_t denial_window = 8;      // tokens between a denial verb and its complementizer
constexpr std::size_t max_aside_words = 3;    // ", اليوم الأحد ،": words of a time aside

struct Hit
{
  const Trigger* trigger = nullptr;
  CueMatch match;
  bool negated = false;
};

// A reporting cue (frames.tsv report) and the stretch of the sentence it reports.
struct Report
{
  std::size_t hit = 0;
  std::size_t begin = 0; // complement tokens [begin, end)
  std::size_t end = 0;
  std::vector<std::size_t> speaker;
  bool emits = false; // say: relations inside become announced Events
};

struct Emitted
{
  std::size_t hit = 0;
  std::size_t subject = 0; // DocumentEntities indices
  std::size_t object = 0;
};

using Entities = std::vector<std::size_t>;

} // namespace

RuleEngine::RuleEngine(const LanguagePack& pack, const Ontology& ontology, const Gazetteer& gazetteer)
  : m_pack(pack)
  , m_ontology(ontology)
  , m_gazetteer(gazetteer)
{
}

namespace {

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
    : m_pack(pack)
    , m_ontology(ontology)
    , m_gazetteer(gazetteer)
    , m_sentence(sentence)
    , m_items(items)
    , m_entities(entities)
    , m_discourse(discourse)
    , m_relations(relations)
  {
  }

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
  void apply_members(std::size_t h, const PredicateInfo& p);
  [[nodiscard]] bool denied_clause(std::size_t at) const;
  [[nodiscard]] bool coordinated_verb(std::size_t at) const;
  void apply_genitive();
  void apply_apposed();
  void apply_in_place();
  [[nodiscard]] std::size_t beyond_direction(const Item& item) const;
  [[nodiscard]] bool pronoun_before(std::size_t token) const;
  [[nodiscard]] Entities pronoun_person(const PredicateInfo& p) const;
  void emit_events();
  [[nodiscard]] bool in_report(std::size_t token) const;
  [[nodiscard]] bool joined_verb(std::size_t h) const;
  [[nodiscard]] Entities possessor_before(std::size_t noun, const PredicateInfo& p) const;
  [[nodiscard]] bool quoted(std::size_t token) const;
  [[nodiscard]] Entities subject_left_or_right(std::size_t h,
                                               const PredicateInfo& p,
                                               std::size_t& search,
                                               std::size_t window,
                                               const ArgumentPlaces& places) const;

  [[nodiscard]] const Token& token(std::size_t i) const { return m_sentence.tokens[i]; }
  [[nodiscard]] const Frame& frame_of(const Trigger& trigger) const { return m_pack.frames[trigger.frame_index]; }
  [[nodiscard]] const Frame& frame_of(std::size_t h) const { return frame_of(*m_hits[h].trigger); }
  [[nodiscard]] bool is_hard_boundary(std::size_t i) const;
  [[nodiscard]] std::string_view genitive_prep() const;
  [[nodiscard]] bool starts_prep_phrase(std::size_t t, std::span<const std::string> preps) const;
  [[nodiscard]] bool prepositional(std::size_t item) const;
  [[nodiscard]] bool behind_preposition(std::size_t begin) const;
  [[nodiscard]] std::optional<std::size_t> direct_object(std::size_t from) const;
  [[nodiscard]] bool cue_has_pronoun(std::size_t h) const;
  [[nodiscard]] Entities sentence_subject(std::size_t before, const PredicateInfo& p) const;
  [[nodiscard]] bool is_soft_boundary(std::size_t i) const;
  // A country, or a first-level subdivision of one (regions.tsv): what a
  // place apposed after a comma lies in ("Strumica, Macedonia", "Tulsa, Oklahoma").
  [[nodiscard]] bool country_or_region(std::size_t entity) const;
  [[nodiscard]] std::size_t past_aside(std::size_t t) const;
  [[nodiscard]] std::optional<std::size_t> item_starting_in(std::size_t from, std::size_t window) const;
  [[nodiscard]] std::vector<std::size_t> list_right(std::size_t item) const;
  [[nodiscard]] std::vector<std::size_t> list_left(std::size_t item) const;
  [[nodiscard]] bool joined(std::size_t left, std::size_t right) const;
  [[nodiscard]] bool read_as_written(std::size_t t) const;
  [[nodiscard]] std::optional<std::size_t> genitive_agent(std::size_t from, std::span<const std::string> preps) const;
  [[nodiscard]] Entities resolve(const std::vector<std::size_t>& items, bool subject, const PredicateInfo& p) const;
  [[nodiscard]] Entities resolve_one(const Item& item, bool subject, const PredicateInfo& p) const;
  [[nodiscard]] bool allowed(std::size_t entity, bool subject, const PredicateInfo& p) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>> left_list(std::size_t before,
                                                                  std::size_t window,
                                                                  bool subject,
                                                                  const PredicateInfo& p) const;
  [[nodiscard]] std::optional<std::vector<std::size_t>> prep_object(std::size_t from,
                                                                    std::span<const std::string> preps) const;
  [[nodiscard]] const Entities& speaker_at(std::size_t token) const;
  void emit(std::size_t hit, std::size_t subject, std::size_t object, double confidence);
  void emit_all(std::size_t hit, const Entities& subjects, const Entities& objects, double confidence);
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
  Entities m_clause_subjects; // the last named subject of a clause in this sentence
  std::vector<const char*> m_why; // per hit, for trace(): why it gave nothing
};

// The first item of the sentence before token `before` that can be a
// subject: what a participle continues when no cue named the subject.
Entities SentenceRules::sentence_subject(std::size_t before, const PredicateInfo& p) const
{
  for (std::size_t k = 0; k < m_items.size() && m_items[k].end <= before; ++k) {
    if (prepositional(k) || m_items[k].governed) {
      continue;
    }
    auto subjects = resolve({k}, true, p);
    if (!subjects.empty()) {
      return subjects;
    }
  }
  return {};
}

// "لقائه": the cue's first word carries a pronoun.
bool SentenceRules::cue_has_pronoun(std::size_t h) const
{
  const auto& word = m_hits[h].trigger->cue.words.front().text;
  const auto forms = token(m_hits[h].match.begin).forms();
  return std::any_of(forms.begin(), forms.end(), [&](std::string_view form) {
    return m_pack.clitics.has_enclitic(form, word);
  });
}

// An item behind a preposition ("في موسكو") is an adjunct, never a subject;
// so is a demonym after a preposition and its noun ("قرب الحدود الصومالية").
bool SentenceRules::prepositional(std::size_t item) const
{
  const auto begin = m_items[item].begin;
  if (behind_preposition(begin)) {
    return true;
  }
  return m_items[item].demonym && begin >= m_sentence.begin + 2 && (item == 0 || m_items[item - 1].end < begin)
         && m_pack.clitics.definite(token(begin - 1)) && behind_preposition(begin - 1);
}

bool SentenceRules::behind_preposition(std::size_t begin) const
{
  if (begin <= m_sentence.begin || !token_in(token(begin - 1), m_pack.words.preposition, m_pack.clitics)) {
    return false;
  }
  // "هاجم مسلحون من جبهة النصرة": members of a group, named by it, act as it.
  if (begin >= m_sentence.begin + 2 && token_in(token(begin - 2), m_pack.words.member_noun, m_pack.clitics)) {
    return false;
  }
  // "كلا من أرمينيا وأذربيجان": the preposition of a list intro introduces
  // the members themselves.
  return begin < m_sentence.begin + 2 || !token_in(token(begin - 2), m_pack.words.list_intro, m_pack.clitics);
}

// The direct object after token `from`: the first item within the window,
// past adjuncts behind a preposition ("استقبل الملك في الرياض أمس الرئيس").
std::optional<std::size_t> SentenceRules::direct_object(std::size_t from) const
{
  std::size_t at = from;
  for (std::size_t step = 0; step < 3; ++step) {
    const auto k = item_starting_in(at, right_window);
    // "بتنظيم القاعدة": a name behind a proclitic preposition is an adjunct
    // too, but for the genitive's ("قصفت مواقع لحزب العمال").
    const bool adjunct = k && m_items[*k].governed
                         && (genitive_prep().empty()
                             || !m_pack.clitics.starts_with_prep(token(m_items[*k].begin).text, genitive_prep()));
    if (!k || (!prepositional(*k) && !adjunct)) {
      return k;
    }
    at = m_items[*k].end;
  }
  return std::nullopt;
}

// Token `t` is the preposition `prep` ("إلى") or carries it ("بالاتفاق"),
// and starts no item.
bool SentenceRules::starts_prep_phrase(std::size_t t, std::span<const std::string> preps) const
{
  if (std::any_of(m_items.begin(), m_items.end(), [&](const Item& item) { return item.begin == t; })) {
    return false;
  }
  thread_local std::vector<std::string_view> scratch;
  const auto forms = m_pack.clitics.forms_of(token(t), scratch);
  return std::any_of(preps.begin(), preps.end(), [&](const std::string& prep) {
    return m_pack.clitics.starts_with_prep(token(t).text, prep) || std::find(forms.begin(), forms.end(), prep) != forms.end();
  });
}

// The preposition of the language's genitive rule ("ل"), empty when none.
std::string_view SentenceRules::genitive_prep() const
{
  for (const auto& trigger : m_pack.triggers) {
    if (frame_of(trigger).family == FrameFamily::genitive) {
      return trigger.prep;
    }
  }
  return {};
}

bool SentenceRules::is_hard_boundary(std::size_t i) const
{
  return token_in(token(i), m_pack.words.boundary, m_pack.clitics)
         || token_in(token(i), m_pack.words.complementizer, m_pack.clitics);
}

bool SentenceRules::country_or_region(std::size_t entity) const
{
  const auto& record = m_entities[entity];
  return record.entity.type == EntityType::country
         || (record.known && m_gazetteer.region_country(*record.known).has_value());
}

bool SentenceRules::is_soft_boundary(std::size_t i) const
{
  return token_in(token(i), m_pack.words.list_separator, m_pack.clitics);
}

// Frames whose cue is a finite verb (not a noun or participle).
void SentenceRules::find_hits()
{
  const auto tokens = m_sentence.tokens.first(m_sentence.end);
  std::size_t i = m_sentence.begin;
  while (i < m_sentence.end) {
    const bool in_item = std::any_of(m_items.begin(), m_items.end(), [&](const Item& item) {
      return item.begin <= i && i < item.end;
    });
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
        if (const auto match = match_cue(trigger.cue, tokens, i, m_pack.clitics)) {
          hit = Hit{&trigger, *match};
          break;
        }
      }
    }
    if (!hit) {
      ++i;
      continue;
    }
    for (std::size_t back = 1; back <= 2 && i >= m_sentence.begin + back; ++back) {
      hit->negated = hit->negated || token_in(token(i - back), m_pack.words.negation, m_pack.clitics);
    }
    hit->negated = hit->negated || denied_clause(i);
    i = hit->match.end;
    m_hits.push_back(*hit);
  }
}

std::optional<std::size_t> SentenceRules::item_starting_in(std::size_t from, std::size_t window) const
{
  // "استقبل السيسي، اليوم الأحد، رئيس المجلس": a time between commas is an
  // aside; what follows it must begin right after it.
  if (const auto past = past_aside(from); past > from) {
    from = past;
    window = 0;
  }
  for (std::size_t k = 0; k < m_items.size(); ++k) {
    const auto begin = m_items[k].begin;
    if (begin < from) {
      continue;
    }
    if (begin > from + window) {
      return std::nullopt;
    }
    for (std::size_t t = from; t < begin; ++t) {
      if (is_hard_boundary(t) || is_soft_boundary(t)) {
        return std::nullopt;
      }
    }
    return k;
  }
  return std::nullopt;
}

// The token after ", اليوم الأحد ،" when one starts at `t`: a comma, one to
// three words of the language's `time` class, a comma; else `t`.
std::size_t SentenceRules::past_aside(std::size_t t) const
{
  if (t >= m_sentence.end || !is_soft_boundary(t)) {
    return t;
  }
  std::size_t k = t + 1;
  while (k < m_sentence.end && k - t <= max_aside_words && token_in(token(k), m_pack.words.time, m_pack.clitics)) {
    ++k;
  }
  return k > t + 1 && k < m_sentence.end && is_soft_boundary(k) ? k + 1 : t;
}

// Two items form one list when only separators or coordinators stand between
// them, or the second begins with a proclitic conjunction: "أرمينيا وأذربيجان".
bool SentenceRules::joined(std::size_t left, std::size_t right) const
{
  const auto& a = m_items[left];
  const auto& b = m_items[right];
  if (b.begin < a.end) {
    return false;
  }
  bool linked = false;
  for (std::size_t t = a.end; t < b.begin; ++t) {
    // "France, Russia and the United States": an article after the coordinator.
    const bool article = linked && token_in(token(t), m_pack.words.determiner, m_pack.clitics);
    if (!article && !is_soft_boundary(t) && !token_in(token(t), m_pack.words.coordinator, m_pack.clitics)) {
      return false;
    }
    linked = true;
  }
  if (linked) {
    return true;
  }
  const auto first = token(b.begin).text;
  const auto& conjunctions = m_pack.words.conjunction.words();
  return std::any_of(conjunctions.begin(), conjunctions.end(), [&](const auto& c) { return first.starts_with(c); })
         && !read_as_written(b.begin);
}

// "وزير", "واشنطن", "وليد": the word at `t` names its title, entity or given
// name as written, so a conjunction's letter at its start is its own letter.
bool SentenceRules::read_as_written(std::size_t t) const
{
  const auto text = token(t).text;
  if (const auto g = m_gazetteer.longest_at(m_sentence.tokens, t, m_pack.clitics); g && g->form == text) {
    return true;
  }
  if (m_pack.words.given_name.contains(text)) {
    return true;
  }
  const auto written = [&](const Cue& cue) {
    const auto& word = cue.words.front();
    return word.any_suffix ? text.starts_with(word.text) : text == word.text;
  };
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.title_index.candidates(token(t), m_pack.clitics, candidates);
  if (std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) { return written(m_pack.titles[k].cue); })) {
    return true;
  }
  m_pack.head_index.candidates(token(t), m_pack.clitics, candidates);
  return std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) { return written(m_pack.heads[k].cue); });
}

std::vector<std::size_t> SentenceRules::list_right(std::size_t item) const
{
  std::vector<std::size_t> list{item};
  while (list.back() + 1 < m_items.size() && joined(list.back(), list.back() + 1)) {
    list.push_back(list.back() + 1);
  }
  return list;
}

std::vector<std::size_t> SentenceRules::list_left(std::size_t item) const
{
  std::vector<std::size_t> list{item};
  while (list.front() > 0 && joined(list.front() - 1, list.front())) {
    list.insert(list.begin(), list.front() - 1);
  }
  return list;
}

bool SentenceRules::allowed(std::size_t entity, bool subject, const PredicateInfo& p) const
{
  const auto type = m_entities[entity].entity.type;
  return subject ? p.allows_subject(type) : p.allows_object(type);
}

const Entities& SentenceRules::speaker_at(std::size_t token_index) const
{
  for (auto it = m_reports.rbegin(); it != m_reports.rend(); ++it) {
    if (it->begin <= token_index && token_index < it->end && !it->speaker.empty()) {
      return it->speaker;
    }
  }
  return m_discourse.topic;
}

Entities SentenceRules::resolve_one(const Item& item, bool subject, const PredicateInfo& p) const
{
  Entities out;
  const auto add = [&](std::size_t e) {
    if (allowed(e, subject, p) && std::find(out.begin(), out.end(), e) == out.end()) {
      out.push_back(e);
    }
  };
  switch (item.kind) {
  case ItemKind::entity: {
    const auto& record = m_entities[item.entity];
    // Metonymy: "أكدت باكو" - a capital or seat of power acts for its
    // country; "في الرياض" is only where something happened.
    if (!allowed(item.entity, subject, p) && record.known && !behind_preposition(item.begin) && !item.governed) {
      if (const auto country = m_gazetteer.seat_country(*record.known)) {
        add(m_entities.known(*country));
        break;
      }
    }
    add(item.entity);
    break;
  }
  case ItemKind::parties: {
    // The two parties of an event in this sentence or the one before ("التقى
    // X Y ... وبحث الجانبان"), else the last two countries named.
    const bool recent = m_discourse.parties.size() >= 2 && m_sentence.index <= m_discourse.parties_sentence + 1;
    const auto& parties = recent ? m_discourse.parties : m_discourse.countries;
    for (std::size_t k = parties.size() >= 2 ? parties.size() - 2 : 0; k < parties.size(); ++k) {
      add(parties[k]);
    }
    break;
  }
  case ItemKind::unnamed:
    break;
  case ItemKind::author:
    for (const auto e : m_discourse.author) {
      add(e);
    }
    break;
  case ItemKind::own:
    for (const auto s : speaker_at(item.begin)) {
      const auto& record = m_entities[s];
      if (record.entity.type == EntityType::country) {
        add(s);
      } else if (record.role_of && m_entities[*record.role_of].entity.type == EntityType::country) {
        add(*record.role_of);
      }
    }
    break;
  }
  return out;
}

Entities SentenceRules::resolve(const std::vector<std::size_t>& items, bool subject, const PredicateInfo& p) const
{
  Entities out;
  for (const auto k : items) {
    for (const auto e : resolve_one(m_items[k], subject, p)) {
      if (std::find(out.begin(), out.end(), e) == out.end()) {
        out.push_back(e);
      }
    }
  }
  return out;
}

// The nearest list ending before token `before`, within `window` tokens and
// the same clause, whose members can fill the slot; skips items that cannot
// ("من الجانب الفرنسي" cannot be a party to a phone call).
std::optional<std::vector<std::size_t>> SentenceRules::left_list(std::size_t before,
                                                                 std::size_t window,
                                                                 bool subject,
                                                                 const PredicateInfo& p) const
{
  for (std::size_t k = m_items.size(); k-- > 0;) {
    const auto& item = m_items[k];
    if (item.end > before) {
      continue;
    }
    if (item.end + window < before) {
      return std::nullopt;
    }
    for (std::size_t t = item.end; t < before; ++t) {
      if (is_hard_boundary(t) || is_soft_boundary(t)) {
        return std::nullopt;
      }
    }
    auto list = list_left(k);
    if (!resolve(list, subject, p).empty()) {
      return list;
    }
  }
  return std::nullopt;
}

// The list after the first `prep` following token `from`: the word itself
// ("مع نظيريه") or a proclitic on the item ("بماكرون").
std::optional<std::vector<std::size_t>> SentenceRules::prep_object(std::size_t from,
                                                                   std::span<const std::string> preps) const
{
  const auto limit = std::min(m_sentence.end, from + prep_window);
  for (std::size_t t = from; t < limit; ++t) {
    if (is_hard_boundary(t)) {
      return std::nullopt;
    }
    const auto item = std::find_if(m_items.begin(), m_items.end(), [&](const Item& i) { return i.begin == t; });
    const auto carries = [&](const std::string& prep) { return m_pack.clitics.starts_with_prep(token(t).text, prep); };
    if (item != m_items.end() && std::any_of(preps.begin(), preps.end(), carries)) {
      return list_right(static_cast<std::size_t>(item - m_items.begin()));
    }
    thread_local std::vector<std::string_view> scratch;
    const auto forms = m_pack.clitics.forms_of(token(t), scratch);
    const bool is_prep = std::any_of(preps.begin(), preps.end(), [&](const std::string& prep) {
      return std::find(forms.begin(), forms.end(), prep) != forms.end() && token(t).text.size() <= prep.size() + 2;
    });
    if (is_prep) {
      // "criticism of the plan angered Russia": where the language has
      // determiners, only they may stand between the preposition and its name.
      std::size_t at = t + 1;
      while (!m_pack.words.determiner.words().empty() && at < m_sentence.end
             && token_in(token(at), m_pack.words.determiner, m_pack.clitics)) {
        ++at;
      }
      const auto window = m_pack.words.determiner.words().empty() ? right_window : 0;
      if (const auto k = item_starting_in(at, window)) {
        return list_right(*k);
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

void SentenceRules::emit(std::size_t hit, std::size_t subject, std::size_t object, double confidence)
{
  if (subject == object) {
    return;
  }
  const auto& trigger = *m_hits[hit].trigger;
  const auto* p = m_ontology.find(trigger.predicate);
  Relation relation{.subject = m_entities[subject].entity.id,
                    .predicate = trigger.predicate,
                    .object = m_entities[object].entity.id,
                    .confidence = confidence,
                    .cameo = p->cameo,
                    .evidence = Evidence{m_sentence.index, m_sentence.span, std::string(m_sentence.text)}};
  if (p->symmetric && relation.object < relation.subject) {
    std::swap(relation.subject, relation.object);
  }
  m_emitted.push_back(Emitted{hit, subject, object});
  m_relations.push_back(std::move(relation));
  if (!p->cameo.empty()) {
    for (const auto e : {subject, object}) {
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

void SentenceRules::emit_all(std::size_t hit, const Entities& subjects, const Entities& objects, double confidence)
{
  for (const auto s : subjects) {
    for (const auto o : objects) {
      emit(hit, s, o, confidence);
    }
  }
}

void SentenceRules::emit_pairs(std::size_t hit, const Entities& members, double confidence, bool both_ways)
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

// True when an odd number of quotation marks stands before the token in its sentence.
bool SentenceRules::quoted(std::size_t token_index) const
{
  std::size_t marks = 0;
  for (std::size_t t = m_sentence.begin; t < token_index; ++t) {
    marks += token_in(token(t), m_pack.words.quote, m_pack.clitics) ? 1U : 0U;
  }
  return marks % 2 == 1;
}

bool SentenceRules::in_report(std::size_t token_index) const
{
  return std::any_of(m_reports.begin(), m_reports.end(), [&](const Report& r) {
    return r.begin <= token_index && token_index < r.end;
  });
}

// Where `places` allow: a subject just before the cue in the same clause
// (within `window` tokens), else the list right after the cue; `search` moves
// past a subject after the cue.
Entities SentenceRules::subject_left_or_right(std::size_t h,
                                              const PredicateInfo& p,
                                              std::size_t& search,
                                              std::size_t window,
                                              const ArgumentPlaces& places) const
{
  const auto& match = m_hits[h].match;
  search = match.end;
  if (const auto left = places.before ? left_list(match.begin, window, true, p) : std::nullopt) {
    return resolve(*left, true, p);
  }
  if (const auto k = places.after ? item_starting_in(match.end, right_window) : std::nullopt;
      k && !prepositional(*k) && !m_items[*k].governed) {
    const auto list = list_right(*k);
    auto subjects = resolve(list, true, p);
    if (!subjects.empty() || m_items[*k].kind == ItemKind::unnamed) {
      search = m_items[list.back()].end;
      // "المجلس الأعلى للحراك الجنوبي": a genitive glued to the subject is
      // part of its name, never the object.
      for (std::size_t g = list.back() + 1; g < m_items.size() && m_items[g].begin == search; ++g) {
        if (genitive_prep().empty() || !m_pack.clitics.starts_with_prep(token(search).text, genitive_prep())) {
          break;
        }
        search = m_items[g].end;
      }
      // "وكالة غوث وتشغيل اللاجئين "الأونروا"": the subject named again, in
      // quotation marks or parentheses, is still the subject.
      for (std::size_t g = list.back() + 1; g < m_items.size() && m_items[g].begin <= search + 1; ++g) {
        const bool again = m_items[g].kind == ItemKind::entity
                           && std::find(subjects.begin(), subjects.end(), m_items[g].entity) != subjects.end();
        if (!again || (m_items[g].begin == search + 1 && token(search).kind != TokenKind::punct)) {
          break;
        }
        search = m_items[g].end;
        if (search < m_sentence.end && token(search).kind == TokenKind::punct && !is_soft_boundary(search)
            && !is_hard_boundary(search)) {
          ++search; // the closing mark
        }
      }
    }
    return subjects;
  }
  return {};
}

// Arguments standing in a cue's gap. "شنت إسرائيل غارات على غزة": the gap
// holds the subject, the object follows the cue. "حمّل عريقات الاحتلال
// المسؤولية": the gap holds subject and object. "وحملت الاحتلال المسؤولية":
// one list and nothing after the cue: it is the object, the subject dropped.
void SentenceRules::gap_arguments(std::size_t h,
                                  const PredicateInfo& p,
                                  Entities& subjects,
                                  std::optional<std::vector<std::size_t>>& objects) const
{
  const auto& match = m_hits[h].match;
  if (match.gap_end <= match.gap_begin) {
    return;
  }
  const auto first = item_starting_in(match.gap_begin, right_window);
  if (!first || m_items[*first].end > match.gap_end) {
    return;
  }
  const auto list = list_right(*first);
  const auto after_list = m_items[list.back()].end;
  const auto second = item_starting_in(after_list, right_window);
  if (second && m_items[*second].end <= match.gap_end) {
    subjects = resolve(list, true, p);
    objects = list_right(*second);
  } else if (item_starting_in(match.end, right_window)) {
    subjects = resolve(list, true, p);
  } else {
    objects = list;
  }
}

void SentenceRules::apply_clause(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  const auto& frame = frame_of(h);
  const bool continues = frame.subject.topic;
  double confidence = hit.trigger->confidence;
  std::size_t search = hit.match.end;
  Entities subjects;
  std::optional<std::vector<std::size_t>> objects;
  if (frame.subject.issuer) {
    // "نحث قادة ليبيا": outside quotation marks a first-person verb speaks
    // for who issues the document; a ministry speaks for its government.
    if (quoted(hit.match.begin)) {
      why(h, "a first-person verb inside quotation marks is not the issuer's");
      return;
    }
    for (const auto e : m_discourse.author) {
      const auto& record = m_entities[e];
      const auto country = record.known ? m_gazetteer.seat_country(*record.known) : std::nullopt;
      const auto actor = country ? m_entities.known(*country) : e;
      if (allowed(actor, true, p)) {
        subjects.push_back(actor);
      }
    }
    if (subjects.empty()) {
      why(h, "a first-person verb, but no issuer of the document was found");
      return;
    }
  } else if (frame.subject.gap || frame.object.gap) {
    gap_arguments(h, p, subjects, objects);
  }
  // "قال هادي إن ...، واتهم طهران بعرقلة السلام": a verb joined by its
  // proclitic conjunction to a clause of this sentence that named its
  // subject, with one name after it and no second, takes that name as its
  // object and shares the subject.
  if (frame.subject.joined && subjects.empty() && !objects && joined_verb(h)) {
    if (const auto k = item_starting_in(hit.match.end, right_window); k && !prepositional(*k) && !m_items[*k].governed) {
      const auto list = list_right(*k);
      if (!direct_object(m_items[list.back()].end)) {
        for (const auto e : m_clause_subjects) {
          if (allowed(e, true, p)) {
            subjects.push_back(e);
          }
        }
        if (!subjects.empty()) {
          objects = list;
          search = m_items[list.back()].end;
          confidence *= inherited_factor;
        }
      }
    }
  }
  if (subjects.empty() && (frame.subject.before || frame.subject.after)) {
    subjects = subject_left_or_right(h, p, search, frame.window, frame.subject);
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
    for (const auto e : m_clause_subjects) {
      if (allowed(e, true, p)) {
        subjects.push_back(e);
      }
    }
    confidence *= inherited_factor;
  } else if (!subjects.empty() && !continues) {
    m_clause_subjects = subjects;
  }
  const bool inherited = subjects.empty();
  // A dropped subject is the speaker of the report the cue stands in (or the
  // topic, for a reporting cue), the topic for a continuing participle, or
  // the person a pronoun names; elsewhere it stays unknown.
  const bool may_inherit = continues || (frame.subject.pronoun && pronoun_before(hit.match.begin))
                           || (frame.subject.dropped && (in_report(hit.match.begin) || frame.report != ReportKind::none));
  if (inherited && !may_inherit) {
    why(h, "no subject: none named in its clause, and none to inherit here");
    return;
  }
  if (inherited) {
    // "وأعرب غوتيريش عن قلقه، داعيا ...": a participle continues the subject
    // of its own sentence; the topic of an earlier one does not carry over.
    const bool earlier_topic = continues && !in_report(hit.match.begin) && m_discourse.topic_sentence != m_sentence.index;
    for (const auto e : earlier_topic ? sentence_subject(hit.match.begin, p) : speaker_at(hit.match.begin)) {
      if (allowed(e, true, p)) {
        subjects.push_back(e);
      }
    }
    // Without a dropped subject, only a pronoun gets here: it refers to one person.
    if (!frame.subject.dropped && !continues) {
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
  } else if (!in_report(hit.match.begin)) {
    m_discourse.topic = subjects;
    m_discourse.topic_sentence = m_sentence.index;
  }
  if (frame.report != ReportKind::none) {
    m_reports.push_back(Report{.hit = h,
                               .begin = search,
                               .end = m_sentence.end,
                               .speaker = subjects,
                               .emits = frame.report == ReportKind::event && !hit.negated});
    return;
  }
  if (hit.negated) {
    why(h, "negated or denied: a negation word stands before it");
    return;
  }
  if (subjects.empty()) {
    why(h, "no subject of the types the predicate takes");
    return;
  }
  // A direct object first ("حذر أرمينيا من"), else the object of `prep`
  // ("حذر المجلس ممن أسماه ... من خلايا جماعة الحوثي").
  // "أشاد الاتحاد بالاتفاق بين الحكومة وقوات الدعم": the object's preposition
  // comes first and introduces no name, so no later name is the object.
  const bool by_prep = frame.object.behind_prep && !hit.trigger->prep.empty();
  const bool prep_first = by_prep && search < m_sentence.end && starts_prep_phrase(search, hit.trigger->preps);
  // "شنت إسرائيل غارات على غزة": a cue that ends in its preposition has its
  // object right after it.
  const bool ends_in_prep = frame.object.behind_prep && search > hit.match.begin && search < m_sentence.end
                            && token_in(token(search - 1), m_pack.words.preposition, m_pack.clitics);
  const auto after_prep = ends_in_prep ? item_starting_in(search, 0) : std::nullopt;
  if (objects) {
    // read in the cue's gap
  } else if (after_prep && m_items[*after_prep].begin == search) {
    objects = list_right(*after_prep);
  } else if (const auto k = prep_first || !frame.object.after ? std::nullopt : direct_object(search)) {
    objects = list_right(*k);
  } else if (by_prep) {
    objects = prep_object(search, hit.trigger->preps);
  }
  if (objects) {
    emit_all(h, subjects, resolve(*objects, false, p), confidence);
  } else {
    why(h, "no object after it (nor behind its preposition)");
  }
}

// A symmetric act: with the object of `prep` when there is one, else among
// the members of one list ("بوتين وماكرون أجريا اتصالاً هاتفياً").
void SentenceRules::apply_sym(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  const auto& frame = frame_of(h);
  const bool both_ways = frame.family == FrameFamily::reciprocal;
  if (hit.negated) {
    why(h, "negated or denied: a negation word stands before it");
    return;
  }
  const double confidence = hit.trigger->confidence;
  if (frame.subject.gap && hit.match.gap_end > hit.match.gap_begin) {
    if (const auto k = item_starting_in(hit.match.gap_begin, right_window); k && m_items[*k].end <= hit.match.gap_end) {
      const auto members = resolve(list_right(*k), true, p);
      // "تلقى أمير قطر اتصالا هاتفيا من ماكرون": the gap holds one party, the
      // preposition the other.
      const auto objects = hit.trigger->prep.empty() ? std::nullopt : prep_object(hit.match.end, hit.trigger->preps);
      if (objects && !both_ways) {
        emit_all(h, members, resolve(*objects, false, p), confidence);
      } else {
        emit_pairs(h, members, confidence, both_ways);
      }
      return;
    }
  }
  std::size_t search = hit.match.end;
  // "الخلافات بين روسيا والنظام السوري بخصوص المحادثات": for a cue whose
  // other party stands only behind its preposition (a noun), a list after
  // "between" before it belongs to another noun.
  const auto left = frame.object.after ? std::nullopt : left_list(hit.match.begin, frame.window, true, p);
  const auto left_begin = left ? m_items[left->front()].begin : 0;
  const bool others = left && left_begin > m_sentence.begin
                      && token_in(token(left_begin - 1), m_pack.words.between, m_pack.clitics);
  auto subjects = subject_left_or_right(h, p, search, others ? 0 : frame.window, frame.subject);
  // "He met Olaf Scholz": the pronoun is the one person named last.
  if (subjects.empty() && frame.subject.pronoun && pronoun_before(hit.match.begin)) {
    subjects = pronoun_person(p);
  }
  // Where subject pronouns refer back, a named subject becomes the topic:
  // "X spoke with Y. He urged ...".
  if (!subjects.empty() && !in_report(hit.match.begin) && frame.subject.pronoun) {
    m_discourse.topic = subjects;
    m_discourse.topic_sentence = m_sentence.index;
  }
  if (frame.object.behind_prep && !hit.trigger->prep.empty()) {
    if (const auto objects = prep_object(search, hit.trigger->preps)) {
      // "خلال لقائه مع نظيره": no subject in the clause, but a pronoun on the
      // cue: the topic meets. Without the pronoun the subject stays unknown.
      double scale = 1;
      if (subjects.empty() && cue_has_pronoun(h)) {
        for (const auto e : speaker_at(hit.match.begin)) {
          if (allowed(e, true, p)) {
            subjects.push_back(e);
          }
        }
        scale = inherited_factor;
      }
      emit_all(h, subjects, resolve(*objects, false, p), confidence * scale);
      return;
    }
  }
  if (subjects.size() >= 2) {
    emit_pairs(h, subjects, confidence, both_ways);
    return;
  }
  if (const auto k = item_starting_in(search, right_window)) {
    const auto members = resolve(list_right(*k), true, p);
    // "التقى بوتين أردوغان"; a noun cue takes its other party only behind
    // its preposition ("محادثات بين ممثلين عن ..." names no one).
    if (subjects.size() == 1 && !both_ways && frame.object.after) {
      emit_all(h, subjects, members, confidence);
    } else if (members.size() >= 2) {
      emit_pairs(h, members, confidence, both_ways);
    }
  }
}

// A verbal noun: "دعمها للصين" (her support for China), "دعم روسيا لسوريا".
// The agent is the possessor: the pronoun on the cue (then the list before
// it), the name right after it, or for a definite noun the first list behind
// `prep`; the object stands behind `prep`.
// The possessor before the verbal noun at token `noun`: a name with the
// possessive ending ("Warren's criticism", "the Democrats' criticism"), or a
// possessive pronoun ("her criticism") for the subject of its sentence.
Entities SentenceRules::possessor_before(std::size_t noun, const PredicateInfo& p) const
{
  if (noun <= m_sentence.begin) {
    return {};
  }
  const auto& before = token(noun - 1);
  if (token_in(before, m_pack.words.possessive, m_pack.clitics)) {
    for (std::size_t k = 0; k < m_items.size(); ++k) {
      if (m_items[k].end == noun - 1 && !prepositional(k)) {
        return resolve({k}, true, p);
      }
    }
    return {};
  }
  // "Russian airstrikes on Aleppo", "US sanctions on Iran": a country or
  // organization right before the noun.
  for (std::size_t k = 0; k < m_items.size(); ++k) {
    if (m_items[k].end == noun && m_items[k].kind == ItemKind::entity && !prepositional(k)) {
      const auto type = m_entities[m_items[k].entity].entity.type;
      return type == EntityType::country || type == EntityType::organization ? resolve({k}, true, p) : Entities{};
    }
  }
  if (token_in(before, m_pack.words.own_pronoun, m_pack.clitics)) {
    auto subjects = m_clause_subjects.empty() ? sentence_subject(noun - 1, p) : m_clause_subjects;
    std::erase_if(subjects, [&](std::size_t e) { return !allowed(e, true, p); });
    return subjects.size() == 1 ? subjects : Entities{};
  }
  return {};
}

void SentenceRules::apply_masdar(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  if (hit.negated) {
    why(h, "negated or denied: a negation word stands before it");
    return;
  }
  if (hit.trigger->prep.empty()) {
    why(h, "a verbal noun cue without a preposition in triggers.tsv reads nothing");
    return;
  }
  std::optional<std::vector<std::size_t>> agent;
  std::size_t search = hit.match.end;
  const auto& frame = frame_of(h);
  if (frame.subject.possessor_before) {
    const auto objects = prep_object(search, hit.trigger->preps);
    const auto agents = possessor_before(hit.match.begin, p);
    if (!agents.empty() && objects) {
      emit_all(h, agents, resolve(*objects, false, p), hit.trigger->confidence);
    } else {
      why(h, agents.empty() ? "no agent: no possessor before the noun" : "no object behind its preposition");
    }
    return;
  }
  if (!frame.subject.possessor_after) {
    why(h, "frames.tsv names no place for a verbal noun's agent");
    return;
  }
  if (cue_has_pronoun(h)) {
    agent = left_list(hit.match.begin, frame.window, true, p);
  } else if (const auto k = item_starting_in(hit.match.end, 0); k && !m_items[*k].governed) {
    agent = std::vector<std::size_t>{*k};
    search = m_items[*k].end;
  } else if (m_pack.clitics.definite(token(hit.match.begin))) {
    // "الزيارة الرسمية للرئيس ماكرون للصين": a definite noun's agent stands
    // behind the preposition too, before the object behind the next one.
    if (const auto first = prep_object(search, hit.trigger->preps); first && prep_object(m_items[first->back()].end, hit.trigger->preps)) {
      agent = *first;
      search = m_items[first->back()].end;
    }
  } else if (const auto g = genitive_agent(search, hit.trigger->preps)) {
    agent = list_right(*g);
    search = m_items[agent->back()].end;
  }
  const auto objects = prep_object(search, hit.trigger->preps);
  if (agent && objects) {
    emit_all(h, resolve(*agent, true, p), resolve(*objects, false, p), hit.trigger->confidence);
  } else {
    why(h, agent ? "no object behind its preposition" : "no agent: no possessor and no name right after the noun");
  }
}

// "غارة جوية للتحالف على الرقة": behind the genitive's preposition, after at
// most two adjectives, an indefinite verbal noun's agent, when the noun's own
// preposition is another.
std::optional<std::size_t> SentenceRules::genitive_agent(std::size_t from, std::span<const std::string> preps) const
{
  const auto genitive = genitive_prep();
  if (genitive.empty() || std::find(preps.begin(), preps.end(), genitive) != preps.end()) {
    return std::nullopt;
  }
  for (std::size_t t = from; t < m_sentence.end && t <= from + 2; ++t) {
    const auto k = item_starting_in(t, 0);
    if (k && m_items[*k].begin == t) {
      return m_pack.clitics.starts_with_prep(token(t).text, genitive) ? k : std::nullopt;
    }
    if (token(t).kind != TokenKind::word || m_pack.clitics.definite(token(t))) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// Frames whose arguments stand on both sides of the cue: passive, undergo, rel-left.
void SentenceRules::apply_around(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  if (hit.negated) {
    why(h, "negated or denied: a negation word stands before it");
    return;
  }
  const auto& frame = frame_of(h);
  const auto& match = hit.match;
  // The argument after the cue: the list right after it, else the one behind its preposition.
  const auto after = [&](bool subject) -> Entities {
    std::optional<std::vector<std::size_t>> list;
    if (const auto k = item_starting_in(match.end, right_window)) {
      list = list_right(*k);
    } else if (!hit.trigger->prep.empty()) {
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
    // "The Minsk Group, co-chaired by France": a participle set off by a comma
    // describes the name just before the comma.
    if (!list && match.begin > m_sentence.begin + 1 && is_soft_boundary(match.begin - 1)) {
      list = left_list(match.begin - 1, 0, subject, p);
    }
    return list ? resolve(*list, subject, p) : Entities{};
  };
  const double confidence = hit.trigger->confidence;
  if (frame.subject.before) {
    emit_all(h, before(true), after(false), confidence); // "X الواقعة على الحدود مع Y"
  } else {
    emit_all(h, after(true), before(false), confidence); // the patient precedes, the agent follows
  }
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

// "مجموعة مينسك لمنظمة الأمن والتعاون في أوروبا": two names in a row, the
// second behind the trigger's preposition.
void SentenceRules::apply_genitive()
{
  for (const auto& trigger : m_pack.triggers) {
    if (frame_of(trigger).family != FrameFamily::genitive) {
      continue;
    }
    const auto* p = m_ontology.find(trigger.predicate);
    for (std::size_t k = 0; k + 1 < m_items.size(); ++k) {
      const auto& a = m_items[k];
      const auto& b = m_items[k + 1];
      if (b.begin != a.end || a.kind != ItemKind::entity || b.kind != ItemKind::entity || a.demonym
          || b.demonym || !m_pack.clitics.starts_with_prep(token(b.begin).text, trigger.prep)) {
        continue;
      }
      if (allowed(a.entity, true, *p) && allowed(b.entity, false, *p)) {
        m_hits.push_back(Hit{&trigger, CueMatch{a.begin, b.end, a.begin, a.begin}});
        emit(m_hits.size() - 1, a.entity, b.entity, trigger.confidence);
      }
    }
  }
}

// "Aceh, Indonesia": a place, a comma and the country it is in, outside a list.
void SentenceRules::apply_apposed()
{
  for (const auto& trigger : m_pack.triggers) {
    if (frame_of(trigger).family != FrameFamily::apposed) {
      continue;
    }
    const auto* p = m_ontology.find(trigger.predicate);
    for (std::size_t k = 0; k + 1 < m_items.size(); ++k) {
      const auto& a = m_items[k];
      const auto& b = m_items[k + 1];
      if (b.begin != a.end + 1 || !is_soft_boundary(a.end) || a.kind != ItemKind::entity
          || b.kind != ItemKind::entity || a.demonym || b.demonym || !country_or_region(b.entity)) {
        continue;
      }
      const bool listed_before = a.begin > m_sentence.begin
                                 && (is_soft_boundary(a.begin - 1)
                                     || token_in(token(a.begin - 1), m_pack.words.coordinator, m_pack.clitics));
      const bool listed_after = b.end < m_sentence.end
                                && token_in(token(b.end), m_pack.words.coordinator, m_pack.clitics);
      if (!listed_before && !listed_after && allowed(a.entity, true, *p) && allowed(b.entity, false, *p)) {
        m_hits.push_back(Hit{&trigger, CueMatch{a.begin, b.end, a.begin, a.begin}});
        emit(m_hits.size() - 1, a.entity, b.entity, trigger.confidence);
      }
    }
  }
}

// A place, then the cue word or a name with the proclitic `prep`, then a
// place or country it lies in: "مستشفى ناصر في خان يونس", "مخيم جباليا بغزة".
void SentenceRules::apply_in_place()
{
  for (const auto& trigger : m_pack.triggers) {
    if (frame_of(trigger).family != FrameFamily::in_place) {
      continue;
    }
    const auto* p = m_ontology.find(trigger.predicate);
    const auto& word = trigger.cue.words.front().text;
    for (std::size_t k = 0; k + 1 < m_items.size(); ++k) {
      const auto& a = m_items[k];
      const auto& b = m_items[k + 1];
      if (a.kind != ItemKind::entity || b.kind != ItemKind::entity || a.demonym || b.demonym
          || m_entities[a.entity].entity.type != EntityType::location) {
        continue;
      }
      // "محافظة الرقة في شمال سوريا", "مدينة البعث بجنوب سوريا": directions
      // may stand between the preposition and the place.
      std::size_t at = a.end;
      const bool word_first = at < b.begin && token(at).text == word;
      const bool prep_first = at < b.begin && !word_first && !trigger.prep.empty()
                              && m_pack.clitics.starts_with_prep(token(at).text, trigger.prep)
                              && token_in(token(at), m_pack.words.direction, m_pack.clitics);
      if (word_first || prep_first) {
        ++at;
      }
      while (at < b.begin && at < a.end + 3 && token_in(token(at), m_pack.words.direction, m_pack.clitics)) {
        ++at;
      }
      const bool by_word = word_first && b.begin == at;
      const bool by_prep = (b.begin == a.end && b.governed && !trigger.prep.empty()
                            && m_pack.clitics.starts_with_prep(token(b.begin).text, trigger.prep))
                           || (prep_first && b.begin == at);
      const auto whole = beyond_direction(b);
      if (!(by_word || by_prep) || !allowed(whole, false, *p)) {
        continue;
      }
      // "مشفى 22 مايو ومشفى النقيب بعدن": every place of the list lies there.
      m_hits.push_back(Hit{&trigger, CueMatch{a.begin, b.end, a.begin, a.begin}});
      for (const auto member : list_left(k)) {
        const auto& place = m_items[member];
        if (place.kind == ItemKind::entity && !place.demonym
            && m_entities[place.entity].entity.type == EntityType::location && allowed(place.entity, true, *p)) {
          emit(m_hits.size() - 1, place.entity, whole, trigger.confidence);
        }
      }
    }
  }
}

// "في شمال سوريا": a place lies in the country or place a direction is of,
// even where the gazetteer names the direction's region ("Northern Syria").
std::size_t SentenceRules::beyond_direction(const Item& item) const
{
  if (item.end < item.begin + 2 || !token_in(token(item.begin), m_pack.words.direction, m_pack.clitics)) {
    return item.entity;
  }
  const auto g = m_gazetteer.longest_at(m_sentence.tokens, item.begin + 1, m_pack.clitics);
  if (!g || g->demonym || item.begin + 1 + g->tokens != item.end) {
    return item.entity;
  }
  return m_entities.known(g->entity);
}

// Countries named in this sentence, in text order, for "the two sides" with
// no recent event: also those named inside a title or an organization's name
// ("وزارة الدفاع التايوانية").
void SentenceRules::remember_countries()
{
  std::vector<std::pair<std::size_t, std::size_t>> named; // (position, entity)
  for (std::size_t e = 0; e < m_entities.size(); ++e) {
    if (m_entities[e].entity.type != EntityType::country) {
      continue;
    }
    for (const auto& mention : m_entities[e].entity.mentions) {
      if (mention.span.begin >= m_sentence.span.begin && mention.span.end <= m_sentence.span.end) {
        named.emplace_back(mention.span.begin, e);
      }
    }
  }
  std::sort(named.begin(), named.end());
  auto& countries = m_discourse.countries;
  for (const auto& [position, e] : named) {
    countries.erase(std::remove(countries.begin(), countries.end(), e), countries.end());
    countries.push_back(e);
  }
}

// A pronoun subject ("he", "she") just before token `at`, an adverb allowed between.
// The person a subject pronoun names: the topic when it is one person, else
// the one person of the last sentence that named any; nobody when unsure.
Entities SentenceRules::pronoun_person(const PredicateInfo& p) const
{
  for (const auto* candidates : {&m_discourse.topic, &m_discourse.persons}) {
    if (candidates->size() == 1 && m_entities[candidates->front()].entity.type == EntityType::person
        && allowed(candidates->front(), true, p)) {
      return *candidates;
    }
    if (!candidates->empty()) {
      return {};
    }
  }
  return {};
}

bool SentenceRules::pronoun_before(std::size_t at) const
{
  for (std::size_t back = 1; back <= 2 && at >= m_sentence.begin + back; ++back) {
    if (token_in(token(at - back), m_pack.words.pronoun, m_pack.clitics)) {
      return true;
    }
  }
  return false;
}

void SentenceRules::apply_hit(std::size_t h)
{
  const auto* p = m_ontology.find(m_hits[h].trigger->predicate);
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
  case FrameFamily::clause:
    apply_clause(h, *p);
    break;
  case FrameFamily::genitive:
  case FrameFamily::apposed:
  case FrameFamily::in_place:
    break; // read from the items, not from a cue
  }
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
      if (!report.emits || begin < report.begin || begin >= report.end || frame_of(inner.hit).scans_items()
          || m_ontology.find(m_hits[inner.hit].trigger->predicate)->cameo.empty()) {
        continue;
      }
      const auto& inner_p = *m_ontology.find(m_hits[inner.hit].trigger->predicate);
      const auto event = m_entities.event(inner.subject, inner_p.name, inner_p.label_en, inner.object);
      for (const auto speaker : report.speaker) {
        if (allowed(speaker, true, *p)) {
          emit(report.hit, speaker, event, say.confidence);
        }
      }
    }
  }
}

// "denied that X met Y", "did not say that ...": a complement whose
// complementizer follows a denial reports nothing that happened.
bool SentenceRules::denied_clause(std::size_t at) const
{
  for (std::size_t t = at; t-- > m_sentence.begin;) {
    if (token_in(token(t), m_pack.words.complementizer, m_pack.clitics)) {
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

// A coordinator within three tokens before token `at`, with no argument and
// no clause boundary between: "and urged", "and in particular urge".
// The cue of hit h carries the proclitic conjunction of words.tsv ("واتهم";
// not the future "س" of "سيزور") after a clause
// of this sentence whose subject was named.
bool SentenceRules::joined_verb(std::size_t h) const
{
  const auto& word = m_hits[h].trigger->cue.words.front().text;
  const auto text = token(m_hits[h].match.begin).text;
  const auto& conjunctions = m_pack.words.conjunction.words();
  return !m_clause_subjects.empty() && std::any_of(conjunctions.begin(), conjunctions.end(), [&](const auto& conj) {
    return text.size() > conj.size() && text.starts_with(conj) && text.substr(conj.size()).starts_with(word);
  });
}

bool SentenceRules::coordinated_verb(std::size_t at) const
{
  for (std::size_t t = at; t-- > m_sentence.begin && t + 3 >= at;) {
    const bool in_item = std::any_of(m_items.begin(), m_items.end(), [&](const Item& item) {
      return item.begin <= t && t < item.end;
    });
    if (in_item || is_hard_boundary(t)) {
      return false;
    }
    if (token_in(token(t), m_pack.words.coordinator, m_pack.clitics)) {
      return !m_clause_subjects.empty();
    }
  }
  return false;
}

// "NATO allies Turkey and Greece", "Turkey and Greece, both NATO members",
// "the NATO allies" (the last two countries): members of the organization
// that ends where the cue begins.
void SentenceRules::apply_members(std::size_t h, const PredicateInfo& p)
{
  const auto& hit = m_hits[h];
  auto org = std::find_if(m_items.begin(), m_items.end(), [&](const Item& item) {
    return item.end == hit.match.begin;
  });
  if (org == m_items.end()) {
    // "بين حلفاء حلف شمال الأطلسي": the organization after the cue; between
    // its allies means between the last two countries named.
    org = std::find_if(m_items.begin(), m_items.end(), [&](const Item& item) { return item.begin == hit.match.end; });
    const bool between = hit.match.begin > m_sentence.begin
                         && token_in(token(hit.match.begin - 1), m_pack.words.between, m_pack.clitics);
    if (hit.negated || org == m_items.end() || org->kind != ItemKind::entity || org->demonym || !between
        || m_discourse.countries.size() < 2) {
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
           && (is_soft_boundary(t - 1) || token_in(token(t - 1), m_pack.words.parties_cue, m_pack.clitics))) {
      --t;
    }
    if (t < org->begin && k > 0 && m_items[k - 1].end == t) {
      members = resolve(list_left(k - 1), true, p);
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

void SentenceRules::run()
{
  find_hits();
  for (std::size_t h = 0; h < m_hits.size(); ++h) {
    // A continuation ends the report before it.
    // "أكدت باكو ...، واتهمت الوزارة": a cue after a comma starts a new clause.
    const auto begin = m_hits[h].match.begin;
    const bool after_comma = begin > m_sentence.begin && is_soft_boundary(begin - 1);
    if ((frame_of(h).subject.topic || after_comma) && !m_reports.empty()) {
      m_reports.back().end = std::min(m_reports.back().end, m_hits[h].match.begin);
    }
    apply_hit(h);
  }
  apply_genitive();
  apply_apposed();
  apply_in_place();
  emit_events();
  remember_countries();
}

} // namespace

namespace {

constexpr std::size_t author_sentences = 3; // the header and first lines name who issues a statement

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
    while (t > sentence.begin && token_in(sentence.tokens[t - 1], pack.words.determiner, pack.clitics)) {
      --t;
    }
    if (t == sentence.begin || token_in(sentence.tokens[t - 1], pack.words.boundary, pack.clitics)) {
      return {item.entity};
    }
  }
  return {};
}

void SentenceRules::trace(std::vector<CueTrace>& out) const
{
  for (std::size_t h = 0; h < m_hits.size(); ++h) {
    const auto& hit = m_hits[h];
    CueTrace cue{.span = Span{token(hit.match.begin).span.begin, token(hit.match.end - 1).span.end},
                 .predicate = hit.trigger->predicate,
                 .frame = hit.trigger->frame};
    cue.emitted = static_cast<std::size_t>(
      std::count_if(m_emitted.begin(), m_emitted.end(), [&](const Emitted& e) { return e.hit == h; }));
    const bool reports = std::any_of(m_reports.begin(), m_reports.end(), [&](const Report& r) { return r.hit == h; });
    if (h < m_why.size() && m_why[h] != nullptr) {
      cue.why = m_why[h];
    } else if (reports) {
      cue.why = frame_of(h).report == ReportKind::event ? "reports speech: relations inside it become Events"
                                                    : "names the speaker of what follows";
    } else if (cue.emitted == 0) {
      cue.why = "no arguments of the types the predicate takes around it";
    }
    out.push_back(std::move(cue));
  }
}

} // namespace

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
  SentenceRules rules(m_pack, m_ontology, m_gazetteer, sentence, items, entities, discourse, relations);
  rules.run();
  if (cues != nullptr) {
    rules.trace(*cues);
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
