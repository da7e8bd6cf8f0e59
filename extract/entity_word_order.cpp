// Items read from the order of words around a name rather than from one
// word list: the owner before a title or head noun ("Azerbaijan's President",
// "the Russian Defence Ministry") or after a title's name ("of Panama"), a
// party's adjective before a member, a name apposed to a title ("John Kerry,
// the ..."), capitalized organization names, a place before its country ("in
// Strumica, Macedonia"), elided names ("North and South Korea") and the
// author's "we". Most apply where a language puts the owner first or writes
// names with capitals (words.tsv options); appositions and places before a
// country are read in Arabic too.

#include "core/utf8.hpp"
#include "extract/entity_finder.hpp"
#include "extract/entity_finder_context.hpp"
#include "extract/normalizer.hpp"
#include "extract/token_shape.hpp"

#include <algorithm>

namespace newskg::extract {

using namespace finder;

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
  // "White House national security spokesman": up to two modifiers (no cue's
  // words) between the owner and its title.
  constexpr std::size_t max_owner_modifiers = 2;
  std::size_t at = i;
  while (at > back.end && i - at < max_owner_modifiers && modifier_token(c, at - 1)
         && !m_pack.cue_words.contains(c.token(at - 1).hashed()) && !starts_cue(c, at - 1)) {
    --at;
  }
  const bool adjacent =
    back.end == at
    || (back.end + 1 == at && token_in(c.token(back.end), m_pack.words.possessive, m_pack.clitics));
  if (!adjacent || back.kind != ItemKind::entity) {
    return std::nullopt;
  }
  const auto type = c.entities[back.entity].entity.type;
  // "Massachusetts Senator": a subdivision owns a title of its country's
  // chamber (see title_at).
  const auto& known = c.entities[back.entity].known;
  const bool region = type == EntityType::location && known && m_gazetteer.region_country(*known);
  if (type != EntityType::country && type != EntityType::organization && !region) {
    return std::nullopt;
  }
  return back;
}

// The team named after the city the gazetteer knows (no subdivision) that
// is the last item, ending at token i: "Dortmund" in "Dortmund coach".
std::optional<std::size_t> EntityFinder::team_before(Context& c, std::size_t i) const
{
  if (c.items.empty()) {
    return std::nullopt;
  }
  const auto& back = c.items.back();
  if (back.kind != ItemKind::entity || back.end != i || back.demonym) {
    return std::nullopt;
  }
  const auto& known = c.entities[back.entity].known;
  return known ? team_of_city(c, *known, back.begin, back.end) : std::nullopt;
}

// "مدرب برشلونة تشافي": the team named after the city the gazetteer knows
// at token j, right after a team's role.
std::optional<EntityFinder::Qualifier> EntityFinder::team_after(Context& c, std::size_t j) const
{
  const auto g = j < c.sentence.end ? known_at(c, j) : std::nullopt;
  if (!g || g->demonym) {
    return std::nullopt;
  }
  const auto team = team_of_city(c, g->entity, j, j + g->tokens);
  return team ? std::optional(Qualifier{*team, j + g->tokens}) : std::nullopt;
}

// The team named after the city of gazetteer entry `city`, written at tokens
// [begin, end); none when the entry is no city (a country, a subdivision).
std::optional<std::size_t>
EntityFinder::team_of_city(Context& c, std::size_t city, std::size_t begin, std::size_t end) const
{
  if (m_gazetteer.entities()[city].type != EntityType::location
      || m_gazetteer.region_country(city)) {
    return std::nullopt;
  }
  const auto team = c.entities.found(EntityType::organization, c.surface(begin, end), m_lang);
  c.mention(team, begin, end);
  return team;
}

bool EntityFinder::modifier_token(const Context& c, std::size_t t) const
{
  const auto& token = c.token(t);
  if (hyphen_joins(c.tokens(), t)) {
    return true; // "far-right"
  }
  return token.kind == TokenKind::word && !is_capitalized(token)
         && !token_in(token, m_pack.words.stop, m_pack.clitics);
}

