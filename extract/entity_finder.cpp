#include "extract/entity_finder.hpp"

#include "extract/normalizer.hpp"
#include "extract/letter_case.hpp"
#include "extract/unicode_text.hpp"

#include <algorithm>

namespace newskg::extract {

namespace {

constexpr std::size_t max_name_words = 3;
constexpr std::size_t max_title_qualifiers = 3;
constexpr std::size_t max_quoted_words = 10;
constexpr double title_confidence = 0.9;
constexpr double known_position_confidence = 0.8;
constexpr std::string_view no_role = "-"; // titles that introduce a person and state no position

// Tanween (U+064B–U+064D) marks an indefinite common noun: never a name.
bool has_tanween(const std::u32string& original, Span span)
{
  for (std::size_t i = span.begin; i < span.end && i < original.size(); ++i) {
    if (original[i] >= 0x064B && original[i] <= 0x064D) {
      return true;
    }
  }
  return false;
}

// The original word ends in ة (U+0629): folded to ه in the normalized text.
bool ends_with_ta_marbuta(const std::u32string& original, Span span)
{
  std::size_t end = span.end;
  while (end > span.begin && original[end - 1] >= 0x064B && original[end - 1] <= 0x0652) {
    --end; // past trailing diacritics
  }
  return end > span.begin && original[end - 1] == 0x0629;
}

} // namespace

struct EntityFinder::Context
{
  const SentenceView& sentence;
  const std::u32string& original;
  DocumentEntities& entities;
  std::vector<Relation>& relations;
  std::vector<Item> items;
  std::size_t skip_to = 0; // a title that gave way to the next one ends here

  [[nodiscard]] const Token& token(std::size_t i) const { return sentence.tokens[i]; }
  [[nodiscard]] std::span<const Token> tokens() const { return sentence.tokens.first(sentence.end); }

  [[nodiscard]] Span span(std::size_t begin, std::size_t end) const
  {
    return Span{token(begin).span.begin, token(end - 1).span.end};
  }

  [[nodiscard]] std::string surface(std::size_t begin, std::size_t end) const
  {
    const auto s = span(begin, end);
    return substr_utf8(original, s.begin, s.end);
  }

  void mention(std::size_t entity, std::size_t begin, std::size_t end)
  {
    entities.add_mention(entity, span(begin, end), surface(begin, end));
  }

  [[nodiscard]] Evidence evidence() const
  {
    return Evidence{sentence.index, sentence.span, std::string(sentence.text)};
  }
};

EntityFinder::EntityFinder(const Gazetteer& gazetteer,
                           const LanguagePack& pack,
                           const Ontology& ontology,
                           std::string_view lang)
  : m_gazetteer(gazetteer)
  , m_pack(pack)
  , m_ontology(ontology)
  , m_lang(lang)
  , m_capitalized_names(pack.words.option.contains("capitalized-names"))
  , m_country_before_title(pack.words.option.contains("country-before-title"))
  , m_seat_staff_serve_country(pack.words.option.contains("seat-staff-serve-country"))
{
}

bool EntityFinder::has_article(const Token& token) const
{
  const auto forms = token.forms();
  return std::any_of(forms.begin(), forms.end(), [&](std::string_view form) {
    return m_pack.clitics.without_article(form) != form;
  });
}

void EntityFinder::holds(Context& c, std::size_t person, std::size_t of, const std::string& role) const
{
  c.relations.push_back(Relation{.subject = c.entities[person].entity.id,
                                 .predicate = "holds-position",
                                 .object = c.entities[of].entity.id,
                                 .confidence = title_confidence,
                                 .evidence = c.evidence(),
                                 .attributes = {{"role", role}}});
  // "State Department Spokesperson": who serves a seat of power serves its country.
  const auto& known = c.entities[of].known;
  if (m_seat_staff_serve_country && known && c.entities[of].entity.type == EntityType::organization) {
    if (const auto country = m_gazetteer.seat_country(*known)) {
      auto also = c.relations.back();
      also.object = c.entities[c.entities.known(*country)].entity.id;
      c.relations.push_back(std::move(also));
    }
  }
}

std::optional<std::size_t> EntityFinder::known_position(Context& c,
                                                        std::size_t person,
                                                        std::string_view role) const
{
  const auto& known = c.entities[person].known;
  if (!known) {
    return std::nullopt;
  }
  for (const auto& position : m_gazetteer.positions_of(*known)) {
    // Undated: any term of that role.
    if (position.role == role && (c.sentence.date.empty() || held_at(position, c.sentence.date))) {
      return c.entities.known(position.of);
    }
  }
  return std::nullopt;
}

bool EntityFinder::is_name_word(const Context& c, std::size_t i) const
{
  if (i >= c.sentence.end || c.token(i).kind != TokenKind::word) {
    return false;
  }
  const auto& token = c.token(i);
  if (token_in(token, m_pack.words.stop, m_pack.clitics) || has_tanween(c.original, token.span)) {
    return false;
  }
  if (m_capitalized_names && !is_capitalized(token) && !token_in(token, m_pack.words.name_joiner, m_pack.clitics)) {
    return false;
  }
  const auto tokens = c.tokens();
  // "جورجي" without the article is a first name, not the demonym "Georgian".
  if (const auto g = m_gazetteer.longest_at(tokens, i, m_pack.clitics); g && !(g->demonym && !has_article(token))) {
    return false;
  }
  return !starts_cue(c, i);
}

// Where the title that begins at token i ends.
std::size_t EntityFinder::title_end(const Context& c, std::size_t i) const
{
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.title_index.candidates(c.token(i), m_pack.clitics, candidates);
  for (const auto k : candidates) {
    if (const auto match = match_cue(m_pack.titles[k].cue, c.tokens(), i, m_pack.clitics)) {
      return match->end;
    }
  }
  return i;
}

// A preposition and a known place after a title: "إلى اليمن" in "المبعوث
// الأممي إلى اليمن". Where the place ends, if so.
std::optional<std::size_t> EntityFinder::destination_end(Context& c, std::size_t j) const
{
  if (j + 1 >= c.sentence.end || !token_in(c.token(j), m_pack.words.preposition, m_pack.clitics)) {
    return std::nullopt;
  }
  const auto g = m_gazetteer.longest_at(c.tokens(), j + 1, m_pack.clitics);
  if (!g || g->demonym) {
    return std::nullopt;
  }
  // "المندوب الروسي لدى الأمم المتحدة": a post at an organization too.
  const auto type = m_gazetteer.entities()[g->entity].type;
  if (type == EntityType::person) {
    return std::nullopt;
  }
  c.mention(c.entities.known(g->entity), j + 1, j + 1 + g->tokens);
  return j + 1 + g->tokens;
}

// The person the gazetteer lists in `role` of `of` at the document's date
// (the latest holder when the date is unknown).
std::optional<std::size_t> EntityFinder::known_holder(Context& c, std::string_view role, std::size_t of) const
{
  const auto& record = c.entities[of];
  if (!record.known) {
    return std::nullopt;
  }
  const auto holder = m_gazetteer.holder_of(role, *record.known, c.sentence.date);
  return holder ? std::optional(c.entities.known(*holder)) : std::nullopt;
}

// A title begins at token i.
bool EntityFinder::starts_title(const Context& c, std::size_t i) const
{
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.title_index.candidates(c.token(i), m_pack.clitics, candidates);
  return std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) {
    return match_cue(m_pack.titles[k].cue, c.tokens(), i, m_pack.clitics).has_value();
  });
}

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
  return starts(m_pack.title_index, m_pack.titles) || starts(m_pack.head_index, m_pack.heads)
         || starts(m_pack.trigger_index, m_pack.triggers);
}

