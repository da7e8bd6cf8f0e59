#include "extract/entity_finder.hpp"

#include "extract/letter_case.hpp"
#include "extract/unicode_text.hpp"

#include <algorithm>

namespace newskg::extract {

namespace {

constexpr std::size_t max_name_words = 4;
constexpr std::size_t max_title_qualifiers = 3;
constexpr double title_confidence = 0.9;

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

} // namespace

struct EntityFinder::Context
{
  const SentenceView& sentence;
  const std::u32string& original;
  DocumentEntities& entities;
  std::vector<Relation>& relations;
  std::vector<Item> items;

  [[nodiscard]] const Token& token(std::size_t i) const { return sentence.tokens[i]; }

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
{
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
  const auto tokens = c.sentence.tokens.first(c.sentence.end);
  if (m_gazetteer.longest_at(tokens, i, m_pack.clitics)) {
    return false;
  }
  thread_local std::vector<std::uint32_t> candidates;
  const auto starts = [&](const CueIndex& index, const auto& entries) {
    index.candidates(token, m_pack.clitics, candidates);
    return std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) {
      return match_cue(entries[k].cue, tokens, i, m_pack.clitics).has_value();
    });
  };
  return !starts(m_pack.title_index, m_pack.titles) && !starts(m_pack.head_index, m_pack.heads)
         && !starts(m_pack.trigger_index, m_pack.triggers);
}