bool EntityFinder::determined(const Context& c, std::size_t i, std::size_t modifiers) const
{
  for (auto t = i; t > c.sentence.begin && t + modifiers + 1 > i; --t) {
    if (token_in(c.token(t - 1), m_pack.words.determiner, m_pack.clitics)) {
      return true;
    }
    if (!modifier_token(c, t - 1)) {
      return false;
    }
  }
  return false;
}

bool EntityFinder::plural_possessive(const Context& c, std::size_t k) const
{
  if (k == c.sentence.begin || !token_in(c.token(k), m_pack.words.possessive, m_pack.clitics)) {
    return false;
  }
  const auto& owner = c.token(k - 1);
  if (!is_capitalized(owner)) {
    return false;
  }
  const bool bare = !c.token(k).text.ends_with('s');
  return bare ? owner.text.ends_with('s')
              : token_in(owner, m_pack.words.plural_owner, m_pack.clitics);
}

std::optional<std::size_t> EntityFinder::proper_org_end(const Context& c, std::size_t i) const
{
  // "Former Cromwell Society chairman": a determiner opening the sentence is
  // capitalized, but no part of the name.
  if (!m_capitalized_names || !is_capitalized(c.token(i))
      || token_in(c.token(i), m_pack.words.stop, m_pack.clitics)
      || token_in(c.token(i), m_pack.words.determiner, m_pack.clitics)) {
    return std::nullopt;
  }
  // A head word alone is no name ("Committee said"); with its tail it is
  // ("Confederation of British Industry").
  const auto head = [&](const Token& token) {
    return token_in(token, m_pack.words.org_head, m_pack.clitics)
           || token_in(token, m_pack.words.place_tail, m_pack.clitics);
  };
  const bool head_first = head(c.token(i));
  // "Shares of Acme Group fell": a sentence's first word is capitalized
  // whatever it is; before "of" it names the organization only when it is a
  // head word ("Bank of America").
  if (!head_first && i == c.sentence.begin && i + 1 < c.sentence.end
      && !is_capitalized(c.token(i + 1))
      && token_in(c.token(i + 1), m_pack.words.org_tail, m_pack.clitics)) {
    return std::nullopt;
  }
  // A gazetteer entry other than a demonym begins at a word from i to before
  // token k ("Theresa May's"; not "Polish People's").
  const auto known_before = [&](std::size_t k) {
    for (auto t = i; t < k; ++t) {
      if (const auto g = known_at(c, t); g && !g->demonym) {
        return true;
      }
    }
    return false;
  };
  std::optional<std::size_t> end;
  std::optional<std::size_t> head_end; // after the last head word
  bool tail = false;                   // past an org-tail joiner right after a head
  for (std::size_t k = i; k < c.sentence.end && k < i + max_proper_org_words; ++k) {
    const auto& token = c.token(k);
    // "Ritz-Carlton": a hyphen inside a capitalized word joins it.
    if (k > i && k + 1 < c.sentence.end && hyphen_joins(c.tokens(), k)
        && is_capitalized(c.token(k - 1)) && is_capitalized(c.token(k + 1))) {
      continue;
    }
    // "Workers' Party", "People's Party": a plural's possessive (s and a bare
    // apostrophe, or "'s" after a words.tsv plural-owner) between capitalized
    // words joins them inside the name; a name's possessive owns what follows
    // ("Bolsonaro's Liberal Party", "Poland's Foreign Ministry"), and so does
    // a gazetteer entry or a title ("the Prime Minister's Office").
    if (k > i && k + 1 < c.sentence.end && plural_possessive(c, k) && !known_before(k)
        && !starts_title(c, i) && !starts_title(c, k - 1) && is_capitalized(c.token(k + 1))) {
      continue;
    }
    if (token.kind != TokenKind::word) {
      break;
    }
    if (is_capitalized(token)) {
      if (head(token)) {
        end = k + 1; // the longest: "Committee of the Red Cross" goes on
        head_end = end;
        tail = false;
      } else if (tail) {
        end = k + 1; // "Observatory for Human Rights"
      }
      continue;
    }
    // "the Imperial Marhaba hotel": after "the", a facility's word in lowercase
    // (words.tsv facility-word) after capitals only, none of them a name the
    // gazetteer knows, ends a place's name ("Protesters camp in", "Ahmed
    // Hassan crossing into", "the Sanders camp" are none); so does a word of
    // words.tsv lowercase-org-head an organization's name, after "the" and up
    // to max_org_modifier_tokens of lowercase modifiers ("the opposition Yesh
    // Atid party"; "the Welsh assembly" is the assembly named before).
    const bool facility = token_in(token, m_pack.words.facility_word, m_pack.clitics);
    if (k > i && !end
        && (facility || token_in(token, m_pack.words.lowercase_org_head, m_pack.clitics))
        && determined(c, i, facility ? 0 : max_org_modifier_tokens)) {
      bool plain = true;
      for (std::size_t t = i; t < k && plain; ++t) {
        plain = (is_capitalized(c.token(t)) || hyphen_joins(c.tokens(), t)) && !known_at(c, t);
      }
      if (plain) {
        end = k + 1;
        head_end = end;
      }
      break;
    }
    if (head_end && k == *end && token_in(token, m_pack.words.org_tail, m_pack.clitics)) {
      tail = true;
    }
    // "Association of Southeast Asian Nations": joiners (words.tsv org-joiner)
    // between capitals.
    const auto joiner = [&](std::size_t t) {
      return token_in(c.token(t), m_pack.words.org_joiner, m_pack.clitics);
    };
    if (!joiner(k) || k + 1 >= c.sentence.end
        || !(is_capitalized(c.token(k + 1)) || joiner(k + 1))) {
      break;
    }
    // "Professor John Smith of Harvard University": a given name and no head
    // before the joiner are a person's name, and the organization his.
    if (!head_end && token_in(c.token(i), m_pack.words.given_name, m_pack.clitics)) {
      return std::nullopt;
    }
  }
  // "the Foreign Ministry of Russia": a known place alone after the tail
  // joiner owns the organization; it is no part of its name.
  if (end && head_end && *end > *head_end) {
    std::size_t t = *head_end;
    while (t < *end && !is_capitalized(c.token(t))) {
      ++t;
    }
    if (const auto g = known_at(c, t);
        g && !g->demonym && t + g->tokens == *end
        && m_gazetteer.entities()[g->entity].type != EntityType::organization) {
      end = head_end;
    }
  }
  if (head_first && (!end || !head_end || *end <= *head_end || *head_end != i + 1)) {
    return std::nullopt;
  }
  // "Trump and Supreme Court nominee", "NATO and the European Union": a
  // person, country or organization the gazetteer knows, then "and", begins
  // a list, not an organization's name (a place may: "Washington and Lee
  // University").
  if (const auto g = known_at(c, i);
      end && g && !g->demonym && i + g->tokens < *end
      && m_gazetteer.entities()[g->entity].type != EntityType::location
      && token_in(c.token(i + g->tokens), m_pack.words.coordinator, m_pack.clitics)) {
    return std::nullopt;
  }
  return end;
}

