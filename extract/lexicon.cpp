#include "extract/lexicon.hpp"

#include "core/error.hpp"
#include "core/tsv.hpp"
#include "core/utf8.hpp"
#include "extract/frame.hpp"
#include "extract/gazetteer.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <charconv>
#include <cstring>
#include <optional>
#include <unordered_map>

namespace newskg::extract {

namespace {

constexpr std::size_t max_gap = 12;
constexpr std::size_t max_gap_commas = 4; // commas in a gap that take none of its room

// The options of words.tsv the extractor reads (entity_finder.cpp, rule_engine.cpp).
// Where a language puts a verb's subject or a noun's possessor is said per frame, in frames.tsv.
constexpr std::array<std::string_view, 3> known_options{
  "capitalized-names", "country-before-title", "seat-staff-serve-country"};

bool word_matches(const Cue::Word& word, const Token& token, const Clitics& clitics)
{
  if (token.kind == TokenKind::punct) {
    return word.text == token.text;
  }
  thread_local std::vector<std::string_view> scratch;
  const auto forms = clitics.forms_of(token, scratch);
  // "للسيد" is ل + السيد with the alef elided: its forms hold "سيد", not
  // "السيد". Only a form that lost a proclitic may stand for the word without
  // its article: "حكومة" alone is not "الحكومة" ("رئيس حكومة الوحدة").
  const auto bare = clitics.without_article(word.text);
  return std::any_of(forms.begin(), forms.end(), [&](std::string_view form) {
    return form == word.text || (bare != word.text && form == bare && form != token.text)
           || (word.any_suffix
               && (clitics.has_stem(form, word.text) || clitics.has_enclitic(form, word.text)));
  });
}

} // namespace

Cue Cue::parse(std::string_view text, std::string_view where)
{
  Cue cue;
  bool gap = false;
  bool adjectives = false;
  for (const auto part : split(text, ' ')) {
    if (part == "…" || part == "...") {
      gap = true;
      continue;
    }
    if (part == "~") {
      adjectives = true;
      continue;
    }
    const bool star = part.size() > 1 && part.back() == '*';
    const auto words = normalized_words(star ? part.substr(0, part.size() - 1) : part);
    for (const auto& word : words) {
      cue.words.push_back(Word{word, star, gap, adjectives});
      gap = false;
      adjectives = false;
    }
  }
  if (cue.words.empty()) {
    throw DataError(std::string(where) + ": empty cue");
  }
  if (gap || adjectives || cue.words.front().gap_before || cue.words.front().adjectives_before) {
    throw DataError(std::string(where) + ": a cue begins and ends with a word, not '…' or '~'");
  }
  return cue;
}

std::optional<std::size_t> closing_parenthesis(std::span<const Token> tokens, std::size_t k)
{
  constexpr std::size_t max_inside = 4;
  if (tokens[k].text != "(") {
    return std::nullopt;
  }
  for (std::size_t t = k + 1; t < tokens.size() && t <= k + max_inside + 1; ++t) {
    if (tokens[t].text == ")") {
      return t;
    }
    if (tokens[t].kind == TokenKind::punct) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<CueMatch> match_cue(const Cue& cue,
                                  std::span<const Token> tokens,
                                  std::size_t i,
                                  const Clitics& clitics,
                                  const WordSet* skippable)
{
  CueMatch match{i, i, i, i};
  std::size_t at = i;
  for (std::size_t w = 0; w < cue.words.size(); ++w) {
    const auto& word = cue.words[w];
    if (word.gap_before && w > 0) {
      auto limit = std::min(tokens.size(), at + max_gap + 1);
      std::size_t k = at;
      std::size_t commas = 0;
      while (k < limit && !word_matches(word, tokens[k], clitics)) {
        // "فرض الاتحاد الأفريقي لكرة القدم (كاف) عقوبات على": a short
        // parenthesis (a name's acronym) stands in the gap as its words do.
        if (const auto close = closing_parenthesis(tokens, k); close && *close < limit) {
          k = *close + 1;
          continue;
        }
        if (tokens[k].kind == TokenKind::punct && tokens[k].text != "،" && tokens[k].text != ",") {
          return std::nullopt;
        }
        // "تلقى ... أمير البلاد المفدى، اليوم، اتصالا": the commas of an aside
        // are no words of the gap.
        if (tokens[k].kind == TokenKind::punct && commas < max_gap_commas) {
          ++commas;
          limit = std::min(tokens.size(), limit + 1);
        }
        ++k;
      }
      if (k == limit) {
        return std::nullopt;
      }
      match.gap_begin = at;
      match.gap_end = k;
      at = k + 1;
      continue;
    }
    if (word.adjectives_before) {
      constexpr std::size_t max_adjectives = 4;
      for (std::size_t skipped = 0;
           skipped < max_adjectives && at < tokens.size() && skippable != nullptr
           && !word_matches(word, tokens[at], clitics) && token_in(tokens[at], *skippable, clitics);
           ++skipped) {
        ++at;
      }
    }
    if (at >= tokens.size() || !word_matches(word, tokens[at], clitics)) {
      return std::nullopt;
    }
    ++at;
  }
  match.end = at;
  return match;
}

bool token_in_unfilled(const Token& token, const WordSet& words, const Clitics& clitics)
{
  thread_local std::vector<std::string_view> scratch;
  return std::ranges::any_of(clitics.forms_of(token, scratch),
                             [&words](std::string_view form) { return words.contains(form); });
}

bool conjoined_in(std::string_view word, const WordSet& words, const Clitics& clitics)
{
  const auto bare = clitics.without_conjunction(word);
  return bare.size() < word.size() && words.contains(bare);
}

bool starts_with_prep_in(std::string_view word, const WordSet& preps, const Clitics& clitics)
{
  return std::any_of(preps.words().begin(), preps.words().end(), [&](const std::string& prep) {
    return clitics.starts_with_prep(word, prep);
  });
}

bool carries_enclitic(const Token& token, const WordSet& stems, const Clitics& clitics)
{
  const auto forms = token.forms();
  const auto& words = stems.words();
  return std::ranges::any_of(forms, [&](std::string_view form) {
    return std::ranges::any_of(
      words, [&](const std::string& stem) { return clitics.has_enclitic(form, stem); });
  });
}

bool name_begins_with(std::span<const std::string> names,
                      std::string_view word,
                      const Clitics& clitics)
{
  return std::ranges::any_of(names, [&](const std::string& name) {
    const auto first = normalized_words(name);
    return !first.empty() && clitics.without_article(first.front()) == word;
  });
}

WordSet::WordSet(std::vector<std::string> words)
  : m_words(std::move(words))
{
  std::sort(m_words.begin(), m_words.end());
  m_words.erase(std::unique(m_words.begin(), m_words.end()), m_words.end());
  for (const auto& word : m_words) {
    m_lengths.add(word.size());
  }
  index();
}

void WordSet::insert(std::string word)
{
  const auto at = std::lower_bound(m_words.begin(), m_words.end(), word);
  if (at != m_words.end() && *at == word) {
    return;
  }
  const auto k = static_cast<std::uint32_t>(at - m_words.begin());
  const auto hash = word_hash(word);
  m_lengths.add(word.size());
  m_words.insert(at, std::move(word));
  if (2 * m_words.size() > m_slots.size()) {
    index();
    return;
  }
  // The words after the new one moved up by one.
  for (auto& slot : m_slots) {
    if (slot.word > k) {
      ++slot.word;
    }
  }
  const auto mask = m_slots.size() - 1;
  auto place = hash & mask;
  while (m_slots[place].word != 0) {
    place = (place + 1) & mask;
  }
  m_slots[place] = Slot{k + 1, hash};
}

void WordSet::index()
{
  std::size_t size = 4;
  while (size < 2 * m_words.size()) {
    size *= 2;
  }
  m_slots.assign(size, Slot{});
  for (std::size_t k = 0; k < m_words.size(); ++k) {
    const auto hash = word_hash(m_words[k]);
    auto at = hash & (size - 1);
    while (m_slots[at].word != 0) {
      at = (at + 1) & (size - 1);
    }
    m_slots[at] = Slot{static_cast<std::uint32_t>(k + 1), hash};
  }
}

bool WordSet::indexed(const HashedWord& word) const
{
  const auto hash = word.hash;
  const auto mask = m_slots.size() - 1;
  for (auto at = hash & mask; m_slots[at].word != 0; at = (at + 1) & mask) {
    if (m_slots[at].hash == hash && m_words[m_slots[at].word - 1] == word.text) {
      return true;
    }
  }
  return false;
}

namespace {

// A stem's shape: a hash of its first four bytes (two Arabic letters) and
// its byte length, read from a form that begins with the stem. Requires
// `form` at least four bytes long.
std::uint32_t stem_shape(std::string_view form, std::size_t stem_size)
{
  std::uint32_t head = 0;
  std::memcpy(&head, form.data(), sizeof head);
  // The product's high half depends on every bit of the head and the size.
  const auto key = (std::uint64_t{head} << 8U) ^ std::uint64_t{stem_size};
  return static_cast<std::uint32_t>(key * 0x9E3779B97F4A7C15ULL >> 32U);
}

// One remembered answer of CueIndex::candidates: the index's serial number
// (0: empty slot), the Clitics asked with, the token's kind, hash and a copy
// of its text (a view could outlive the text), and the candidates. 64 bytes.
struct RememberedCandidates
{
  static constexpr std::size_t max_word = 25;      // bytes: 12 Arabic letters
  static constexpr std::size_t max_candidates = 4; // most words start no cue
  std::uint64_t serial = 0;
  const Clitics* clitics = nullptr;
  std::uint32_t hash = 0;
  std::uint8_t size = 0;
  std::uint8_t count = 0;
  TokenKind kind = TokenKind::word;
  std::array<char, max_word> word{};
  std::array<std::uint32_t, max_candidates> candidates{};

  [[nodiscard]] bool answers(std::uint64_t index, const Clitics& asked, const Token& token) const
  {
    return serial == index && hash == token.hash && clitics == &asked && kind == token.kind
           && size == token.text.size() && std::memcmp(word.data(), token.text.data(), size) == 0;
  }
};

// The slot of this thread's memory that (serial, token) may be remembered
// in: 2,048 slots (128 KB), direct-mapped by the word's hash and the index.
// Zero-initialized, so that a thread reaches it without a guard.
RememberedCandidates& remembered_slot(std::uint64_t serial, const Token& token)
{
  constexpr std::size_t slots = 2048;
  thread_local std::array<RememberedCandidates, slots> memory{};
  const auto mixed = token.hash ^ static_cast<std::uint32_t>(serial * 0x9E3779B97F4A7C15ULL >> 32U);
  return memory[mixed & (slots - 1)];
}

std::uint64_t next_cue_index_serial()
{
  static std::atomic<std::uint64_t> serial{0};
  return ++serial;
}

} // namespace

void CueIndex::add(std::size_t index, const Cue& cue, const Clitics& clitics)
{
  m_serial = next_cue_index_serial();
  const auto& first = cue.words.front();
  auto& map = first.any_suffix ? m_by_stem : m_by_word;
  auto& lengths = first.any_suffix ? m_stem_lengths : m_word_lengths;
  auto& filter = first.any_suffix ? m_stem_filter : m_word_filter;
  const auto key = [&](std::string_view word) {
    map[std::string(word)].push_back(static_cast<std::uint32_t>(index));
    lengths.add(word.size());
    filter.add(word);
    if (first.any_suffix && word.size() >= 4) { // shorter stems never match (candidates)
      m_stem_shapes.add_hash(stem_shape(word, word.size()));
    }
  };
  key(first.text);
  if (const auto bare = clitics.without_article(first.text); bare != first.text) {
    key(bare);
  }
}

void CueIndex::candidates(const Token& token,
                          const Clitics& clitics,
                          std::vector<std::uint32_t>& out) const
{
  // Filled forms are the same for the same text and kind: the answer is too.
  if (token.form_count == 0 || m_serial == 0
      || token.text.size() > RememberedCandidates::max_word) {
    computed_candidates(token, clitics, out);
    return;
  }
  auto& slot = remembered_slot(m_serial, token);
  if (slot.answers(m_serial, clitics, token)) {
    out.assign(slot.candidates.begin(), slot.candidates.begin() + slot.count);
    return;
  }
  computed_candidates(token, clitics, out);
  if (out.size() <= RememberedCandidates::max_candidates) {
    slot.serial = m_serial;
    slot.hash = token.hash;
    slot.clitics = &clitics;
    slot.kind = token.kind;
    slot.size = static_cast<std::uint8_t>(token.text.size());
    slot.count = static_cast<std::uint8_t>(out.size());
    std::copy(token.text.begin(), token.text.end(), slot.word.begin());
    std::copy(out.begin(), out.end(), slot.candidates.begin());
  }
}

void CueIndex::computed_candidates(const Token& token,
                                   const Clitics& clitics,
                                   std::vector<std::uint32_t>& out) const
{
  out.clear();
  thread_local std::vector<std::string_view> scratch;
  const auto forms = clitics.forms_of(token, scratch);
  for (std::size_t k = 0; k < forms.size(); ++k) {
    const auto form = forms[k];
    // Hashed once for the filter and the map; the first form is the token's text.
    std::optional<HashedWord> hashed;
    const auto form_hashed = [&] {
      if (!hashed) {
        hashed = k == 0 ? token.hashed() : HashedWord(form);
      }
      return *hashed;
    };
    if (m_word_lengths.holds(form.size()) && m_word_filter.may_contain(form_hashed())) {
      if (const auto found = m_by_word.find(form_hashed()); found != m_by_word.end()) {
        out.insert(out.end(), found->second.begin(), found->second.end());
      }
    }
    if (m_by_stem.empty()) {
      continue;
    }
    // Look the stem up first, check the ending only on a hit.
    for (const auto length : clitics.ending_lengths()) {
      if (form.size() < length + 4 || !m_stem_lengths.holds(form.size() - length)
          || !m_stem_shapes.may_contain_hash(stem_shape(form, form.size() - length))) {
        continue;
      }
      const auto stem =
        length == 0 ? form_hashed() : HashedWord(form.substr(0, form.size() - length));
      if (!m_stem_filter.may_contain(stem)) {
        continue;
      }
      const auto found = m_by_stem.find(stem);
      if (found != m_by_stem.end()
          && (length == 0 || clitics.is_ending(form.substr(form.size() - length)))) {
        out.insert(out.end(), found->second.begin(), found->second.end());
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

void LanguagePack::index_families()
{
  m_family_triggers.clear();
  for (std::size_t k = 0; k < triggers.size(); ++k) {
    const auto family = static_cast<std::size_t>(frames[triggers[k].frame_index].family);
    if (family >= m_family_triggers.size()) {
      m_family_triggers.resize(family + 1);
    }
    m_family_triggers[family].push_back(k);
  }
}

void LanguagePack::index_honorific_pronouns()
{
  m_honorific_pronouns.clear();
  for (const auto& honorific : words.honorific.words()) {
    if (clitics.without_article(honorific) != honorific) {
      continue; // "السمو": no pronoun on the article's form
    }
    const auto bound = clitics.bound_form(honorific).value_or(honorific);
    for (const auto& pronoun : words.object_pronoun.words()) {
      m_honorific_pronouns.emplace(bound + pronoun, honorific);
    }
  }
}

namespace {

// The list of words.tsv class `kind` among `classes`, null when none is.
template<typename List>
List* class_named(std::string_view kind,
                  std::initializer_list<std::pair<std::string_view, List*>> classes)
{
  for (const auto& [name, list] : classes) {
    if (name == kind) {
      return list;
    }
  }
  return nullptr;
}

} // namespace

void LanguagePack::parse_words(std::istream& in, std::string_view source)
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(2);
    const auto kind = reader.fields()[0];
    if (kind == "abbreviation") {
      words.abbreviations.emplace_back(reader.fields()[1]); // as written: "Sen."
      continue;
    }
    if (kind == "spelling-dictionary") {
      if (spelling) {
        reader.fail("a second spelling-dictionary");
      }
      const auto where = std::string(source) + ":" + std::to_string(reader.line());
      spelling = std::make_shared<const SpellingDictionary>(reader.fields()[1], where);
      continue;
    }
    // Classes whose rows are cues of several words ("تمكن* … من").
    auto* cues = class_named<std::vector<Cue>>(kind,
                                               {{"along-with", &words.along_with},
                                                {"agent-marker", &words.agent_marker},
                                                {"control", &words.control},
                                                {"described-as", &words.described_as}});
    if (cues != nullptr) {
      const auto where = std::string(source) + ":" + std::to_string(reader.line());
      cues->push_back(Cue::parse(reader.fields()[1], where));
      continue;
    }
    auto* target =
      class_named<WordSet>(kind,
                           {{"stop", &words.stop},
                            {"complementizer", &words.complementizer},
                            {"pronoun-complementizer", &words.pronoun_complementizer},
                            {"boundary", &words.boundary},
                            {"list-separator", &words.list_separator},
                            {"dateline-dash", &words.dateline_dash},
                            {"dateline-separator", &words.dateline_separator},
                            {"coordinator", &words.coordinator},
                            {"modifier", &words.modifier},
                            {"former", &words.former},
                            {"parties", &words.parties},
                            {"own", &words.own},
                            {"own-force", &words.own_force},
                            {"armed-head", &words.armed_head},
                            {"state-head", &words.state_head},
                            {"negation", &words.negation},
                            {"possibility", &words.possibility},
                            {"future-proclitic", &words.future_proclitic},
                            {"question", &words.question},
                            {"conjunction", &words.conjunction},
                            {"joining-word", &words.joining_word},
                            {"contrast-opener", &words.contrast_opener},
                            {"resuming-word", &words.resuming_word},
                            {"name-joiner", &words.name_joiner},
                            {"name-compound", &words.name_compound},
                            {"apposed-pronoun", &words.apposed_pronoun},
                            {"copula", &words.copula},
                            {"title-pronoun", &words.title_pronoun},
                            {"namesake-role", &words.namesake_role},
                            {"name-compound-first", &words.name_compound_first},
                            {"org-head", &words.org_head},
                            {"preposition", &words.preposition},
                            {"list-intro", &words.list_intro},
                            {"member-intro", &words.member_intro},
                            {"option", &words.option},
                            {"possessive", &words.possessive},
                            {"plural-owner", &words.plural_owner},
                            {"lowercase-org-head", &words.lowercase_org_head},
                            {"definite-article", &words.definite_article},
                            {"determiner", &words.determiner},
                            {"aside-opener", &words.aside_opener},
                            {"parties-cue", &words.parties_cue},
                            {"act-pronoun", &words.act_pronoun},
                            {"act-what", &words.act_what},
                            {"definite-parties", &words.definite_parties},
                            {"parties-article", &words.parties_article},
                            {"pronoun", &words.pronoun},
                            {"speaker-pronoun", &words.speaker_pronoun},
                            {"thing-pronoun", &words.thing_pronoun},
                            {"statement-noun", &words.statement_noun},
                            {"anonymous", &words.anonymous},
                            {"facility-word", &words.facility_word},
                            {"place-preposition", &words.place_preposition},
                            {"author-pronoun", &words.author_pronoun},
                            {"quote", &words.quote},
                            {"demonstrative", &words.demonstrative},
                            {"own-pronoun", &words.own_pronoun},
                            {"many-holders", &words.many_holders},
                            {"party-role", &words.party_role},
                            {"team-role", &words.team_role},
                            {"place-name-adjective", &words.place_name_adjective},
                            {"chair-body", &words.chair_body},
                            {"act-adjective", &words.act_adjective},
                            {"verbal-cue", &words.verbal_cue},
                            {"threat-cue", &words.threat_cue},
                            {"content-proclitic", &words.content_proclitic},
                            {"hostile-preposition", &words.hostile_preposition},
                            {"verbal-predicate", &words.verbal_predicate},
                            {"speech-noun", &words.speech_noun},
                            {"loose-title", &words.loose_title},
                            {"denied-report", &words.denied_report},
                            {"thing-pronoun-ending", &words.thing_pronoun_ending},
                            {"subject-ending", &words.subject_ending},
                            {"fronted-opener", &words.fronted_opener},
                            {"light-verb", &words.light_verb},
                            {"unrealizing", &words.unrealizing},
                            {"unrealizing-preposition", &words.unrealizing_preposition},
                            {"future-time", &words.future_time},
                            {"future-adjective", &words.future_adjective},
                            {"time-noun", &words.time_noun},
                            {"kin-noun", &words.kin_noun},
                            {"kin-joiner", &words.kin_joiner},
                            {"post-noun", &words.post_noun},
                            {"name-particle", &words.name_particle},
                            {"regnal", &words.regnal},
                            {"issued", &words.issued},
                            {"issued-by", &words.issued_by},
                            {"adjective-name", &words.adjective_name},
                            {"adjective-org", &words.adjective_org},
                            {"resumptive", &words.resumptive},
                            {"owner-pronoun", &words.owner_pronoun},
                            {"object-pronoun", &words.object_pronoun},
                            {"plural-pronoun", &words.plural_pronoun},
                            {"belonging", &words.belonging},
                            {"party-head", &words.party_head},
                            {"portfolio", &words.portfolio},
                            {"destination-proclitic", &words.destination_proclitic},
                            {"target-noun", &words.target_noun},
                            {"patient-noun", &words.patient_noun},
                            {"patient-preposition", &words.patient_preposition},
                            {"target-predicate", &words.target_predicate},
                            {"speech-event", &words.speech_event},
                            {"time", &words.time},
                            {"adverbial", &words.adverbial},
                            {"onset-noun", &words.onset_noun},
                            {"occasion-preposition", &words.occasion_preposition},
                            {"occasion-ordinal", &words.occasion_ordinal},
                            {"occasion-noun", &words.occasion_noun},
                            {"occasion-tail", &words.occasion_tail},
                            {"between", &words.between},
                            {"denial", &words.denial},
                            {"given-name", &words.given_name},
                            {"country-role", &words.country_role},
                            {"membership-role", &words.membership_role},
                            {"nationality-role", &words.nationality_role},
                            {"minister-kind", &words.minister_kind},
                            {"org-joiner", &words.org_joiner},
                            {"org-tail", &words.org_tail},
                            {"non-state", &words.non_state},
                            {"for-region", &words.for_region},
                            {"lineage", &words.lineage},
                            {"member-noun", &words.member_noun},
                            {"quantity", &words.quantity},
                            {"stand-in", &words.stand_in},
                            {"owner-preposition", &words.owner_preposition},
                            {"place-tail", &words.place_tail},
                            {"condition", &words.condition},
                            {"subjunctive", &words.subjunctive},
                            {"masculine-name", &words.masculine_name},
                            {"any-determiner", &words.any_determiner},
                            {"ya-given-name", &words.ya_given_name},
                            {"inner-given-name", &words.inner_given_name},
                            {"naming-verb", &words.naming_verb},
                            {"people-parties", &words.people_parties},
                            {"country-parties", &words.country_parties},
                            {"state-reference", &words.state_reference},
                            {"place-plural", &words.place_plural},
                            {"kingdom-name", &words.kingdom_name},
                            {"kingdom-prince", &words.kingdom_prince},
                            {"place-list-head", &words.place_list_head},
                            {"direction", &words.direction},
                            {"inner-direction", &words.inner_direction},
                            {"place-suffix", &words.place_suffix},
                            {"honorific", &words.honorific},
                            {"stance-noun", &words.stance_noun},
                            {"name-head", &words.name_head},
                            {"act-name-noun", &words.act_name_noun},
                            {"region-head", &words.region_head},
                            {"city-name-head", &words.city_name_head},
                            {"pronoun-ending", &words.pronoun_ending},
                            {"word-pronoun-ending", &words.word_pronoun_ending},
                            {"adjective-ending", &words.adjective_ending},
                            {"adjective-prefix", &words.adjective_prefix},
                            {"adjective-pattern", &words.adjective_pattern},
                            {"passive-pattern", &words.passive_pattern},
                            {"pattern-root", &words.pattern_root},
                            {"lone-word-ending", &words.lone_word_ending},
                            {"charge-proclitic", &words.charge_proclitic},
                            {"phrase-proclitic", &words.phrase_proclitic},
                            {"medium", &words.medium},
                            {"noun-governor", &words.noun_governor},
                            {"charge-predicate", &words.charge_predicate},
                            {"charge-report", &words.charge_report},
                            {"long-vowel", &words.long_vowel},
                            {"origin-ending", &words.origin_ending},
                            {"accusative-ending", &words.accusative_ending},
                            {"org-domain", &words.org_domain},
                            {"place-name-first", &words.place_name_first},
                            {"place-name-head", &words.place_name_head},
                            {"title-preposition", &words.title_preposition},
                            {"majority-noun", &words.majority_noun},
                            {"verb-particle", &words.verb_particle},
                            {"post-verb", &words.post_verb},
                            {"country-noun", &words.country_noun},
                            {"appoint", &words.appoint},
                            {"relative", &words.relative},
                            {"clause-opener", &words.clause_opener},
                            {"passive-aux", &words.passive_aux},
                            {"voice-adverb", &words.voice_adverb},
                            {"purpose-proclitic", &words.purpose_proclitic},
                            {"purpose-predicate", &words.purpose_predicate},
                            {"away-predicate", &words.away_predicate}});
    if (target == nullptr) {
      reader.fail("unknown word class '" + std::string(kind) + "'");
    }
    // Options change how a language is read: a misspelled one must not pass silently.
    if (kind == "option"
        && std::find(known_options.begin(), known_options.end(), reader.fields()[1])
             == known_options.end()) {
      reader.fail("unknown option '" + std::string(reader.fields()[1]) + "'");
    }
    if (target == &words.country_role || target == &words.many_holders
        || target == &words.membership_role || target == &words.nationality_role
        || target == &words.minister_kind || target == &words.party_role
        || target == &words.team_role || target == &words.kingdom_prince) {
      role_words.emplace_back(reader.fields()[1],
                              std::string(source) + ":" + std::to_string(reader.line()));
    }
    if (target == &words.purpose_predicate || target == &words.away_predicate
        || target == &words.charge_predicate || target == &words.charge_report
        || target == &words.target_predicate || target == &words.verbal_predicate
        || target == &words.speech_event) {
      predicate_words.emplace_back(reader.fields()[1],
                                   std::string(source) + ":" + std::to_string(reader.line()));
    }
    // Punctuation stays as written; words are normalized like text.
    const auto word = reader.fields()[1];
    const auto normalized = normalized_words(word);
    if (normalized.size() == 1) {
      target->insert(normalized.front());
      target->insert(std::string(clitics.without_article(normalized.front())));
    } else {
      target->insert(std::string(word));
    }
  }
}

namespace {
constexpr std::size_t min_adjective_stem = 3; // letters an adjective's affix leaves
}

bool adjective_ending(const WordClasses& words, std::string_view word)
{
  const auto letters = code_points(word);
  return std::ranges::any_of(words.adjective_ending.words(), [&](const std::string& ending) {
    return word.ends_with(ending) && letters >= code_points(ending) + min_adjective_stem;
  });
}

bool adjective_shape(const WordClasses& words, std::string_view word)
{
  if (adjective_ending(words, word)) {
    return true;
  }
  const auto letters = to_u32(word);
  for (const auto& prefix : words.adjective_prefix.words()) {
    if (word.starts_with(prefix) && letters.size() >= code_points(prefix) + min_adjective_stem) {
      return true;
    }
  }
  return has_pattern(words, words.adjective_pattern, word);
}

bool has_pattern(const WordClasses& words, const WordSet& patterns, std::string_view word)
{
  // A root letter of a pattern (words.tsv pattern-root: ف ع ل) stands for
  // any letter. Both are read a code point at a time: no copy per call.
  for (const std::string_view pattern : patterns.words()) {
    std::size_t p = 0;
    std::size_t w = 0;
    bool same = true;
    while (same && p < pattern.size() && w < word.size()) {
      const auto p_begin = p;
      const auto p_letter = next_code_point(pattern, p);
      same = next_code_point(word, w) == p_letter
             || words.pattern_root.contains(pattern.substr(p_begin, p - p_begin));
    }
    if (same && p == pattern.size() && w == word.size()) {
      return true;
    }
  }
  return false;
}

std::optional<std::string_view> word_pronoun_ending(const WordClasses& words, std::string_view word)
{
  constexpr std::size_t min_stem_letters = 3;
  for (const auto& ending : words.word_pronoun_ending.words()) {
    if (word.ends_with(ending)
        && code_points(word.substr(0, word.size() - ending.size())) >= min_stem_letters) {
      return ending;
    }
  }
  return std::nullopt;
}

bool ends_in_pronoun(const WordClasses& words, std::string_view word)
{
  const auto& endings = words.pronoun_ending.words();
  return std::any_of(endings.begin(), endings.end(), [&](const std::string& ending) {
    return word.size() >= ending.size() + 4 && word.ends_with(ending);
  });
}

bool preposition_with_pronoun(const WordClasses& words, std::string_view word)
{
  const auto stem_is_preposition = [&](const std::string& ending) {
    if (!word.ends_with(ending) || word.size() == ending.size()) {
      return false;
    }
    const auto stem = word.substr(0, word.size() - ending.size());
    return words.preposition.contains(stem);
  };
  return std::ranges::any_of(words.pronoun_ending.words(), stem_is_preposition)
         || std::ranges::any_of(words.word_pronoun_ending.words(), stem_is_preposition);
}

bool ends_in_origin(const WordClasses& words, std::string_view word)
{
  const auto& endings = words.origin_ending.words();
  return std::any_of(endings.begin(), endings.end(), [&](const std::string& ending) {
    return word.ends_with(ending);
  });
}

void LanguagePack::parse_titles(std::istream& in, std::string_view source)
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(2);
    const auto where = std::string(source) + ":" + std::to_string(reader.line());
    const std::string_view number =
      reader.fields().size() > 2 ? reader.fields()[2] : std::string_view("one");
    if (number != "one" && number != "many") {
      reader.fail("unknown number '" + std::string(number) + "' (known: one, many)");
    }
    titles.push_back(Title{std::string(reader.fields()[0]),
                           Cue::parse(reader.fields()[1], where),
                           number == "many",
                           std::string(reader.fields().size() > 3 ? reader.fields()[3] : ""),
                           std::nullopt,
                           where});
  }
  // Longest cue first, so "رئيس الوزراء" wins over "رئيس".
  std::stable_sort(titles.begin(), titles.end(), [](const Title& a, const Title& b) {
    return a.cue.words.size() > b.cue.words.size();
  });
  title_index = CueIndex();
  for (std::size_t i = 0; i < titles.size(); ++i) {
    title_index.add(i, titles[i].cue, clitics);
  }
}

void LanguagePack::parse_heads(std::istream& in, std::string_view source)
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(3);
    const auto& f = reader.fields();
    const auto type = parse_entity_type(f[0]);
    if (!type) {
      reader.fail("unknown entity type '" + std::string(f[0]) + "'");
    }
    const auto where = std::string(source) + ":" + std::to_string(reader.line());
    const std::string link = f.size() > 3 && f[3] != "-" ? std::string(f[3]) : std::string();
    const std::string_view kind = f.size() > 4 ? f[4] : std::string_view("-");
    if (kind != "seat" && kind != "facility" && kind != "quoted-facility"
        && kind != "named-facility" && kind != "-") {
      reader.fail(
        "the fifth column is 'seat', 'facility', 'quoted-facility', 'named-facility' or '-', not '"
        + std::string(kind) + "'");
    }
    heads.push_back(
      Head{*type,
           Cue::parse(f[1], where),
           std::string(f[2]),
           link,
           kind == "seat",
           kind == "facility" || kind == "quoted-facility" || kind == "named-facility",
           kind == "quoted-facility",
           kind == "named-facility",
           where});
  }
  std::stable_sort(heads.begin(), heads.end(), [](const Head& a, const Head& b) {
    return a.cue.words.size() > b.cue.words.size();
  });
  head_index = CueIndex();
  for (std::size_t i = 0; i < heads.size(); ++i) {
    head_index.add(i, heads[i].cue, clitics);
  }
}

namespace {

// "تزور*" beside "يزور*": rows of one predicate whose first words differ only
// by their imperfect prefix are both imperfect ("وقد تزور": may visit),
// though ت alone also begins perfects (تبادل، توجه).
void mark_imperfect_pairs(std::vector<Trigger>& triggers, const Clitics& clitics)
{
  const auto& prefixes = clitics.imperfect_prefixes();
  // Key: predicate, frame and the cue without its first word's prefix; value:
  // the prefixes seen, one bit each.
  std::unordered_map<std::string, unsigned> seen;
  const auto key_of = [&](const Trigger& t, std::size_t& prefix) -> std::optional<std::string> {
    const auto& first = t.cue.words.front().text;
    for (prefix = 0; prefix < prefixes.size() && prefix < 8; ++prefix) {
      if (first.starts_with(prefixes[prefix]) && first.size() > prefixes[prefix].size()) {
        std::string key =
          t.predicate + '\t' + t.frame + '\t' + first.substr(prefixes[prefix].size());
        for (std::size_t w = 1; w < t.cue.words.size(); ++w) {
          key += ' ' + t.cue.words[w].text;
        }
        return key;
      }
    }
    return std::nullopt;
  };
  std::size_t prefix = 0;
  for (const auto& t : triggers) {
    if (const auto key = key_of(t, prefix)) {
      seen[*key] |= 1U << prefix;
    }
  }
  for (auto& t : triggers) {
    if (const auto key = key_of(t, prefix); key && std::popcount(seen[*key]) >= 2) {
      t.imperfect = true;
    }
  }
}

} // namespace

namespace {

// How much lower than its verb's a verbs.tsv participle's and verbal noun's
// confidence is (they are read with less evidence of the clause).
constexpr double participle_lower = 0.1;
constexpr double noun_lower = 0.15;

// A row's confidence: a number in (0, 1].
double row_confidence(const TsvReader& reader, std::string_view field)
{
  double confidence = 0;
  const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), confidence);
  if (error != std::errc() || end != field.data() + field.size() || confidence <= 0
      || confidence > 1) {
    reader.fail("confidence must be a number in (0, 1]");
  }
  return confidence;
}

} // namespace