std::optional<EntityFinder::Name> EntityFinder::name_at(Context& c, std::size_t i) const
{
  if (i >= c.sentence.end) {
    return std::nullopt;
  }
  const auto tokens = c.sentence.tokens.first(c.sentence.end);
  if (const auto g = m_gazetteer.longest_at(tokens, i, m_pack.clitics)) {
    if (g->demonym || m_gazetteer.entities()[g->entity].type != EntityType::person) {
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
  while (k - i < max_name_words && is_name_word(c, k)) {
    const auto word = c.token(k).text;
    const bool article = m_pack.clitics.without_article(word) != word;
    if (k > i && article && !token_in(c.token(k - 1), m_pack.words.name_joiner, m_pack.clitics)) {
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

bool EntityFinder::title_at(Context& c, std::size_t i) const
{
  const auto tokens = c.sentence.tokens.first(c.sentence.end);
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
    std::size_t j = match->end;
    std::optional<std::size_t> of;
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
      const auto g = m_gazetteer.longest_at(tokens, j, m_pack.clitics);
      const auto type = g ? m_gazetteer.entities()[g->entity].type : EntityType::person;
      if (!g || of || type == EntityType::person || type == EntityType::location) {
        break;
      }
      of = c.entities.known(g->entity);
      c.mention(*of, j, j + g->tokens);
      j += g->tokens;
    }
    auto name = name_at(c, j);
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
    const auto person = commit_name(c, *name);
    auto& record = c.entities[person];
    if (!of && record.known) {
      // "President Erdogan": the gazetteer knows whose president he is.
      for (const auto& position : m_gazetteer.positions_of(*record.known)) {
        if (position.role == title.role) { // the latest term listed
          of = c.entities.known(position.of);
        }
      }
    }
    auto& held = c.entities[person];
    if (held.role.empty()) {
      held.role = title.role;
      held.role_of = of;
    }
    c.entities.last_role = title.role;
    if (of) {
      c.relations.push_back(Relation{.subject = held.entity.id,
                                     .predicate = "holds-position",
                                     .object = c.entities[*of].entity.id,
                                     .confidence = title_confidence,
                                     .evidence = c.evidence(),
                                     .attributes = {{"role", title.role}}});
    }
    c.items.push_back(Item{.begin = item_begin, .end = item_end, .entity = person});
    return true;
  }
  return false;
}

// "نظيريه الأرميني زغراب مناتساكانيان والأذربيجاني جيهون بيراموف": each
// demonym and name is a person holding the last titled person's role.
bool EntityFinder::counterpart_at(Context& c, std::size_t i, std::size_t after_cue) const
{
  const auto role = c.entities.last_role;
  if (role.empty()) {
    return false;
  }
  const auto tokens = c.sentence.tokens.first(c.sentence.end);
  std::size_t start = i;
  std::size_t j = after_cue;
  bool any = false;
  while (j < c.sentence.end) {
    std::optional<std::size_t> of;
    const auto g = m_gazetteer.longest_at(tokens, j, m_pack.clitics);
    if (g && g->demonym) {
      of = c.entities.known(g->entity);
      c.mention(*of, j, j + g->tokens);
      j += g->tokens;
    }
    const auto name = name_at(c, j);
    if (!name || (!of && any)) {
      break;
    }
    const auto person = commit_name(c, *name);
    const auto name_end = name->end;
    auto& record = c.entities[person];
    if (record.role.empty()) {
      record.role = role;
      record.role_of = of;
    }
    if (of) {
      c.relations.push_back(Relation{.subject = record.entity.id,
                                     .predicate = "holds-position",
                                     .object = c.entities[*of].entity.id,
                                     .confidence = title_confidence,
                                     .evidence = c.evidence(),
                                     .attributes = {{"role", role}}});
    }
    c.items.push_back(Item{.begin = start, .end = name_end, .entity = person});
    any = true;
    j = name_end;
    if (j < c.sentence.end && token_in(c.token(j), m_pack.words.list_separator, m_pack.clitics)) {
      ++j;
    }
    start = j;
  }
  return any;
}

bool EntityFinder::head_at(Context& c, std::size_t i) const
{
  const auto tokens = c.sentence.tokens.first(c.sentence.end);
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.head_index.candidates(c.token(i), m_pack.clitics, candidates);
  for (const auto index : candidates) {
    const auto& head = m_pack.heads[index];
    const auto match = match_cue(head.cue, tokens, i, m_pack.clitics);
    if (!match || match->end >= c.sentence.end) {
      continue;
    }
    const auto j = match->end;
    const auto g = m_gazetteer.longest_at(tokens, j, m_pack.clitics);
    if (head.type == EntityType::location) {
      if (g && !g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::location) {
        const auto place = c.entities.known(g->entity);
        c.mention(place, j, j + g->tokens);
        c.items.push_back(Item{.begin = i, .end = j + g->tokens, .entity = place});
        return true;
      }
      if (!g && is_name_word(c, j) && m_pack.clitics.without_article(c.token(j).text) == c.token(j).text) {
        const auto place = c.entities.found(EntityType::location, c.surface(j, j + 1), m_lang);
        c.mention(place, j, j + 1);
        c.items.push_back(Item{.begin = i, .end = j + 1, .entity = place});
        return true;
      }
      continue;
    }
    if (!g || m_gazetteer.entities()[g->entity].type == EntityType::person) {
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
    c.items.push_back(Item{.begin = i, .end = end, .entity = entity});
    return true;
  }
  return false;
}

std::vector<Item> EntityFinder::find(const SentenceView& sentence,
                                     const std::u32string& original,
                                     DocumentEntities& entities,
                                     std::vector<Relation>& relations) const
{
  Context c{sentence, original, entities, relations, {}};
  const auto tokens = sentence.tokens.first(sentence.end);
  std::size_t i = sentence.begin;
  while (i < sentence.end) {
    if (c.token(i).kind == TokenKind::punct) {
      ++i;
      continue;
    }
    if (title_at(c, i)) {
      i = c.items.back().end;
      continue;
    }
    const auto g = m_gazetteer.longest_at(tokens, i, m_pack.clitics);
    if (g && !g->demonym) {
      const auto entity = entities.known(g->entity);
      c.mention(entity, i, i + g->tokens);
      c.items.push_back(Item{.begin = i, .end = i + g->tokens, .entity = entity});
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
    thread_local std::vector<std::string_view> scratch;
    const auto forms = m_pack.clitics.forms_of(token, scratch);
    const bool own = std::any_of(forms.begin(), forms.end(), [&](std::string_view form) {
      return std::any_of(m_pack.words.own.words().begin(), m_pack.words.own.words().end(), [&](const auto& stem) {
        return m_pack.clitics.has_enclitic(form, stem);
      });
    });
    if (own) {
      c.items.push_back(Item{.begin = i, .end = i + 1, .kind = ItemKind::own});
      ++i;
      continue;
    }
    if (const auto local = entities.local_name_at(tokens, i, m_pack.clitics)) {
      c.mention(local->first, i, i + local->second);
      c.items.push_back(Item{.begin = i, .end = i + local->second, .entity = local->first});
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

} // namespace newskg::extract
