#include "extract/entity_finder.hpp"

#include "core/utf8.hpp"
#include "extract/entity_finder_context.hpp"
#include "extract/normalizer.hpp"
#include "extract/token_shape.hpp"

#include <algorithm>

namespace newskg::extract {

std::string sentence_text(const SentenceView& sentence)
{
  return substr_utf8(sentence.original, sentence.span.begin, sentence.span.end);
}

// A mention of the known `entity` over tokens [begin, end), and its item; an
// organization's head word there refers back to it (register_known_head).
void EntityFinder::add_known_item(
  Context& c, std::size_t entity, std::size_t begin, std::size_t end, bool governed) const
{
  c.mention(entity, begin, end);
  c.items.push_back(Item{.begin = begin, .end = end, .entity = entity, .governed = governed});
  if (c.entities[entity].entity.type == EntityType::organization) {
    register_known_head(c, entity, begin, end);
    // "وزارة الدفاع التركية": a known state body (words.tsv state-head) whose
    // name as written ends in a country's adjective belongs to that country
    // (its forces are the country's).
    if (const auto last =
          end > begin + 1 && token_in(c.token(begin), m_pack.words.state_head, m_pack.clitics)
            ? known_at(c, end - 1)
            : std::nullopt;
        last && last->demonym && last->tokens == 1 && !c.entities[entity].of_country
        && m_gazetteer.entities()[last->entity].type == EntityType::country) {
      c.entities[entity].of_country = c.entities.known(last->entity);
    }
  }
}

namespace {

// True when one of the entity's names as written ends in a ta marbuta.
bool ends_in_ta_marbuta_name(const KnownEntity& entity)
{
  const auto ends = [](std::string_view name) {
    return name.ends_with("\u0629");
  };
  return ends(entity.label_ar) || std::ranges::any_of(entity.aliases, ends);
}

} // namespace

// "دعما ماليا", "دعم مالي": a one-word name that is also an adjective
// (words.tsv adjective-name: مالي, "financial") is the adjective with a case
// ending, or right after the noun of a cue it qualifies; Mali elsewhere
// ("رئيس مالي", "في مالي"). So is a person's one-word name with a case
// ending.
bool EntityFinder::adjective_not_name(const Context& c,
                                      std::size_t i,
                                      const GazetteerMatch& g) const
{
  if (g.tokens != 1) {
    return false;
  }
  const auto text = c.token(i).text;
  // "غرامة مالية" is no "ماليه" (Malé): the text folds ة to ه, so a word
  // written with a ta marbuta names only an entity one of whose Arabic names
  // ends in one ("غزة").
  if (!g.demonym && ends_in_ta_marbuta(c.token(i))
      && !ends_in_ta_marbuta_name(m_gazetteer.entities()[g.entity])) {
    return true;
  }
  // "وزاريا" (ministerial) is no و + "زاريا" (Zaria): a place found only past
  // a proclitic is the word when the spelling dictionary knows the whole word
  // as written and not the place's name without the proclitic ("وبغداد" stays).
  if (!g.demonym && g.form.size() < text.size() && m_pack.spelling
      && m_gazetteer.entities()[g.entity].type == EntityType::location) {
    if (const auto written = written_word(c, i); written && m_pack.spelling->knows(*written)) {
      std::size_t at = 0;
      for (auto n = code_points(text) - code_points(g.form); n > 0 && at < written->size(); --n) {
        static_cast<void>(next_code_point(*written, at));
      }
      if (!m_pack.spelling->knows(written->substr(at))) {
        return true;
      }
    }
  }
  // "كلاميا" is no "لامي" (Lammy): a one-word name of a person found only
  // past a case ending (an indefinite accusative) is a word of the language.
  const bool case_ending = m_pack.clitics.has_case_ending(text, g.form);
  if (case_ending && m_gazetteer.entities()[g.entity].type == EntityType::person) {
    return true;
  }
  if (!token_in(c.token(i), m_pack.words.adjective_name, m_pack.clitics)) {
    return false;
  }
  if (case_ending) {
    return true; // "ماليا"
  }
  return i > c.sentence.begin && !has_article(c.token(i - 1)) && starts_cue(c, i - 1);
}

// "السياسة الخارجية الإيرانية": a word of words.tsv adjective-org (an
// organization named by its adjective alone: الخارجية, the foreign ministry)
// right after a noun with the article is that noun's adjective (Iran's
// foreign policy), unless a conjunction joins it ("الداخلية والخارجية").
bool EntityFinder::adjective_of_noun(const Context& c, std::size_t i) const
{
  return i > c.sentence.begin && m_pack.words.adjective_org.contains(c.token(i).text)
         && has_article(c.token(i - 1)) && !starts_title(c, i - 1);
}

using namespace finder;

EntityFinder::EntityFinder(const Gazetteer& gazetteer,
                           const LanguagePack& pack,
                           const Ontology& ontology,
                           std::string_view lang)
  : m_gazetteer(gazetteer),
    m_pack(pack),
    m_ontology(ontology),
    m_lang(lang),
    m_capitalized_names(pack.words.option.contains("capitalized-names")),
    m_country_before_title(pack.words.option.contains("country-before-title")),
    m_seat_staff_serve_country(pack.words.option.contains("seat-staff-serve-country"))
{
  // The head of a name: its first word where heads come first ("حركة
  // حماس"); else the word before "of" ("Group of Seven"), or the last one.
  const auto head_of = [&](const std::vector<std::string>& words) -> std::string_view {
    if (!m_capitalized_names) {
      return words.front();
    }
    const auto of = std::ranges::find(words, std::string_view("of"));
    return of != words.end() && of != words.begin() ? *(of - 1) : words.back();
  };
  const auto& known = gazetteer.entities();
  for (std::size_t k = 0; k < known.size(); ++k) {
    if (known[k].type != EntityType::organization) {
      continue;
    }
    for (const auto& name : known[k].aliases) {
      if (name.find(' ') == std::string::npos) {
        continue; // cheap first: a name of one word has no head
      }
      const auto words = normalized_words(name);
      if (words.size() < 2 || !pack.words.org_head.contains(head_of(words))) {
        continue;
      }
      auto head = std::string(pack.clitics.without_article(head_of(words)));
      auto& heads = m_alias_heads[k];
      if (std::ranges::find(heads, head) == heads.end()) {
        heads.push_back(std::move(head));
      }
    }
  }
}

std::optional<GazetteerMatch> EntityFinder::known_at(const Context& c, std::size_t i) const
{
  if (i < c.sentence.begin || i >= c.sentence.end) {
    return std::nullopt;
  }
  auto& memo = c.known[i - c.sentence.begin];
  if (!memo.asked) {
    memo.match = m_gazetteer.longest_at(c.tokens(), i, m_pack.clitics);
    memo.asked = true;
  }
  return memo.match;
}

// True when a gazetteer name starting inside [i, i + tokens) ends after it.
bool EntityFinder::overtaken(const Context& c, std::size_t i, std::size_t tokens) const
{
  for (std::size_t t = i + 1; t < i + tokens; ++t) {
    if (const auto later = known_at(c, t); later && t + later->tokens > i + tokens) {
      return true;
    }
  }
  return false;
}

bool EntityFinder::has_article(const Token& token) const
{
  return m_pack.clitics.definite(token);
}

// A standing relation a name's words state, with the sentence as evidence.
void EntityFinder::add_standing(
  Context& c, std::size_t subject, const char* predicate, std::size_t object, double confidence)
{
  c.relations.push_back(Relation{.subject = c.entities[subject].entity.id,
                                 .predicate = predicate,
                                 .object = c.entities[object].entity.id,
                                 .confidence = confidence,
                                 .evidence = c.evidence()});
}

// A place the text names lies in the country (or place) it names beside it.
void EntityFinder::located_in(Context& c, std::size_t place, std::size_t where)
{
  add_standing(c, place, "located-in", where, known_position_confidence);
}

void EntityFinder::part_of(Context& c, std::size_t part, std::size_t whole)
{
  add_standing(c, part, "part-of", whole, title_confidence);
}

void EntityFinder::member_of(Context& c, std::size_t person, std::size_t organization)
{
  if (c.entities[organization].entity.type != EntityType::organization) {
    return; // "العضو الروسي": a member for a country is no member of it
  }
  add_standing(c, person, "member-of", organization, title_confidence);
}

void EntityFinder::holds(Context& c,
                         std::size_t person,
                         std::size_t of,
                         const std::string& role) const
{
  // "عضو حزب العمال", "member of the Labour Party": membership, no position.
  if (m_pack.words.membership_role.contains(role)) {
    member_of(c, person, of);
    return;
  }
  // "U.S. Sen. Lindsey Graham": a senator of the United States sits in its Senate.
  if (const auto known = c.entities[of].known) {
    if (const auto chamber = m_gazetteer.chamber_of(role, *known)) {
      of = c.entities.known(*chamber);
    }
  }
  c.relations.push_back(Relation{.subject = c.entities[person].entity.id,
                                 .predicate = "holds-position",
                                 .object = c.entities[of].entity.id,
                                 .confidence = title_confidence,
                                 .evidence = c.evidence(),
                                 .attributes = {{"role", role}}});
  // "State Department Spokesperson": who serves a seat of power serves its country.
  const auto& known = c.entities[of].known;
  if (m_seat_staff_serve_country && known
      && c.entities[of].entity.type == EntityType::organization) {
    if (const auto country = m_gazetteer.seat_country(*known)) {
      auto also = c.relations.back();
      also.object = c.entities[c.entities.known(*country)].entity.id;
      c.relations.push_back(std::move(also));
    }
  }
}

std::optional<std::size_t>
EntityFinder::known_position(Context& c, std::size_t person, std::string_view role) const
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

std::vector<Item> EntityFinder::find(const SentenceView& sentence,
                                     const std::u32string& original,
                                     DocumentEntities& entities,
                                     std::vector<Relation>& relations) const
{
  thread_local std::vector<std::uint8_t> foreign;
  foreign.assign(sentence.end, 0);
  thread_local std::vector<KnownAt> known;
  known.assign(sentence.end - sentence.begin, KnownAt{});
  Context c{sentence, original, entities, relations, {}, 0, 0, 0, foreign, known};
  const auto tokens = c.tokens();
  std::size_t i = sentence.begin;
  while (i < sentence.end) {
    if (quoted_at(c, i)) {
      i = c.items.back().end;
      continue;
    }
    if (c.token(i).kind == TokenKind::punct || adjective_of_noun(c, i)) {
      ++i;
      continue;
    }
    if (appointed_at(c, i)) {
      i = c.items.back().end;
      continue;
    }
    if (title_at(c, i)) {
      leader_forces(c, i);
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
    if (elided_name_at(c, i) || place_before_country_at(c, i) || author_at(c, i)
        || place_list_at(c, i)) {
      i = c.items.back().end;
      continue;
    }
    // A function word alone is never a name: "بأن" is not the demonym "ألبان".
    // (Where letter case tells names apart, "US" is no "us": case decides.)
    const bool function_word =
      (!m_capitalized_names && token_in(c.token(i), m_pack.words.stop, m_pack.clitics))
      || token_in(c.token(i), m_pack.words.complementizer, m_pack.clitics);
    auto g = known_at(c, i);
    // "وأشاد بارزاني بجهود السوداني" after "محمد شياع السوداني": a country's
    // adjective that the document named as a person's surname is that person
    // where it is no adjective (surname_not_adjective).
    if (const auto person = g && g->demonym ? surname_not_adjective(c, i) : std::nullopt) {
      c.mention(*person, i, i + 1);
      c.items.push_back(Item{.begin = i, .end = i + 1, .entity = *person});
      ++i;
      continue;
    }
    if (g && function_word && g->tokens == 1) {
      g.reset(); // a longer name may begin with one: "علي عبد الله صالح"
    }
    if (g && adjective_not_name(c, i, *g)) {
      g.reset();
    }
    // "Marco Reus ... Reus": a city's one-word name that a person of the
    // document bears as a surname refers back to the person.
    if (g && !g->demonym && g->tokens == 1
        && m_gazetteer.entities()[g->entity].type == EntityType::location
        && !m_gazetteer.region_country(g->entity)) {
      if (const auto local = entities.local_name_at(tokens, i, m_pack.clitics);
          local && entities[local->first].entity.type == EntityType::person) {
        g.reset();
      }
    }
    // "Borussia Dortmund ... Dortmund": with letter case, a city's one-word
    // name that ends the name of an organization the document has named
    // refers back to it, unless a place's preposition stands before it ("in
    // Dortmund").
    if (const auto club =
          g && m_capitalized_names ? organization_ending_in(c, *g, i) : std::nullopt) {
      c.mention(*club, i, i + 1);
      c.items.push_back(Item{.begin = i, .end = i + 1, .entity = *club});
      ++i;
      continue;
    }
    // "الاتحاد الأفريقي لكرة القدم": a field behind ل after a known
    // organization's name (words.tsv org-domain) names another one.
    if (g && !g->demonym && i + g->tokens < sentence.end
        && m_gazetteer.entities()[g->entity].type == EntityType::organization
        && token_in(c.token(i + g->tokens), m_pack.words.org_domain, m_pack.clitics)) {
      g.reset();
    }
    // "شركة أرامكو السعودية", "لحركة حماس": an organization's head in
    // construct before the name of a known organization is part of its mention.
    if (const auto named = g ? std::nullopt : known_org_after_head(c, i)) {
      const auto end = i + 1 + named->tokens;
      if (const auto own = own_org_after_known(c, i, *named)) {
        c.items.push_back(Item{.begin = i, .end = own->end, .entity = own->entity});
        i = own->end;
        continue;
      }
      add_known_item(c, entities.known(named->entity), i, end, org_head_governed(c, i));
      i = end;
      continue;
    }
    // "Scottish Parliament": a name of capitals ending in an org head is longer
    // than the demonym it begins with.
    if (const auto org_end = proper_org_end(c, i); org_end && (!g || *org_end > i + g->tokens)) {
      const auto org = commit_proper_org(c, i, *org_end);
      c.items.push_back(Item{.begin = i, .end = org.end, .entity = org.entity});
      i = org.end;
      continue;
    }
    // "Syrian rebels", "المعارضة السورية": a country's adjective (or a name
    // of it that reads as one) on people who are not its state (words.tsv
    // non-state) names no actor the text names: someone unnamed stands there.
    if (const auto end = g ? non_state_end(c, *g, i) : std::nullopt) {
      i = *end;
      continue;
    }
    if (g && overtaken(c, i, g->tokens)) {
      ++i; // "the United Nations General Assembly": the longer name starts later
      continue;
    }
    if (g && !g->demonym) {
      const auto entity = entities.known(g->entity);
      const auto type = entities[entity].entity.type;
      auto end = type == EntityType::person ? lineage_end(c, i + g->tokens) : i + g->tokens;
      if (type == EntityType::location) {
        end = place_country_after(c, entity, i, end); // "الموصل العراقية"
      }
      add_known_item(c, entity, i, end, m_pack.clitics.lost_preposition(c.token(i).text, g->form));
      if (type == EntityType::person) {
        remember_surname(c, entity, i, i + g->tokens);
        apposition_at(c, entity, end);
      }
      i = end;
      continue;
    }
    if (head_at(c, i)) {
      i = c.items.back().end;
      continue;
    }
    // "المدرب البرتغالي جورجي جيسوس": an adjective agrees with its noun in
    // the article, so a country's adjective without it right after one with
    // it, before a foreign word, begins a name (Jorge), no Georgia.
    if (g && !has_article(c.token(i)) && !c.items.empty() && c.items.back().end == i
        && c.items.back().demonym && has_article(c.token(i - 1)) && i + g->tokens < sentence.end
        && foreign_word(c, i + g->tokens)) {
      ++i;
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
    // "called on the parties to honour their commitments", "all sides": a
    // words.tsv definite-parties word after a parties-article only.
    const bool parties_cued =
      m_pack.words.parties_cue.words().empty()
      || (i > sentence.begin && token_in(c.token(i - 1), m_pack.words.parties_cue, m_pack.clitics))
      || (i > sentence.begin && token_in(token, m_pack.words.definite_parties, m_pack.clitics)
          && token_in(c.token(i - 1), m_pack.words.parties_article, m_pack.clitics));
    if (parties_cued && token_in(token, m_pack.words.parties, m_pack.clitics)) {
      // "الطرفان الأذربيجاني والأرميني" names its parties: no reference then.
      const auto next = i + 1 < sentence.end ? known_at(c, i + 1) : std::nullopt;
      // "الرئيسان بوتين وأردوغان", "الزعيمان ترامب وكيم" name them too: a
      // person's name, and a name word joined to it by و (not a verb or a
      // noun with a pronoun: "انتقد الرئيسان إسرائيل ودعيا"، "أمريكا وحلفاءها").
      const auto second =
        next && !next->demonym && m_gazetteer.entities()[next->entity].type == EntityType::person
          ? i + 1 + next->tokens
          : sentence.end;
      const bool named_pair = second < sentence.end && c.token(second).kind == TokenKind::word
                              && starts_with_conjunction(c, second) && !starts_cue(c, second)
                              && !pronoun_ending(c.token(second).text)
                              && (known_at(c, second) || is_name_word(c, second));
      if ((!next || !next->demonym) && !named_pair) {
        c.items.push_back(Item{.begin = i, .end = i + 1, .kind = ItemKind::parties});
      }
      ++i;
      continue;
    }
    const bool own = carries_enclitic(token, m_pack.words.own, m_pack.clitics);
    // "his forces", "its government": a possessive pronoun before an own noun.
    const bool own_phrase = i + 1 < sentence.end
                            && token_in(token, m_pack.words.own_pronoun, m_pack.clitics)
                            && token_in(c.token(i + 1), m_pack.words.own, m_pack.clitics);
    if (own || own_phrase) {
      const auto end = own_phrase ? i + 2 : i + 1;
      c.items.push_back(Item{.begin = i, .end = end, .kind = ItemKind::own});
      i = end;
      continue;
    }
    if (bare_head_at(c, i) || state_reference_at(c, i) || honorific_pronoun_at(c, i)) {
      i = c.items.back().end;
      continue;
    }
    if (const auto local = entities.local_name_at(tokens, i, m_pack.clitics)) {
      auto end = i + local->second;
      // "توتال إنرجيز": the next words of the same name go on the mention.
      while (end < sentence.end) {
        const auto next = entities.local_name_at(tokens, end, m_pack.clitics);
        if (!next || next->first != local->first) {
          break;
        }
        end += next->second;
      }
      if (entities[local->first].entity.type == EntityType::person) {
        end = lineage_end(c, end);
      }
      c.mention(local->first, i, end);
      c.items.push_back(Item{.begin = i, .end = end, .entity = local->first});
      apposition_at(c, local->first, end);
      i = end;
      continue;
    }
    if (const auto person = surname_variant_at(c, i)) {
      c.mention(*person, i, i + 1);
      c.items.push_back(Item{.begin = i, .end = i + 1, .entity = *person});
      apposition_at(c, *person, i + 1);
      ++i;
      continue;
    }
    if (given_name_at(c, i)) {
      i = c.items.back().end;
      continue;
    }
    ++i;
  }
  if (m_country_before_title) {
    party_members(c);
  }
  for (const auto& item : c.items) {
    register_acronym(c, item);
    register_address(c, item);
  }
  // "هدد وزير الأمن القومي الإسرائيلي إيتمار بن غفير": a demonym right
  // before a person's name is the person's nationality, no actor of its own.
  // (Items stand left to right: the name is the next item.)
  std::size_t kept = 0;
  for (std::size_t k = 0; k < c.items.size(); ++k) {
    const auto& item = c.items[k];
    const auto* next = k + 1 < c.items.size() ? &c.items[k + 1] : nullptr;
    const bool nationality = item.demonym && next != nullptr && next->begin == item.end
                             && next->kind == ItemKind::entity && !next->demonym
                             && c.entities[next->entity].entity.type == EntityType::person;
    if (!nationality) {
      c.items[kept++] = item;
    }
  }
  c.items.resize(kept);
  return std::move(c.items);
}

std::optional<std::size_t>
EntityFinder::organization_ending_in(Context& c, const GazetteerMatch& g, std::size_t i) const
{
  if (g.demonym || g.tokens != 1 || m_gazetteer.entities()[g.entity].type != EntityType::location
      || m_gazetteer.region_country(g.entity)
      || (i > c.sentence.begin
          && token_in(c.token(i - 1), m_pack.words.place_preposition, m_pack.clitics))) {
    return std::nullopt;
  }
  const auto word = c.token(i).text;
  const std::string lang(m_lang);
  for (std::size_t e = 0; e < c.entities.size(); ++e) {
    const auto& entity = c.entities[e].entity;
    // (Tokens are normalized: "dortmund".)
    const auto label = entity.labels.find(lang);
    if (entity.type != EntityType::organization || label == entity.labels.end()) {
      continue;
    }
    const auto space = label->second.rfind(' ');
    if (space != std::string::npos
        && match_key_of(to_u32(std::string_view(label->second).substr(space + 1))) == word) {
      return e;
    }
  }
  return std::nullopt;
}

// "جلالة الملك عبدالله"، "صاحب السمو الشيخ تميم": the forms of address
// (words.tsv honorific) right before a person's item, or inside it, are
// that person's in the rest of the document (honorific_pronoun_at).
void EntityFinder::register_address(Context& c, const Item& item) const
{
  if (item.kind != ItemKind::entity || item.demonym
      || c.entities[item.entity].entity.type != EntityType::person) {
    return;
  }
  const auto address = [&](std::size_t t) {
    const auto& token = c.token(t);
    if (!token_in(token, m_pack.words.honorific, m_pack.clitics)) {
      return false;
    }
    thread_local std::vector<std::string_view> scratch;
    for (const auto form : m_pack.clitics.forms_of(token, scratch)) {
      if (m_pack.words.honorific.contains(form)) {
        c.entities.register_address(std::string(m_pack.clitics.without_article(form)), item.entity);
      }
    }
    return true;
  };
  for (std::size_t t = item.begin; t > c.sentence.begin && address(t - 1); --t) {
  }
  for (std::size_t t = item.begin; t < item.end; ++t) {
    (void)address(t);
  }
}

// "وتلقى جلالته اتصالا": a form of address with a pronoun on it refers back
// to the one person named after that form (register_address).
bool EntityFinder::honorific_pronoun_at(Context& c, std::size_t i) const
{
  thread_local std::vector<std::string_view> scratch;
  for (const auto form : m_pack.clitics.forms_of(c.token(i), scratch)) {
    const auto honorific = m_pack.honorific_of_pronoun(form);
    const auto person = honorific ? c.entities.addressed(*honorific) : std::nullopt;
    if (person) {
      c.mention(*person, i, i + 1);
      c.items.push_back(Item{.begin = i, .end = i + 1, .entity = *person});
      return true;
    }
  }
  return false;
}

void EntityFinder::register_acronym(Context& c, const Item& item) const
{
  const auto at = item.end + 1;
  if (item.kind != ItemKind::entity || item.demonym || at + 1 >= c.sentence.end
      || c.entities[item.entity].entity.type != EntityType::organization
      || c.token(item.end).text != "(" || c.token(at + 1).text != ")"
      || c.token(at).kind != TokenKind::word || known_at(c, at)
      || c.entities.local_name_at(c.tokens(), at, m_pack.clitics)) {
    return;
  }
  const auto& word = c.token(at);
  const bool acronym = m_capitalized_names
                         ? word.text.size() >= 2 && (word.letter_case & case_all_caps) != 0
                         : !has_article(word) && !m_pack.clitics.governed(word)
                             && !token_in(word, m_pack.words.stop, m_pack.clitics)
                             && !starts_cue(c, at);
  if (acronym) {
    const std::string text(word.text);
    c.entities.add_name_words(item.entity, std::span(&text, 1));
  }
}

std::optional<std::size_t>
EntityFinder::non_state_end(Context& c, const GazetteerMatch& g, std::size_t i) const
{
  if (m_gazetteer.entities()[g.entity].type != EntityType::country) {
    return std::nullopt;
  }
  const bool adjective_first = m_country_before_title;
  if (adjective_first ? !g.demonym || i + g.tokens >= c.sentence.end : i == c.sentence.begin) {
    return std::nullopt;
  }
  const auto noun = adjective_first ? i + g.tokens : i - 1;
  if (!token_in(c.token(noun), m_pack.words.non_state, m_pack.clitics)) {
    return std::nullopt;
  }
  const auto begin = adjective_first ? i : noun;
  const auto end = adjective_first ? noun + 1 : i + g.tokens;
  while (!c.items.empty() && c.items.back().end > begin) {
    c.items.pop_back();
  }
  c.items.push_back(Item{.begin = begin, .end = end, .kind = ItemKind::unnamed});
  return end;
}

} // namespace newskg::extract
