// Names: which words may be a name, where a name ends, and how a found
// name becomes an entity of the document.

#include "core/utf8.hpp"
#include "extract/entity_finder.hpp"
#include "extract/entity_finder_context.hpp"
#include "extract/normalizer.hpp"
#include "extract/token_shape.hpp"

#include <algorithm>

namespace newskg::extract {

using namespace finder;

bool EntityFinder::is_name_word(const Context& c, std::size_t i) const
{
  if (i >= c.sentence.end || c.token(i).kind != TokenKind::word) {
    return false;
  }
  const auto& token = c.token(i);
  // "وقع مع شركة سوناطراك اتفاقا": a word of an act in the accusative,
  // its tanween written or not, is the clause's noun.
  if (token_in(token, m_pack.words.stop, m_pack.clitics) || has_tanween(c.original, token.span)
      || m_pack.accusative_cue_word(token.text)) {
    return false;
  }
  // "أحياء في العاصمة بينها سوق الجمعة": nor a preposition with a pronoun.
  if (!m_capitalized_names && preposition_with_pronoun(m_pack.words, token.text)) {
    return false;
  }
  // "وأحزاب المعارضة لن تصوت": a negation word begins a verb phrase, never a
  // name; "وأكد وزير الخارجية المصري مجددا موقف بلاده": nor is an adverb one.
  if (token_in(token, m_pack.words.negation, m_pack.clitics)
      || token_in(token, m_pack.words.adverbial, m_pack.clitics)) {
    return false;
  }
  if (m_capitalized_names && !is_capitalized(token)
      && !token_in(token, m_pack.words.name_joiner, m_pack.clitics)) {
    return false;
  }
  // "a spokesperson for the U.S. Embassy": where letter case marks names, a
  // head of an organization's name or a facility's word (words.tsv org-head,
  // facility-word) is none of a person's.
  if (m_capitalized_names
      && (token_in(token, m_pack.words.org_head, m_pack.clitics)
          || token_in(token, m_pack.words.facility_word, m_pack.clitics))) {
    return false;
  }
  // "جورجي" without the article is a first name, not the demonym "Georgian".
  if (const auto g = known_at(c, i); g && !(g->demonym && !has_article(token))) {
    return false;
  }
  // "الأمير فيصل": a given name as written that a cue matches only past a
  // proclitic it seems to begin with (ف + يصل, "arrives") is the name.
  if (!m_capitalized_names && m_pack.words.given_name.contains(token.hashed())
      && !m_pack.cue_words.contains(token.hashed())) {
    return true;
  }
  return !starts_cue(c, i);
}

// Where the longest title that begins at token i ends ("الفريق أول ركن",
// not "الفريق أول").
std::size_t EntityFinder::title_end(const Context& c, std::size_t i) const
{
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.title_index.candidates(c.token(i), m_pack.clitics, candidates);
  std::size_t end = i;
  for (const auto k : candidates) {
    if (const auto match = match_cue(m_pack.titles[k].cue, c.tokens(), i, m_pack.clitics)) {
      end = std::max(end, match->end);
    }
  }
  return end;
}

// A title begins at token i.
bool EntityFinder::starts_title(const Context& c, std::size_t i) const
{
  return title_at_where(c, i, [](const Title&) { return true; });
}

bool EntityFinder::title_at_where(const Context& c,
                                  std::size_t i,
                                  bool (*wanted)(const Title&)) const
{
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.title_index.candidates(c.token(i), m_pack.clitics, candidates);
  return std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) {
    const auto& title = m_pack.titles[k];
    return wanted(title) && match_cue(title.cue, c.tokens(), i, m_pack.clitics).has_value();
  });
}

namespace {

// A cue of a trigger whose frame passes `wanted` begins at token i.
bool starts_trigger(const LanguagePack& pack,
                    std::span<const Token> tokens,
                    std::size_t i,
                    bool (*wanted)(const Frame&))
{
  thread_local std::vector<std::uint32_t> candidates;
  pack.trigger_index.candidates(tokens[i], pack.clitics, candidates);
  return std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) {
    const auto& trigger = pack.triggers[k];
    return wanted(pack.frames[trigger.frame_index])
           && match_cue(trigger.cue, tokens, i, pack.clitics).has_value();
  });
}

} // namespace

// A title, head noun or trigger begins at token i.
bool EntityFinder::starts_cue(const Context& c, std::size_t i) const
{
  const auto tokens = c.tokens();
  thread_local std::vector<std::uint32_t> candidates;
  const auto starts = [&](const CueIndex& index, const auto& entries) {
    index.candidates(c.token(i), m_pack.clitics, candidates);
    return std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) {
      return match_cue(entries[k].cue, tokens, i, m_pack.clitics).has_value();
    });
  };
  // Not a word of a frame read from the items ("شرقي" of in-place: "الحراك
  // الجنوبي" is one name).
  return starts(m_pack.title_index, m_pack.titles) || starts(m_pack.head_index, m_pack.heads)
         || starts_trigger(m_pack, tokens, i, [](const Frame& f) { return !f.scans_items(); });
}

// A head of heads.tsv that names an organization by itself (its English
// label, not "=") begins at token i: "الاستخبارات"، "الشرطة".
bool EntityFinder::starts_org_noun(const Context& c, std::size_t i) const
{
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.head_index.candidates(c.token(i), m_pack.clitics, candidates);
  return std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) {
    const auto& head = m_pack.heads[k];
    return head.type == EntityType::organization && head.label_en != "=" && !head.facility
           && match_cue(head.cue, c.tokens(), i, m_pack.clitics).has_value();
  });
}

// A cue of a verb of saying (frames.tsv report "event" or "speaker") begins at token i.
bool EntityFinder::starts_speech_cue(const Context& c, std::size_t i) const
{
  return starts_trigger(
    m_pack, c.tokens(), i, [](const Frame& f) { return f.report != ReportKind::none; });
}

bool EntityFinder::starts_finite_cue(const Context& c, std::size_t i) const
{
  return starts_trigger(m_pack, c.tokens(), i, [](const Frame& f) { return f.finite; });
}

bool EntityFinder::verb_subject(const Context& c, std::size_t begin, std::size_t end) const
{
  // "Institute for Policy Research said": words after a joiner of capitals
  // end an organization's name.
  const bool continues = begin >= c.sentence.begin + 2
                         && token_in(c.token(begin - 1), m_pack.words.org_joiner, m_pack.clitics)
                         && !token_in(c.token(begin - 1), m_pack.words.coordinator, m_pack.clitics)
                         && is_capitalized(c.token(begin - 2));
  // "The chief executive of Airbus, Tom Enders, warned": an apposition
  // between commas right before the verb.
  const auto comma = [&](std::size_t t) {
    return token_in(c.token(t), m_pack.words.list_separator, m_pack.clitics);
  };
  const bool apposed = begin > c.sentence.begin && end + 1 < c.sentence.end && comma(begin - 1)
                       && comma(end) && starts_finite_cue(c, end + 1);
  // "Nicola Sturgeon, the first minister, warned", "X, Scotland's first
  // minister, said": an apposition after the name that opens with a
  // determiner, a title or an owner's possessive, closed by a comma right
  // before the verb.
  const auto apposition_first = [&] {
    if (end + 3 >= c.sentence.end || !comma(end)) {
      return false;
    }
    const auto t = end + 1;
    const bool opens = token_in(c.token(t), m_pack.words.determiner, m_pack.clitics)
                       || starts_title(c, t)
                       || token_in(c.token(t + 1), m_pack.words.possessive, m_pack.clitics);
    if (!opens) {
      return false;
    }
    for (auto k = t + 1; k < c.sentence.end && k <= t + max_apposition_words; ++k) {
      if (comma(k)) {
        return k + 1 < c.sentence.end && starts_finite_cue(c, k + 1);
      }
      if (c.token(k).kind == TokenKind::punct
          && !token_in(c.token(k), m_pack.words.possessive, m_pack.clitics)) {
        return false;
      }
    }
    return false;
  };
  return m_capitalized_names && !continues
         && ((end < c.sentence.end && starts_finite_cue(c, end))
             || (begin > c.sentence.begin && starts_speech_cue(c, begin - 1)) || apposed
             || apposition_first());
}