std::optional<EntityFinder::Name> EntityFinder::name_at(Context& c, std::size_t i) const
{
  if (i >= c.sentence.end) {
    return std::nullopt;
  }
  const auto tokens = c.tokens();
  if (const auto g = m_gazetteer.longest_at(tokens, i, m_pack.clitics); g && !g->demonym) {
    if (m_gazetteer.entities()[g->entity].type != EntityType::person) {
      return std::nullopt;
    }
    return Name{c.entities.known(g->entity), i, i + g->tokens};
  }
  if (const auto local = c.entities.local_name_at(tokens, i, m_pack.clitics)) {
    return Name{local->first, i, i + local->second};
  }
  // Unknown words: a word with the article ends a name unless a joiner
  // (عبد، أبو، بن) precedes it: "زين العابدين بن علي", not "ماكرون ضرورة الالتزام".
  std::size_t k = i;
  std::size_t limit = max_name_words;
  while (k - i < limit && is_name_word(c, k)) {
    const bool after_joiner = k > i && token_in(c.token(k - 1), m_pack.words.name_joiner, m_pack.clitics);
    if (after_joiner) {
      ++limit; // "زين العابدين بن علي": joiners do not count
    }
    // A surname may carry the article ("محمد القيق", "عبد الفتاح السيسي"),
    // but past the second word only after a joiner and its word: "ماكرون
    // ضرورة الالتزام" and "محمد القيق المضرب" end before the article.
    const bool joined_pair = k >= i + 2 && has_article(c.token(k - 1))
                             && token_in(c.token(k - 2), m_pack.words.name_joiner, m_pack.clitics);
    if (k >= i + 2 && has_article(c.token(k)) && !after_joiner && !joined_pair) {
      break;
    }
    // An unknown name does not begin with the article: "النائب العربي" is an
    // adjective after a title, not a person called العربي.
    if (k == i && has_article(c.token(k))) {
      break;
    }
    // Words with ta marbuta are common nouns ("ضرورة", "أهمية") unless a joiner
    // makes them part of a name ("أبو أسنينة").
    if (k > i && ends_with_ta_marbuta(c.original, c.token(k).span) && !after_joiner) {
      break;
    }
    // "زوران زئيف وزوجته": a conjunction starts the next phrase, not a name word.
    const auto text = c.token(k).text;
    const auto& conjunctions = m_pack.words.conjunction.words();
    if (k > i && std::any_of(conjunctions.begin(), conjunctions.end(), [&](const auto& conj) {
          return text.starts_with(conj);
        })) {
      break;
    }
    ++k;
    while (m_capitalized_names && k + 1 < c.sentence.end && hyphen_joins(tokens, k)) {
      k += 2; // "al-Moualem", "Jong-un"
    }
  }
  if (k == i) {
    return std::nullopt;
  }
  return Name{std::nullopt, i, k};
}

std::size_t EntityFinder::commit_name(Context& c, const Name& name) const
{
  if (name.entity) {
    c.mention(*name.entity, name.begin, name.end);
    return *name.entity;
  }
  if (const auto known = m_gazetteer.find_person_phonetic(c.surface(name.begin, name.end))) {
    const auto person = c.entities.known(*known); // another spelling: "Walid al-Moualem"
    const std::string surname(c.token(name.end - 1).text);
    c.entities.add_name_words(person, std::span(&surname, 1));
    c.mention(person, name.begin, name.end);
    return person;
  }
  const auto person = c.entities.found(EntityType::person, c.surface(name.begin, name.end), m_lang);
  const std::string surname(c.token(name.end - 1).text);
  c.entities.add_name_words(person, std::span(&surname, 1));
  c.mention(person, name.begin, name.end);
  return person;
}

