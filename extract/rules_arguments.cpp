#include "extract/sentence_rules.hpp"
#include "extract/token_shape.hpp"

#include <algorithm>

namespace newskg::extract::rules {

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

// Token t belongs to an item (a name, a title and its name, a reference).
bool SentenceRules::inside_item(std::size_t t) const
{
  return item_covering(t) != m_items.end();
}

std::vector<Item>::const_iterator SentenceRules::item_covering(std::size_t t) const
{
  return std::find_if(m_items.begin(), m_items.end(), [&](const Item& item) {
    return item.begin <= t && t < item.end;
  });
}

// A relative word stands right before token t, not first in the sentence.
bool SentenceRules::after_relative(std::size_t t) const
{
  return t >= m_sentence.begin + 2 && token_in(token(t - 1), m_pack.words.relative, m_pack.clitics);
}

// Token t ends in a pronoun of words.tsv pronoun-ending ("يبذلها", "اتخذته").
bool SentenceRules::carries_pronoun(std::size_t t) const
{
  return ends_in_pronoun(m_pack.words, token(t).text);
}

// Where up to two adjectives with the article (and quotation marks) from
// token t on end, at a relative pronoun or a name: "الجهود الكبيرة التي",
// "المبادرات الإنسانية الكويتية"; nothing when no adjective stands there.
std::optional<std::size_t> SentenceRules::past_definite_adjectives(std::size_t t) const
{
  constexpr std::size_t max_adjectives = 2;
  std::size_t adjectives = 0;
  for (; t < m_sentence.end; ++t) {
    if (inside_item(t) || token_in(token(t), m_pack.words.relative, m_pack.clitics)) {
      return adjectives > 0 ? std::optional(t) : std::nullopt;
    }
    if (token_in(token(t), m_pack.words.quote, m_pack.clitics)) {
      continue;
    }
    if (token(t).kind != TokenKind::word || !m_pack.clitics.definite(token(t))
        || ++adjectives > max_adjectives) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// The relative pronoun past up to two adjectives (past_definite_adjectives).
std::optional<std::size_t> SentenceRules::relative_past_adjectives(std::size_t t) const
{
  const auto past = past_definite_adjectives(t);
  return past && !inside_item(*past) ? past : std::nullopt;
}

// Token t ends in an ending of words.tsv word-pronoun-ending written as a
// pronoun, not a ta marbuta (word_pronoun_ending): "تؤديه".
bool SentenceRules::carries_word_pronoun(std::size_t t) const
{
  return !ends_in_ta_marbuta(token(t)) && word_pronoun_ending(m_pack.words, token(t).text);
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
  return m_items[item].demonym && begin >= m_sentence.begin + 2
         && (item == 0 || m_items[item - 1].end < begin)
         && m_pack.clitics.definite(token(begin - 1)) && behind_preposition(begin - 1);
}

bool SentenceRules::behind_preposition(std::size_t begin) const
{
  if (begin <= m_sentence.begin
      || !token_in(token(begin - 1), m_pack.words.preposition, m_pack.clitics)) {
    return false;
  }
  // "هاجم مسلحون من جبهة النصرة": members of a group, named by it, act as it.
  if (begin >= m_sentence.begin + 2
      && token_in(token(begin - 2), m_pack.words.member_noun, m_pack.clitics)) {
    return false;
  }
  // "كلا من أرمينيا وأذربيجان": the preposition of a list intro introduces
  // the members themselves.
  return begin < m_sentence.begin + 2
         || !token_in(token(begin - 2), m_pack.words.list_intro, m_pack.clitics);
}

// The item heads its own phrase: no preposition before it, nor a noun of
// words.tsv member-noun whose genitive it is ("وفد حماس", "وفد من حماس").
bool SentenceRules::heads_phrase(std::size_t item) const
{
  const auto begin = m_items[item].begin;
  if (begin <= m_sentence.begin) {
    return true;
  }
  const auto& before = token(begin - 1);
  return !token_in(before, m_pack.words.preposition, m_pack.clitics)
         && !token_in(before, m_pack.words.member_noun, m_pack.clitics) && !m_items[item].governed;
}

// At token `at`, a noun of words.tsv member-noun and right after it, or
// behind a preposition, the list of the group it is of: "وفدين سعودي وعماني"،
// "وفد من حماس". The list, if any.
std::optional<std::vector<std::size_t>> SentenceRules::member_noun_list(std::size_t at) const
{
  if (at + 1 >= m_sentence.end || inside_item(at)
      || !token_in(token(at), m_pack.words.member_noun, m_pack.clitics)) {
    return std::nullopt;
  }
  auto from = at + 1;
  if (token_in(token(from), m_pack.words.preposition, m_pack.clitics)) {
    ++from;
  }
  const auto k = item_starting_in(from, 0);
  if (!k || m_items[*k].begin != from || (m_items[*k].governed && from == at + 1)) {
    return std::nullopt;
  }
  return list_right(*k);
}

// "حيدت تسعة من عناصر حزب العمال"، "قتلت عناصر من الحركة": at token `at`,
// past a count (a number or words.tsv quantity; a quotation mark that closes
// a quoted verb: "قواتها "حيدت" تسعة") and its preposition, members of a group
// (member_noun_list): the group's list, if any.
std::optional<std::vector<std::size_t>> SentenceRules::counted_members(std::size_t at) const
{
  while (at < m_sentence.end && !inside_item(at)
         && (token(at).kind == TokenKind::number
             || token_in(token(at), m_pack.words.quote, m_pack.clitics)
             || token_in(token(at), m_pack.words.quantity, m_pack.clitics))) {
    ++at;
  }
  if (at < m_sentence.end && !inside_item(at)
      && token_in(token(at), m_pack.words.preposition, m_pack.clitics)) {
    ++at;
  }
  return member_noun_list(at);
}

// A quotation mark in [from, begin): "وقال كافاداركوف "ندعم الناتو"": a
// name inside the quotation is no subject of the verb before it.
bool SentenceRules::opens_quotation(std::size_t from, std::size_t begin) const
{
  for (std::size_t t = from; t < begin; ++t) {
    if (token_in(token(t), m_pack.words.quote, m_pack.clitics)) {
      return true;
    }
  }
  return false;
}

// "هاجم مسلحون مجهولون القنصلية السعودية": members of a group the text does
// not name (words.tsv member-noun) stand between `from` and the item at
// `begin`, so they are the subject, not the item. Not when they are the
// item's: "عناصر حزب الله", "مسلحون من جبهة النصرة".
bool SentenceRules::unnamed_members(std::size_t from, std::size_t begin) const
{
  for (std::size_t t = from; t < begin; ++t) {
    if (!token_in(token(t), m_pack.words.member_noun, m_pack.clitics)) {
      continue;
    }
    const bool theirs =
      t + 1 == begin
      || (t + 2 == begin && token_in(token(t + 1), m_pack.words.preposition, m_pack.clitics));
    if (!theirs) {
      return true;
    }
  }
  return false;
}

// The direct object after token `from`: the first item within the window,
// past adjuncts behind a preposition ("استقبل الملك في الرياض أمس الرئيس").
std::optional<std::size_t> SentenceRules::direct_object(std::size_t from) const
{
  std::size_t at = from;
  for (std::size_t step = 0; step < 3; ++step) {
    auto k = item_starting_in(at, right_window);
    // Past an adjunct, a name after other words is theirs: "هاجموا نقطة
    // تفتيش في منطقة شمال وزيرستان المحاذية لأفغانستان" (the adjective's).
    if (step > 0 && k && m_items[*k].begin > past_adverbials(at)) {
      k.reset();
    }
    // "بتنظيم القاعدة": a name behind a proclitic preposition is an adjunct
    // too, but for the genitive's ("قصفت مواقع لحزب العمال").
    // Nor behind the genitive's preposition when its noun is behind one itself:
    // "طالبت أوكرانيا بالسماح لروسيا" (Russia is no one called on).
    const bool adjunct =
      k && m_items[*k].governed
      && (genitive_prep().empty()
          || !m_pack.clitics.starts_with_prep(token(m_items[*k].begin).text, genitive_prep())
          || (m_items[*k].begin > at && m_pack.clitics.governed(token(m_items[*k].begin - 1))));
    // "أدانت مصر الهجوم على السفارة السعودية": a name further inside a
    // phrase behind a preposition is an adjunct too; inside a relative
    // clause ("انتقد القرار الذي يدعم أوكرانيا") it is the clause's.
    // (Past an occasion, whose preposition governs no name: "في بيان".)
    const auto phrase_from = past_adverbials(past_phrase_aside(at));
    const bool inside_phrase =
      k && phrase_from <= m_items[*k].begin
      && std::any_of(m_sentence.tokens.begin() + static_cast<std::ptrdiff_t>(phrase_from),
                     m_sentence.tokens.begin() + static_cast<std::ptrdiff_t>(m_items[*k].begin),
                     [&](const Token& t) {
                       const auto index = static_cast<std::size_t>(&t - m_sentence.tokens.data());
                       // "كلا من أرمينيا وأذربيجان": a list intro's preposition
                       // introduces the members themselves.
                       const bool intro =
                         index > m_sentence.begin
                         && token_in(token(index - 1), m_pack.words.list_intro, m_pack.clitics);
                       return (token_in(t, m_pack.words.preposition, m_pack.clitics) && !intro)
                              || token_in(t, m_pack.words.relative, m_pack.clitics);
                     });
    if (k && reference_point(at, m_items[*k].begin)) {
      return std::nullopt;
    }
    // "supports Yemen's Houthi movement": a country with a possessive
    // ending right before a name owns it; the name is the object.
    if (k && *k + 1 < m_items.size() && m_items[*k].end + 1 == m_items[*k + 1].begin
        && m_items[*k].kind == ItemKind::entity
        && m_entities[m_items[*k].entity].entity.type == EntityType::country
        && m_items[*k + 1].kind == ItemKind::entity
        && token_in(token(m_items[*k].end), m_pack.words.possessive, m_pack.clitics)) {
      return *k + 1;
    }
    // "captured the Syrian town of Afrin": a demonym right before a place is
    // the place's adjective; the place is the object.
    if (k && m_items[*k].demonym && *k + 1 < m_items.size()
        && m_items[*k + 1].begin == m_items[*k].end && m_items[*k + 1].kind == ItemKind::entity
        && m_entities[m_items[*k + 1].entity].entity.type == EntityType::location) {
      return *k + 1;
    }
    if (!k || (!prepositional(*k) && !adjunct && !inside_phrase && !people_genitive(*k))) {
      return k;
    }
    at = m_items[list_right(*k).back()].end; // its list with it: "between Serbia and Kosovo"
  }
  return std::nullopt;
}

// "وزار الرئيس الأميركي دونالد ترامب، المملكة العربية السعودية": past a
// subject after the verb that ends at `search`, a comma, then the object's
// list right after it (no name behind a preposition); or past a relative
// clause the commas set off after the subject ("ودعت الولايات المتحدة
// والسعودية، اللتان ترعيان محادثات جدة، إيران إلى").
std::optional<std::vector<std::size_t>> SentenceRules::object_past_comma(std::size_t search) const
{
  search = past_subject_relative(search);
  if (search + 1 >= m_sentence.end || !is_soft_boundary(search)) {
    return std::nullopt;
  }
  const auto k = item_starting_in(search + 1, 0);
  if (!k || m_items[*k].begin != search + 1 || prepositional(*k) || m_items[*k].governed) {
    return std::nullopt;
  }
  return list_right(*k);
}

// The comma that closes a relative clause (words.tsv relative) opened by the
// comma at `search`, within relative_window words; else `search`.
std::size_t SentenceRules::past_subject_relative(std::size_t search) const
{
  if (search + 2 >= m_sentence.end || !is_soft_boundary(search)
      || !token_in(token(search + 1), m_pack.words.relative, m_pack.clitics)) {
    return search;
  }
  for (auto t = search + 2; t < m_sentence.end && t < search + relative_window + 2; ++t) {
    if (is_hard_boundary(t)) {
      break;
    }
    if (is_soft_boundary(t)) {
      return t;
    }
  }
  return search;
}

// Token t is a common noun with the article where an argument would stand,
// no name's: without a conjunction or preposition before it (nor a relative
// or stop word), no name among the definite words after it that agree with
// it, its adjectives ("التصعيد النووي الإيراني": Iran's), nor right after
// them, apposed or behind the genitive's preposition ("المعسكرات التابعة
// لتنظيم داعش").
// "وحذر لافروف الغرب من تسليح أوكرانيا": the West is the object, which names
// none we know; Ukraine is the genitive of the warning's content. In the
// subject's place (`subject`), a definite name after the noun that is no
// demonym nor place (which may be apposed: "المدينة الساحلية اللاذقية") is
// the object: "وحذرت الحكومة الحوثيين" names no subject.
bool SentenceRules::unnamed_noun_at(std::size_t t, bool subject) const
{
  const auto bare_definite = [&](std::size_t k) {
    const auto& word = token(k);
    return word.kind == TokenKind::word && m_pack.clitics.definite(word)
           && !m_pack.clitics.governed(word) && !m_pack.clitics.conjoined(word.text);
  };
  if (t + 1 >= m_sentence.end || !bare_definite(t)
      || token_in(token(t), m_pack.words.relative, m_pack.clitics)
      || token_in(token(t), m_pack.words.stop, m_pack.clitics)) {
    return false;
  }
  auto k = t;
  for (; k < m_sentence.end && (k == t || bare_definite(k)); ++k) {
    const auto item = item_covering(k);
    if (item == m_items.end()) {
      continue;
    }
    const bool object_after = subject && k > t && !item->demonym && item->kind == ItemKind::entity
                              && m_entities[item->entity].entity.type != EntityType::location;
    return object_after;
  }
  // A name right after them is apposed ("الأمريكي فيل ميكلسون"، "العاصمة
  // دمشق"), or, behind the genitive's preposition, their owner. Not a
  // demonym without the article, which cannot agree with them: an adverb of
  // the participle before it ("الميليشيات المدعومة إيرانيا": backed by Iran).
  const auto next = k < m_sentence.end ? item_covering(k) : m_items.end();
  const bool adverb =
    next != m_items.end() && next->demonym && !m_pack.clitics.definite(token(next->begin));
  const bool named_after =
    next != m_items.end() && next->begin == k && !adverb
    && (!next->governed
        || (!genitive_prep().empty()
            && m_pack.clitics.starts_with_prep(token(k).text, genitive_prep())));
  return !named_after;
}

// "قصفت قرية صغيرة شمال حلب", "سيطرت على قضاء القائم غرب الأنبار": a place
// right after a direction (words.tsv direction) that words after `from`
// stand before is where the argument lies, the reference point of a place
// the text names without our knowing it, not the argument. The direction
// first may be the argument's ("قصفت ريف إدلب").
bool SentenceRules::reference_point(std::size_t from, std::size_t begin) const
{
  auto at = begin;
  while (at > from && token_in(token(at - 1), m_pack.words.direction, m_pack.clitics)) {
    --at;
  }
  return at < begin && at > from;
}

// The item at item_index is a demonym in a dual or plural of origin (origin-ending)
// in construct after a noun without the article, or behind the genitive's
// preposition after a definite one: the people the noun's act is done to, no
// party to the verb ("يرفض تهجير الفلسطينيين", "أدان قتل السوريين"، "يرفض
// التهجير القسري للفلسطينيين"). An adjective after a definite noun still is
// ("انتقد المسؤولين الإيرانيين").
// After a number or a word of words.tsv quantity, a demonym counts people
// in both languages: "قتلت القوات 20 فلسطينيا", "killed three Palestinians".
bool SentenceRules::people_genitive(std::size_t item_index) const
{
  const auto& item = m_items[item_index];
  if (!item.demonym || item.begin <= m_sentence.begin) {
    return false;
  }
  const auto& before = token(item.begin - 1);
  if (before.kind == TokenKind::number || token_in(before, m_pack.words.quantity, m_pack.clitics)) {
    return true;
  }
  if (before.kind != TokenKind::word) {
    return false;
  }
  // "يرفض التهجير القسري للفلسطينيين": behind the genitive's preposition
  // after a definite noun and its adjectives, the same people.
  if (m_pack.clitics.definite(before)) {
    return !genitive_prep().empty()
           && m_pack.clitics.starts_with_prep(token(item.begin).text, genitive_prep())
           && ends_in_origin(m_pack.words, token(item.begin).text);
  }
  return ends_in_origin(m_pack.words, token(item.begin).text);
}

// Token `t` is the preposition `prep` ("إلى") or carries it ("بالاتفاق"),
// and starts no item.
bool SentenceRules::starts_prep_phrase(std::size_t t, std::span<const std::string> preps) const
{
  if (std::any_of(
        m_items.begin(), m_items.end(), [&](const Item& item) { return item.begin == t; })) {
    return false;
  }
  thread_local std::vector<std::string_view> scratch;
  const auto forms = m_pack.clitics.forms_of(token(t), scratch);
  return std::any_of(preps.begin(), preps.end(), [&](const std::string& prep) {
    return m_pack.clitics.starts_with_prep(token(t).text, prep)
           || std::find(forms.begin(), forms.end(), prep) != forms.end();
  });
}

// The preposition of the language's genitive rule ("ل"), empty when none.
std::string_view SentenceRules::genitive_prep() const
{
  return m_pack.genitive_prep();
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

bool SentenceRules::begins_finite_cue(std::size_t i) const
{
  for (std::size_t h = 0; h < m_hits.size(); ++h) {
    if (m_hits[h].match.begin == i && frame_of(h).finite) {
      return true;
    }
  }
  return false;
}

bool SentenceRules::starts_charge(std::size_t h, std::size_t t) const
{
  if (t >= m_sentence.end
      || !m_pack.words.charge_predicate.contains(m_hits[h].trigger->predicate)) {
    return false;
  }
  if (token_in(token(t), m_pack.words.charge_proclitic, m_pack.clitics)) {
    return true;
  }
  // "واتهمت روسيا بريطانيا بالتجسس", "واتهم لافروف بايدن": a name that
  // begins with the preposition's letter (read_as_written) is the accused,
  // no charge.
  return carries_proclitic(t, m_pack.words.charge_proclitic) && !read_as_written(t);
}

bool SentenceRules::carries_proclitic(std::size_t t, const WordSet& preps) const
{
  const auto& word = token(t);
  return m_pack.clitics.governed(word)
         && std::ranges::any_of(preps.words(), [&](const std::string& prep) {
              return m_pack.clitics.starts_with_prep(word.text, prep);
            });
}

std::size_t SentenceRules::past_adverbials(std::size_t from) const
{
  for (std::size_t skipped = 0; from < m_sentence.end && skipped < max_aside_words * 2; ++skipped) {
    const auto& t = token(from);
    if (const auto occasion = past_occasion(from); occasion > from) {
      from = occasion;
      continue;
    }
    // (A form of address too, outside a name: "استقبل ... فخامة الرئيس".)
    if (!token_in(t, m_pack.words.time, m_pack.clitics)
        && !token_in(t, m_pack.words.adverbial, m_pack.clitics)
        && (!token_in(t, m_pack.words.honorific, m_pack.clitics) || inside_item(from))) {
      break;
    }
    ++from;
  }
  return from;
}

// "واتهمت روسيا في بيان لها الولايات المتحدة": the token after an occasion
// (words.tsv occasion-preposition, occasion-noun, up to two occasion-tail
// words) that starts at `from`, none of it inside an item; else `from`.
std::size_t SentenceRules::past_occasion(std::size_t from) const
{
  constexpr std::size_t max_tail = 2;
  const auto& words = m_pack.words;
  if (from + 2 >= m_sentence.end || inside_item(from) || inside_item(from + 1)
      || !token_in(token(from), words.occasion_preposition, m_pack.clitics)
      || !token_in(token(from + 1), words.occasion_noun, m_pack.clitics)) {
    return from;
  }
  auto k = from + 2;
  while (k < m_sentence.end && k < from + 2 + max_tail && !inside_item(k)
         && token_in(token(k), words.occasion_tail, m_pack.clitics)) {
    ++k;
  }
  return k;
}

// "قد دعا، في خطاب العرش أواخر يوليو (تموز)، الرئيس الجزائري": at a comma
// that opens a phrase behind a preposition, closed by another comma
// (past_apposition), the token after the closing comma; else t.
std::size_t SentenceRules::past_phrase_aside(std::size_t t) const
{
  if (t + 1 < m_sentence.end && is_soft_boundary(t)
      && token_in(token(t + 1), m_pack.words.preposition, m_pack.clitics)) {
    return past_apposition(t);
  }
  return t;
}

std::optional<std::size_t> SentenceRules::item_starting_in(std::size_t from,
                                                           std::size_t window) const
{
  // "استقبل السيسي، اليوم الأحد، رئيس المجلس": a time between commas is an
  // aside; what follows it must begin right after it.
  if (const auto past = past_aside(from); past > from) {
    from = past;
    window = 0;
  }
  if (const auto past = past_phrase_aside(from); past > from) {
    from = past;
    window = 0;
  }
  // "انتقدت فرنسا اليوم الثلاثاء بشدة تصريحات ترامب": time words and
  // adverbials without commas take no room of the window.
  from = past_adverbials(from);
  for (std::size_t k = 0; k < m_items.size(); ++k) {
    const auto begin = m_items[k].begin;
    if (begin < from) {
      continue;
    }
    if (begin > from + window) {
      return std::nullopt;
    }
    // "وأدانت فرنسا الهجوم واتهمت روسيا": past another finite verb the
    // name is that verb's.
    for (std::size_t t = from; t < begin; ++t) {
      if (is_hard_boundary(t) || is_soft_boundary(t) || begins_finite_cue(t)) {
        return std::nullopt;
      }
    }
    return k;
  }
  return std::nullopt;
}

// The token after ", اليوم الأحد ،" when one starts at `t`: a comma, one to
// three words of the language's `time` class, a comma; or after a short
// parenthesis right after a name (its acronym: "ودعت قوة الأمم المتحدة
// المؤقتة في لبنان (يونيفيل) الطرفين"); else `t`.
std::size_t SentenceRules::past_aside(std::size_t t) const
{
  if (t < m_sentence.end && t > m_sentence.begin && inside_item(t - 1)) {
    if (const auto close = closing_parenthesis(m_sentence.tokens, t);
        close && *close < m_sentence.end) {
      return *close + 1;
    }
  }
  if (t >= m_sentence.end || !is_soft_boundary(t)) {
    return t;
  }
  std::size_t k = t + 1;
  while (k < m_sentence.end && k - t <= max_aside_words
         && token_in(token(k), m_pack.words.time, m_pack.clitics)) {
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
    if (!article && !is_soft_boundary(t)
        && !token_in(token(t), m_pack.words.coordinator, m_pack.clitics)) {
      return false;
    }
    linked = true;
  }
  if (linked) {
    return true;
  }
  const auto first = token(b.begin).text;
  const auto& conjunctions = m_pack.words.conjunction.words();
  return std::any_of(conjunctions.begin(),
                     conjunctions.end(),
                     [&](const auto& c) { return first.starts_with(c); })
         && !read_as_written(b.begin);
}

// "وزير", "واشنطن", "وليد": the word at `t` names its title, entity or given
// name as written, so a conjunction's letter at its start is its own letter.
bool SentenceRules::read_as_written(std::size_t t) const
{
  const auto text = token(t).text;
  if (const auto g = m_gazetteer.longest_at(m_sentence.tokens, t, m_pack.clitics);
      g && g->form == text) {
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
  if (std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) {
        return written(m_pack.titles[k].cue);
      })) {
    return true;
  }
  m_pack.head_index.candidates(token(t), m_pack.clitics, candidates);
  return std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) {
    return written(m_pack.heads[k].cue);
  });
}

// Whether items `left` and `right`, joined, are linked by a coordinator ("و",
// "and") rather than by commas alone.
bool SentenceRules::coordinated(std::size_t left, std::size_t right) const
{
  for (std::size_t t = m_items[left].end; t < m_items[right].begin; ++t) {
    if (token_in(token(t), m_pack.words.coordinator, m_pack.clitics)) {
      return true;
    }
  }
  const auto first = token(m_items[right].begin).text;
  const auto& conjunctions = m_pack.words.conjunction.words();
  return std::any_of(conjunctions.begin(),
                     conjunctions.end(),
                     [&](const auto& c) { return first.starts_with(c); })
         && !read_as_written(m_items[right].begin);
}

// A list is closed by a coordinated member: "روسيا، تركيا وإيران". Names
// parted by commas alone are no list ("زار الرئيس، المملكة العربية
// السعودية": the subject, then the object).
std::vector<std::size_t> SentenceRules::list_right(std::size_t item) const
{
  std::vector<std::size_t> list{item};
  std::size_t closed = 1; // members up to the last coordinated one
  while (list.back() + 1 < m_items.size() && joined(list.back(), list.back() + 1)) {
    list.push_back(list.back() + 1);
    if (coordinated(list[list.size() - 2], list.back())) {
      closed = list.size();
    }
  }
  list.resize(closed);
  return list;
}

// "بين فصائل "الجيش الوطني السوري" المدعوم من تركيا وقوات قسد": the first
// side after "between" (words.tsv between, a noun or quote before it at most)
// is item `item`, alone in its list; a participle describing it ends it, with
// the participle's own argument behind its preposition. The item after that
// argument, coordinated with it, is the second side: "between" wants two. The
// index of the participle's argument and of the second side; nullopt when the
// words are otherwise.
std::optional<std::pair<std::size_t, std::size_t>>
SentenceRules::between_past_participle(std::size_t item) const
{
  constexpr std::size_t max_before = 2; // "بين فصائل «"
  const auto begin = m_items[item].begin;
  bool between = false;
  const auto floor = item > 0 ? m_items[item - 1].end : m_sentence.begin;
  for (std::size_t t = begin; t-- > floor && t + max_before + 1 >= begin;) {
    if (token_in(token(t), m_pack.words.between, m_pack.clitics)) {
      between = true;
      break;
    }
  }
  if (!between || list_right(item).size() != 1) {
    return std::nullopt;
  }
  auto t = m_items[item].end;
  while (t < m_sentence.end && token_in(token(t), m_pack.words.quote, m_pack.clitics)) {
    ++t;
  }
  if (t + 1 >= m_sentence.end || token(t).kind != TokenKind::word
      || !m_pack.clitics.definite(token(t)) || item + 1 >= m_items.size()) {
    return std::nullopt;
  }
  const auto agent = item + 1;
  if (m_items[agent].begin > t + 2
      || (m_items[agent].begin == t + 2
          && !token_in(token(t + 1), m_pack.words.preposition, m_pack.clitics))
      || (m_items[agent].begin == t + 1 && !m_items[agent].governed)) {
    return std::nullopt;
  }
  const auto list = list_right(agent);
  if (list.size() != 2 || !coordinated(list.front(), list.back())) {
    return std::nullopt;
  }
  return std::pair{agent, list.back()};
}

std::vector<std::size_t> SentenceRules::list_left(std::size_t item) const
{
  std::vector<std::size_t> list{item};
  bool closed = false; // a coordinator joins two of its members
  while (list.front() > 0 && joined(list.front() - 1, list.front())) {
    closed = closed || coordinated(list.front() - 1, list.front());
    list.insert(list.begin(), list.front() - 1);
  }
  return closed ? list : std::vector<std::size_t>{item};
}

bool SentenceRules::allowed(std::size_t entity, bool subject, const PredicateInfo& p) const
{
  const auto type = m_entities[entity].entity.type;
  return subject ? p.allows_subject(type) : p.allows_object(type);
}

// The innermost report around the token that names a speaker, if any.
const Report* SentenceRules::report_at(std::size_t token) const
{
  for (auto it = m_reports.rbegin(); it != m_reports.rend(); ++it) {
    if (it->begin <= token && token < it->end && !it->speaker.empty()) {
      return &*it;
    }
  }
  return nullptr;
}

const Entities& SentenceRules::speaker_at(std::size_t token) const
{
  const auto* report = report_at(token);
  return report != nullptr ? report->speaker : m_discourse.topic;
}

// The speaker at `token` (speaker_at) that may be the subject of p.
Entities SentenceRules::allowed_speakers(std::size_t token, const PredicateInfo& p) const
{
  Entities out;
  for (const auto e : speaker_at(token)) {
    if (allowed(e, true, p)) {
      out.push_back(e);
    }
  }
  return out;
}

Entities SentenceRules::allowed_clause_subjects(const PredicateInfo& p) const
{
  Entities out;
  for (const auto e : m_clause_subjects) {
    if (allowed(e, true, p)) {
      out.push_back(e);
    }
  }
  return out;
}

Entities SentenceRules::named_speaker_at(std::size_t token) const
{
  const auto* report = report_at(token);
  return report != nullptr && report->named ? report->speaker : Entities{};
}

Entities SentenceRules::resolve_one(const Item& item,
                                    bool subject,
                                    const PredicateInfo& p,
                                    std::span<const std::string> cue_preps) const
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
    // country; "في الرياض" is only where something happened, but the cue's
    // own preposition governs an argument ("انتقادات لواشنطن").
    const bool argument =
      (!behind_preposition(item.begin) && !item.governed) || governed_by(item, cue_preps);
    if (!allowed(item.entity, subject, p) && record.known && argument) {
      if (const auto country = m_gazetteer.seat_country(*record.known)) {
        add(m_entities.known(*country));
        break;
      }
    }
    add(item.entity);
    break;
  }
  case ItemKind::parties: {
    // "الوزيران"، "الرئيسان" (words.tsv people-parties): the two people of the
    // last event between two people, within people_window sentences.
    if (token_in(token(item.begin), m_pack.words.people_parties, m_pack.clitics)
        && m_discourse.people.size() == 2
        && m_sentence.index <= m_discourse.people_sentence + people_window) {
      for (const auto e : m_discourse.people) {
        add(e);
      }
      break;
    }
    // The two parties of an event in this sentence or the one before ("التقى
    // X Y ... وبحث الجانبان"), else the last two countries named.
    // Words of countries (words.tsv country-parties: "both countries") take
    // the last event's parties only when both are countries, else the two
    // countries of the last event between countries.
    const auto country = [&](std::size_t e) {
      return m_entities[e].entity.type == EntityType::country;
    };
    const bool countries_only =
      token_in(token(item.begin), m_pack.words.country_parties, m_pack.clitics);
    const bool recent =
      m_discourse.parties.size() >= 2 && m_sentence.index <= m_discourse.parties_sentence + 1
      && (!countries_only
          || std::all_of(m_discourse.parties.end() - 2, m_discourse.parties.end(), country));
    // (A person and a country or organization are no two sides: "حذر غالانت
    // لبنان ... ودعت يونيفيل الطرفين" calls on the warring sides, whom the
    // warning does not name both.)
    const auto person = [&](std::size_t e) {
      return m_entities[e].entity.type == EntityType::person;
    };
    if (recent && !countries_only
        && person(m_discourse.parties.end()[-1]) != person(m_discourse.parties.end()[-2])) {
      break;
    }
    // (Past the last sentence: the sides of the last agreement or talks
    // between countries or organizations, then the last two countries named.)
    const auto& parties =
      recent                                                   ? m_discourse.parties
      : countries_only && m_discourse.country_pair.size() == 2 ? m_discourse.country_pair
      : !countries_only && m_discourse.sides.size() == 2       ? m_discourse.sides
                                                               : m_discourse.countries;
    // Both or neither: "زار غروسي طهران ... ودعا غوتيريش الطرفين" has one
    // party a place, and the sides are no one named.
    if (parties.size() < 2 || !std::all_of(parties.end() - 2, parties.end(), [&](std::size_t e) {
          return allowed(e, subject, p);
        })) {
      break;
    }
    for (auto k = parties.size() - 2; k < parties.size(); ++k) {
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
  case ItemKind::own: {
    // "وطالب الحلفاء بتزويد بلاده": as an object, not the genitive of a noun
    // behind a preposition's proclitic (the country is supplied, not called on).
    if (!subject && item.begin > m_sentence.begin && !inside_item(item.begin - 1)
        && m_pack.clitics.governed(token(item.begin - 1))
        && !m_pack.clitics.definite(token(item.begin - 1))) {
      break;
    }
    // The speaker's country, or outside a report the country of the
    // sentence's subject ("جدد ماكرون دعم بلاده للعراق"), else of the topic
    // (the subject of an earlier sentence).
    const auto* report = report_at(item.begin);
    auto owners = report != nullptr ? report->speaker : sentence_subject(item.begin, p);
    if (owners.empty() && report == nullptr) {
      owners = m_discourse.topic;
    }
    // "أعلن حزب الله أن مقاتليه قصفوا": an organization's forces (words.tsv
    // own-force) are its own.
    const bool force = carries_enclitic(token(item.begin), m_pack.words.own_force, m_pack.clitics);
    for (const auto s : owners) {
      const auto& record = m_entities[s];
      // "أعلنت وزارة الدفاع التركية أن قواتها", "Russia's defence ministry
      // said its forces": a country's organization speaks of the country's;
      // an armed one of its own ("أعلن الجيش السوداني أن قواته").
      const bool own = record.entity.type == EntityType::country
                       || (force && record.entity.type == EntityType::organization);
      if (record.of_country && !(force && armed(s))) {
        add(*record.of_country);
      } else if (own) {
        add(s);
      } else if (record.role_of && m_entities[*record.role_of].entity.type == EntityType::country) {
        add(*record.role_of);
      }
    }
    break;
  }
  }
  return out;
}