bool EntityFinder::proper_place(const Context& c, std::size_t end) const
{
  return token_in(c.token(end - 1), m_pack.words.place_tail, m_pack.clitics)
         || token_in(c.token(end - 1), m_pack.words.facility_word, m_pack.clitics);
}

EntityFinder::Qualifier
EntityFinder::commit_proper_org(Context& c, std::size_t i, std::size_t end) const
{
  if (proper_place(c, end)) {
    const auto surface = c.surface(i, end);
    const auto place = c.entities.found(EntityType::location, surface, m_lang);
    c.mention(place, i, end);
    return Qualifier{place, end};
  }
  // "the Judiciary Committee" after "the Senate Judiciary Committee": the
  // end of a longer name of this document is that organization.
  const auto surface = c.surface(i, end);
  const auto ending = ' ' + surface;
  std::optional<std::size_t> earlier;
  for (std::size_t k = 0; k < c.entities.size(); ++k) {
    const auto& label = c.entities[k].entity.labels;
    const auto own = label.find(m_lang);
    if (c.entities[k].entity.type == EntityType::organization && own != label.end()
        && own->second.size() > ending.size() && own->second.ends_with(ending)) {
      earlier = k;
    }
  }
  const auto entity =
    earlier ? *earlier : c.entities.found(EntityType::organization, surface, m_lang);
  c.mention(entity, i, end);
  c.entities.register_head(std::string(c.token(end - 1).text), entity); // "the society"
  // "NATO Parliamentary Assembly", "OSCE Minsk Group": a name that begins
  // with a known organization's names a part of it, where that name is an
  // acronym or two words or more (one word may be another's: "Fars Provincial
  // Council", "Reuters Institute").
  if (const auto g = known_at(c, i);
      g && !g->demonym && i + g->tokens < end
      && (g->tokens >= 2 || (c.token(i).letter_case & case_all_caps) != 0)
      && m_gazetteer.entities()[g->entity].type == EntityType::organization) {
    part_of(c, entity, c.entities.known(g->entity));
  }
  return Qualifier{entity, end};
}