bool EntityFinder::foreign_word(const Context& c, std::size_t i) const
{
  if (!m_pack.spelling) {
    return false;
  }
  if (i < c.foreign.size() && c.foreign[i] != 0) {
    return c.foreign[i] == 1;
  }
  const bool foreign = [&] {
    // Cheap first: Hunspell reads a word it has not seen through all of the
    // language's affixes. A word with the article, of two letters, of
    // words.tsv stop or given-name or of a cue is no foreign name's.
    const auto& token = c.token(i);
    const auto letters = code_points(token.text);
    // "Leave", "مثلGateway": no word the Arabic dictionary could know.
    const auto arabic = [](std::string_view text) {
      std::size_t at = 0;
      while (at < text.size()) {
        if (!is_arabic(next_code_point(text, at))) {
          return false;
        }
      }
      return true;
    };
    if (token.kind != TokenKind::word || letters < 3 || letters > max_foreign_letters
        || has_article(token) || !arabic(token.text) || m_pack.cue_words.contains(token.text)
        || token_in(token, m_pack.words.stop, m_pack.clitics)
        || token_in(token, m_pack.words.given_name, m_pack.clitics)) {
      return false;
    }
    // "عضوةالحزب": a ta marbuta (folded to ه in the text) before the word's
    // end ends a word the text glued to the next.
    const auto written = written_word(c, i);
    return written && !m_pack.spelling->knows(*written);
  }();
  if (i < c.foreign.size()) {
    c.foreign[i] = foreign ? 1 : 2;
  }
  return foreign;
}

std::optional<std::string_view> EntityFinder::written_word(const Context& c, std::size_t i)
{
  const auto& token = c.token(i);
  thread_local std::string written;
  written.clear();
  for (auto k = token.span.begin; k < token.span.end && k < c.original.size(); ++k) {
    if (c.original[k] == U'\u0629' && k + 1 < token.span.end) {
      return std::nullopt;
    }
    append_utf8(written, c.original[k]);
  }
  return written;
}

bool EntityFinder::dictionary_word(const Context& c, std::size_t i) const
{
  if (!m_pack.spelling || c.token(i).kind != TokenKind::word) {
    return false;
  }
  const auto written = written_word(c, i);
  return written && m_pack.spelling->knows(*written);
}

bool EntityFinder::foreign_may_name(const Context& c, std::size_t i) const
{
  if (m_capitalized_names || !m_pack.spelling || i + 2 >= c.sentence.end) {
    return false;
  }
  const auto& first = c.token(i);
  const auto& second = c.token(i + 1);
  // Cheap first: the shapes, the dictionary (once a token), the word lists.
  return first.kind == TokenKind::word && second.kind == TokenKind::word && !has_article(first)
         && !(has_article(second) && !ends_in_nisba(second))
         && (foreign_word(c, i) || foreign_word(c, i + 1) || foreign_word(c, i + 2))
         && unnamed_words_fit(c, i);
}

bool EntityFinder::foreign_pair(const Context& c, std::size_t i) const
{
  return i + 1 < c.sentence.end && foreign_word(c, i) && foreign_word(c, i + 1)
         && (!starts_with_conjunction(c, i + 1) || foreign_conjoined_surname(c, i + 1));
}

bool EntityFinder::foreign_conjoined_surname(const Context& c, std::size_t k) const
{
  return k > c.sentence.begin && k < c.sentence.end && starts_with_conjunction(c, k)
         && foreign_word(c, k - 1) && foreign_word(c, k)
         && !(k + 1 < c.sentence.end && foreign_word(c, k + 1));
}

bool EntityFinder::foreign_subject(const Context& c, std::size_t begin, std::size_t end) const
{
  // Cheap first: the cues, then the dictionary.
  // "سيحقق الأمريكي فيل ميكلسون رقما": a country's adjective with the
  // article, standing as a noun, before the name is the person's nationality.
  const auto nationality = [&] {
    if (begin == c.sentence.begin || !has_article(c.token(begin - 1))) {
      return false;
    }
    const auto g = known_at(c, begin - 1);
    return g && g->demonym && g->tokens == 1
           && m_gazetteer.entities()[g->entity].type == EntityType::country;
  };
  const bool placed = (end < c.sentence.end && starts_finite_cue(c, end))
                      || (begin > c.sentence.begin
                          && (starts_finite_cue(c, begin - 1) || starts_speech_cue(c, begin - 1)))
                      || nationality();
  if (!placed) {
    return false;
  }
  // "مسؤول أمني"، "ناشطة حقوقية": a word of the dictionary shaped as an
  // adjective of origin or a feminine noun is no name word.
  bool foreign = false;
  for (auto k = begin; k < end; ++k) {
    const auto& token = c.token(k);
    const bool adjective_shape =
      !has_article(token) && (ends_in_nisba(token) || ends_in_ta_marbuta(token));
    const bool unknown = foreign_word(c, k);
    if (adjective_shape && !unknown) {
      return false;
    }
    foreign = foreign || unknown;
  }
  return foreign;
}

// Past a ruler's ordinal at token k (words.tsv regnal, with the article; a
// second word without it: "الحادي عشر"), or k.
std::size_t EntityFinder::regnal_end(const Context& c, std::size_t k) const
{
  if (k >= c.sentence.end || !has_article(c.token(k))
      || !token_in(c.token(k), m_pack.words.regnal, m_pack.clitics)) {
    return k;
  }
  ++k;
  if (k < c.sentence.end && !has_article(c.token(k))
      && token_in(c.token(k), m_pack.words.regnal, m_pack.clitics)) {
    ++k;
  }
  return k;
}

// Token k is the second half of a compound name: "الله" in "سيف الله".
bool EntityFinder::compound_at(const Context& c, std::size_t k) const
{
  return k > c.sentence.begin && k < c.sentence.end
         && token_in(c.token(k), m_pack.words.name_compound, m_pack.clitics)
         && token_in(c.token(k - 1), m_pack.words.name_compound_first, m_pack.clitics);
}

// Where a person's name that ends at token k ends with its lineage: "حمد بن
// عيسى" + "بن سلمان آل خليفة" is one name, each lineage word before a name word.
std::size_t EntityFinder::lineage_end(const Context& c, std::size_t k) const
{
  while (k + 1 < c.sentence.end && token_in(c.token(k), m_pack.words.lineage, m_pack.clitics)
         && c.token(k + 1).kind == TokenKind::word
         && !token_in(c.token(k + 1), m_pack.words.stop, m_pack.clitics) && !starts_cue(c, k + 1)) {
    k += 2;
  }
  return k;
}