std::optional<EntityFinder::Qualifier> EntityFinder::qualifier_at(Context& c, std::size_t j, bool definite) const
{
  if (j >= c.sentence.end) {
    return std::nullopt;
  }
  if (const auto owned = owner_head_at(c, j)) {
    return owned; // "spokesman for the Indonesian military"
  }
  const auto g = m_gazetteer.longest_at(c.tokens(), j, m_pack.clitics);
  if (g) {
    const auto type = m_gazetteer.entities()[g->entity].type;
    const bool agrees = !g->demonym || has_article(c.token(j)) == definite;
    if (type == EntityType::person || type == EntityType::location || !agrees) {
      return std::nullopt;
    }
    const auto entity = c.entities.known(g->entity);
    c.mention(entity, j, j + g->tokens);
    return Qualifier{entity, j + g->tokens};
  }
  if (const auto head = head_entity_at(c, j); head && c.entities[head->entity].entity.type != EntityType::location) {
    return head;
  }
  // "محامي الهيئة": a bare head word naming an organization of this document.
  if (has_article(c.token(j)) && token_in(c.token(j), m_pack.words.org_head, m_pack.clitics)) {
    for (const auto form : c.token(j).forms()) {
      if (const auto earlier = c.entities.by_head(form)) {
        c.mention(*earlier, j, j + 1);
        return Qualifier{*earlier, j + 1};
      }
    }
  }
  return std::nullopt;
}

bool EntityFinder::title_at(Context& c, std::size_t i) const
{
  const auto tokens = c.tokens();
  std::vector<std::uint32_t> candidates;
  m_pack.title_index.candidates(c.token(i), m_pack.clitics, candidates);
  for (const auto index : candidates) {
    const auto& title = m_pack.titles[index];
    const auto match = match_cue(title.cue, tokens, i, m_pack.clitics);
    if (!match) {
      continue;
    }
    if (title.role == "counterpart") {
      return counterpart_at(c, i, match->end);
    }
    const bool definite = has_article(c.token(match->end - 1));
    std::size_t j = match->end;
    std::optional<std::size_t> of;
    bool after_destination = false;
    // "Russian Foreign Minister", "Azerbaijan's President": the owner stands before.
    const auto owner = owner_before(c, i);
    if (owner) {
      of = owner->entity;
    }
    for (std::size_t step = 0; step < max_title_qualifiers && j < c.sentence.end; ++step) {
      if (token_in(c.token(j), m_pack.words.modifier, m_pack.clitics)) {
        ++j;
        continue;
      }
      // "المبعوث الأممي إلى اليمن": where an envoy is sent is no qualifier.
      if (const auto place = destination_end(c, j)) {
        j = *place;
        after_destination = true;
        continue;
      }
      if (of) {
        break;
      }
      const auto qualifier = qualifier_at(c, j, definite);
      if (!qualifier) {
        break;
      }
      of = qualifier->entity;
      j = qualifier->end;
      j = genitive_chain(c, *of, j);
    }
    // Two titles in a row. "خادم الحرمين الشريفين الملك سلمان": a title that
    // states no position gives way to the next, and its words name nothing.
    // "ولي العهد الأمير محمد بن سلمان": after a position, the second title is
    // an honorific and the first role holds.
    if (j < c.sentence.end && starts_title(c, j)) {
      if (title.role == no_role) {
        c.skip_to = j;
        return false;
      }
      j = title_end(c, j);
    }
    auto name = name_at(c, j);
    if (name && !name->entity && after_destination) {
      name.reset(); // past a destination only a known person is a name
    }
    if (!name && m_capitalized_names && j < c.sentence.end
        && token_in(c.token(j), m_pack.words.list_separator, m_pack.clitics)) {
      name = name_at(c, j + 1); // "Malaysia's Prime Minister, Najib Razak"
    }
    std::size_t item_begin = owner ? owner->begin : i;
    std::size_t item_end = name ? name->end : j;
    if (!name && m_capitalized_names) {
      name = apposed_name(c, item_begin); // "John Kerry, the Secretary of State"
      if (name) {
        item_begin = name->begin;
      }
    }
    if (!name) {
      // "الرئيس الروسي" after the president was named refers back to him.
      if (const auto holder = of ? c.entities.holder_of(title.role, *of) : std::nullopt) {
        c.items.push_back(Item{.begin = i, .end = j, .entity = *holder});
        return true;
      }
      // "أمير قطر" with no name: the one the gazetteer lists in that role.
      if (const auto holder = of && title.role != no_role ? known_holder(c, title.role, *of) : std::nullopt) {
        c.mention(*holder, i, j);
        c.items.push_back(Item{.begin = i, .end = j, .entity = *holder});
        return true;
      }
      // "رفض المتحدث باسم البيت الأبيض": an unnamed holder fills the slot, so
      // that the organization of the title is not read as the actor.
      if (of && title.role != no_role) {
        c.items.push_back(Item{.begin = i, .end = j, .kind = ItemKind::unnamed});
        return true;
      }
      return false;
    }
    if (name->end < i && item_end < c.sentence.end
        && token_in(c.token(item_end), m_pack.words.list_separator, m_pack.clitics)) {
      ++item_end; // the comma closing the apposition: "Ilham Aliyev, Azerbaijan's president, said"
    }
    if (name->end > i && !of && m_capitalized_names) {
      of = owner_after(c, item_end); // "President Juan Carlos Varela of Panama"
    }
    while (!c.items.empty() && c.items.back().end > item_begin) {
      c.items.pop_back();
    }
    // "أمير قطر تلقى اتصالا": one unknown word after a title and its country is
    // more likely a verb than a name when the gazetteer knows who held the role.
    if (of && !name->entity && name->end == name->begin + 1) {
      if (const auto holder = known_holder(c, title.role, *of)) {
        name->entity = holder;
        name->end = name->begin;
        item_end = j;
      }
    }
    const auto person = name->end > name->begin ? commit_name(c, *name) : *name->entity;
    if (title.role != no_role) {
      if (!of) {
        of = known_position(c, person, title.role);
      }
      auto& record = c.entities[person];
      if (record.role.empty()) {
        record.role = title.role;
        record.role_of = of;
      }
      c.entities.last_role = title.role;
      if (of) {
        holds(c, person, *of, title.role);
      } else {
        c.entities.open_roles.push_back({person, title.role, c.evidence()});
      }
    }
    c.items.push_back(Item{.begin = item_begin, .end = item_end, .entity = person});
    return true;
  }
  return false;
}