void EntityFinder::party_members(Context& c) const
{
  const auto is_party = [&](const Item& item) {
    return item.demonym && item.kind == ItemKind::entity
           && c.entities[item.entity].entity.type == EntityType::organization;
  };
  for (std::size_t k = 0; k + 1 < c.items.size(); ++k) {
    // "Lindsey Graham, a Republican from South Carolina,": the party's
    // demonym as the noun of an apposition.
    const auto& named = c.items[k];
    const auto& noun = c.items[k + 1];
    if (is_party(noun) && named.kind == ItemKind::entity
        && c.entities[named.entity].entity.type == EntityType::person && noun.begin == named.end + 2
        && token_in(c.token(named.end), m_pack.words.list_separator, m_pack.clitics)
        && token_in(c.token(named.end + 1), m_pack.words.determiner, m_pack.clitics)) {
      member_of(c, named.entity, noun.entity);
    }
  }
  for (std::size_t k = 0; k + 1 < c.items.size(); ++k) {
    const auto& adjective = c.items[k];
    const auto& person = c.items[k + 1];
    if (!adjective.demonym || adjective.kind != ItemKind::entity || person.kind != ItemKind::entity
        || person.begin > adjective.end + 1
        || c.entities[adjective.entity].entity.type != EntityType::organization
        || c.entities[person.entity].entity.type != EntityType::person) {
      continue;
    }
    if (person.begin > adjective.end && c.token(adjective.end).kind != TokenKind::word) {
      continue; // "Labour, Smith said": punctuation between
    }
    member_of(c, person.entity, adjective.entity);
  }
}