bool EntityFinder::starts_with_conjunction(const Context& c, std::size_t k) const
{
  const auto text = c.token(k).text;
  const auto& conjunctions = m_pack.words.conjunction.words();
  return std::any_of(conjunctions.begin(), conjunctions.end(), [&](const auto& conj) {
    return text.starts_with(conj);
  });
}

// Token k, which begins with a conjunction, may be a surname that only looks
// like و + a word ("إليزابيث وارن"): not when what follows و is a given name of
// its own ("علي ومحمد"), a noun with a pronoun or ta marbuta ("جون وزوجته"), a
// cue ("وأضاف") or a word of one ("الأمير حمزة وقع رسالة"), nor a word with
// the article the spelling dictionary knows ("آل جابر والوفد العماني").
bool EntityFinder::conjoined_surname(const Context& c, std::size_t k) const
{
  const auto& token = c.token(k);
  const auto joined = m_pack.clitics.without_conjunction(token.text);
  const auto bare = m_pack.clitics.without_article(joined);
  const bool definite_word =
    bare.size() < joined.size() && m_pack.spelling && m_pack.spelling->knows(bare);
  return !token_in(token, m_pack.words.given_name, m_pack.clitics) && !token.text.ends_with("ه")
         && !ends_in_ta_marbuta(token) && !starts_cue(c, k)
         && !m_pack.cue_words.contains(token.hashed()) && !definite_word;
}