std::vector<std::string> LanguagePack::row_preps(const TsvReader& reader,
                                                 std::string_view field) const
{
  std::vector<std::string> preps;
  if (field == "-") {
    return preps;
  }
  for (std::size_t from = 0; from <= field.size();) {
    const auto bar = std::min(field.find('|', from), field.size());
    const auto piece = field.substr(from, bar - from);
    const auto prep_words = normalized_words(piece);
    // A possessive ending of words.tsv ("'s") stays as written, as its tokens do.
    if (prep_words.size() != 1 && !words.possessive.contains(piece)) {
      reader.fail("a preposition is one word; alternatives are parted by '|': '"
                  + std::string(field) + "'");
    }
    preps.push_back(prep_words.size() == 1 ? prep_words.front() : std::string(piece));
    from = bar + 1;
  }
  return preps;
}

void LanguagePack::add_imperfects(const Trigger& perfect, std::vector<std::string> forms, bool we)
{
  const auto we_frame = perfect.frame + "-we";
  if (we && find_frame(frames, we_frame) == nullptr) {
    return;
  }
  for (auto& form : forms) {
    auto imperfect = perfect;
    imperfect.imperfect = true;
    imperfect.written_initial = 0; // its prefix begins it
    imperfect.folded_initial = 0;
    if (we) {
      imperfect.frame = we_frame;
    }
    imperfect.cue.words.front().text = std::move(form);
    triggers.push_back(std::move(imperfect));
  }
}