// "President Juan Carlos Varela of Panama": a country or organization after
// the name and a modifier ("of", "of the"); moves `j` past it.
std::optional<std::size_t> EntityFinder::owner_after(Context& c, std::size_t& j) const
{
  std::size_t k = j;
  while (k < c.sentence.end && k < j + 2
         && token_in(c.token(k), m_pack.words.modifier, m_pack.clitics)) {
    ++k;
  }
  if (k == j || k >= c.sentence.end) {
    return std::nullopt;
  }
  const auto g = known_at(c, k);
  // "Professor John Smith of Harvard University": an organization's name the
  // gazetteer does not know.
  if (const auto org_end = g ? std::nullopt : proper_org_end(c, k);
      org_end && !proper_place(c, *org_end)) {
    const auto org = commit_proper_org(c, k, *org_end);
    j = org.end;
    return org.entity;
  }
  if (!g || g->demonym) {
    return std::nullopt;
  }
  const auto type = m_gazetteer.entities()[g->entity].type;
  // "Sen. Lindsey Graham of South Carolina": a subdivision stands for the
  // country the title is of (and its chamber, chambers.tsv).
  const auto region_country = m_gazetteer.region_country(g->entity);
  if (type != EntityType::country && type != EntityType::organization && !region_country) {
    return std::nullopt;
  }
  c.mention(c.entities.known(g->entity), k, k + g->tokens);
  j = k + g->tokens;
  return c.entities.known(region_country ? *region_country : g->entity);
}

// "John Kerry, the Secretary of State" / "Ilham Aliyev, Azerbaijan's
// president": the name before a comma and an optional determiner that stand
// before the title (or its owner) starting at token `first`. A name the
// document does not know yet needs two capitalized words; in a script without
// letter case, two words without the article that open their clause.
std::optional<EntityFinder::Name> EntityFinder::apposed_name(Context& c, std::size_t first) const
{
  std::size_t t = first;
  // "a senior member of Hamas": modifiers between the determiner and the title.
  while (t > c.sentence.begin && token_in(c.token(t - 1), m_pack.words.modifier, m_pack.clitics)) {
    --t;
  }
  if (t > c.sentence.begin && token_in(c.token(t - 1), m_pack.words.determiner, m_pack.clitics)) {
    --t;
  }
  // "John Smith is the chairman of", "John Smith, who is the chairman of": a
  // copula of words.tsv may stand before the title.
  const bool copula =
    t > c.sentence.begin + 1 && token_in(c.token(t - 1), m_pack.words.copula, m_pack.clitics);
  if (copula) {
    --t;
  }
  // "عبدالله سيف الله، وهو قائد ميداني من جبهة النصرة": a pronoun of
  // words.tsv apposed-pronoun may stand between the comma and the title.
  // Where names have capitals the pronoun is a relative one and needs the
  // copula: "John Smith, who the president of France met" is his object.
  const bool pronoun = t >= c.sentence.begin + 3 && (copula || !m_capitalized_names)
                       && token_in(c.token(t - 1), m_pack.words.apposed_pronoun, m_pack.clitics)
                       && token_in(c.token(t - 2), m_pack.words.list_separator, m_pack.clitics);
  if (pronoun) {
    --t;
  }
  const bool comma = t >= c.sentence.begin + 2
                     && token_in(c.token(t - 1), m_pack.words.list_separator, m_pack.clitics);
  // "قال سوتوبو بورو نوجروو المتحدث باسم": without letter case, a name the
  // document does not know may stand right before its title, with no comma,
  // as the subject of a verb of saying (which takes no object a title could be).
  const bool bare = !comma && !m_capitalized_names && t == first && t >= c.sentence.begin + 3;
  // A copula without the comma: the name it follows is the title's when the
  // name opens the sentence ("if Mr Farage was Brexit Secretary" is no fact).
  const bool linked = !comma && copula && !pronoun;
  if (!comma && !bare && !linked) {
    return std::nullopt;
  }
  auto end = comma ? t - 1 : t;
  // "Kamal Haddad, 45, a member of": the age between commas.
  if (comma && end >= c.sentence.begin + 3 && c.token(end - 1).kind == TokenKind::number
      && token_in(c.token(end - 2), m_pack.words.list_separator, m_pack.clitics)) {
    end -= 2;
  }
  for (auto it = c.items.rbegin(); (comma || linked) && it != c.items.rend(); ++it) {
    if (it->end == end && it->kind == ItemKind::entity && (!linked || it->begin == c.sentence.begin)
        && c.entities[it->entity].entity.type == EntityType::person) {
      return Name{it->entity, it->begin, it->end};
    }
  }
  // A surname with the article after a given name: "وقالت سعاد الحسيني،".
  const auto article_allowed = [&](std::size_t k) {
    return m_capitalized_names || !has_article(c.token(k))
           || (k + 1 == end && k > c.sentence.begin
               && token_in(c.token(k - 1), m_pack.words.given_name, m_pack.clitics));
  };
  std::size_t begin = end;
  while (begin > c.sentence.begin && end - begin < max_name_words && is_name_word(c, begin - 1)
         && article_allowed(begin - 1)) {
    --begin;
  }
  if (end - begin < 2) {
    return std::nullopt;
  }
  // Without letter case the name must open its clause: "وقالت سارة جونسون،";
  // "وقال مسؤول أمني، المتحدث باسم" names no one (unnamed_may_name).
  if (!m_capitalized_names
      && ((begin > c.sentence.begin && !starts_cue(c, begin - 1)
           && !token_in(c.token(begin - 1), m_pack.words.boundary, m_pack.clitics))
          || (!token_in(c.token(begin), m_pack.words.given_name, m_pack.clitics)
              && !unnamed_may_name(c, begin)))) {
    return std::nullopt;
  }
  if (bare && (begin == c.sentence.begin || !starts_speech_cue(c, begin - 1))) {
    return std::nullopt;
  }
  if (linked && begin != c.sentence.begin) {
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
  const auto g = known_at(c, i);
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
    const auto entity =
      c.entities.qualified(head.type, head.label_en, of, c.surface(i, match->end), m_lang);
    c.mention(entity, i, match->end);
    c.entities.register_head(head.label_en, entity);
    c.entities.register_head(std::string(c.token(match->end - 1).text), entity); // "the ministry"
    return Qualifier{entity, match->end};
  }
  return std::nullopt;
}