std::optional<EntityFinder::Name>
EntityFinder::name_at(Context& c, std::size_t i, bool listed) const
{
  if (i >= c.sentence.end) {
    return std::nullopt;
  }
  const auto tokens = c.tokens();
  if (const auto g = known_at(c, i); g && !g->demonym) {
    if (m_gazetteer.entities()[g->entity].type != EntityType::person) {
      return std::nullopt;
    }
    return Name{c.entities.known(g->entity), i, lineage_end(c, i + g->tokens)};
  }
  // A person's word named before; an organization's foreign word ("لسوناطراك
  // رشيد حشيشي") names no person.
  if (const auto local = c.entities.local_name_at(tokens, i, m_pack.clitics)) {
    if (c.entities[local->first].entity.type != EntityType::person) {
      return std::nullopt;
    }
    return Name{local->first, i, lineage_end(c, i + local->second)};
  }
  // "ستيفان دي ميستورا": a given name before a person the gazetteer knows by
  // two words or more is that person's. (Not before one word: "ميلانيا
  // ترامب" is not Donald Trump; nor before a title: in "الملك سلمان الأمير
  // فيصل بن فرحان" the name ends before الأمير.)
  if (i + 1 < c.sentence.end && token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)
      && !starts_title(c, i + 1)) {
    if (const auto g = known_at(c, i + 1);
        g && !g->demonym && g->tokens >= 2
        && m_gazetteer.entities()[g->entity].type == EntityType::person) {
      return Name{c.entities.known(g->entity), i, lineage_end(c, i + 1 + g->tokens)};
    }
  }
  // With no given name first, a verb and its object with a pronoun are no
  // name ("أمير قطر أرجأ خطابه": word_and_pronoun), nor is a prepositional
  // phrase ("الرئيس الفلسطيني بوقف العدوان": governed_phrase; but "المبعوث
  // الأممي بكري حسن").
  // Nor does a direction begin one ("المعارضة شمال غربي البلاد").
  if (!m_capitalized_names && !token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)
      && (word_and_pronoun(c, i) || governed_phrase(c, i)
          || token_in(c.token(i), m_pack.words.direction, m_pack.clitics))) {
    return std::nullopt;
  }
  // Unknown words: a word with the article ends a name unless a joiner
  // (عبد، أبو، بن) precedes it: "زين العابدين بن علي", not "ماكرون ضرورة الالتزام".
  std::size_t k = i;
  std::size_t limit = max_name_words;
  // "Christopher Monsanto", "Naofumi Honda": after a given name, a capitalized
  // word the gazetteer knows only as a one-word organization is a surname.
  const auto company_surname = [&](std::size_t t) {
    if (!m_capitalized_names || t != i + 1 || t >= c.sentence.end
        || !token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)
        || !is_capitalized(c.token(t))) {
      return false;
    }
    const auto g = known_at(c, t);
    if (!g || g->demonym || g->tokens != 1) {
      return false;
    }
    // ("Marco Reus": so is a city's, no subdivision, whose name a person bears.)
    const auto type = m_gazetteer.entities()[g->entity].type;
    return type == EntityType::organization
           || (type == EntityType::location && !m_gazetteer.region_country(g->entity));
  };
  // "ماريا فان كيرخوف", "ستيفان دي ميستورا": a particle of a foreign name
  // (words.tsv name-particle; "فان" would read as ف + أن) before a name word.
  const auto particle = [&](std::size_t t) {
    return t > i && t + 1 < c.sentence.end && m_pack.words.name_particle.contains(c.token(t).text)
           && is_name_word(c, t + 1);
  };
  // "محمد الهندي إن": after a given name, a demonym with the article that
  // ends the name's clause is a nisba surname, not a country.
  const auto nisba_demonym = [&](std::size_t t) {
    if (m_capitalized_names || t != i + 1 || t >= c.sentence.end || !has_article(c.token(t))
        || !token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)
        || !closes_apposition(c, t + 1)) {
      return false;
    }
    const auto g = known_at(c, t);
    return g && g->demonym && g->tokens == 1;
  };
  // "عثمان عبد الجليل", "خالد بن سلمان": the word after a joiner inside a
  // name is the name's, though the gazetteer knows it (Galilee, King Salman)
  // or it folds into a stop word ("محمد بن علي": على).
  const auto joined = [&](std::size_t t) {
    return t > i + 1 && t < c.sentence.end && c.token(t).kind == TokenKind::word
           && token_in(c.token(t - 1), m_pack.words.name_joiner, m_pack.clitics)
           && (!token_in(c.token(t), m_pack.words.stop, m_pack.clitics) || written_with_ya(c, t));
  };
  // (The word after a joiner goes on the name past the limit too: "خالد بن
  // زايد آل نهيان", whose joiners do not count.)
  while ((k - i < limit
          || (k > i + 1 && token_in(c.token(k - 1), m_pack.words.name_joiner, m_pack.clitics)))
         && (is_name_word(c, k) || company_surname(k) || particle(k) || nisba_demonym(k)
             || joined(k) || (k > i && compound_at(c, k))
             || (k <= i + 1 && stop_given_name(c, k)))) {
    if (particle(k)) {
      ++limit; // like a joiner, a particle does not count
    }
    const bool after_joiner =
      k > i && token_in(c.token(k - 1), m_pack.words.name_joiner, m_pack.clitics);
    // "سعيدة بن حبيلس خبر": past a forebear or family ("بن حبيلس") a name
    // goes on only through more of its lineage, or a family nisba that no
    // gazetteer entry names: "محمد بن علي الشمري".
    // So does a family name with the article right before the complementizer
    // of a report: "أحمد بن سلمان المسلم إن" (not the object before a
    // sentence's end: "واستقبل الأمير فهد بن ناصر الوفد.").
    const bool before_report =
      k + 1 < c.sentence.end
      && token_in(c.token(k + 1), m_pack.words.complementizer, m_pack.clitics);
    const bool family_nisba =
      k >= i + 2 && !after_joiner && !m_capitalized_names
      && token_in(c.token(k - 2), m_pack.words.lineage, m_pack.clitics) && has_article(c.token(k))
      && (ends_in_nisba(c.token(k)) || before_report) && !known_at(c, k) && !starts_cue(c, k);
    if (k >= i + 2 && !after_joiner
        && token_in(c.token(k - 2), m_pack.words.lineage, m_pack.clitics)
        && !token_in(c.token(k), m_pack.words.lineage, m_pack.clitics) && !family_nisba) {
      break;
    }
    // "عبدالله سيف الله", "سيف الدين": the second half of a compound name
    // keeps its article and, like a joiner, does not count.
    const bool compound = k > i && compound_at(c, k);
    if (after_joiner || compound) {
      ++limit; // "زين العابدين بن علي": joiners do not count
    }
    // Nor do the joiners themselves: "عبدالله بن ناصر بن خليفة آل ثاني".
    if (k > i && token_in(c.token(k), m_pack.words.name_joiner, m_pack.clitics)) {
      ++limit;
    }
    // A surname may carry the article ("محمد القيق", "عبد الفتاح السيسي"),
    // but past the second word only after a joiner and its word: "ماكرون
    // ضرورة الالتزام" and "محمد القيق المضرب" end before the article. Or as
    // the third word, a nisba after a given name (or a compound name), which
    // ends the name: "أسعد عوض الزعبي", "سيف الدين الرزقي"; not "وبحث سامح
    // شكري المستجدات".
    const bool joined_pair = k >= i + 2 && has_article(c.token(k - 1))
                             && token_in(c.token(k - 2), m_pack.words.name_joiner, m_pack.clitics);
    // A kunya ("أبو محمد العدناني") is a given name too.
    const bool given_first =
      token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)
      || (k == i + 2 && compound_at(c, i + 1))
      || (k == i + 2 && token_in(c.token(i), m_pack.words.name_joiner, m_pack.clitics)
          && token_in(c.token(i + 1), m_pack.words.given_name, m_pack.clitics));
    // "علي يوسف الشريف": after two given names, a family name with the
    // article that is no cue or known name ends the name too (either may be
    // a common word too, not both: "أحمد ناصر المحمد الصباح", "سالم عبدالله
    // الجابر الصباح").
    const auto inner = [&](std::size_t t) {
      return token_in(c.token(t), m_pack.words.inner_given_name, m_pack.clitics);
    };
    const bool second_given =
      k == i + 2 && token_in(c.token(i + 1), m_pack.words.given_name, m_pack.clitics);
    const bool given_pair =
      k == i + 2 && !m_capitalized_names
      && (((given_first || stop_given_name(c, i)) && (second_given || inner(i + 1)))
          || (inner(i) && second_given));
    const bool nisba_surname =
      family_nisba
      || (k == i + 2 && !m_capitalized_names
          && ((given_first && ends_in_nisba(c.token(k)))
              || (given_pair && has_article(c.token(k)) && !known_at(c, k) && !starts_cue(c, k))));
    if (k >= i + 2 && has_article(c.token(k)) && !after_joiner && !joined_pair && !compound
        && !nisba_surname) {
      break;
    }
    // "ماكسين ووترز أنكرت": after two foreign words, a word of the dictionary
    // that is no given name begins the clause (its verb), not a third name word.
    if (k == i + 2 && !m_capitalized_names && foreign_word(c, i) && foreign_word(c, i + 1)
        && !token_in(c.token(k), m_pack.words.given_name, m_pack.clitics)
        && dictionary_word(c, k)) {
      break;
    }
    // "امبراطور اليابان اكيهيتو الوسام": after a foreign first word that is
    // no given name, a word of the dictionary with the article and no nisba
    // is the clause's noun, not a surname (a foreign name takes no article).
    if (k == i + 1 && !m_capitalized_names && has_article(c.token(k)) && !ends_in_nisba(c.token(k))
        && !given_first && foreign_word(c, i) && dictionary_word(c, k)) {
      break;
    }
    // "جون كورنين قرار الرئيس", "قرار روسيا": a third word before a definite
    // noun or a known name begins a construct (the verb's object), not the
    // name; a definite word that is a stop or time word or a nisba ("محمد
    // علي حسن المصري") leaves the name whole. Not where letter case marks names.
    // A word the spelling dictionary does not know is no noun of a construct:
    // "انتقد زعيم الحزب جان لوك ميلانشون الحكومة".
    // (A third word with the article is in construct with nothing; after a
    // compound given name, "نور الدين زكي إيران", the word is the second.)
    if (k == i + 2 && !m_capitalized_names && !after_joiner && !compound && !compound_at(c, i + 1)
        && !has_article(c.token(k)) && construct_after(c, k + 1) && !foreign_word(c, k)) {
      break;
    }
    // An unknown name does not begin with the article: "النائب العربي" is an
    // adjective after a title, not a person called العربي.
    // A given name that only looks so is none: "إليزابيث", "ألبرتو"; as
    // written, not without its article ("الوسام السامي" is no سامي).
    if (k == i && has_article(c.token(k))
        && !m_pack.words.given_name.contains(c.token(k).hashed())) {
      break;
    }
    // Nor with a noun behind a preposition: "المدير التنفيذي لشركة تويوتا".
    if (k == i && ends_in_ta_marbuta(c.token(k)) && governed_word(c, k)) {
      break;
    }
    // "للحفاظ": a preposition fused with the article begins no name word.
    if (m_pack.clitics.fused_article(c.token(k).text)) {
      break;
    }
    // "ورحب عباس بالقرار": past a name's first word, a word behind a
    // preposition and the article is the verb's complement, not a surname
    // (a name word keeps no preposition); after a joiner it is the name's.
    if (k > i && !m_capitalized_names && !after_joiner && m_pack.clitics.governed(c.token(k))
        && has_article(c.token(k))) {
      break;
    }
    // Words with ta marbuta are common nouns ("ضرورة", "أهمية") unless a joiner
    // makes them part of a name ("أبو أسنينة"), or they end a given name's
    // clause as its surname: "قال خالد خوجة إن" (a noun in construct has its
    // genitive after it: "أكد محمد ضرورة الالتزام"); one the spelling
    // dictionary does not know is a given name's surname wherever it stands
    // ("رحب محمد تكالة بمبادرة البعثة").
    const bool closing_surname = k == i + 1
                                 && token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)
                                 && (closes_apposition(c, k + 1) || foreign_word(c, k));
    if (k > i && ends_in_ta_marbuta(c.token(k)) && !after_joiner && !closing_surname) {
      break;
    }
    // "دي مستورا تأكيدات سعودية": a word before a country's adjective
    // without the article is a noun it qualifies, not a name word.
    if (k > i && !m_capitalized_names && k + 1 < c.sentence.end && !has_article(c.token(k + 1))) {
      if (const auto g = known_at(c, k + 1);
          g && g->demonym && ends_in_ta_marbuta(c.token(k + 1))) {
        break;
      }
    }
    // "جون سميث منصب المدير": a word of words.tsv post-noun ends the name.
    if (k > i && token_in(c.token(k), m_pack.words.post_noun, m_pack.clitics)) {
      break;
    }
    // "سارة بالين تشير", "أوليفر كرومويل خارج": past two words, a verb in the
    // imperfect or a preposition is the clause's, not a third name word; so
    // is a word of the dictionary behind a proclitic of words.tsv
    // phrase-proclitic or purpose-proclitic ("نذير العرباوي لتمثيل بلاده",
    // "عبد المنعم الغيثي بفتح تحقيق"), unless the two words are one given
    // name ("عبد الوافي لفتيت").
    if (k >= i + 2 && !m_capitalized_names && !after_joiner && !compound
        && !token_in(c.token(k), m_pack.words.given_name, m_pack.clitics)
        && (m_pack.clitics.imperfect_shape(c.token(k).text)
            || token_in(c.token(k), m_pack.words.preposition, m_pack.clitics)
            || (!token_in(c.token(k - 2), m_pack.words.name_joiner, m_pack.clitics)
                && proclitic_phrase(c, k)))) {
      break;
    }
    // "كامل تعاونها", "أرجأ خطابه لمنح": a pronoun on a word ends the name
    // before it (words.tsv pronoun-ending).
    if (k > i && pronoun_ending(c.token(k).text)) {
      break;
    }
    // "زوران زئيف وزوجته": a conjunction starts the next phrase, not a name word.
    // But after a given name, a word that only looks like و + a word is the
    // surname ("إليزابيث وارن"), unless what follows و is a given name of its
    // own ("علي ومحمد") or a noun with a pronoun or ta marbuta ("جون وزوجته").
    if (k > i && starts_with_conjunction(c, k)) {
      // So is a foreign word after a foreign first word ("ماكسين ووترز"),
      // unless a third foreign word follows ("جوليوس وآثيل روزينبيرغ").
      const bool surname = k == i + 1
                           && ((token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)
                                && conjoined_surname(c, k))
                               || foreign_conjoined_surname(c, k));
      if (!surname) {
        break;
      }
    }
    ++k;
    if (nisba_surname) {
      // "أحمد عبدالله الأحمد الصباح": after two given names, a grandfather's
      // given name with the article may be followed by the family's name
      // with the article, which ends the name.
      if (given_pair && k < c.sentence.end && has_article(c.token(k))
          && m_pack.words.given_name.contains(m_pack.clitics.without_article(c.token(k - 1).text))
          && c.token(k).kind == TokenKind::word && !known_at(c, k) && !starts_cue(c, k)
          && !starts_title(c, k) && !ends_in_ta_marbuta(c.token(k))
          && !m_pack.clitics.fused_article(c.token(k).text)) {
        ++k;
      }
      break; // the nisba ends the name
    }
    while (m_capitalized_names && k + 1 < c.sentence.end && hyphen_joins(tokens, k)) {
      k += 2; // "al-Moualem", "Jong-un"
    }
  }
  // "عبد الله الثاني", "فيليب السادس": a ruler's ordinal after a name of
  // one or two words that begins with a given name or a joiner ends it. Not
  // after another name: "زيارة جونسون الأولى" is his first visit.
  if (k > i && k <= i + 2 && !m_capitalized_names
      && (token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)
          || token_in(c.token(i), m_pack.words.name_joiner, m_pack.clitics))) {
    // (The ordinal may have been read as a surname: "محمد الحادي" + "عشر".)
    const bool read = k > i + 1 && regnal_end(c, k - 1) > k - 1;
    k = regnal_end(c, read ? k - 1 : k);
  }
  // "ميشيل أوباما": a given name before a one-word surname the gazetteer
  // knows is that person only when one of his names has that given name
  // ("رجب أردوغان"); otherwise it is someone else of the family.
  if (k == i + 1 && k < c.sentence.end
      && token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)) {
    if (const auto g = known_at(c, k);
        g && !g->demonym && g->tokens == 1
        && m_gazetteer.entities()[g->entity].type == EntityType::person) {
      const auto& aliases = m_gazetteer.entities()[g->entity].aliases;
      const auto given = c.token(i).text;
      const bool his = std::any_of(aliases.begin(), aliases.end(), [&](const std::string& alias) {
        const auto words = normalized_words(alias);
        return words.size() > 1 && words.front() == given;
      });
      return Name{his ? std::optional(c.entities.known(g->entity)) : std::nullopt, i, k + 1};
    }
  }
  // "رئيسة الوزراء جاهدة للحفاظ": one word in ta marbuta alone is a noun or
  // an adjective, unless it is a given name.
  const bool lone_noun = k == i + 1 && ends_in_ta_marbuta(c.token(i))
                         && !token_in(c.token(i), m_pack.words.given_name, m_pack.clitics);
  // "الرئيس مبتسما", "المعارضة اشتبكوا": nor is one word with an ending of
  // words.tsv lone-word-ending (an adjective's accusative, a verb's plural).
  if (k == i || lone_noun || (k == i + 1 && lone_word_ending(c, i))) {
    return std::nullopt;
  }
  // "وضغط عليهم": a conjunction begins the next clause, not a name.
  const auto skip = conjunction_before_name(c, i, listed);
  if (!skip) {
    return std::nullopt;
  }
  // "التقى الوزير بسامح حسن": the preposition before a given name is no
  // part of the name.
  return Name{std::nullopt, i, k, *skip > 0 ? *skip : preposition_before_name(c, i)};
}