void LanguagePack::parse_triggers(std::istream& in, std::string_view source)
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(5);
    const auto& f = reader.fields();
    const auto where = std::string(source) + ":" + std::to_string(reader.line());
    // "+اعلن*": the verb and its imperfect forms (يعلن*, تعلن*), from the
    // prefixes of clitics.tsv; irregular verbs list theirs as cues of their own.
    const bool with_imperfect = f[1].starts_with('+');
    auto preps = row_preps(reader, f[3]);
    Trigger trigger{.predicate = std::string(f[0]),
                    .cue = Cue::parse(with_imperfect ? f[1].substr(1) : f[1], where),
                    .frame = std::string(f[2]),
                    .prep = preps.empty() ? "" : preps.front(),
                    .preps = std::move(preps),
                    .confidence = row_confidence(reader, f[4]),
                    .where = where};
    // "يزور": a row of its own in the imperfect (the feminine ت is left out,
    // since perfect verbs begin with it too: تبادل، توجه).
    trigger.imperfect = trigger.cue.words.front().text.starts_with("ي")
                        && clitics.imperfect_shape(trigger.cue.words.front().text);
    if (with_imperfect) {
      const auto& verb = trigger.cue.words.front().text;
      add_imperfects(trigger, clitics.imperfect_of(verb), false);
      // "+اتهم*" also reads نتهم* ("we accuse") when frames.tsv declares
      // the row frame's first-person twin, "verb-we" for "verb".
      add_imperfects(trigger, clitics.imperfect_we_of(verb), true);
    }
    triggers.push_back(std::move(trigger));
  }
  index_triggers();
}