// "أمين سر اللجنة التنفيذية لمنظمة التحرير صائب عريقات": an organization in
// a title may be followed by the one it belongs to, behind the preposition of
// the language's genitive rule; that rule's relation is read here, since the
// title is one item.
std::size_t EntityFinder::genitive_chain(Context& c, std::size_t of, std::size_t j) const
{
  const auto genitive = std::find_if(m_pack.triggers.begin(), m_pack.triggers.end(), [](const Trigger& t) {
    return t.frame == "genitive";
  });
  if (genitive == m_pack.triggers.end() || j >= c.sentence.end
      || !m_pack.clitics.starts_with_prep(c.token(j).text, genitive->prep)) {
    return j;
  }
  const auto g = m_gazetteer.longest_at(c.tokens(), j, m_pack.clitics);
  const auto* p = m_ontology.find(genitive->predicate);
  if (!g || g->demonym || p == nullptr) {
    return j;
  }
  const auto whole = c.entities.known(g->entity);
  if (!p->allows_subject(c.entities[of].entity.type) || !p->allows_object(c.entities[whole].entity.type)) {
    return j;
  }
  c.mention(whole, j, j + g->tokens);
  c.relations.push_back(Relation{.subject = c.entities[of].entity.id,
                                 .predicate = genitive->predicate,
                                 .object = c.entities[whole].entity.id,
                                 .confidence = genitive->confidence,
                                 .evidence = c.evidence()});
  return j + g->tokens;
}

// "نظيريه الأرميني زغراب مناتساكانيان والأذربيجاني جيهون بيراموف": each
// demonym and name is a person holding the last titled person's role.
bool EntityFinder::counterpart_at(Context& c, std::size_t i, std::size_t after_cue) const
{
  const auto role = c.entities.last_role;
  if (role.empty()) {
    return false;
  }
  const auto tokens = c.tokens();
  std::size_t start = i;
  std::size_t j = after_cue;
  bool any = false;
  while (j < c.sentence.end) {
    std::optional<std::size_t> of;
    const auto g = m_gazetteer.longest_at(tokens, j, m_pack.clitics);
    if (g && g->demonym && has_article(c.token(j))) {
      of = c.entities.known(g->entity);
      c.mention(*of, j, j + g->tokens);
      j += g->tokens;
    }
    const auto name = name_at(c, j);
    if (!name || (!of && any)) {
      break;
    }
    const auto person = commit_name(c, *name);
    auto& record = c.entities[person];
    if (record.role.empty()) {
      record.role = role;
      record.role_of = of;
    }
    if (of) {
      holds(c, person, *of, role);
    }
    c.items.push_back(Item{.begin = start, .end = name->end, .entity = person});
    any = true;
    j = name->end;
    if (j < c.sentence.end && token_in(c.token(j), m_pack.words.list_separator, m_pack.clitics)) {
      ++j;
    }
    start = j;
  }
  return any;
}

// "هيذر نويرت، المتحدثة باسم الوزارة،": a title after a name and a comma.
void EntityFinder::apposition_at(Context& c, std::size_t person, std::size_t k) const
{
  if (k + 1 >= c.sentence.end || !token_in(c.token(k), m_pack.words.list_separator, m_pack.clitics)) {
    return;
  }
  std::vector<std::uint32_t> candidates;
  m_pack.title_index.candidates(c.token(k + 1), m_pack.clitics, candidates);
  for (const auto index : candidates) {
    const auto& title = m_pack.titles[index];
    const auto match = match_cue(title.cue, c.tokens(), k + 1, m_pack.clitics);
    if (!match || title.role == "counterpart" || title.role == no_role) {
      continue;
    }
    std::size_t j = match->end;
    while (j < c.sentence.end && token_in(c.token(j), m_pack.words.modifier, m_pack.clitics)) {
      ++j;
    }
    const auto qualifier = qualifier_at(c, j, has_article(c.token(match->end - 1)));
    const auto of = qualifier ? std::optional(qualifier->entity) : known_position(c, person, title.role);
    if (of) {
      holds(c, person, *of, title.role);
    }
    return;
  }
}