// Token t is the second word of a construct ("قرار الرئيس", "قرار روسيا"):
// a definite noun that is no stop or time word, nisba or title, or a known name.
bool EntityFinder::construct_after(Context& c, std::size_t t) const
{
  if (t >= c.sentence.end || c.token(t).kind != TokenKind::word) {
    return false;
  }
  const auto& token = c.token(t);
  if (const auto g = known_at(c, t); g && !g->demonym) {
    return true;
  }
  // "سوتوبو بورو نوجروو المتحدث باسم": a title after a name is its apposition.
  return has_article(token) && !token_in(token, m_pack.words.stop, m_pack.clitics)
         && !token_in(token, m_pack.words.time, m_pack.clitics) && !ends_in_nisba(token)
         && !starts_title(c, t);
}

// True when a form of token i lost a preposition: "لشركة" may be ل + شركة.
// ("وليد"، "بلال": a given name as written begins with its own letters, no
// preposition's.)
bool EntityFinder::governed_word(const Context& c, std::size_t i) const
{
  return m_pack.clitics.governed(c.token(i)) && !m_pack.words.given_name.contains(c.token(i).text);
}

// True when token i lost a preposition other than the language's genitive
// one: "بالانحياز", "بقاضي"; not "للدولة", "لرئيس".
bool EntityFinder::governed_not_genitive(const Context& c, std::size_t i) const
{
  return governed_word(c, i)
         && (m_pack.genitive_prep().empty()
             || !m_pack.clitics.starts_with_prep(c.token(i).text, m_pack.genitive_prep()));
}

bool EntityFinder::governed_phrase(const Context& c, std::size_t i) const
{
  if (!starts_with_prep_in(c.token(i).text, m_pack.words.phrase_proclitic, m_pack.clitics)
      || !dictionary_word(c, i)) {
    return false;
  }
  return i + 1 >= c.sentence.end || !is_name_word(c, i + 1) || has_article(c.token(i + 1));
}

bool EntityFinder::proclitic_phrase(const Context& c, std::size_t i) const
{
  // A word of three letters ("بري") is read whole: the surname Barre, not ب + ري.
  constexpr std::size_t min_letters = 4;
  const auto text = c.token(i).text;
  return code_points(text) >= min_letters
         && (starts_with_prep_in(text, m_pack.words.phrase_proclitic, m_pack.clitics)
             || starts_with_prep_in(text, m_pack.words.purpose_proclitic, m_pack.clitics))
         && dictionary_word(c, i);
}

bool EntityFinder::written_with_ya(const Context& c, std::size_t i) const
{
  if (m_capitalized_names || !token_in(c.token(i), m_pack.words.stop, m_pack.clitics)
      || !m_pack.words.ya_given_name.contains(c.token(i).text)) {
    return false;
  }
  // As written: "علي" ends in ya, "على" in alif maqsura (one word once folded);
  // "في" is no name however written (words.tsv ya-given-name).
  const auto& token = c.token(i);
  return token.span.end > token.span.begin && token.span.end <= c.original.size()
         && c.original[token.span.end - 1] == U'\u064A';
}