std::array<std::string, 3> LanguagePack::family_frames(const TsvReader& reader,
                                                       std::string_view field)
{
  std::array<std::string, 3> frames_of;
  std::size_t parts = 0;
  for (std::size_t from = 0; from <= field.size(); ++parts) {
    const auto slash = std::min(field.find('/', from), field.size());
    if (parts < frames_of.size()) {
      frames_of[parts] = std::string(field.substr(from, slash - from));
    }
    from = slash + 1;
  }
  if (parts != frames_of.size()) {
    reader.fail("frames are three names parted by '/' (verb/participle/noun): '"
                + std::string(field) + "'");
  }
  return frames_of;
}

std::vector<std::string> LanguagePack::participle_forms(const TsvReader& reader,
                                                        std::string_view participle,
                                                        std::string_view noun) const
{
  // "مدينا|مدينين": the forms as given; "مشيد": the stem's.
  std::vector<std::string> forms;
  for (std::size_t from = 0; from <= participle.size();) {
    const auto bar = std::min(participle.find('|', from), participle.size());
    const auto form = normalized_words(participle.substr(from, bar - from));
    if (form.size() != 1) {
      reader.fail("a participle is one word: '" + std::string(participle) + "'");
    }
    forms.push_back(form.front());
    from = bar + 1;
  }
  if (forms.size() == 1) {
    forms = clitics.participle_forms(forms.front());
  }
  // "مساندة" is the feminine participle and the verbal noun of ساند: such a
  // form would read every verbal noun as a participle.
  const auto noun_words = noun == "-" ? std::vector<std::string>() : normalized_words(noun);
  for (const auto& form : forms) {
    if (!noun_words.empty() && form == noun_words.front()) {
      reader.fail("the participle's form '" + form
                  + "' is the verbal noun too; list the participle's other forms");
    }
  }
  return forms;
}