std::optional<EntityFinder::Qualifier> EntityFinder::head_entity_at(Context& c, std::size_t i) const
{
  const auto tokens = c.tokens();
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.head_index.candidates(c.token(i), m_pack.clitics, candidates);
  const std::vector<std::uint32_t> heads(candidates);
  for (const auto index : heads) {
    const auto& head = m_pack.heads[index];
    const auto match = match_cue(head.cue, tokens, i, m_pack.clitics);
    if (!match) {
      continue;
    }
    auto j = match->end;
    if (head.type == EntityType::location) {
      // "العاصمة الأفغانية كابول", "مدينة حلب السورية": a demonym beside the
      // place names its country.
      auto country = demonym_at(c, j);
      if (country) {
        j = country->end;
      }
      const auto place = place_at(c, j);
      if (!place) {
        continue;
      }
      if (!country) {
        country = demonym_at(c, place->end);
      }
      if (country && !head.link.empty()) {
        c.relations.push_back(Relation{.subject = c.entities[place->entity].entity.id,
                                       .predicate = head.link,
                                       .object = c.entities[country->entity].entity.id,
                                       .confidence = known_position_confidence,
                                       .evidence = c.evidence()});
      }
      return Qualifier{place->entity, country && country->end > place->end ? country->end : place->end};
    }
    const auto g = j < c.sentence.end ? m_gazetteer.longest_at(tokens, j, m_pack.clitics) : std::nullopt;
    // An organization head qualifies a country: "الجيش السوداني", not "الجيش
    // قوات الدعم السريع" (the army and the forces are two actors).
    const bool qualifies = g && (m_gazetteer.entities()[g->entity].type == EntityType::country
                                 || (head.type == EntityType::country && m_gazetteer.entities()[g->entity].type == EntityType::location));
    if (!qualifies) {
      // A bare head refers back: "وزارة الخارجية" after "وزارة الخارجية الأمريكية".
      if (const auto earlier = c.entities.by_head(head.label_en)) {
        c.mention(*earlier, i, j);
        return Qualifier{*earlier, j};
      }
      continue;
    }
    const auto of = c.entities.known(g->entity);
    const auto end = j + g->tokens;
    // "الحكومة الألمانية" is Germany; "جمهورية أرمينيا" is Armenia.
    const bool itself = head.label_en == "="
                        || (head.type == EntityType::country && c.entities[of].entity.type == EntityType::country);
    if (head.label_en == "=" && c.entities[of].entity.type != EntityType::country) {
      continue;
    }
    const auto entity = itself ? of : c.entities.qualified(head.type, head.label_en, of, c.surface(i, end), m_lang);
    c.mention(of, j, end);
    c.mention(entity, i, end);
    if (!itself) {
      c.entities.register_head(head.label_en, entity);
      c.entities.register_head(std::string(m_pack.clitics.without_article(c.token(i).text)), entity);
    }
    return Qualifier{entity, end};
  }
  return org_phrase_at(c, i);
}

// A place after a place head: a known one, or one word that looks like a
// name and has no article ("مدينة زنغيلان").
std::optional<EntityFinder::Qualifier> EntityFinder::place_at(Context& c, std::size_t j) const
{
  if (j >= c.sentence.end) {
    return std::nullopt;
  }
  const auto g = m_gazetteer.longest_at(c.tokens(), j, m_pack.clitics);
  if (g && !g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::location) {
    const auto place = c.entities.known(g->entity);
    c.mention(place, j, j + g->tokens);
    return Qualifier{place, j + g->tokens};
  }
  if (!g && is_name_word(c, j) && !has_article(c.token(j))) {
    const auto place = c.entities.found(EntityType::location, c.surface(j, j + 1), m_lang);
    c.mention(place, j, j + 1);
    return Qualifier{place, j + 1};
  }
  return std::nullopt;
}

// A demonym with the article at j, agreeing with a definite place phrase.
std::optional<EntityFinder::Qualifier> EntityFinder::demonym_at(Context& c, std::size_t j) const
{
  if (j >= c.sentence.end || !has_article(c.token(j))) {
    return std::nullopt;
  }
  // "السورية" is also a spelling of Syria's name: any country word counts.
  const auto g = m_gazetteer.longest_at(c.tokens(), j, m_pack.clitics);
  if (!g || m_gazetteer.entities()[g->entity].type != EntityType::country) {
    return std::nullopt;
  }
  const auto country = c.entities.known(g->entity);
  c.mention(country, j, j + g->tokens);
  return Qualifier{country, j + g->tokens};
}

// "لجنة الانتخابات الهندية", "اللجنة التنفيذية", "المجلس الأعلى": a word that
// heads organizations, up to three definite words, and a demonym or not.
std::optional<EntityFinder::Qualifier> EntityFinder::org_phrase_at(Context& c, std::size_t i) const
{
  if (!token_in(c.token(i), m_pack.words.org_head, m_pack.clitics)) {
    return std::nullopt;
  }
  const auto tokens = c.tokens();
  std::size_t j = i + 1;
  while (j < c.sentence.end && j <= i + max_title_qualifiers && c.token(j).kind == TokenKind::word
         && has_article(c.token(j)) && !token_in(c.token(j), m_pack.words.stop, m_pack.clitics)
         && !token_in(c.token(j), m_pack.words.org_head, m_pack.clitics) && !starts_cue(c, j)) {
    if (const auto g = m_gazetteer.longest_at(tokens, j, m_pack.clitics)) {
      if (g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::country) {
        c.mention(c.entities.known(g->entity), j, j + g->tokens);
        j += g->tokens;
      }
      break;
    }
    ++j;
  }
  if (j == i + 1) {
    return std::nullopt;
  }
  auto name = without_proclitics(c, i);
  if (j > i + 1) {
    name += ' ';
    name += c.surface(i + 1, j);
  }
  const auto entity = c.entities.found(EntityType::organization, name, m_lang);
  c.mention(entity, i, j);
  c.entities.register_head(std::string(m_pack.clitics.without_article(c.token(i).text)), entity);
  return Qualifier{entity, j};
}