bool EntityFinder::stop_given_name(const Context& c, std::size_t i) const
{
  if (i + 1 >= c.sentence.end || !written_with_ya(c, i)) {
    return false;
  }
  const auto& next = c.token(i + 1);
  // "اللواء محمد علي جعفري": after a given name, before a nisba surname too;
  // "وقال الوزير محمد علي إن": or where the name's clause closes (a
  // complementizer, a comma, a quotation mark).
  const bool after_given =
    i > c.sentence.begin && token_in(c.token(i - 1), m_pack.words.given_name, m_pack.clitics);
  if (after_given && closes_apposition(c, i + 1)) {
    return true;
  }
  if (token_in(next, m_pack.words.stop, m_pack.clitics)) {
    return false;
  }
  return token_in(next, m_pack.words.given_name, m_pack.clitics)
         || token_in(next, m_pack.words.name_joiner, m_pack.clitics)
         || (after_given && ends_in_nisba(next));
}

// A name joiner at token i and the word after it, written in one as they
// also are: "عبد" + "الله" = "عبدالله"; nothing when token i is no joiner.
std::optional<std::string> EntityFinder::joined_name_word(const Context& c, std::size_t i) const
{
  if (i + 1 >= c.sentence.end || c.token(i + 1).kind != TokenKind::word) {
    return std::nullopt;
  }
  for (const auto form : c.token(i).forms()) {
    if (m_pack.words.name_joiner.contains(form)) {
      std::string joined(form);
      joined.append(c.token(i + 1).text);
      return joined;
    }
  }
  return std::nullopt;
}

// Token i is a name joiner that makes a given name with the next word: "عبد
// الله" (عبدالله), "عبد الرحمن".
bool EntityFinder::joined_given_name(const Context& c, std::size_t i) const
{
  const auto joined = joined_name_word(c, i);
  return joined && m_pack.words.given_name.contains(*joined);
}

bool EntityFinder::given_name_at(Context& c, std::size_t i) const
{
  // A compound given name ("سيف الدين", words.tsv name-compound) is one too.
  const bool given = token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)
                     || stop_given_name(c, i) || joined_given_name(c, i)
                     || (i + 1 < c.sentence.end && compound_at(c, i + 1))
                     || apposed_title_after(c, i);
  // Cheap first: a subject's name needs two capitalized words.
  const bool capitals = !given && m_capitalized_names && i + 1 < c.sentence.end
                        && is_capitalized(c.token(i)) && is_capitalized(c.token(i + 1));
  const bool speaker = !given && !capitals && speaker_name_at(c, i);
  const bool foreign = !given && !capitals && foreign_may_name(c, i);
  const auto name = given || capitals || speaker || foreign ? name_at(c, i) : std::nullopt;
  if (!name || name->entity || name->end < name->begin + 2) {
    return false;
  }
  const auto named = [&] {
    if (given) {
      return true;
    }
    if (capitals) {
      return verb_subject(c, name->begin, name->end);
    }
    // "قال سوتوبو بورو نوجروو المتحدث باسم": a speaker's name that does not
    // end where the report opens may still be a foreign one.
    return (speaker && name->end <= name->begin + 3 && closes_report(c, name->end))
           || (foreign
               && (foreign_pair(c, name->begin) || foreign_subject(c, name->begin, name->end)));
  };
  if (!named()) {
    return false;
  }
  const auto person = commit_name(c, *name);
  c.items.push_back(Item{.begin = name->begin, .end = name->end, .entity = person});
  apposition_at(c, person, name->end);
  return true;
}

// "وقال رفيق الشلي إن": without letter case, at token i right after a verb of
// saying, name words no given name begins may still name its speaker
// (unnamed_may_name). The name must end where the report opens (closes_report).
// The words' shapes are asked before the cue, which costs more and is asked
// at nearly every token.
bool EntityFinder::speaker_name_at(const Context& c, std::size_t i) const
{
  return !m_capitalized_names && i > c.sentence.begin && c.token(i - 1).kind == TokenKind::word
         && unnamed_shapes_fit(c, i) && starts_speech_cue(c, i - 1) && unnamed_words_fit(c, i);
}

// Words at token i, no given name first, that may be a name: not a word of
// words.tsv anonymous ("مصدر مسؤول"، "شهود عيان"), nor a first word with the
// article or that begins a cue ("مضيفا"), nor a noun before its adjective of
// origin without the article ("مسؤول أمني"، "ناشطة حقوقية"; "سارة جونسون" is a
// name), nor a plural or dual of origin ("دبلوماسيان غربيان"، "نشطاء سوريون")
// or a demonym, nor a noun before a definite genitive that is no nisba ("جيش
// الاحتلال"، "مخاطبا الحضور"; "رفيق الشلي" is a name), nor a head that begins
// an organization's name ("جامعة سافولك"، "جمعية كرومويل").
bool EntityFinder::unnamed_may_name(const Context& c, std::size_t i) const
{
  // Cheap tests of the words' shapes first, the word lists and the gazetteer last.
  return unnamed_shapes_fit(c, i) && unnamed_words_fit(c, i);
}

// unnamed_may_name's tests of the words' shapes: two words, neither of them
// with the article, the second no nisba or ta marbuta (or with the article and
// a nisba), and a third token after them.
bool EntityFinder::unnamed_shapes_fit(const Context& c, std::size_t i) const
{
  if (i + 2 >= c.sentence.end) {
    return false;
  }
  const auto& first = c.token(i);
  const auto& second = c.token(i + 1);
  return first.kind == TokenKind::word && second.kind == TokenKind::word && !has_article(first)
         && !(!has_article(second) && (ends_in_nisba(second) || ends_in_ta_marbuta(second)))
         && !(has_article(second) && !ends_in_nisba(second));
}

// unnamed_may_name's tests of the word lists and the gazetteer. Requires
// unnamed_shapes_fit(c, i).
bool EntityFinder::unnamed_words_fit(const Context& c, std::size_t i) const
{
  const auto& first = c.token(i);
  const auto& second = c.token(i + 1);
  const auto of_origin = [&](std::size_t k) {
    if (ends_in_origin(m_pack.words, c.token(k).text)) {
      return true;
    }
    const auto g = known_at(c, k);
    return g && g->demonym;
  };
  return !token_in(first, m_pack.words.anonymous, m_pack.clitics)
         && !token_in(second, m_pack.words.anonymous, m_pack.clitics)
         && !token_in(first, m_pack.words.org_head, m_pack.clitics)
         && !token_in(first, m_pack.words.name_head, m_pack.clitics) && !starts_cue(c, i)
         && !of_origin(i) && !of_origin(i + 1);
}

// Tokens i and i + 1 are words of the spelling dictionary, the second written
// with an ending of words.tsv word-pronoun-ending (no ta marbuta) on a stem of
// three letters or more the dictionary knows: a verb or noun and its object
// with a pronoun ("أرجأ خطابه"، "غادر مكتبه"). False without a dictionary.
bool EntityFinder::word_and_pronoun(const Context& c, std::size_t i) const
{
  // (The stem's view dies at the next written_word: asked before the first word.)
  return i + 1 < c.sentence.end && word_with_pronoun(c, i + 1) && dictionary_word(c, i);
}