// An organization one of whose names begins with a word of words.tsv
// armed-head (a proclitic conjunction aside): "الجيش السوداني".
bool SentenceRules::armed(std::size_t entity) const
{
  const auto& record = m_entities[entity].entity;
  if (record.type != EntityType::organization || m_pack.words.armed_head.words().empty()) {
    return false;
  }
  return std::ranges::any_of(record.labels, [&](const auto& label) {
    const std::string_view name = label.second;
    const auto first = name.substr(0, name.find(' '));
    return m_pack.words.armed_head.contains(first)
           || m_pack.words.armed_head.contains(m_pack.clitics.without_conjunction(first));
  });
}

Entities SentenceRules::resolve(const std::vector<std::size_t>& items,
                                bool subject,
                                const PredicateInfo& p,
                                std::span<const std::string> cue_preps) const
{
  Entities out;
  for (const auto k : items) {
    for (const auto e : resolve_one(m_items[k], subject, p, cue_preps)) {
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
  if (subject) {
    // "وأعرب العليمي، خلال لقائه السفراء، عن تقديره": a light verb's
    // preposition before its noun cue, right after an aside's comma.
    if (before >= m_sentence.begin + 2 && is_soft_boundary(before - 2)
        && token_in(token(before - 1), m_pack.words.preposition, m_pack.clitics)) {
      if (const auto past = past_relative_clause(before - 1); past != before - 1) {
        before = past;
      }
    }
    before = past_relative_clause(before);
    // "وشدد ماكرون، في اتصال هاتفي مع بزشكيان، على": a noun cue behind an
    // occasion's preposition that opens an aside takes the list before its comma.
    if (before >= m_sentence.begin + 2
        && token_in(token(before - 1), m_pack.words.occasion_preposition, m_pack.clitics)
        && is_soft_boundary(before - 2)) {
      before -= 2;
    }
  }
  for (std::size_t k = m_items.size(); k-- > 0;) {
    const auto& item = m_items[k];
    if (item.end > before) {
      continue;
    }
    if (item.end + window < before) {
      return std::nullopt;
    }
    for (std::size_t t = item.end; t < before; ++t) {
      // "عقد السيسي والملك سلمان، اليوم، جلسة مباحثات": a subject's aside
      // of time words between commas stands between it and its verb's noun.
      if (const auto past = subject && is_soft_boundary(t) ? past_adverbials(t + 1) : t;
          past > t + 1 && past < before && is_soft_boundary(past)) {
        t = past;
        continue;
      }
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

// "ملك البحرين حمد بن عيسى آل خليفة، قام بزيارة": the list that ends at the
// comma right before the cue at token `cue` and opens its clause (at the
// sentence's start, or after a complementizer or a clause opener of
// words.tsv; a determiner before it counts with it), when its members can be
// the subject; "Iran's foreign minister, Mohammad Javad Zarif, accused". Not "بعد لقائه مع بوتين،
// زار": a name behind a preposition opens nothing.
std::optional<std::vector<std::size_t>> SentenceRules::fronted_list(std::size_t cue,
                                                                    const PredicateInfo& p) const
{
  // "وكان الجيش الصومالي، المدعوم من الولايات المتحدة، قد استعاد": a
  // particle of the verb (words.tsv verb-particle) before it, and an
  // apposition set off by commas after the list.
  if (cue > m_sentence.begin
      && token_in(token(cue - 1), m_pack.words.verb_particle, m_pack.clitics)) {
    --cue;
  }
  if (cue < m_sentence.begin + 2 || !is_soft_boundary(cue - 1)) {
    return std::nullopt;
  }
  for (std::size_t k = cue - 2; k > m_sentence.begin && k + aside_window >= cue; --k) {
    if (is_soft_boundary(k) && past_apposition(k) == cue) {
      cue = k + 1;
      break;
    }
  }
  for (std::size_t k = m_items.size(); k-- > 0;) {
    if (m_items[k].end > cue - 1) {
      continue;
    }
    if (m_items[k].end < cue - 1) {
      return std::nullopt;
    }
    auto list = list_left(k);
    auto first = m_items[list.front()].begin;
    // "The Iranian foreign minister, Mohammad Javad Zarif, criticized": a
    // determiner before the list belongs to it, and so do the title's
    // modifiers after it (words.tsv modifier: "The former vice president,
    // Joe Biden, criticized").
    const auto modifier_or_determiner = [&](std::size_t t) {
      return token_in(token(t), m_pack.words.modifier, m_pack.clitics)
             || token_in(token(t), m_pack.words.determiner, m_pack.clitics);
    };
    auto before = first;
    while (before > m_sentence.begin && modifier_or_determiner(before - 1)) {
      --before;
    }
    if (before < first && token_in(token(before), m_pack.words.determiner, m_pack.clitics)) {
      first = before;
    }
    // "Neighbouring Mali and Burkina Faso, themselves run by soldiers, have
    // warned": so does a neighbour's word right before it (frames.tsv neighbour).
    const auto neighbours = m_pack.triggers_of(FrameFamily::neighbour);
    if (std::any_of(neighbours.begin(), neighbours.end(), [&](const auto entry) {
          return neighbour_word_before(m_pack.triggers[entry], first);
        })) {
      --first;
    }
    const bool opens = first == m_sentence.begin
                       || token_in(token(first - 1), m_pack.words.complementizer, m_pack.clitics)
                       || token_in(token(first - 1), m_pack.words.clause_opener, m_pack.clitics)
                       || apposed_to_opening(first);
    if (!opens || resolve(list, true, p).empty()) {
      return std::nullopt;
    }
    return list;
  }
  return std::nullopt;
}

// The item at token `begin` stands right after the cue of an earlier verb
// (a clause frame that reports nothing), no item, boundary or complementizer
// between: that verb's subject.
bool SentenceRules::subject_after_verb(std::size_t begin) const
{
  return std::any_of(m_hits.begin(), m_hits.end(), [&](const Hit& hit) {
    const auto& frame = frame_of(*hit.trigger);
    if (frame.family != FrameFamily::clause || frame.report != ReportKind::none
        || hit.match.end > begin || hit.match.end + right_window < begin) {
      return false;
    }
    for (auto t = hit.match.end; t < begin; ++t) {
      if (inside_item(t) || is_hard_boundary(t) || is_soft_boundary(t)
          || token_in(token(t), m_pack.words.complementizer, m_pack.clitics)) {
        return false;
      }
    }
    return true;
  });
}

// The list the relative word at token `relative` follows, as subjects: none
// when no item ends there or the one there is behind a preposition ("الهجوم
// على سوريا الذي استهدف تركيا": the relative follows the attack).
Entities SentenceRules::antecedent_subjects(std::size_t relative, const PredicateInfo& p) const
{
  for (std::size_t k = 0; k < m_items.size(); ++k) {
    if (m_items[k].end == relative) {
      const auto list = list_left(k);
      if (m_items[list.front()].governed || prepositional(list.front())) {
        return {};
      }
      return resolve(list, true, p);
    }
  }
  return {};
}

// A relative word (no comma before it) between the start of the clause and
// the cue at token `cue`, with a cue of its own verb after it: the relative
// word's token. "إيران التي تدعم الحوثيين هاجمت": the clause is skipped.
std::optional<std::size_t> SentenceRules::relative_clause_before(std::size_t cue) const
{
  for (std::size_t t = cue; t-- > m_sentence.begin && t + relative_window >= cue;) {
    if (is_hard_boundary(t) || is_soft_boundary(t)) {
      return std::nullopt;
    }
    if (!token_in(token(t), m_pack.words.relative, m_pack.clitics) || t == m_sentence.begin
        || is_soft_boundary(t - 1)) {
      continue;
    }
    const bool own_verb = std::any_of(m_hits.begin(), m_hits.end(), [&](const Hit& hit) {
      return hit.match.begin > t && hit.match.end <= cue;
    });
    return own_verb ? std::optional(t) : std::nullopt;
  }
  return std::nullopt;
}

// "The chief executive of Airbus, Tom Enders, warned": a comma before token
// `first` closes the phrase the sentence opens with, which holds no other
// comma, no cue and no name the list could be: the list is its apposition.
bool SentenceRules::apposed_to_opening(std::size_t first) const
{
  if (first < m_sentence.begin + 2 || !is_soft_boundary(first - 1)) {
    return false;
  }
  for (std::size_t t = m_sentence.begin; t + 1 < first; ++t) {
    if (is_soft_boundary(t) || is_hard_boundary(t)) {
      return false;
    }
  }
  const bool cue_before = std::any_of(
    m_hits.begin(), m_hits.end(), [&](const Hit& hit) { return hit.match.begin < first - 1; });
  const bool person_before = std::any_of(m_items.begin(), m_items.end(), [&](const Item& item) {
    return item.end < first && item.kind == ItemKind::entity
           && m_entities[item.entity].entity.type == EntityType::person;
  });
  return !cue_before && !person_before;
}

// Token t opens an apposition after a comma: a relative word, a determiner
// ("a South Carolina Republican"), a preposition ("ودعا عباس، في كلمته أمام
// القمة، الولايات المتحدة"), a word of words.tsv aside-opener ("Theresa May,
// speaking in Brussels, praised"), an owner's possessive ("Scotland's first
// minister"), or a participle's cue of the around family ("backed by Russia",
// "المدعومة من روسيا").
bool SentenceRules::opens_apposition(std::size_t t) const
{
  return token_in(token(t), m_pack.words.relative, m_pack.clitics)
         || token_in(token(t), m_pack.words.determiner, m_pack.clitics)
         || token_in(token(t), m_pack.words.aside_opener, m_pack.clitics)
         || (t + 1 < m_sentence.end
             && token_in(token(t + 1), m_pack.words.possessive, m_pack.clitics))
         || token_in(token(t), m_pack.words.preposition, m_pack.clitics)
         || std::any_of(m_hits.begin(), m_hits.end(), [&](const Hit& hit) {
              return hit.match.begin == t && frame_of(*hit.trigger).family == FrameFamily::around;
            });
}

// At token t, a comma opening an apposition (opens_apposition) closed by another comma
// within aside_window tokens: the token after the closing comma; else t.
std::size_t SentenceRules::past_apposition(std::size_t t) const
{
  if (t + 2 >= m_sentence.end || !is_soft_boundary(t)) {
    return t;
  }
  if (!opens_apposition(t + 1)) {
    return t;
  }
  for (auto k = t + 2; k < m_sentence.end && k <= t + aside_window; ++k) {
    // "أواخر يوليو (تموز)": a short parenthesis inside the aside.
    if (const auto close = closing_parenthesis(m_sentence.tokens.first(m_sentence.end), k);
        close && *close <= t + aside_window) {
      k = *close;
      continue;
    }
    if (is_hard_boundary(k)) {
      return t;
    }
    if (is_soft_boundary(k)) {
      return k + 1;
    }
  }
  return t;
}

// "John Smith, who represents Leeds North, criticised": when a comma closes
// a relative clause (words.tsv relative, after a comma) right before token
// `before`, the comma that opens it; else `before`.
std::size_t SentenceRules::past_relative_clause(std::size_t before) const
{
  if (before < m_sentence.begin + 2 || !is_soft_boundary(before - 1)) {
    return before;
  }
  for (std::size_t t = before - 1; t-- > m_sentence.begin;) {
    // A possessive ending is punctuation inside a phrase ("Indonesia's").
    // (A full stop inside the sentence is an abbreviation's, which the
    // segmenter did not end it at: "sworn in on Jan. 10"; a hyphen joins
    // words: "a six-year term".)
    const bool abbreviated = token(t).text == ".";
    const bool mark = token(t).kind == TokenKind::punct && !is_soft_boundary(t)
                      && !token_in(token(t), m_pack.words.possessive, m_pack.clitics)
                      && !abbreviated && token(t).text != "-";
    // (A complementizer inside the clause is its relative pronoun: "Mali
    // and Burkina Faso, both ruled by governments that have been
    // suspended, warned".)
    if ((token_in(token(t), m_pack.words.boundary, m_pack.clitics) && !abbreviated) || mark) {
      return before;
    }
    if (is_soft_boundary(t)) {
      // Or an apposition that begins with a determiner: "Sen. Lindsey
      // Graham, a South Carolina Republican, attacked".
      // Or a participle's ("Iran, backed by Russia, criticized").
      const bool relative = t + 1 < before - 1 && opens_apposition(t + 1);
      // "Nicola Sturgeon, the leader of the SNP, criticised": an apposition
      // the name's item takes in is no clause of its own. One it takes in
      // only in part ("Sutopo Purwo Nugroho, spokesman for Indonesia's
      // disaster agency, said": the title without its organization) ends
      // the name's item, which stands next to the verb then.
      const auto item = std::find_if(
        m_items.begin(), m_items.end(), [&](const Item& i) { return i.begin < t && t < i.end; });
      if (item != m_items.end()) {
        return item->end < before - 1 ? item->end : before;
      }
      return relative ? t : before;
    }
  }
  return before;
}

// "struck targets in southern Lebanon", "قصفت مواقع في جنوب لبنان": for a
// predicate of words.tsv target-predicate, a noun of target-noun at token t
// (up to two adjectives after it) with a place-preposition and a place right
// after: the place is the object.
std::optional<std::vector<std::size_t>>
SentenceRules::target_place(std::size_t t, std::string_view predicate) const
{
  // "struck a building in Gaza City", "struck nine sites in Pakistan": past
  // determiners and a count (a number or words.tsv quantity).
  while (t < m_sentence.end
         && (token_in(token(t), m_pack.words.determiner, m_pack.clitics)
             || token(t).kind == TokenKind::number
             || token_in(token(t), m_pack.words.quantity, m_pack.clitics))) {
    ++t;
  }
  if (t >= m_sentence.end || !m_pack.words.target_predicate.contains(predicate)
      || !token_in(token(t), m_pack.words.target_noun, m_pack.clitics)) {
    return std::nullopt;
  }
  constexpr std::size_t max_adjectives = 2;
  auto at = t + 1;
  for (std::size_t k = 0; k < max_adjectives && at < m_sentence.end && !inside_item(at)
                          && token(at).kind == TokenKind::word
                          && !token_in(token(at), m_pack.words.place_preposition, m_pack.clitics);
       ++k) {
    ++at;
  }
  if (at >= m_sentence.end
      || !token_in(token(at), m_pack.words.place_preposition, m_pack.clitics)) {
    return std::nullopt;
  }
  // "قصفت مواقع قرب الحدود السورية": a demonym on a noun after the
  // preposition describes an unnamed place (a border, territories).
  const auto k = item_starting_in(at + 1, right_window);
  if (!k || (m_items[*k].demonym && m_items[*k].begin > at + 1)) {
    return std::nullopt;
  }
  const auto type = m_entities[m_items[*k].entity].entity.type;
  if (m_items[*k].kind != ItemKind::entity
      || (type != EntityType::location && type != EntityType::country)) {
    return std::nullopt;
  }
  return list_right(*k);
}

// "هجوما شنه مسلحو الحركة على مواقع عسكرية في بلدة قريولي": the first of
// `preps` after token `from`, before any name, governs a target noun whose
// place is the object (target_place).
std::optional<std::vector<std::size_t>> SentenceRules::target_behind_prep(
  std::size_t from, std::span<const std::string> preps, std::string_view predicate) const
{
  const auto limit = std::min(m_sentence.end, from + prep_window);
  for (std::size_t t = from; t < limit && !is_hard_boundary(t) && !inside_item(t); ++t) {
    if (is_preposition(t, preps)) {
      return target_place(t + 1, predicate);
    }
  }
  return std::nullopt;
}

// "أشاد بجهود الكويت", "أشاد بالدور السعودي", "شكر الجهود التي يبذلها مركز
// الملك سلمان": a noun of words.tsv stand-in at token t stands for its
// owner, the list right after it (its genitive or its demonym) or the
// agent of the relative clause after it, within three words.
std::optional<std::vector<std::size_t>> SentenceRules::stand_in_owner(std::size_t t) const
{
  const auto determiner = [&](std::size_t at) {
    return at < m_sentence.end && token_in(token(at), m_pack.words.determiner, m_pack.clitics);
  };
  t = past_adverbials(past_aside(t)); // "دانت الوزارة، السبت، غارات"
  while (determiner(t)) {
    ++t; // "the proposal"
  }
  if (t + 1 >= m_sentence.end || inside_item(t)
      || !token_in(token(t), m_pack.words.stand_in, m_pack.clitics)) {
    return std::nullopt;
  }
  auto from = t + 1;
  auto window = std::size_t{0};
  bool owned = false; // behind words.tsv owner-preposition: "the proposal from France"
  // "بالدور "البناء" الذي تؤديه": up to two adjectives with the article (and
  // quotation marks) may stand before the relative pronoun.
  if (const auto relative = relative_past_adjectives(from)) {
    from = *relative;
  }
  // The agent right after the relative clause's verb, or past a list intro
  // and its preposition ("بالدور الذي اضطلعت به كل من السعودية وعمان").
  const auto agent_at = [&](std::size_t agent) {
    const bool intro = agent + 2 < m_sentence.end
                       && token_in(token(agent), m_pack.words.list_intro, m_pack.clitics)
                       && token_in(token(agent + 1), m_pack.words.preposition, m_pack.clitics);
    from = intro ? agent + 1 : agent - 1;
    window = intro ? 1 : 2;
  };
  if (token_in(token(from), m_pack.words.relative, m_pack.clitics)) {
    const auto agent = from + 1 < m_sentence.end ? past_noun_verb(from + 1) : std::nullopt;
    if (!agent) {
      return std::nullopt;
    }
    agent_at(*agent);
  } else if (const auto agent = relative_cue_agent(t)) {
    agent_at(*agent);
  } else if (token_in(token(from), m_pack.words.owner_preposition, m_pack.clitics)) {
    ++from;
    owned = true;
    while (determiner(from)) {
      ++from;
    }
  } else if (const auto past = past_definite_adjectives(from)) {
    // "بالمبادرات الإنسانية الكويتية": a demonym past the adjectives; "بالمواقف
    // الأخوية لدولة الكويت": the owner behind the genitive's preposition.
    const auto k = item_starting_in(*past, 0);
    const auto adjective =
      m_pack.clitics.without_article(without_conjunction(token(*past - 1).text));
    const bool genitive = k && m_items[*k].governed && !genitive_prep().empty()
                          && m_pack.clitics.starts_with_prep(token(*past).text, genitive_prep())
                          && !has_pattern(m_pack.words, m_pack.words.passive_pattern, adjective);
    if (k && (m_items[*k].demonym || genitive)) {
      from = *past;
      owned = genitive;
    }
  }
  const auto k = item_starting_in(from, window);
  if (!k || (m_items[*k].governed && !owned) || (!owned && prepositional(*k))) {
    return std::nullopt;
  }
  auto owners = list_right(*k);
  // "بجهود السوداني وبدور الولايات المتحدة": another such noun joined by
  // the conjunction, behind its preposition, adds its owners.
  const auto next = m_items[owners.back()].end;
  if (next + 1 < m_sentence.end && without_conjunction(token(next).text) != token(next).text
      && m_pack.clitics.governed(token(next))) {
    if (const auto more = stand_in_owner(next)) {
      owners.insert(owners.end(), more->begin(), more->end());
    }
  }
  return owners;
}

// "أدانت غارات جوية شنتها طائرات تركية": an indefinite noun's relative
// clause has no relative pronoun; a cue that begins at the noun at token t
// and reads its agent right after its verb (frames.tsv rel-agent: subject
// `after` alone) ends where that agent stands.
std::optional<std::size_t> SentenceRules::relative_cue_agent(std::size_t t) const
{
  for (std::size_t h = 0; h < m_hits.size(); ++h) {
    if (m_hits[h].match.begin == t && frame_of(h).family == FrameFamily::clause
        && frame_of(h).subject.relative_agent() && carries_pronoun(m_hits[h].match.end - 1)) {
      return m_hits[h].match.end;
    }
  }
  return std::nullopt;
}

// Where the agent of a verb at token t whose object is the noun before it
// stands: "الجهود التي يبذلها مركز"، "الدور الذي تؤديه قطر" (the verb carries
// the noun's pronoun), "زيارة قام بها فيدان" (a resumptive preposition after
// it); "القرار الذي يدعم أوكرانيا" has its own object there: nothing.
std::optional<std::size_t> SentenceRules::past_noun_verb(std::size_t t) const
{
  if (t >= m_sentence.end || inside_item(t) || token(t).kind != TokenKind::word) {
    return std::nullopt;
  }
  if (carries_pronoun(t) || carries_word_pronoun(t)) {
    return t + 1;
  }
  if (t + 1 < m_sentence.end && token_in(token(t + 1), m_pack.words.resumptive, m_pack.clitics)) {
    return t + 2;
  }
  return std::nullopt;
}

// The item right after a verb at token t (past a relative pronoun) whose
// object is the noun before t, past time words: the verb's subject.
std::optional<std::size_t> SentenceRules::noun_verb_agent(std::size_t t) const
{
  if (t < m_sentence.end && token_in(token(t), m_pack.words.relative, m_pack.clitics)) {
    ++t;
  }
  const auto at = past_noun_verb(t);
  const auto k = at ? item_starting_in(past_adverbials(*at), 0) : std::nullopt;
  if (!k || m_items[*k].governed || m_items[*k].kind != ItemKind::entity) {
    return std::nullopt;
  }
  return k;
}

// Token t is one of `preps` standing alone (with a conjunction at most).
bool SentenceRules::is_preposition(std::size_t t, std::span<const std::string> preps) const
{
  thread_local std::vector<std::string_view> scratch;
  const auto forms = m_pack.clitics.forms_of(token(t), scratch);
  return std::any_of(preps.begin(), preps.end(), [&](const std::string& prep) {
    return std::find(forms.begin(), forms.end(), prep) != forms.end()
           && token(t).text.size() <= prep.size() + 2;
  });
}

// The item stands behind one of `preps`: the word before it ("مع الأردن") or
// its proclitic ("بماكرون"; the ب of "في بغداد" is the name's own letter:
// the item is not governed).
bool SentenceRules::governed_by(const Item& item, std::span<const std::string> preps) const
{
  const auto fused = [&](const std::string& prep) {
    return item.governed && m_pack.clitics.starts_with_prep(token(item.begin).text, prep);
  };
  return std::any_of(preps.begin(), preps.end(), fused)
         || (item.begin > m_sentence.begin && is_preposition(item.begin - 1, preps));
}

// The token after "ما وصفه بـ«" when one starts at `t`, else `t`: what a
// subject calls by a name (words.tsv described-as; the longest form first),
// with the quotation mark after it, stands for that name ("ودان بري ما
// وصفه بـ«العدوان الإسرائيلي»": the object is Israel).
std::size_t SentenceRules::past_described_as(std::size_t t) const
{
  const auto tokens = m_sentence.tokens.first(m_sentence.end);
  for (const auto& cue : m_pack.words.described_as) {
    if (const auto match =
          t < m_sentence.end ? match_cue(cue, tokens, t, m_pack.clitics) : std::nullopt) {
      auto k = match->end;
      while (k < m_sentence.end && token_in(token(k), m_pack.words.quote, m_pack.clitics)) {
        ++k;
      }
      return k;
    }
  }
  return t;
}

// The list after the first `prep` following token `from`: the word itself
// ("مع نظيريه") or a proclitic on the item ("بماكرون"); a noun standing for
// its owner may stand between ("بجهود الكويت"). Not past a relative clause
// on a name: a preposition in it is its verb's ("والتقى الملك الرئيس
// الفرنسي، الذي وقع مع الأردن اتفاقا"); one on the cue's noun is the cue's
// ("المفاوضات التي أجراها لافروف مع نظيره").
std::optional<std::vector<std::size_t>>
SentenceRules::prep_object(std::size_t from, std::span<const std::string> preps) const
{
  const auto limit = std::min(m_sentence.end, from + prep_window);
  const auto names_end_before = [&](std::size_t t) {
    const auto before = t > from && token(t - 1).kind != TokenKind::word ? t - 1 : t;
    return std::any_of(
      m_items.begin(), m_items.end(), [&](const Item& i) { return i.end == before; });
  };
  for (std::size_t t = from; t < limit; ++t) {
    if (is_hard_boundary(t)
        || (token_in(token(t), m_pack.words.relative, m_pack.clitics) && names_end_before(t))) {
      return std::nullopt;
    }
    const auto item =
      std::find_if(m_items.begin(), m_items.end(), [&](const Item& i) { return i.begin == t; });
    const auto carries = [&](const std::string& prep) {
      return m_pack.clitics.starts_with_prep(token(t).text, prep);
    };
    // ("ولاية شمال دارفور" is no و + ل + its word: a head read as written.)
    if (item != m_items.end() && std::any_of(preps.begin(), preps.end(), carries)
        && !read_as_written(t)) {
      return list_right(static_cast<std::size_t>(item - m_items.begin()));
    }
    if (item == m_items.end() && std::any_of(preps.begin(), preps.end(), carries)) {
      if (auto owner = stand_in_owner(t)) {
        return owner;
      }
      // "اتصالين هاتفيين بكل من تميم ومحمد بن سلمان": on a list intro
      // (words.tsv list-intro), the preposition governs the list past its "من".
      if (const auto k = token_in(token(t), m_pack.words.list_intro, m_pack.clitics)
                           ? item_starting_in(t + 2, 0)
                           : std::nullopt) {
        return list_right(*k);
      }
    }
    if (is_preposition(t, preps)) {
      if (auto owner = stand_in_owner(t + 1)) {
        return owner;
      }
      // "criticism of the plan angered Russia": where the language has
      // determiners, only they may stand between the preposition and its name.
      std::size_t at = t + 1;
      while (!m_pack.words.determiner.words().empty() && at < m_sentence.end
             && token_in(token(at), m_pack.words.determiner, m_pack.clitics)) {
        ++at;
      }
      // A name may take its determiner in: "from the European Union".
      const auto window = m_pack.words.determiner.words().empty() ? right_window : at - (t + 1);
      // "حذرت الأمم المتحدة من كارثة إنسانية في اليمن": a place behind "في"
      // (words.tsv place-preposition), past the words after this one, is where
      // the object is, not the object.
      if (const auto k = item_starting_in(t + 1, window);
          k
          && (m_items[*k].begin == t + 1 || at > t + 1
              || (!token_in(
                    token(m_items[*k].begin - 1), m_pack.words.place_preposition, m_pack.clitics)
                  && !reference_point(t + 1, m_items[*k].begin)))) {
        return list_right(*k);
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
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
  // "أدانت الجامعة العربية الهجوم الذي استهدف السفارة": a verb right after a
  // relative word with no comma before it acts for the word the relative
  // follows: a name there is its subject, a common noun names no one. (Not
  // a verb whose pronoun is that word, with its subject after it: "الهجوم
  // الذي شنته إسرائيل".)
  // (Nor a verb whose preposition after it carries that pronoun: "الهدنة التي
  // اتفقتا عليها" agreed on the truce.)
  if (after_relative(match.begin) && !is_soft_boundary(match.begin - 2) && !cue_has_pronoun(h)
      && !(match.end < m_sentence.end && carries_pronoun(match.end))) {
    return antecedent_subjects(match.begin - 1, p);
  }
  // "إن إيران التي تدعم الحوثيين هاجمت السعودية": before the verb, a relative
  // clause with a verb of its own follows the subject; no name in it is.
  const auto relative = places.before ? relative_clause_before(match.begin) : std::nullopt;
  if (relative) {
    if (auto subjects = antecedent_subjects(*relative, p); !subjects.empty()) {
      return subjects;
    }
  }
  auto left = places.before && !relative ? left_list(match.begin, window, true, p) : std::nullopt;
  // "أدانت الجامعة العربية قصف النظام السوري": the subject of an earlier verb,
  // right after it, has that verb; a verb's form after it is its object, a
  // verbal noun, whose agent follows it.
  if (left && subject_after_verb(m_items[left->front()].begin)) {
    left.reset();
  }
  // "The Reuters Institute at Oxford University criticized": a name behind a
  // preposition is an adjunct of the subject, no subject.
  if (left && behind_preposition(m_items[left->front()].begin)) {
    left.reset();
  }
  if (left && indefinite_phrase_before(match.begin)) {
    return {};
  }
  // "Putin met Xi and praised China": the name before a verb its coordinator
  // joins to the clause before is that clause's object, not this verb's
  // subject (the clause's subject is, frames.tsv coordinated).
  if (left && !m_clause_objects.empty() && coordinated_verb(match.begin)) {
    const auto names = resolve(*left, true, p);
    if (!names.empty() && std::ranges::all_of(names, [&](std::size_t e) {
          return std::ranges::find(m_clause_objects, e) != m_clause_objects.end();
        })) {
      left.reset();
    }
  }
  // "Joko Widodo said an earthquake struck Indonesia": a speaker is not the
  // subject of a finite verb of what he reports; a verb of saying between
  // them parts them.
  if (left && frame_of(h).finite) {
    const auto end = m_items[left->back()].end;
    if (std::any_of(
          m_hits.begin(), m_hits.begin() + static_cast<std::ptrdiff_t>(h), [&](const Hit& other) {
            return other.match.begin >= end && other.match.end <= match.begin
                   && frame_of(*other.trigger).report != ReportKind::none;
          })) {
      left.reset();
    }
  }
  if (left) {
    return resolve(*left, true, p);
  }
  if (const auto fronted = places.fronted ? fronted_list(match.begin, p) : std::nullopt) {
    return resolve(*fronted, true, p);
  }
  // "Christine Blasey Ford, who has accused Kavanaugh", "حزب الله، الذي يدعم":
  // a verb in a relative clause after a comma acts for the name before it.
  if (const auto comma = places.before ? relative_comma(match.begin) : std::nullopt) {
    if (const auto before_comma = left_list(*comma, 0, true, p)) {
      return resolve(*before_comma, true, p);
    }
  }
  // (A preposition that ends the cue is the cue's: "نقلا عن المرصد".)
  // "وأدان بيان لوزارة الخارجية": a statement (words.tsv statement-noun)
  // and its genitive behind "ل" speaks for its owner; so does the one who
  // issued it ("وقال بيان صادر عن الجيش": words.tsv issued and issued-by).
  const auto stated = [&](std::size_t k) {
    if (match.end >= m_sentence.end
        || !token_in(token(match.end), m_pack.words.statement_noun, m_pack.clitics)) {
      return false;
    }
    const auto begin = m_items[k].begin;
    if (begin == match.end + 1) {
      return !genitive_prep().empty()
             && m_pack.clitics.starts_with_prep(token(begin).text, genitive_prep());
    }
    return begin == match.end + 3
           && token_in(token(match.end + 1), m_pack.words.issued, m_pack.clitics)
           && token_in(token(match.end + 2), m_pack.words.issued_by, m_pack.clitics);
  };
  // "واتهمه بدعم إيران": a name past a word with a preposition's proclitic
  // is that word's genitive, no subject ("دعت كلا من الصين" has its subject
  // behind من).
  const auto past_prep_phrase = [&](std::size_t k) {
    for (auto t = match.end; t < m_items[k].begin; ++t) {
      if (!inside_item(t) && m_pack.clitics.governed(token(t))
          && !token_in(token(t), m_pack.words.list_intro, m_pack.clitics)) {
        return true;
      }
    }
    return false;
  };
  // "وحذرت الحكومة الحوثيين": a noun that names no one first (unnamed_noun_at),
  // or before the verb after its complementizer ("إن الحكومة حذرت الحوثيين"):
  // the name after the verb is its object.
  const bool unnamed_first = places.after
                             && (unnamed_noun_at(past_adverbials(match.end), true)
                                 || (places.before && unnamed_subject_before(match.begin)));
  if (const auto k =
        places.after && !unnamed_first ? item_starting_in(match.end, right_window) : std::nullopt;
      k
      && (((m_items[*k].begin == match.end || !prepositional(*k)) && !m_items[*k].governed
           && !past_prep_phrase(*k))
          || stated(*k))
      && !unnamed_members(match.end, m_items[*k].begin)
      && !opens_quotation(match.end, m_items[*k].begin)) {
    const auto list = list_right(*k);
    auto subjects = resolve(list, true, p);
    if (!subjects.empty() || m_items[*k].kind == ItemKind::unnamed) {
      search = m_items[list.back()].end;
      // "المجلس الأعلى للحراك الجنوبي": a genitive glued to the subject is
      // part of its name, never the object.
      // ("ولاية تكساس" after the subject is no genitive: its و and ل are the
      // word's own letters, the item's head read as written. A country or a
      // person takes no genitive: "التي وجهتها روسيا لبريطانيا".)
      // (Nor where the cue's object stands behind that preposition: "الدعم
      // الذي يقدمه الاتحاد الأوروبي لسوريا".)
      const auto& last = m_items[list.back()];
      const auto& preps = m_hits[h].trigger->preps;
      const bool object_behind_genitive =
        std::find(preps.begin(), preps.end(), genitive_prep()) != preps.end();
      const bool takes_genitive =
        !object_behind_genitive
        && (last.kind != ItemKind::entity
            || (m_entities[last.entity].entity.type != EntityType::country
                && m_entities[last.entity].entity.type != EntityType::person));
      for (std::size_t g = list.back() + 1;
           takes_genitive && g < m_items.size() && m_items[g].begin == search;
           ++g) {
        if (genitive_prep().empty() || read_as_written(search)
            || !m_pack.clitics.starts_with_prep(token(search).text, genitive_prep())) {
          break;
        }
        search = m_items[g].end;
      }
      // "وكالة غوث وتشغيل اللاجئين "الأونروا"": the subject named again, in
      // quotation marks or parentheses, is still the subject.
      for (std::size_t g = list.back() + 1; g < m_items.size() && m_items[g].begin <= search + 1;
           ++g) {
        const bool again =
          m_items[g].kind == ItemKind::entity
          && std::find(subjects.begin(), subjects.end(), m_items[g].entity) != subjects.end();
        if (!again || (m_items[g].begin == search + 1 && token(search).kind != TokenKind::punct)) {
          break;
        }
        search = m_items[g].end;
        if (search < m_sentence.end && token(search).kind == TokenKind::punct
            && !is_soft_boundary(search) && !is_hard_boundary(search)) {
          ++search; // the closing mark
        }
      }
    }
    return subjects;
  }
  if (places.after && !unnamed_first) {
    return subject_past_destination(h, p);
  }
  return {};
}

// "ووصل إلى القاهرة وزير الخارجية الأردني أيمن الصفدي": the cue's object
// behind its preposition right after it, with its adjectives, and a place
// behind words.tsv place-preposition after that ("إلى مطار بنينا الدولي في
// بنغازي"), may come before the subject: a name after them with no
// preposition of its own.
Entities SentenceRules::subject_past_destination(std::size_t h, const PredicateInfo& p) const
{
  const auto& match = m_hits[h].match;
  const auto& preps = m_hits[h].trigger->preps;
  if (preps.empty() || match.end >= m_sentence.end) {
    return {};
  }
  const auto first = is_preposition(match.end, preps) ? match.end + 1 : match.end;
  const auto k = item_starting_in(first, 0);
  if (!k || (first == match.end && !governed_by(m_items[*k], preps))) {
    return {};
  }
  auto end = m_items[list_right(*k).back()].end;
  // "مطار بنينا الدولي": the place's adjective with the article.
  while (end < m_sentence.end && !inside_item(end) && ends_in_nisba(token(end))
         && m_pack.clitics.definite(token(end))) {
    ++end;
  }
  while (end + 1 < m_sentence.end
         && token_in(token(end), m_pack.words.place_preposition, m_pack.clitics)) {
    const auto place = item_starting_in(end + 1, 0);
    if (!place) {
      break;
    }
    end = m_items[list_right(*place).back()].end;
  }
  const auto subject = item_starting_in(end, 0);
  if (!subject || m_items[*subject].governed || m_items[*subject].demonym) {
    return {};
  }
  return resolve(list_right(*subject), true, p);
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
  // "، محملا الولايات المتحدة المسؤولية": a frame whose gap holds no subject
  // (frames.tsv) reads the list there as the object.
  if (!frame_of(h).subject.gap) {
    objects = list;
    return;
  }
  const auto after_list = m_items[list.back()].end;
  const auto second = item_starting_in(after_list, right_window);
  // "شنت القوات الروسية بقيادة الجنرال ... هجوما على": a name behind a
  // preposition in the gap is the subject's adjunct, no object.
  if (second && m_items[*second].end <= match.gap_end && !prepositional(*second)) {
    subjects = resolve(list, true, p);
    objects = list_right(*second);
  } else if (item_starting_in(match.end, right_window)) {
    subjects = resolve(list, true, p);
  } else {
    objects = list;
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
  // "Moscow's full-scale invasion", "Israel's subsequent military
  // offensive": up to max_possessed_adjectives lowercase words (and the
  // hyphens joining them) between the possessive ending and the noun.
  constexpr std::size_t max_possessed_adjectives = 4;
  auto owned = noun;
  const auto adjective = [&](std::size_t t) {
    const auto& word = token(t);
    return word.text == "-"
           || (word.kind == TokenKind::word && !is_capitalized(word) && !inside_item(t)
               && !token_in(word, m_pack.words.stop, m_pack.clitics));
  };
  while (!m_pack.words.possessive.words().empty() && owned > m_sentence.begin + 1
         && noun - owned < max_possessed_adjectives && adjective(owned - 1)) {
    --owned;
  }
  if (owned < noun && !token_in(token(owned - 1), m_pack.words.possessive, m_pack.clitics)) {
    owned = noun;
  }
  const auto& before = token(owned - 1);
  if (token_in(before, m_pack.words.possessive, m_pack.clitics)) {
    for (std::size_t k = 0; k < m_items.size(); ++k) {
      if (m_items[k].end == owned - 1 && !prepositional(k)) {
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
      return type == EntityType::country || type == EntityType::organization ? resolve({k}, true, p)
                                                                             : Entities{};
    }
  }
  if (token_in(before, m_pack.words.own_pronoun, m_pack.clitics)) {
    auto subjects = m_clause_subjects.empty() ? sentence_subject(noun - 1, p) : m_clause_subjects;
    std::erase_if(subjects, [&](std::size_t e) { return !allowed(e, true, p); });
    return subjects.size() == 1 ? subjects : Entities{};
  }
  return {};
}

// "غارة جوية للتحالف على الرقة": behind the genitive's preposition, after at
// most two adjectives, an indefinite verbal noun's agent, when the noun's own
// preposition is another.
std::optional<std::size_t> SentenceRules::genitive_agent(std::size_t from,
                                                         std::span<const std::string> preps) const
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

// 'Trump said: "I met King Salman"': a pronoun of words.tsv speaker-pronoun
// within two words before `at`, inside a report, is its speaker when that is
// one person; else nobody.
Entities SentenceRules::quoted_speaker(std::size_t at, const PredicateInfo& p) const
{
  bool pronoun = false;
  for (std::size_t back = 1; !pronoun && back <= 2 && at >= m_sentence.begin + back; ++back) {
    pronoun = token_in(token(at - back), m_pack.words.speaker_pronoun, m_pack.clitics);
  }
  if (!pronoun || !in_report(at)) {
    return {};
  }
  auto speaker = named_speaker_at(at);
  if (speaker.size() != 1 || m_entities[speaker.front()].entity.type != EntityType::person
      || !allowed(speaker.front(), true, p)) {
    return {};
  }
  return speaker;
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

} // namespace newskg::extract::rules