// The original text of token i without its proclitic conjunction and
// preposition, the article kept: "للحراك" => "الحراك", "ولجنة" => "لجنة".
std::string EntityFinder::without_proclitics(Context& c, std::size_t i) const
{
  const auto& token = c.token(i);
  // "لجنة" is a word of its own, not ل + جنة.
  const auto& heads = m_pack.words.org_head;
  if (heads.contains(token.text) || heads.contains(m_pack.clitics.without_article(token.text))) {
    return c.surface(i, i + 1);
  }
  const auto [dropped, article] = m_pack.clitics.proclitic_length(token.text);
  const auto span = token.span;
  const auto local = normalize(std::u32string_view(c.original).substr(span.begin, span.size()));
  const auto from = dropped < local.to_original.size() ? local.to_original[dropped] : 0;
  return article + substr_utf8(c.original, span.begin + from, span.end);
}

// "وزارة الخارجية الأمريكية" from the gazetteer: a later bare "وزارة
// الخارجية" or "الوزارة" refers back to it.
void EntityFinder::register_known_head(Context& c, std::size_t entity, std::size_t begin, std::size_t end) const
{
  c.entities.register_head(std::string(m_pack.clitics.without_article(c.token(begin).text)), entity);
  if (m_country_before_title) {
    c.entities.register_head(std::string(c.token(end - 1).text), entity); // "the department"
  }
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.head_index.candidates(c.token(begin), m_pack.clitics, candidates);
  for (const auto index : candidates) {
    const auto& head = m_pack.heads[index];
    const auto match = match_cue(head.cue, c.tokens(), begin, m_pack.clitics);
    if (match && match->end <= end && head.type == EntityType::organization) {
      c.entities.register_head(head.label_en, entity);
    }
  }
}

bool EntityFinder::head_at(Context& c, std::size_t i) const
{
  const auto head = head_entity_at(c, i);
  if (head) {
    c.items.push_back(Item{.begin = i, .end = head->end, .entity = head->entity});
  }
  return head.has_value();
}

// «هيئة شؤون الأسرى والمحررين»: a quoted name that begins with a word that
// heads organizations is an organization.
bool EntityFinder::quoted_at(Context& c, std::size_t i) const
{
  if (c.token(i).text != "«" || i + 1 >= c.sentence.end
      || !token_in(c.token(i + 1), m_pack.words.org_head, m_pack.clitics)) {
    return false;
  }
  for (std::size_t k = i + 2; k < c.sentence.end && k <= i + max_quoted_words; ++k) {
    if (c.token(k).text == "»") {
      const auto entity = c.entities.found(EntityType::organization, c.surface(i + 1, k), m_lang);
      c.mention(entity, i + 1, k);
      c.entities.register_head(std::string(m_pack.clitics.without_article(c.token(i + 1).text)), entity);
      c.items.push_back(Item{.begin = i, .end = k + 1, .entity = entity});
      return true;
    }
    if (c.token(k).text == "«") {
      return false;
    }
  }
  return false;
}

// "الهيئة", "المجلس": a definite head word alone names the latest
// organization it headed in this document.
bool EntityFinder::bare_head_at(Context& c, std::size_t i) const
{
  const auto& token = c.token(i);
  // English "the ministry": a determiner instead of the article.
  const bool definite = has_article(token)
                        || (m_country_before_title && i > c.sentence.begin
                            && token_in(c.token(i - 1), m_pack.words.determiner, m_pack.clitics));
  if (!definite || !token_in(token, m_pack.words.org_head, m_pack.clitics)) {
    return false;
  }
  for (const auto form : token.forms()) {
    if (const auto earlier = c.entities.by_head(form)) {
      c.mention(*earlier, i, i + 1);
      c.items.push_back(Item{.begin = i, .end = i + 1, .entity = *earlier});
      return true;
    }
  }
  return false;
}