// Token i is written with an ending of words.tsv word-pronoun-ending (no ta
// marbuta) on a stem of three letters or more the spelling dictionary knows:
// a word and its pronoun ("يرافقه"، "مكتبه"). False without a dictionary.
bool EntityFinder::word_with_pronoun(const Context& c, std::size_t i) const
{
  if (!m_pack.spelling || i >= c.sentence.end || c.token(i).kind != TokenKind::word
      || ends_in_ta_marbuta(c.token(i))) {
    return false;
  }
  const auto ending = word_pronoun_ending(m_pack.words, c.token(i).text);
  if (!ending) {
    return false;
  }
  const auto written = written_word(c, i);
  return written && written->ends_with(*ending)
         && m_pack.spelling->knows(written->substr(0, written->size() - ending->size()));
}

// At token j, where a report opens: what closes an apposition
// (closes_apposition) but the sentence's end or boundary.
bool EntityFinder::closes_report(const Context& c, std::size_t j) const
{
  return j < c.sentence.end && closes_apposition(c, j)
         && !token_in(c.token(j), m_pack.words.boundary, m_pack.clitics);
}

// Where an apposition ends whose title's genitive was not read, at j: past
// one noun and the adjectives after it (demonyms, nisbas), at its comma or at
// the first other word: "رئيس الدبلوماسية الروسية، السياسة الألمانية" and
// "رئيس الدبلوماسية الأمريكية إيران وروسيا" (the verb's objects follow).
// j itself when the noun is a name the gazetteer knows (no demonym), a
// document's name or a cue of triggers.tsv (", a member of Hamas,"), or
// when the run ends the sentence or closes a report.
std::size_t EntityFinder::apposition_end(const Context& c, std::size_t j) const
{
  const auto named = [&](std::size_t k) {
    const auto known = known_at(c, k);
    return (known && !known->demonym) || c.entities.local_name_at(c.tokens(), k, m_pack.clitics)
           || starts_trigger(m_pack, c.tokens(), k, [](const Frame&) { return true; });
  };
  if (j + 1 >= c.sentence.end || c.token(j).kind != TokenKind::word || closes_apposition(c, j)
      || named(j)) {
    return j;
  }
  auto k = j + 1;
  while (k < c.sentence.end && k <= j + max_apposition_words) {
    const auto known = known_at(c, k);
    if (!(known && known->demonym) && !ends_in_nisba(c.token(k))) {
      break;
    }
    k += known && known->demonym ? known->tokens : 1;
  }
  if (k >= c.sentence.end) {
    return j;
  }
  if (token_in(c.token(k), m_pack.words.list_separator, m_pack.clitics)) {
    return k;
  }
  return closes_apposition(c, k) ? j : k;
}

// Token i, no given name, ends in an ending of words.tsv lone-word-ending
// with three letters or more before it.
bool EntityFinder::lone_word_ending(const Context& c, std::size_t i) const
{
  const auto& token = c.token(i);
  if (token_in(token, m_pack.words.given_name, m_pack.clitics)) {
    return false;
  }
  const auto& endings = m_pack.words.lone_word_ending.words();
  return std::any_of(endings.begin(), endings.end(), [&](const std::string& ending) {
    return token.text.ends_with(ending)
           && code_points(token.text.substr(0, token.text.size() - ending.size())) >= 3;
  });
}

// The first list separator among tokens [begin, end), else `end`. Extends
// the stretch of tokens known to hold none (Context::clear_from, clear_end)
// when `begin` lies in it, so that asking at each token of a sentence in
// turn reads each token once.
std::size_t EntityFinder::separator_in(Context& c, std::size_t begin, std::size_t end) const
{
  if (begin < c.clear_from || begin > c.clear_end) {
    c.clear_from = begin;
    c.clear_end = begin;
  }
  while (c.clear_end < end
         && !token_in(c.token(c.clear_end), m_pack.words.list_separator, m_pack.clitics)) {
    ++c.clear_end;
  }
  return std::min(c.clear_end, end);
}

bool EntityFinder::pronoun_ending(std::string_view word) const
{
  return ends_in_pronoun(m_pack.words, word);
}

// "وكان رفيق الشلي، وزير الدولة": name words the language writes without
// letter case, a comma and a title of a position name a person though no
// word is a known given name. True when such a title follows the name at i.
bool EntityFinder::apposed_title_after(Context& c, std::size_t i) const
{
  if (m_capitalized_names) {
    return false;
  }
  // Cheap first: a comma within a name's length (joiners and lineage
  // included), or no name is read here.
  const auto window_end = std::min(c.sentence.end, i + 2 * max_name_words + 1);
  const bool comma = i + 2 < window_end && separator_in(c, i + 2, window_end) < window_end;
  if (!comma
      || (!token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)
          && !unnamed_may_name(c, i))) {
    return false;
  }
  const auto name = name_at(c, i);
  if (!name || name->entity || name->end < name->begin + 2 || name->end + 1 >= c.sentence.end
      || !token_in(c.token(name->end), m_pack.words.list_separator, m_pack.clitics)) {
    return false;
  }
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.title_index.candidates(c.token(name->end + 1), m_pack.clitics, candidates);
  return std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) {
    const auto& title = m_pack.titles[k];
    return title.role != no_role && title.role != "counterpart"
           && match_cue(title.cue, c.tokens(), name->end + 1, m_pack.clitics).has_value();
  });
}

// "جيريمي كوربين" ... "السيد كوربين": the last word of a known person's name
// of two words or more refers back to him in the rest of the document, also
// spelled with other long vowels ("إليزابيث وارين" ... "وارن": name_skeleton).
// Not a forebear's name after a lineage word or joiner: "سلمان" of "خالد بن
// سلمان" is his father's, and names King Salman; "علي" of "محمد بن علي"
// begins "علي محسن الأحمر". Nor the second half of a compound given name:
// "الدين" of "نور الدين" is no one in "رجل الدين". Its first word, after a
// title, refers back to him too (DocumentEntities::by_first_word).
void EntityFinder::remember_surname(Context& c,
                                    std::size_t person,
                                    std::size_t begin,
                                    std::size_t end) const
{
  if (end <= begin + 1 || c.entities[person].entity.type != EntityType::person) {
    return;
  }
  c.entities.add_first_word(person, c.token(begin).text);
  if (!ends_in_bound_word(c, begin, end)) {
    add_surname(c, person, end - 1);
  }
}

bool EntityFinder::ends_in_bound_word(const Context& c, std::size_t begin, std::size_t end) const
{
  return end >= begin + 2
         && (token_in(c.token(end - 2), m_pack.words.lineage, m_pack.clitics)
             || token_in(c.token(end - 2), m_pack.words.name_joiner, m_pack.clitics)
             || compound_at(c, end - 1));
}

// The word at token `last` refers back to `person`, as written and by its skeleton.
void EntityFinder::add_surname(Context& c, std::size_t person, std::size_t last) const
{
  const std::string surname(c.token(last).text);
  c.entities.add_name_words(person, std::span(&surname, 1));
  std::string skeleton;
  name_skeleton(surname, skeleton);
  if (!skeleton.empty()) {
    c.entities.add_name_skeleton(person, std::move(skeleton), surname);
  }
}