// "in Strumica, Macedonia", "the coast of Aceh, Indonesia": a place
// preposition, one to three unknown capitalized words (one or two words
// without the article in Arabic), a comma and a country.
bool EntityFinder::place_before_country_at(Context& c, std::size_t i) const
{
  if (i <= c.sentence.begin) {
    return false;
  }
  // Without letter case: at most two words, none with the article ("في ستروميكا، مقدونيا").
  const std::size_t most = m_capitalized_names ? max_name_words : 2;
  // The comma first: it is rare, the word checks are not cheap.
  std::size_t comma = i;
  while (comma < c.sentence.end && comma - i <= most && c.token(comma).kind != TokenKind::punct) {
    ++comma;
  }
  if (comma == i || comma + 1 >= c.sentence.end
      || !token_in(c.token(comma), m_pack.words.list_separator, m_pack.clitics)
      || !token_in(c.token(i - 1), m_pack.words.place_preposition, m_pack.clitics)) {
    return false;
  }
  std::size_t k = i;
  // "في كلمته، الولايات المتحدة": a word with a pronoun is no place.
  while (k < comma && is_name_word(c, k) && (m_capitalized_names || !has_article(c.token(k)))
         && !pronoun_ending(c.token(k).text)
         && !c.entities.local_name_at(c.tokens(), k, m_pack.clitics)) {
    ++k;
  }
  if (k != comma) {
    return false;
  }
  const auto g = known_at(c, k + 1);
  // A country, or a subdivision of one: "in Tulsa, Oklahoma".
  if (!g || g->demonym
      || (m_gazetteer.entities()[g->entity].type != EntityType::country
          && !m_gazetteer.region_country(g->entity))) {
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
  const auto whole = known_at(c, i + 2);
  if (!whole || whole->demonym || whole->tokens < 2) {
    return false;
  }
  std::vector<Token> elided{c.token(i)};
  elided.insert(elided.end(),
                tokens.begin() + static_cast<std::ptrdiff_t>(i + 3),
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