std::vector<Item> EntityFinder::find(const SentenceView& sentence,
                                     const std::u32string& original,
                                     DocumentEntities& entities,
                                     std::vector<Relation>& relations) const
{
  Context c{sentence, original, entities, relations, {}};
  const auto tokens = c.tokens();
  std::size_t i = sentence.begin;
  while (i < sentence.end) {
    if (quoted_at(c, i)) {
      i = c.items.back().end;
      continue;
    }
    if (c.token(i).kind == TokenKind::punct) {
      ++i;
      continue;
    }
    if (title_at(c, i)) {
      i = c.items.back().end;
      continue;
    }
    if (c.skip_to > i) {
      i = c.skip_to;
      continue;
    }
    if (const auto owned = owner_head_at(c, i)) {
      c.items.push_back(Item{.begin = i, .end = owned->end, .entity = owned->entity});
      i = owned->end;
      continue;
    }
    if (elided_name_at(c, i) || place_before_country_at(c, i) || author_at(c, i)) {
      i = c.items.back().end;
      continue;
    }
    // A function word alone is never a name: "بأن" is not the demonym "ألبان".
    // (Where letter case tells names apart, "US" is no "us": case decides.)
    const bool function_word = (!m_capitalized_names && token_in(c.token(i), m_pack.words.stop, m_pack.clitics))
                               || token_in(c.token(i), m_pack.words.complementizer, m_pack.clitics);
    auto g = m_gazetteer.longest_at(tokens, i, m_pack.clitics);
    if (g && function_word && g->tokens == 1) {
      g.reset(); // a longer name may begin with one: "علي عبد الله صالح"
    }
    if (g && !g->demonym) {
      const auto entity = entities.known(g->entity);
      c.mention(entity, i, i + g->tokens);
      c.items.push_back(Item{.begin = i,
                             .end = i + g->tokens,
                             .entity = entity,
                             .governed = m_pack.clitics.lost_preposition(c.token(i).text, g->form)});
      const auto type = entities[entity].entity.type;
      if (type == EntityType::organization) {
        register_known_head(c, entity, i, i + g->tokens);
      } else if (type == EntityType::person) {
        apposition_at(c, entity, i + g->tokens);
      }
      i += g->tokens;
      continue;
    }
    if (head_at(c, i)) {
      i = c.items.back().end;
      continue;
    }
    if (g) {
      const auto entity = entities.known(g->entity);
      c.mention(entity, i, i + g->tokens);
      c.items.push_back(Item{.begin = i, .end = i + g->tokens, .entity = entity, .demonym = true});
      i += g->tokens;
      continue;
    }
    const auto& token = c.token(i);
    // English names its parties in two words: "the two sides", "both leaders".
    const bool parties_cued = m_pack.words.parties_cue.words().empty()
                              || (i > sentence.begin && token_in(c.token(i - 1), m_pack.words.parties_cue, m_pack.clitics));
    if (parties_cued && token_in(token, m_pack.words.parties, m_pack.clitics)) {
      // "الطرفان الأذربيجاني والأرميني" names its parties: no reference then.
      const auto next = i + 1 < sentence.end ? m_gazetteer.longest_at(tokens, i + 1, m_pack.clitics)
                                             : std::nullopt;
      if (!next || !next->demonym) {
        c.items.push_back(Item{.begin = i, .end = i + 1, .kind = ItemKind::parties});
      }
      ++i;
      continue;
    }
    const auto forms = token.forms();
    const auto& own_words = m_pack.words.own.words();
    const bool own = std::any_of(forms.begin(), forms.end(), [&](std::string_view form) {
      return std::any_of(own_words.begin(), own_words.end(), [&](const auto& stem) {
        return m_pack.clitics.has_enclitic(form, stem);
      });
    });
    if (own) {
      c.items.push_back(Item{.begin = i, .end = i + 1, .kind = ItemKind::own});
      ++i;
      continue;
    }
    if (bare_head_at(c, i)) {
      ++i;
      continue;
    }
    if (const auto local = entities.local_name_at(tokens, i, m_pack.clitics)) {
      c.mention(local->first, i, i + local->second);
      c.items.push_back(Item{.begin = i, .end = i + local->second, .entity = local->first});
      apposition_at(c, local->first, i + local->second);
      i += local->second;
      continue;
    }
    ++i;
  }
  (void)m_ontology;
  return std::move(c.items);
}

// English word order -------------------------------------------------------

// The last item, when it ends at token i (or before a possessive "'s" that
// does) and names a country or an organization: the owner of a title or head
// noun that follows ("Russian Foreign Minister", "Azerbaijan's President",
// "State Department Spokesperson").
std::optional<Item> EntityFinder::owner_before(const Context& c, std::size_t i) const
{
  if (!m_country_before_title || c.items.empty()) {
    return std::nullopt;
  }
  const auto& back = c.items.back();
  const bool adjacent = back.end == i
                        || (back.end + 1 == i && token_in(c.token(back.end), m_pack.words.possessive, m_pack.clitics));
  if (!adjacent || back.kind != ItemKind::entity) {
    return std::nullopt;
  }
  const auto type = c.entities[back.entity].entity.type;
  if (type != EntityType::country && type != EntityType::organization) {
    return std::nullopt;
  }
  return back;
}

// "President Juan Carlos Varela of Panama": a country or organization after
// the name and a modifier ("of", "of the"); moves `j` past it.
std::optional<std::size_t> EntityFinder::owner_after(Context& c, std::size_t& j) const
{
  const auto tokens = c.sentence.tokens.first(c.sentence.end);
  std::size_t k = j;
  while (k < c.sentence.end && k < j + 2 && token_in(c.token(k), m_pack.words.modifier, m_pack.clitics)) {
    ++k;
  }
  if (k == j || k >= c.sentence.end) {
    return std::nullopt;
  }
  const auto g = m_gazetteer.longest_at(tokens, k, m_pack.clitics);
  if (!g || g->demonym) {
    return std::nullopt;
  }
  const auto type = m_gazetteer.entities()[g->entity].type;
  if (type != EntityType::country && type != EntityType::organization) {
    return std::nullopt;
  }
  const auto of = c.entities.known(g->entity);
  c.mention(of, k, k + g->tokens);
  j = k + g->tokens;
  return of;
}

// "John Kerry, the Secretary of State" / "Ilham Aliyev, Azerbaijan's
// president": the name before a comma and an optional determiner that stand
// before the title (or its owner) starting at token `first`. A name the
// document does not know yet needs two capitalized words.
std::optional<EntityFinder::Name> EntityFinder::apposed_name(Context& c, std::size_t first) const
{
  std::size_t t = first;
  if (t > c.sentence.begin && token_in(c.token(t - 1), m_pack.words.determiner, m_pack.clitics)) {
    --t;
  }
  if (t < c.sentence.begin + 2 || !token_in(c.token(t - 1), m_pack.words.list_separator, m_pack.clitics)) {
    return std::nullopt;
  }
  const auto end = t - 1;
  for (auto it = c.items.rbegin(); it != c.items.rend(); ++it) {
    if (it->end == end && it->kind == ItemKind::entity
        && c.entities[it->entity].entity.type == EntityType::person) {
      return Name{it->entity, it->begin, it->end};
    }
  }
  std::size_t begin = end;
  while (begin > c.sentence.begin && end - begin < max_name_words && is_name_word(c, begin - 1)) {
    --begin;
  }
  if (end - begin < 2) {
    return std::nullopt;
  }
  const auto name = name_at(c, begin);
  if (!name || name->end != end || name->entity) {
    return std::nullopt;
  }
  return name;
}