void LanguagePack::parse_verbs(std::istream& in, std::string_view source)
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(9);
    const auto& f = reader.fields();
    const auto where = std::string(source) + ":" + std::to_string(reader.line());
    const auto frame_of = family_frames(reader, f[1]);
    const auto perfect = f[2];
    const auto imperfect = f[3];
    const auto participle = f[4];
    const auto noun = f[5];
    // The verb's and the participle's preposition, and the noun's: "انتقد
    // X" but "انتقاده لX".
    const auto verb_preps = row_preps(reader, f[6]);
    const auto noun_preps = row_preps(reader, f[7]);
    const double confidence = row_confidence(reader, f[8]);
    const auto make = [&](std::string_view cue, std::size_t part, double lower) {
      const auto& preps = part == 2 ? noun_preps : verb_preps;
      if (frame_of[part] == "-") {
        constexpr std::array<std::string_view, 3> form_names{"verb", "participle", "noun"};
        reader.fail("the " + std::string(form_names[part]) + " '" + std::string(cue)
                    + "' has no frame in '" + std::string(f[1]) + "'");
      }
      auto trigger = Trigger{.predicate = std::string(f[0]),
                             .cue = Cue::parse(cue, where),
                             .frame = frame_of[part],
                             .prep = preps.empty() ? "" : preps.front(),
                             .preps = preps,
                             .confidence = std::max(0.05, confidence - lower),
                             .where = where};
      const auto written = to_u32(cue);
      const auto folded = to_u32(trigger.cue.words.front().text);
      if (!written.empty() && !folded.empty() && written.front() != folded.front()) {
        trigger.written_initial = written.front();
        trigger.folded_initial = folded.front();
      }
      return trigger;
    };
    if (perfect != "-") {
      auto verb = make(std::string(perfect) + "*", 0, 0);
      if (imperfect == "+") {
        const auto& written = verb.cue.words.front().text;
        add_imperfects(verb, clitics.imperfect_of(written), false);
        add_imperfects(verb, clitics.imperfect_we_of(written), true);
      }
      triggers.push_back(std::move(verb));
    } else if (imperfect == "+") {
      reader.fail("'+' derives the imperfect from the perfect, and there is none");
    }
    if (imperfect != "-" && imperfect != "+") {
      auto own = make(std::string(imperfect) + "*", 0, 0);
      own.imperfect = true;
      if (clitics.imperfect_persons(own.cue.words.front().text, false).empty()
          && !clitics.imperfect_prefixes().empty()) {
        reader.fail("'" + std::string(imperfect)
                    + "' begins with no imperfect prefix of clitics.tsv");
      }
      const auto& written = own.cue.words.front().text;
      add_imperfects(own, clitics.imperfect_persons(written, false), false);
      add_imperfects(own, clitics.imperfect_persons(written, true), true);
      triggers.push_back(std::move(own));
    }
    if (participle != "-") {
      for (const auto& form : participle_forms(reader, participle, noun)) {
        triggers.push_back(make(form, 1, participle_lower));
      }
    }
    if (noun != "-") {
      auto written = make(std::string(noun) + "*", 2, noun_lower);
      // "ادانته": a noun in ta marbuta before a pronoun.
      if (const auto bound = clitics.bound_form(written.cue.words.front().text)) {
        auto before_ending = written;
        before_ending.cue.words.front().text = *bound;
        triggers.push_back(std::move(before_ending));
      }
      triggers.push_back(std::move(written));
    }
  }
  index_triggers();
}

void LanguagePack::index_triggers()
{
  mark_imperfect_pairs(triggers, clitics);
  std::stable_sort(triggers.begin(), triggers.end(), [](const Trigger& a, const Trigger& b) {
    return a.cue.words.size() > b.cue.words.size();
  });
  trigger_index = CueIndex();
  for (std::size_t i = 0; i < triggers.size(); ++i) {
    trigger_index.add(i, triggers[i].cue, clitics);
    for (const auto& word : triggers[i].cue.words) {
      cue_words.insert(word.text);
    }
  }
}

bool LanguagePack::accusative_cue_word(std::string_view word) const
{
  const auto& endings = words.accusative_ending.words();
  return std::any_of(endings.begin(), endings.end(), [&](const std::string& ending) {
    return word.size() > ending.size() && word.ends_with(ending)
           && cue_words.contains(word.substr(0, word.size() - ending.size()));
  });
}

} // namespace newskg::extract