namespace {

// True when the letters of `shorter` stand in `longer` in order, with others
// of `longer` between them or not.
bool is_subsequence(std::string_view shorter, std::string_view longer)
{
  std::size_t at = 0;
  for (std::size_t from = 0; from < longer.size() && at < shorter.size();) {
    std::size_t next = at;
    const auto wanted = next_code_point(shorter, next);
    if (next_code_point(longer, from) == wanted) {
      at = next;
    }
  }
  return at == shorter.size();
}

// A word's letters for telling given names apart: its first letter, then
// its consonants (no alif, hamza, و or ي): "يونس" gives "ينس", "أنس" gives
// "نس", "ميشيل" and "ميشال" give "مشل".
std::u32string given_letters(std::string_view word)
{
  auto letters = to_u32(match_key_of(to_u32(word)));
  const auto vowel = [](char32_t ch) {
    return ch == U'ا' || ch == U'ء' || ch == U'و' || ch == U'ي';
  };
  std::erase_if(letters, [](char32_t ch) { return ch == U'ا' || ch == U'ء'; });
  if (letters.size() > 1) {
    letters.erase(std::remove_if(letters.begin() + 1, letters.end(), vowel), letters.end());
  }
  return letters;
}

} // namespace

bool arabic_given_name_fits(std::string_view word, const KnownEntity& person)
{
  const auto arabic = [](std::string_view name) {
    return name.find_first_of("\xd8\xd9") != std::string_view::npos; // U+0600..U+067F lead bytes
  };
  const auto wanted = given_letters(word);
  bool compared = false;
  const auto fits = [&](std::string_view name) {
    if (!arabic(name)) {
      return false;
    }
    compared = true;
    // "جو" and "جوزيف" are one name, short and long.
    const auto letters = given_letters(name.substr(0, name.find(' ')));
    const auto& shorter = letters.size() < wanted.size() ? letters : wanted;
    const auto& longer = letters.size() < wanted.size() ? wanted : letters;
    return !shorter.empty() && longer.starts_with(shorter);
  };
  return fits(person.label_ar) || std::any_of(person.aliases.begin(), person.aliases.end(), fits)
         || !compared;
}

// A transliterated name's word without the letters of words.tsv long-vowel
// after its first: "وارين" and "وارن" give "ورن". Empty when the word has
// fewer than four letters ("بون") or fewer than three remain ("بايو"), where
// too many words would share it; and in a language with no such letters.
void EntityFinder::name_skeleton(std::string_view word, std::string& skeleton) const
{
  skeleton.clear();
  if (m_pack.words.long_vowel.words().empty() || code_points(word) < 4) {
    return;
  }
  std::size_t letters = 0;
  const auto& vowels = m_pack.words.long_vowel.words(); // a few letters: no hashing
  for (std::size_t at = 0; at < word.size();) {
    const auto begin = at;
    static_cast<void>(next_code_point(word, at));
    const auto letter = word.substr(begin, at - begin);
    if (begin == 0 || std::find(vowels.begin(), vowels.end(), letter) == vowels.end()) {
      skeleton += letter;
      ++letters;
    }
  }
  if (letters < 3) {
    skeleton.clear();
  }
}

// A word at token i without the article, not a surname the document knows
// as written, whose skeleton (name_skeleton) is one a person's surname has,
// and that is the surname with long vowels left out or added: "وارن" is
// "وارين"'s, "مولر" (Mueller) is not "ميلر"'s (Miller), whose vowel differs.
// Only as the speaker right after a verb of saying ("قالت وارن"), or as the
// subject right after a words.tsv clause-opener ("كانت وارن صريحة"; not a
// verb in the imperfect there: "كان ينكر"), and alone ("وقال وارن بافيت"
// names someone else): elsewhere too many common words share a skeleton
// ("وبينت" and Bennett, "ينكر" and Juncker).
std::optional<std::size_t> EntityFinder::surname_variant_at(const Context& c, std::size_t i) const
{
  const auto& token = c.token(i);
  if (!c.entities.has_name_skeletons() || i == c.sentence.begin || token.kind != TokenKind::word
      || has_article(token)) {
    return std::nullopt;
  }
  std::optional<std::size_t> person;
  thread_local std::vector<std::string_view> scratch;
  thread_local std::string skeleton;
  for (const auto form : m_pack.clitics.forms_of(token, scratch)) {
    if (!c.entities.may_have_skeleton(form)) {
      continue;
    }
    name_skeleton(form, skeleton);
    if (!skeleton.empty()) {
      const auto* known = c.entities.by_name_skeleton(skeleton);
      if (known != nullptr
          && (is_subsequence(form, known->word) || is_subsequence(known->word, form))) {
        person = known->entity;
        break;
      }
    }
  }
  const bool subject_slot = starts_speech_cue(c, i - 1)
                            || (token_in(c.token(i - 1), m_pack.words.clause_opener, m_pack.clitics)
                                && !m_pack.clitics.imperfect_shape(token.text));
  // (An adjective after it is its predicate: "كانت وارن صريحة".)
  if (!person || !subject_slot
      || (i + 1 < c.sentence.end && !has_article(c.token(i + 1)) && is_name_word(c, i + 1)
          && !adjective_shape(m_pack.words, c.token(i + 1).text))
      || token_in(token, m_pack.words.stop, m_pack.clitics)
      || token_in(token, m_pack.words.given_name, m_pack.clitics) || starts_cue(c, i)) {
    return std::nullopt;
  }
  return person;
}

// The person whose surname, as the document wrote it in full before, the
// word at token i is: a word with the article, right after a word that has
// none and holds no name or title ("بجهود السوداني"، "دعا السوداني"); after
// a definite word, a name or a title it is an adjective agreeing with them
// ("الرئيس السوداني"، "عمر البشير السوداني").
std::optional<std::size_t> EntityFinder::surname_not_adjective(const Context& c,
                                                               std::size_t i) const
{
  if (i == c.sentence.begin || !has_article(c.token(i)) || has_article(c.token(i - 1))
      || c.token(i - 1).kind != TokenKind::word || (!c.items.empty() && c.items.back().end == i)) {
    return std::nullopt;
  }
  const auto local = c.entities.local_name_at(c.tokens(), i, m_pack.clitics);
  if (!local || local->second != 1 || c.entities[local->first].entity.type != EntityType::person) {
    return std::nullopt;
  }
  return local->first;
}

std::size_t EntityFinder::commit_name(Context& c, const Name& name) const
{
  if (name.entity) {
    c.mention(*name.entity, name.begin, name.end);
    remember_surname(c, *name.entity, name.begin, name.end);
    return *name.entity;
  }
  // "يونس خطيب" is not Anas Khattab (أنس خطاب), though their keys agree: in
  // Arabic script another spelling keeps the given name's letters.
  if (const auto known = m_gazetteer.find_person_phonetic(c.surface(name.begin, name.end));
      known
      && (m_capitalized_names
          || arabic_given_name_fits(c.token(name.begin).text, m_gazetteer.entities()[*known]))) {
    const auto person = c.entities.known(*known); // another spelling: "Walid al-Moualem"
    if (!ends_in_bound_word(c, name.begin, name.end)) {
      add_surname(c, person, name.end - 1);
    }
    c.mention(person, name.begin, name.end);
    return person;
  }
  auto span = c.span(name.begin, name.end);
  span.begin += name.skip;
  const auto surface = substr_utf8(c.original, span.begin, span.end);
  const auto person = c.entities.found(EntityType::person, surface, m_lang);
  if (!ends_in_bound_word(c, name.begin, name.end)) {
    add_surname(c, person, name.end - 1);
  }
  c.entities.add_mention(person, span, surface);
  return person;
}

} // namespace newskg::extract