// "the Russian Defence Ministry" => Ministry of Defence of Russia; "the
// German government", "Libya's leaders" => the country itself (head label
// "="). Place heads ("city of") keep their own order and are read elsewhere.
std::optional<EntityFinder::Qualifier> EntityFinder::owner_head_at(Context& c, std::size_t i) const
{
  if (!m_country_before_title || i >= c.sentence.end) {
    return std::nullopt;
  }
  const auto tokens = c.tokens();
  const auto g = m_gazetteer.longest_at(tokens, i, m_pack.clitics);
  if (!g || m_gazetteer.entities()[g->entity].type != EntityType::country) {
    return std::nullopt;
  }
  std::size_t k = i + g->tokens;
  if (k < c.sentence.end && token_in(c.token(k), m_pack.words.possessive, m_pack.clitics)) {
    ++k;
  }
  if (k >= c.sentence.end) {
    return std::nullopt;
  }
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.head_index.candidates(c.token(k), m_pack.clitics, candidates);
  const std::vector<std::uint32_t> heads(candidates);
  for (const auto index : heads) {
    const auto& head = m_pack.heads[index];
    const auto match = match_cue(head.cue, tokens, k, m_pack.clitics);
    if (!match || head.type == EntityType::location) {
      continue;
    }
    const auto of = c.entities.known(g->entity);
    c.mention(of, i, i + g->tokens);
    if (head.label_en == "=") {
      return Qualifier{of, match->end};
    }
    const auto entity = c.entities.qualified(head.type, head.label_en, of, c.surface(i, match->end), m_lang);
    c.mention(entity, i, match->end);
    c.entities.register_head(head.label_en, entity);
    c.entities.register_head(std::string(c.token(match->end - 1).text), entity); // "the ministry"
    return Qualifier{entity, match->end};
  }
  return std::nullopt;
}

// "in Strumica, Macedonia", "the coast of Aceh, Indonesia": a place
// preposition, one to three unknown capitalized words, a comma and a country.
bool EntityFinder::place_before_country_at(Context& c, std::size_t i) const
{
  if (!m_capitalized_names || i <= c.sentence.begin
      || !token_in(c.token(i - 1), m_pack.words.place_preposition, m_pack.clitics)) {
    return false;
  }
  std::size_t k = i;
  while (k < c.sentence.end && k - i < max_name_words && is_name_word(c, k)
         && !c.entities.local_name_at(c.tokens(), k, m_pack.clitics)) {
    ++k;
  }
  if (k == i || k + 1 >= c.sentence.end || !token_in(c.token(k), m_pack.words.list_separator, m_pack.clitics)) {
    return false;
  }
  const auto g = m_gazetteer.longest_at(c.tokens(), k + 1, m_pack.clitics);
  if (!g || g->demonym || m_gazetteer.entities()[g->entity].type != EntityType::country) {
    return false;
  }
  const auto place = c.entities.found(EntityType::location, c.surface(i, k), m_lang);
  c.mention(place, i, k);
  c.items.push_back(Item{.begin = i, .end = k, .entity = place});
  return true;
}

// "North and South Korea", "East and West Germany": token i with the words
// after the first word of the known name at i + 2 is a known name too.
bool EntityFinder::elided_name_at(Context& c, std::size_t i) const
{
  if (!m_capitalized_names || i + 3 >= c.sentence.end || !is_capitalized(c.token(i))
      || !token_in(c.token(i + 1), m_pack.words.coordinator, m_pack.clitics)) {
    return false;
  }
  const auto tokens = c.tokens();
  const auto whole = m_gazetteer.longest_at(tokens, i + 2, m_pack.clitics);
  if (!whole || whole->demonym || whole->tokens < 2) {
    return false;
  }
  std::vector<Token> elided{c.token(i)};
  elided.insert(elided.end(), tokens.begin() + static_cast<std::ptrdiff_t>(i + 3),
                tokens.begin() + static_cast<std::ptrdiff_t>(i + 2 + whole->tokens));
  const auto first = m_gazetteer.longest_at(elided, 0, m_pack.clitics);
  if (!first || first->demonym || first->tokens != elided.size()
      || m_gazetteer.entities()[first->entity].type != m_gazetteer.entities()[whole->entity].type) {
    return false;
  }
  const auto a = c.entities.known(first->entity);
  const auto b = c.entities.known(whole->entity);
  c.mention(a, i, i + 1);
  c.mention(b, i + 2, i + 2 + whole->tokens);
  c.items.push_back(Item{.begin = i, .end = i + 1, .entity = a});
  c.items.push_back(Item{.begin = i + 2, .end = i + 2 + whole->tokens, .entity = b});
  return true;
}

// "We call on ...": outside quotation marks "we" is the document's author
// (resolved by the rule engine). Inside them it is the speaker's side, which
// a quotation before its "said X" does not name yet: no item then.
bool EntityFinder::author_at(Context& c, std::size_t i) const
{
  if (!token_in(c.token(i), m_pack.words.author_pronoun, m_pack.clitics)) {
    return false;
  }
  std::size_t before = 0;
  std::size_t after = 0;
  for (std::size_t t = c.sentence.begin; t < c.sentence.end; ++t) {
    if (t != i && token_in(c.token(t), m_pack.words.quote, m_pack.clitics)) {
      ++(t < i ? before : after);
    }
  }
  if (before % 2 == 1 || after % 2 == 1) {
    return false;
  }
  c.items.push_back(Item{.begin = i, .end = i + 1, .kind = ItemKind::author});
  return true;
}

} // namespace newskg::extract
