// Titles and the people they introduce: qualifiers, counterparts,
// appositions, positions from the gazetteer.

#include "core/utf8.hpp"
#include "extract/entity_finder.hpp"
#include "extract/entity_finder_context.hpp"
#include "extract/normalizer.hpp"
#include "extract/token_shape.hpp"

#include <algorithm>
#include <utility>

namespace newskg::extract {

using namespace finder;

namespace {

// The byte offset of `text` past its first `code_points` code points.
std::size_t byte_offset(std::string_view text, std::size_t code_points)
{
  std::size_t at = 0;
  for (std::size_t n = 0; n < code_points && at < text.size(); ++n) {
    static_cast<void>(next_code_point(text, at));
  }
  return at;
}

} // namespace

// A preposition and a known place after a title: "إلى اليمن" in "المبعوث
// الأممي إلى اليمن". Where the place ends, if so.
std::optional<std::size_t> EntityFinder::destination_end(Context& c, std::size_t j) const
{
  // "المبعوث الخاص لليمن": the preposition may be the proclitic of a name
  // with the article (words.tsv destination-proclitic: "لل"); not of
  // "لبنان", "بريطانيا", whose first letters are their own.
  const bool word =
    j + 1 < c.sentence.end && token_in(c.token(j), m_pack.words.preposition, m_pack.clitics);
  const bool proclitic =
    !word && j < c.sentence.end && m_pack.clitics.governed(c.token(j))
    && std::ranges::any_of(m_pack.words.destination_proclitic.words(),
                           [&](const std::string& p) { return c.token(j).text.starts_with(p); });
  if (!word && !proclitic) {
    return std::nullopt;
  }
  auto at = proclitic ? j : j + 1;
  // "ambassador to the UN": past a determiner.
  if (word && at + 1 < c.sentence.end
      && token_in(c.token(at), m_pack.words.determiner, m_pack.clitics)) {
    ++at;
  }
  const auto g = known_at(c, at);
  if (!g || g->demonym) {
    return std::nullopt;
  }
  // "المندوب الروسي لدى الأمم المتحدة": a post at an organization too.
  const auto type = m_gazetteer.entities()[g->entity].type;
  if (type == EntityType::person) {
    return std::nullopt;
  }
  c.mention(c.entities.known(g->entity), at, at + g->tokens);
  return at + g->tokens;
}

// The person the gazetteer lists in `role` of `of` at the document's date.
// Without a date of the document's own nobody: a year the text names may be
// a date of the past, and today's holder is a guess the text does not make.
std::optional<std::size_t>
EntityFinder::known_holder(Context& c, std::string_view role, std::size_t of) const
{
  const auto& record = c.entities[of];
  if (!record.known || !c.sentence.dated) {
    return std::nullopt;
  }
  const auto holder = m_gazetteer.holder_of(role, *record.known, c.sentence.date);
  return holder ? std::optional(c.entities.known(*holder)) : std::nullopt;
}

bool EntityFinder::starts_place_head(const Context& c, std::size_t i) const
{
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.head_index.candidates(c.token(i), m_pack.clitics, candidates);
  return std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) {
    return m_pack.heads[k].type == EntityType::location
           && match_cue(m_pack.heads[k].cue, c.tokens(), i, m_pack.clitics);
  });
}

// After a title at j: a party (an organization with an adjective of its own,
// demonyms.tsv, or whose name opens with a word of words.tsv party-head)
// behind words.tsv for-region ("عن حزب العمال", "عن حزب الليكود"), or behind a
// word of belonging and a preposition ("المنتمية إلى الحزب الديمقراطي").
// Gives the party's gazetteer index and the end of its name.
std::optional<std::pair<std::size_t, std::size_t>> EntityFinder::party_behind(Context& c,
                                                                              std::size_t j) const
{
  std::size_t at = j + 1;
  if (j + 2 < c.sentence.end && token_in(c.token(j), m_pack.words.belonging, m_pack.clitics)
      && token_in(c.token(j + 1), m_pack.words.preposition, m_pack.clitics)) {
    at = j + 2;
  } else if (j + 1 >= c.sentence.end
             || !token_in(c.token(j), m_pack.words.for_region, m_pack.clitics)) {
    return std::nullopt;
  }
  const auto g = known_at(c, at);
  if (!g || g->demonym || m_gazetteer.entities()[g->entity].type != EntityType::organization
      || !(m_gazetteer.entities()[g->entity].has_adjective
           || token_in(c.token(at), m_pack.words.party_head, m_pack.clitics))) {
    return std::nullopt;
  }
  c.mention(c.entities.known(g->entity), at, at + g->tokens);
  return std::pair{g->entity, at + g->tokens};
}

std::optional<EntityFinder::Qualifier>
EntityFinder::chamber_for_region(Context& c, std::string_view role, std::size_t j) const
{
  if (j + 1 >= c.sentence.end || !token_in(c.token(j), m_pack.words.for_region, m_pack.clitics)) {
    return std::nullopt;
  }
  const auto place = region_at(c, j + 1);
  const auto& known = place ? c.entities[place->entity].known : std::nullopt;
  const auto country = known ? m_gazetteer.region_country(*known) : std::nullopt;
  const auto chamber = country ? m_gazetteer.chamber_of(role, *country) : std::nullopt;
  if (!chamber) {
    return std::nullopt;
  }
  return Qualifier{c.entities.known(*chamber), place->end};
}

// ", a Maine Republican,": after a legislator's name, a determiner, a
// subdivision the gazetteer places in a country and a party's adjective
// (demonyms.tsv), closed by a comma or the sentence's end.
std::optional<EntityFinder::PartyTag> EntityFinder::state_party_at(const Context& c,
                                                                   std::size_t k) const
{
  if (k + 3 >= c.sentence.end || !token_in(c.token(k), m_pack.words.list_separator, m_pack.clitics)
      || !token_in(c.token(k + 1), m_pack.words.determiner, m_pack.clitics)) {
    return std::nullopt;
  }
  const auto place = known_at(c, k + 2);
  const auto country =
    place && !place->demonym ? m_gazetteer.region_country(place->entity) : std::nullopt;
  const auto at = k + 2 + (place ? place->tokens : 0);
  if (!country || at >= c.sentence.end) {
    return std::nullopt;
  }
  const auto party = known_at(c, at);
  if (!party || !party->demonym
      || m_gazetteer.entities()[party->entity].type != EntityType::organization) {
    return std::nullopt;
  }
  const auto end = at + party->tokens;
  if (end < c.sentence.end && !token_in(c.token(end), m_pack.words.list_separator, m_pack.clitics)
      && !token_in(c.token(end), m_pack.words.boundary, m_pack.clitics)) {
    return std::nullopt;
  }
  const bool comma =
    end < c.sentence.end && token_in(c.token(end), m_pack.words.list_separator, m_pack.clitics);
  return PartyTag{party->entity, *country, comma ? end + 1 : end};
}

std::optional<EntityFinder::PartyTag> EntityFinder::party_tag_at(const Context& c,
                                                                 std::size_t k) const
{
  if (const auto tag = m_capitalized_names ? state_party_at(c, k) : std::nullopt) {
    return tag;
  }
  if (k + 3 >= c.sentence.end || c.token(k + 2).text != "-") {
    return std::nullopt;
  }
  const bool paren = c.token(k).text == "(";
  if (!paren && !token_in(c.token(k), m_pack.words.list_separator, m_pack.clitics)) {
    return std::nullopt;
  }
  const auto kind = [&](std::optional<std::size_t> e) -> std::optional<EntityType> {
    if (e == Gazetteer::no_party) {
      return EntityType::organization; // "I-Vt.": a tag naming no party
    }
    return e ? std::optional(m_gazetteer.entities()[*e].type) : std::nullopt;
  };
  const auto party = m_gazetteer.party_tag(c.surface(k + 1, k + 2));
  if (kind(party) != EntityType::organization) {
    return std::nullopt;
  }
  // The state runs to the closing mark (a comma, the parenthesis, or the
  // sentence's end, whose full stop may be the abbreviation's own).
  for (std::size_t t = k + 4; t <= c.sentence.end && t <= k + 8; ++t) {
    const bool closes =
      t == c.sentence.end
      || (paren ? c.token(t).text == ")"
                : token_in(c.token(t), m_pack.words.list_separator, m_pack.clitics));
    if (!closes) {
      continue;
    }
    auto state = c.surface(k + 3, t);
    auto country = m_gazetteer.party_tag(state);
    if (!country && state.ends_with('.')) {
      state.pop_back();
      country = m_gazetteer.party_tag(state);
    }
    if (kind(country) != EntityType::country) {
      return std::nullopt;
    }
    return PartyTag{*party, *country, t < c.sentence.end ? t + 1 : t};
  }
  return std::nullopt;
}

std::optional<EntityFinder::Qualifier>
EntityFinder::qualifier_at(Context& c, std::size_t j, bool definite) const
{
  if (j >= c.sentence.end) {
    return std::nullopt;
  }
  if (const auto owned = owner_head_at(c, j)) {
    return owned; // "spokesman for the Indonesian military"
  }
  // "القيادي في حركة حماس", "قائد ميداني من جبهة النصرة": behind a preposition
  // of words.tsv title-preposition only an organization is the title's, or a
  // country a head stands for ("وزير الخارجية في الحكومة اليمنية"), not one
  // named ("القيادي في سوريا").
  // (The preposition governs the noun after it: a definite one is no next
  // phrase there, "في الاتحاد الأوروبي".)
  if (token_in(c.token(j), m_pack.words.title_preposition, m_pack.clitics)) {
    const auto behind = j + 1 < c.sentence.end ? qualifier_at(c, j + 1, false) : std::nullopt;
    if (!behind) {
      return std::nullopt;
    }
    const auto type = c.entities[behind->entity].entity.type;
    const bool owns =
      type == EntityType::organization || (type == EntityType::country && !known_at(c, j + 1));
    return owns ? behind : std::nullopt;
  }
  const auto g = known_at(c, j);
  // "انتقد أحمد حسن رئيس الوفد الحكومة السورية": without letter case, a
  // definite title governs no noun in construct; a definite noun after it
  // begins the next phrase unless a preposition governs it ("الأمين العام
  // للأمم المتحدة"). Its adjective (a demonym, a nisba: "المبعوث الأممي")
  // still qualifies it.
  const bool noun_barred = definite && !m_capitalized_names && !governed_word(c, j);
  if (noun_barred && !(g && g->demonym) && !ends_in_nisba(c.token(j))) {
    return std::nullopt;
  }
  if (const auto org_end = proper_org_end(c, j);
      org_end && (!g || *org_end > j + g->tokens) && !proper_place(c, *org_end)) {
    return commit_proper_org(c, j, *org_end); // "chairman of the Cromwell Society"
  }
  // "leader of the opposition Yesh Atid party", "of the far-right National
  // Rally party": lowercase words before it.
  if (!g && m_capitalized_names) {
    for (auto t = j;
         t + 1 < c.sentence.end && t < j + max_org_modifier_tokens && modifier_token(c, t);
         ++t) {
      if (const auto org_end = proper_org_end(c, t + 1);
          org_end && determined(c, t + 1, t + 1 - j) && !proper_place(c, *org_end)) {
        return commit_proper_org(c, t + 1, *org_end);
      }
    }
  }
  // "head of the BDI": an acronym the gazetteer does not know, after a
  // determiner, names the title's organization.
  if (!g && m_capitalized_names && (c.token(j).letter_case & case_all_caps) != 0
      && j > c.sentence.begin && token_in(c.token(j - 1), m_pack.words.determiner, m_pack.clitics)
      && (j + 1 == c.sentence.end || c.token(j + 1).kind != TokenKind::word)) {
    return commit_proper_org(c, j, j + 1);
  }
  // "spokesman for the disaster agency BNPB": so does one after the
  // determiner's lowercase words.
  if (!g && m_capitalized_names && j > c.sentence.begin
      && token_in(c.token(j - 1), m_pack.words.determiner, m_pack.clitics)) {
    if (auto owned = owned_acronym(c, j)) {
      return owned;
    }
  }
  if (g) {
    const auto type = m_gazetteer.entities()[g->entity].type;
    const bool agrees = !g->demonym || has_article(c.token(j)) == definite;
    if (type == EntityType::person || type == EntityType::location || !agrees) {
      return std::nullopt;
    }
    // "the spokesman for Indonesia's disaster agency": the title is held in
    // what the country owns, not in the country; an acronym the gazetteer
    // does not know after lowercase words names it ("Indonesia's disaster
    // mitigation agency BNPB").
    if (j + g->tokens < c.sentence.end
        && token_in(c.token(j + g->tokens), m_pack.words.possessive, m_pack.clitics)) {
      return owned_acronym(c, j + g->tokens + 1);
    }
    // "رئيس شركة توتال إنرجيز": a longer name of the same organization that
    // begins inside this one ("توتال إنرجيز" in "شركة توتال") ends it, so that
    // no word of it is read as the holder's name.
    auto end = j + g->tokens;
    for (auto t = j + 1; t < j + g->tokens; ++t) {
      if (const auto later = known_at(c, t);
          later && later->entity == g->entity && !later->demonym && t + later->tokens > end) {
        end = t + later->tokens;
      }
    }
    const auto entity = c.entities.known(g->entity);
    c.mention(entity, j, end);
    if (type == EntityType::organization) {
      register_known_head(c, entity, j, end); // "زعيم حزب الله" ... "الحزب"
    }
    return Qualifier{entity, end};
  }
  // "الرئيس التنفيذي لشركة أرامكو": an organization's head before its known name.
  if (const auto named = known_org_after_head(c, j)) {
    const auto entity = c.entities.known(named->entity);
    const auto end = j + 1 + named->tokens;
    c.mention(entity, j, end);
    register_known_head(c, entity, j + 1, end);
    return Qualifier{entity, end};
  }
  if (const auto head = head_entity_at(c, j);
      head && c.entities[head->entity].entity.type != EntityType::location) {
    return head;
  }
  // "الرئيس المدير العام لسوناطراك رشيد حشيشي"، "الرئيس التنفيذي لنوفاتك،
  // ريكاردو ألميدا فيريرا": a foreign word behind the genitive's proclitic,
  // before the holder's name (a given name, two foreign words or two name
  // words, after a comma or not), is the organization the title is held in.
  if (const auto owner = foreign_owner_at(c, j)) {
    return owner;
  }
  // "محامي الهيئة": a bare head word naming an organization of this document;
  // "وفد حماس رئيس الحركة": or, in the sentence that named it, one a name of
  // it begins with.
  if (has_article(c.token(j)) && token_in(c.token(j), m_pack.words.org_head, m_pack.clitics)) {
    for (const auto form : c.token(j).forms()) {
      if (const auto earlier = c.entities.by_head(form)) {
        c.mention(*earlier, j, j + 1);
        return Qualifier{*earlier, j + 1};
      }
    }
    // (Unless another organization stands between: "وفد فتح عضو اللجنة
    // المركزية للحركة" when "فتح" is no name known.)
    const auto last_org = std::find_if(c.items.rbegin(), c.items.rend(), [&](const Item& item) {
      return item.kind == ItemKind::entity && item.end <= j
             && c.entities[item.entity].entity.type == EntityType::organization;
    });
    for (const auto form : c.token(j).forms()) {
      if (const auto earlier = c.entities.by_alias_head(form, c.sentence.index);
          earlier && (last_org == c.items.rend() || last_org->entity == *earlier)) {
        c.mention(*earlier, j, j + 1);
        return Qualifier{*earlier, j + 1};
      }
    }
  }
  return std::nullopt;
}

std::optional<EntityFinder::Qualifier> EntityFinder::foreign_owner_at(Context& c,
                                                                      std::size_t j) const
{
  const auto genitive = m_pack.genitive_prep();
  if (m_capitalized_names || genitive.empty() || j + 2 >= c.sentence.end
      || !m_pack.clitics.starts_with_prep(c.token(j).text, genitive) || !foreign_word(c, j)) {
    return std::nullopt;
  }
  auto name = j + 1;
  if (token_in(c.token(name), m_pack.words.list_separator, m_pack.clitics)) {
    ++name;
  }
  // (A given name that is also a word, left out of the list, still begins a
  // name there before another name word: "لسوناطراك رشيد حشيشي".)
  if (name + 1 >= c.sentence.end
      || !(
        token_in(c.token(name), m_pack.words.given_name, m_pack.clitics) || foreign_pair(c, name)
        || (!has_article(c.token(name)) && is_name_word(c, name) && is_name_word(c, name + 1)))) {
    return std::nullopt;
  }
  const auto label = without_proclitics(c, j);
  const auto entity = c.entities.found(EntityType::organization, label, m_lang);
  c.entities.add_name_words(entity, std::span(&label, 1));
  c.mention(entity, j, j + 1);
  return Qualifier{entity, j + 1};
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
    // "محامي الرئيس الأمريكي السابق دونالد ترامب": a title that is a word of
    // words.tsv kin-noun, before another title, is the holder's relation
    // (read at that title), no title of its own.
    if (match->end == i + 1 && match->end < c.sentence.end
        && token_in(c.token(i), m_pack.words.kin_noun, m_pack.clitics)
        && starts_title(c, match->end)) {
      continue;
    }
    // "قائد الجيش الوطني الليبي": a title whose last word begins a longer
    // name of the gazetteer gives way to a shorter title before the name;
    // not when the name goes on only by a demonym, the title's own
    // qualifier ("وزيرة الخارجية الأمريكية", "قائد الجيش السوداني").
    if (match->end > i + 1 && match->end < c.sentence.end) {
      const auto g = known_at(c, match->end - 1);
      const auto next = known_at(c, match->end);
      if (g && !g->demonym && match->end - 1 + g->tokens > match->end && !(next && next->demonym)) {
        continue;
      }
    }
    // "قبول دولة فلسطين عضوا كاملا": a title's word with the case ending
    // of the indefinite accusative, before a word without the article, is
    // an indefinite noun, no title (the dual in construct, "وزيرا الخارجية"،
    // "رئيسا تركيا وألمانيا", stays one).
    if (m_pack.clitics.has_case_ending(c.token(match->end - 1).text,
                                       m_pack.clitics.without_article(title.cue.words.back().text))
        && (match->end >= c.sentence.end
            || (!has_article(c.token(match->end)) && !known_at(c, match->end)))) {
      continue;
    }
    if (title.role == "counterpart") {
      // "his U.S. counterpart John Kerry": English puts the counterpart's
      // country before the word; it acts for nobody.
      // (A party's or a state's counterpart names no country: left alone.)
      auto owner = owner_before(c, i);
      if (owner && c.entities[owner->entity].entity.type != EntityType::country) {
        owner.reset();
      }
      std::vector<Item> owners;
      if (owner) {
        c.items.pop_back();
        // "his Colombian and Mexican counterparts, Gustavo Petro and Andres
        // Manuel Lopez Obrador": two countries joined by "and" own the
        // names after the title in their order.
        if (const auto& before = c.items.empty() ? nullptr : &c.items.back();
            before && before->kind == ItemKind::entity && before->end + 1 == owner->begin
            && token_in(c.token(before->end), m_pack.words.coordinator, m_pack.clitics)
            && c.entities[before->entity].entity.type == EntityType::country) {
          owners.push_back(*before);
          c.items.pop_back();
        }
        owners.push_back(*owner);
      }
      return counterpart_at(c, i, match->end, owners);
    }
    // "مركز الملك سلمان للإغاثة", "جامعة الملك سعود": after a head in
    // construct, a title of words.tsv namesake-role and its name name an
    // organization or a place after someone, and state no position.
    if (i > c.sentence.begin && m_pack.words.namesake_role.contains(title.role)
        && !has_article(c.token(i - 1))
        && (token_in(c.token(i - 1), m_pack.words.org_head, m_pack.clitics)
            || token_in(c.token(i - 1), m_pack.words.name_head, m_pack.clitics)
            || token_in(c.token(i - 1), m_pack.words.place_name_head, m_pack.clitics))) {
      return false;
    }
    const bool definite = has_article(c.token(match->end - 1));
    std::size_t j = match->end;
    std::optional<std::size_t> of;
    bool after_destination = false;
    // "Russian Foreign Minister", "Azerbaijan's President": the owner stands before.
    const auto owner = owner_before(c, i);
    // "Republican Sen. Lindsey Graham", "Republicans Sens. John Kennedy": a
    // party's adjective or name is no owner of the title; the person is a
    // member of the party. It owns a title of its own (words.tsv
    // party-role): "Labour leader Keir Starmer".
    const auto& owner_known = owner ? c.entities[owner->entity].known : std::nullopt;
    const bool party =
      owner && c.entities[owner->entity].entity.type == EntityType::organization
      && (owner->demonym || (owner_known && m_gazetteer.entities()[*owner_known].has_adjective))
      && !m_pack.words.party_role.contains(title.role);
    if (owner && !party) {
      of = owner->entity;
      // "Britain's UN ambassador": where an envoy serves (words.tsv
      // many-holders) stands between the country that sends him and the title.
      if (c.entities[owner->entity].entity.type == EntityType::organization
          && m_pack.words.many_holders.contains(title.role) && c.items.size() >= 2
          && owner->begin >= 2) {
        const auto& sender = c.items[c.items.size() - 2];
        if (sender.end + 1 == owner->begin && sender.kind == ItemKind::entity
            && c.entities[sender.entity].entity.type == EntityType::country
            && token_in(c.token(sender.end), m_pack.words.possessive, m_pack.clitics)) {
          of = sender.entity;
        }
      }
      // "Vermont Senator Bernie Sanders": a subdivision gives the chamber of
      // its country where the role has one; other titles it owns ("Texas
      // Governor") hold nothing the ontology names.
      if (const auto& known = c.entities[owner->entity].known;
          c.entities[owner->entity].entity.type == EntityType::location && known) {
        const auto country = m_gazetteer.region_country(*known);
        const auto chamber = country ? m_gazetteer.chamber_of(title.role, *country) : std::nullopt;
        of = chamber ? std::optional(c.entities.known(*chamber)) : std::nullopt;
      }
    }
    // "Dortmund coach Edin Terzic": a team's role (words.tsv team-role) after
    // a city the gazetteer knows is held in the team named after the city.
    if (!owner && m_country_before_title && m_pack.words.team_role.contains(title.role)) {
      if (const auto team = team_before(c, i)) {
        of = team;
      }
    }
    auto title_party = Gazetteer::no_party; // a party's adjective after the title
    bool unowned = false;                   // the title's words end in people who own no title
    const bool minister =
      title.role == minister_role || m_pack.words.minister_kind.contains(title.role);
    // "أمير الكويت الراحل الشيخ صباح", "former President Donald Trump": a
    // former holder (words.tsv former, before the title or among its
    // modifiers) is no holder a later bare title refers back to.
    bool former =
      i > c.sentence.begin && token_in(c.token(i - 1), m_pack.words.former, m_pack.clitics);
    for (std::size_t step = 0; step < max_title_qualifiers && j < c.sentence.end; ++step) {
      // (A run of modifiers is one step: "الفريق أول ركن".)
      if (title_modifier(c, j)) {
        const auto past = past_title_modifiers(c, j);
        for (auto t = j; t < past; ++t) {
          former = former || token_in(c.token(t), m_pack.words.former, m_pack.clitics);
        }
        j = past;
        continue;
      }
      // "وزير الطاقة والموارد الطبيعية التركي": a minister's portfolio joined by و.
      if (const auto end = minister ? joined_portfolio_end(c, j) : j; end > j) {
        j = end;
        continue;
      }
      // "رئيس المعارضة السورية"، "رئيس الوفد المفاوض للمعارضة السورية":
      // people who are not the state (words.tsv non-state) and their
      // demonym are the title's words and own it not: no president of Syria.
      if (!m_capitalized_names && !of
          && token_in(c.token(j), m_pack.words.non_state, m_pack.clitics)) {
        ++j;
        if (const auto g = j < c.sentence.end ? known_at(c, j) : std::nullopt; g && g->demonym) {
          j += g->tokens;
        }
        unowned = true;
        break;
      }
      // "المبعوث الأممي إلى اليمن": where an envoy is sent is no qualifier.
      // Only roles held at a post have one: in "زيارة الرئيس السوداني إلى
      // جوهانسبرغ" the place belongs to the visit.
      if (const auto place =
            m_pack.words.many_holders.contains(title.role) ? destination_end(c, j) : std::nullopt) {
        j = *place;
        after_destination = true;
        continue;
      }
      // "مساعد وزير الخارجية لشؤون الشرق الأدنى": a portfolio (words.tsv
      // portfolio) and the definite words after it are the title's, up to a
      // demonym in the singular, the title's owner ("وزير الدولة للشؤون
      // الخارجية القطري"; "لشؤون اللاجئين الفلسطينيين" is the portfolio's).
      if (token_in(c.token(j), m_pack.words.portfolio, m_pack.clitics)) {
        const auto demonym = [&](std::size_t t) {
          const auto g = known_at(c, t);
          return g && g->demonym && !ends_in_origin(m_pack.words, c.token(t).text);
        };
        for (++j; j < c.sentence.end && has_article(c.token(j)) && !demonym(j); ++j) {
        }
        continue;
      }
      // "عضو مجلس الشيوخ عن ولاية فيرمونت": a member for a subdivision sits in
      // the chamber of its country (chambers.tsv).
      if (const auto chamber = of ? std::nullopt : chamber_for_region(c, title.role, j)) {
        of = chamber->entity;
        j = chamber->end;
        continue;
      }
      // "النائبة الديمقراطية عن ولاية كاليفورنيا ماكسين ووترز": a title whose
      // role sits in no chamber still stands for its subdivision; the name
      // follows it.
      if (const auto region =
            j + 1 < c.sentence.end && token_in(c.token(j), m_pack.words.for_region, m_pack.clitics)
              ? region_at(c, j + 1)
              : std::nullopt) {
        j = region->end;
        continue;
      }
      // "النائب عن حزب العمال جون ماكدونيل", "السناتور المنتمية إلى الحزب
      // الديمقراطي ديان فاينستاين": a party behind for-region, or behind a
      // word of words.tsv belonging and its preposition, makes a member.
      if (const auto member =
            title_party == Gazetteer::no_party ? party_behind(c, j) : std::nullopt) {
        title_party = member->first;
        j = member->second;
        continue;
      }
      // "السيناتور الجمهوري جيف فليك": without letter case, a party's
      // adjective (data/<lang>/party_tags.tsv) right after the title makes a
      // member of the party; the title's owner may still follow.
      if (const auto tagged = !m_capitalized_names && title_party == Gazetteer::no_party
                                ? m_gazetteer.party_tag(c.surface(j, j + 1))
                                : std::nullopt;
          tagged && *tagged != Gazetteer::no_party
          && m_gazetteer.entities()[*tagged].type == EntityType::organization) {
        title_party = *tagged;
        ++j;
        continue;
      }
      if (of) {
        break;
      }
      auto qualifier = qualifier_at(c, j, definite);
      if (!qualifier && m_pack.words.team_role.contains(title.role)) {
        qualifier = team_after(c, j);
      }
      // "المتحدث باسم الرئيس الروسي دميتري بيسكوف", "مستشار الرئيس الأوكراني":
      // without letter case, a title in construct with another title (the
      // one it serves) holds its own role where that one's owner is; the
      // name after them is the first title's holder, not a president.
      // (Not behind another preposition: "وأشاد الرئيس بقاضي المحكمة".)
      if (!qualifier && !m_capitalized_names && title.role != no_role
          && !governed_not_genitive(c, j) && starts_title(c, j) && !counterpart_title_at(c, j)) {
        if (const auto inner_end = title_end(c, j); inner_end > j && inner_end < c.sentence.end) {
          qualifier = qualifier_at(c, inner_end, has_article(c.token(inner_end - 1)));
        }
      }
      // "زعيم الأغلبية في مجلس الشيوخ"، "رئيس اللجنة القضائية في مجلس
      // الشيوخ": up to two definite words that describe the post, then the
      // organization it is held in behind a title preposition.
      if (!qualifier && !m_capitalized_names && title.role != no_role) {
        auto k = j;
        // (The party's adjective after a majority is the post's, never a
        // name or a head: "زعيم الأغلبية الجمهورية في مجلس الشيوخ".)
        while (k < j + max_post_words && k < c.sentence.end && has_article(c.token(k))
               && ((k > j && token_in(c.token(k - 1), m_pack.words.majority_noun, m_pack.clitics))
                   || (!known_at(c, k) && !starts_title(c, k) && !starts_cue(c, k)))) {
          ++k;
        }
        if (k > j && k < c.sentence.end
            && token_in(c.token(k), m_pack.words.title_preposition, m_pack.clitics)) {
          qualifier = qualifier_at(c, k, false);
        }
      }
      if (!qualifier) {
        break;
      }
      // "المدرب السويسري مارسيل كولر": the demonym after a title of
      // words.tsv nationality-role is the holder's nationality.
      if (m_pack.words.nationality_role.contains(title.role)) {
        if (const auto g = known_at(c, j); g && g->demonym && j + g->tokens == qualifier->end) {
          j = qualifier->end;
          break;
        }
      }
      of = qualifier->entity;
      j = qualifier->end;
      // "the chairman of the Cromwell Society's nephew": the owner owns the
      // next noun; the title is someone else's.
      if (j < c.sentence.end && token_in(c.token(j), m_pack.words.possessive, m_pack.clitics)) {
        return false;
      }
      j = genitive_chain(c, *of, j);
      // "مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن": without letter
      // case, an organization's genitive after it ("ل" and a definite noun
      // the gazetteer does not know) is part of its name, not of the person's.
      // A portfolio is the title's ("منسق الأمم المتحدة لشؤون الشرق الأوسط":
      // the next step takes it whole).
      if (!m_capitalized_names && c.entities[*of].entity.type == EntityType::organization
          && j + 2 < c.sentence.end && governed_word(c, j) && has_article(c.token(j + 1))
          && !known_at(c, j) && !starts_title(c, j)
          && !token_in(c.token(j), m_pack.words.portfolio, m_pack.clitics)) {
        j += 2;
      }
      // "المتحدث باسم حركة النهضة التونسية عماد الخميري": a demonym after an
      // organization is its adjective; the name follows it.
      if (!m_capitalized_names && c.entities[*of].entity.type == EntityType::organization
          && j < c.sentence.end && has_article(c.token(j))) {
        if (const auto g = known_at(c, j);
            g && g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::country) {
          c.mention(c.entities.known(g->entity), j, j + g->tokens);
          j += g->tokens;
        }
      }
    }
    // "خادم الحرمين الشريفين": a title that names its country itself
    // (titles.tsv column 4) is owned by it.
    if (!of && title.owner_entity) {
      of = c.entities.known(*title.owner_entity);
    }
    // "رئيس دولة الإمارات صاحب السمو الشيخ محمد بن زايد": forms of address
    // (words.tsv honorific) between the title and its name are neither.
    while (j + 1 < c.sentence.end && token_in(c.token(j), m_pack.words.honorific, m_pack.clitics)
           && !known_at(c, j)) {
      ++j;
    }
    // Two titles in a row. "القاضي رئيس المحكمة العليا": a title that states
    // no position gives way to the next, and its words name nothing; so does
    // one that names its country itself ("خادم الحرمين الشريفين الملك سلمان").
    // "ولي العهد الأمير محمد بن سلمان": after a position, the second title is
    // an honorific and the first role holds; not when the gazetteer lists
    // the name after it in posts, none of them of the first title's country
    // ("التقى وزير الخارجية السعودي الرئيس محمود عباس": the president is the
    // verb's object, and the first title has no name of its own).
    // A counterpart is the next person: "التقى لافروف وزير الخارجية الروسي
    // نظيره الأمريكي"; so is a title behind a preposition: "التقى الرئيس
    // المصري بوزير الخارجية الفنلندي".
    bool next_holds_elsewhere = false;
    if (j < c.sentence.end && starts_title(c, j) && !counterpart_title_at(c, j)
        && !governed_word(c, j)) {
      const auto next = of ? name_at(c, title_end(c, j)) : std::nullopt;
      next_holds_elsewhere = next && next->entity && holds_no_post_of(c, *next->entity, *of);
      if (!next_holds_elsewhere) {
        if (title.role == no_role || title.owner_entity) {
          c.skip_to = j;
          return false;
        }
        // "رئيس مجلس السيادة القائد العام للقوات المسلحة الفريق أول عبد الفتاح
        // البرهان": a position with its owner, then a second title with an
        // owner of its own (stacked_title): the one the second title names
        // holds both.
        if (of && !m_capitalized_names) {
          if (const auto held = stacked_title(c, j)) {
            c.items.pop_back();
            const auto begin = owner ? owner->begin : i;
            while (!c.items.empty() && c.items.back().end > begin) {
              c.items.pop_back();
            }
            auto merged = *held;
            merged.begin = begin;
            if (held->kind == ItemKind::entity
                && c.entities[held->entity].entity.type == EntityType::person) {
              holds(c, held->entity, *of, post_role(c, title.role, *of, match->end));
            }
            c.items.push_back(merged);
            return true;
          }
        }
        j = title_end(c, j);
      }
    }
    // "المديرة العامة لمنظمة الأمم المتحدة للتربية والعلم والثقافة (يونسكو)
    // إيرينا بوكوفا": the owner's acronym in parentheses stands before the name.
    if (const auto close = of && j < c.sentence.end && c.token(j).text == "("
                             ? closing_parenthesis(c.tokens(), j)
                             : std::nullopt;
        close && *close + 1 < c.sentence.end
        && c.entities[*of].entity.type == EntityType::organization) {
      j = *close + 1;
    }
    // "واجتمع الوزير بسامح حسن": a name behind a preposition is the verb's
    // object, not the title's holder.
    auto name =
      next_holds_elsewhere || preposition_before_name(c, j) > 0 ? std::nullopt : name_at(c, j);
    // "اتهم رئيس الوفد الحكومي المفاوض هادي هيج الحوثيين": without letter
    // case, definite words of a post that name no owner, then a name of two
    // words or more beginning with a given name: the name is the title's
    // holder, who holds no position the ontology names.
    if (!name && !of && !unowned && !m_capitalized_names && title.role != no_role) {
      if (const auto end = unowned_post_end(c, j, j > match->end); end > j) {
        if (auto holder = name_at(c, end); holder && named_stranger(c, *holder)) {
          j = end;
          name = holder;
        }
      }
    }
    // "وعقد الأمير فيصل جلسة مباحثات" after "الأمير فيصل بن فرحان": a given
    // name alone after a title is the one person named so far whose name
    // begins with it; not one a lineage word or a known name goes on ("فيصل
    // بن سلمان" is another).
    const auto goes_on = [&](std::size_t k) {
      return k < c.sentence.end
             && (token_in(c.token(k), m_pack.words.lineage, m_pack.clitics)
                 || token_in(c.token(k), m_pack.words.name_joiner, m_pack.clitics)
                 || known_at(c, k).has_value());
    };
    // (So does a given name read as a name of one word: "الأمير فيصل".)
    if ((!name || (!name->entity && name->begin == j && name->end == j + 1)) && j < c.sentence.end
        && !goes_on(j + 1) && token_in(c.token(j), m_pack.words.given_name, m_pack.clitics)) {
      if (const auto person = c.entities.by_first_word(c.token(j).text)) {
        name = Name{*person, j, j + 1};
      }
    }
    // "المفوض السامي لحقوق الإنسان": a word the spelling dictionary knows
    // behind a preposition's proclitic (the letter alone, no conjunction:
    // "السيد فليك" is a name), then a word with the article, is the title's
    // genitive, no name.
    if (name && !name->entity && name->end >= name->begin + 2
        && preposition_proclitic(c, name->begin) == 1 && !foreign_word(c, name->begin)
        && has_article(c.token(name->begin + 1))) {
      name.reset();
    }
    // "ممثل منظمة الصحة العالمية في اليمن أحمد شادول", "المتحدث باسم الجيش
    // الإسرائيلي في الضفة الغربية أفيخاي أدرعي": after the title's owner, a
    // place behind a place preposition and then the holder: a known person
    // the gazetteer lists in no post of another owner ("واستقبل الرئيس
    // التركي في أنقرة لافروف": Lavrov is the object), or two words or more
    // beginning with a given name.
    // "وزير الزراعة في مصر محمد حسن": with no owner, a title in construct and
    // a country there are where the title is held.
    const bool country_post = !of && title.role != no_role && !has_article(c.token(i));
    if (!name && (of || country_post) && !m_capitalized_names && j + 2 < c.sentence.end
        && token_in(c.token(j), m_pack.words.place_preposition, m_pack.clitics)) {
      const auto g = known_at(c, j + 1);
      const auto type = g ? m_gazetteer.entities()[g->entity].type : EntityType::person;
      const auto posted_elsewhere = [&](std::size_t entity) {
        const auto& known = c.entities[entity].known;
        if (!known) {
          return false;
        }
        const auto& title_owner = of ? c.entities[*of].known : std::optional(g->entity);
        const auto& posts = m_gazetteer.positions_of(*known);
        return std::any_of(posts.begin(), posts.end(), [&](const Position& post) {
          return !title_owner || post.of != *title_owner;
        });
      };
      if (g && !g->demonym
          && (type == EntityType::country || (of && type == EntityType::location))) {
        auto after = name_at(c, j + 1 + g->tokens);
        if (after
            && (after->entity ? !posted_elsewhere(*after->entity)
                              : named_stranger(c, *after) || names_speaker(c, i, *after))) {
          const auto place = c.entities.known(g->entity);
          c.mention(place, j + 1, j + 1 + g->tokens);
          if (!of) {
            of = place;
          }
          j += 1 + g->tokens;
          name = after;
        }
      }
    }
    // "عضو الكونغرس ماكسين واترز إنها": after a title, one unknown word and a
    // word that only looks like و + a word, closed by a reported clause, a
    // quotation, a comma or the sentence's end, are a name of two words.
    if (name && !name->entity && !m_capitalized_names && name->end == name->begin + 1
        && name->end < c.sentence.end && c.token(name->end).kind == TokenKind::word
        && starts_with_conjunction(c, name->end) && conjoined_surname(c, name->end)
        && !known_at(c, name->end)
        && !token_in(c.token(name->end), m_pack.words.stop, m_pack.clitics)
        && closes_apposition(c, name->end + 1)) {
      ++name->end;
    }
    // "وزير الدفاع الأمريكي جيم ماتيس": one unknown word before the surname of
    // the person the gazetteer lists in the title's role there is his given
    // name as the text writes it (a short form: Jim, Mike).
    if (name && !name->entity && name->end == name->begin + 1 && name->end < c.sentence.end && of
        && c.entities[*of].known) {
      const auto g = known_at(c, name->end);
      if (g && !g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::person
          && m_gazetteer.holder_named(
               title.role, *c.entities[*of].known, c.token(name->end + g->tokens - 1).text)
               == g->entity) {
        name->entity = c.entities.known(g->entity);
        name->end = lineage_end(c, name->end + g->tokens);
      }
    }
    // "EU chief Brexit negotiator Michel Barnier": after a title word of
    // words.tsv loose-title, one unknown word is a modifier, no name.
    if (name && !name->entity && name->end == name->begin + 1 && title.cue.words.size() == 1
        && m_pack.words.loose_title.contains(title.cue.words.front().text)) {
      name.reset();
    }
    // Past a destination only a known person is a name, or two words or
    // more that begin with a given name ("سفيرة بريطانيا لدى اليمن كارين
    // ريتشاردز") or with two foreign words ("ناليدي باندور"), or name the
    // speaker ("وقال المبعوث الأممي إلى ليبيا يان كوبيش إن").
    if (name && !name->entity && after_destination && !named_stranger(c, *name)
        && !names_speaker(c, i, *name)) {
      name.reset();
    }
    // "قال الرئيس سيعود", "إن الرئيس كاذب": without letter case, one unknown
    // word after a title of a position, no given name, is the clause's verb
    // or predicate more often than a surname the text never gave in full.
    // A word the spelling dictionary does not know is a name, though
    // ("امبراطور اليابان اكيهيتو"), unless it may stand behind a preposition
    // (the title's owner: "الرئيس التنفيذي لنوفاتك").
    if (name && !name->entity && !m_capitalized_names && title.role != no_role
        && name->end == name->begin + 1
        && !token_in(c.token(name->begin), m_pack.words.given_name, m_pack.clitics)
        && !(foreign_word(c, name->begin) && !governed_word(c, name->begin))) {
      name.reset();
    }
    // "محافظ نينوى نوفل العاكوب", "عمدة لندن صادق خان": without letter case, a
    // place a title is held in (no owner the ontology lets hold a position)
    // stands between the title and the name of two words or more after it.
    if (!name && !of && !m_capitalized_names && j == match->end && j < c.sentence.end) {
      if (const auto g = known_at(c, j);
          g && !g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::location) {
        if (auto after_place = name_at(c, j + g->tokens);
            after_place && (after_place->entity || after_place->end >= after_place->begin + 2)) {
          c.mention(c.entities.known(g->entity), j, j + g->tokens);
          j += g->tokens;
          name = after_place;
        }
      }
    }
    // "the President of Ruritania", "chief executive of Toyota": a name the
    // gazetteer does not know behind "of" is the title's country or
    // organization, never its holder.
    // "head of the BDI": a determiner may stand between.
    auto before_name = j;
    if (before_name > match->end
        && token_in(c.token(before_name - 1), m_pack.words.determiner, m_pack.clitics)) {
      --before_name;
    }
    // "the Conservative MP for Wellingborough, Peter Bone,": nor behind "for"
    // (words.tsv for-region), where it is the seat or post the title is for.
    // Its words are the title's, and the holder's name may follow after a comma.
    // With an owner found before, the words behind "for" are the post's too,
    // and the holder's name of two words or more may follow them at once: "UN
    // High Commissioner for Refugees Filippo Grandi".
    const bool for_post =
      before_name > i
      && token_in(c.token(before_name - 1), m_pack.words.for_region, m_pack.clitics);
    if (name && !name->entity && before_name > i
        && ((!of
             && token_in(c.token(before_name - 1), m_pack.words.place_preposition, m_pack.clitics))
            || for_post)) {
      j = name->end;
      name.reset();
      if (of && m_capitalized_names) {
        if (auto holder = name_at(c, j);
            holder && (holder->entity || holder->end >= holder->begin + 2)) {
          name = holder;
        }
      }
    }
    // "قائد ميداني", "رئيس مجتمع كرومويل": a title in construct without its
    // genitive found is followed by that genitive, not by a name; only a
    // given name starts one there. A verb's shape ends the title too
    // (verb_after_title).
    const bool genitive_missing = !m_capitalized_names && !definite && !of && title.role != no_role;
    if (name && !name->entity
        && ((genitive_missing
             && !token_in(c.token(name->begin), m_pack.words.given_name, m_pack.clitics))
            || verb_after_title(c, i, *name))) {
      name.reset();
    }
    // "الملك سلمان": the gazetteer knows the title and the name together,
    // though not the name alone; it is that person, not a stranger "Salman".
    // "الملك سلمان يواصل جولته": so is it when the words after the known
    // ones begin with a verb in the imperfect.
    if (name && !name->entity) {
      if (const auto g = known_at(c, i);
          g && !g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::person
          && (i + g->tokens >= name->end
              || (i + g->tokens > name->begin
                  && m_pack.clitics.imperfect_shape(c.token(i + g->tokens).text)
                  && !token_in(c.token(i + g->tokens), m_pack.words.given_name, m_pack.clitics)))) {
        name->entity = c.entities.known(g->entity);
        name->end = i + g->tokens;
      }
    }
    // "Malaysia's Prime Minister, Najib Razak"; "وزير الخارجية القطري، محمد
    // بن عبد الرحمن آل ثاني، قال": without letter case an unknown name after
    // the comma needs a comma closing it too.
    // The name may stand in quotation marks: "سفير روسيا لدى الأمم المتحدة،
    // "فيتالي تشوركين"، أنه".
    const auto quote = [&](std::size_t t) {
      return t < c.sentence.end && token_in(c.token(t), m_pack.words.quote, m_pack.clitics);
    };
    // "النائب المحافظ "بيتر بون"", "وزير الخارجية الروسي "سيرغي لافروف"": the
    // name in quotation marks right after the title, closed by the next mark:
    // two words or more, an unknown one beginning with a given name (not the
    // verb's quoted object: "وانتقد الرئيس الأمريكي "صفقة القرن"", ""بوتين"").
    if (!name && title.role != no_role && quote(j)) {
      if (auto inside = name_at(c, j + 1);
          inside && quote(inside->end) && inside->end >= inside->begin + 2
          && (inside->entity
              || token_in(c.token(inside->begin), m_pack.words.given_name, m_pack.clitics))) {
        name = inside;
      }
    }
    // "المتحدث باسم الجيش، العميد يحيى سريع،", "وزير الخارجية، السفير سامح
    // شكري،": a second title without a conjunction may stand between the
    // comma and the name ("وزير الخارجية، والسفير جون سميث" are two people).
    // Nor after a comma and a conjunction: "أمير دولة الكويت، والملك حمد بن
    // عيسى" names the next person of a list.
    if (!name && title.role != no_role && j + 1 < c.sentence.end
        && token_in(c.token(j), m_pack.words.list_separator, m_pack.clitics)
        && !starts_with_conjunction(c, j + 1)) {
      const bool quoted = quote(j + 1);
      name = name_at(c, quoted ? j + 2 : title_end(c, j + 1));
      std::size_t after = name ? name->end : 0;
      if (name && quoted) {
        after = quote(after) ? after + 1 : c.sentence.end; // an open quotation closes nothing
      }
      const bool closed = name && after < c.sentence.end
                          && token_in(c.token(after), m_pack.words.list_separator, m_pack.clitics);
      if (name && ((!m_capitalized_names && !name->entity) || quoted) && !closed) {
        name.reset();
      }
    }
    // "زوجة الرئيس الأوكراني أولينا زيلينسكا", "نجل الرئيس الأمريكي": after a
    // word of words.tsv kin-noun in construct, the words and the name are
    // one unnamed relative, holding nothing (the name may be either's); or
    // behind a word of kin-joiner and a determiner: "the wife of the French
    // president, Brigitte Macron", "an adviser to the Ukrainian president".
    if (const auto kin = kin_before(c, owner ? owner->begin : i)) {
      const auto end = name ? name->end : j;
      while (!c.items.empty() && c.items.back().end > *kin) {
        c.items.pop_back();
      }
      c.items.push_back(Item{.begin = *kin, .end = end, .kind = ItemKind::unnamed});
      return true;
    }
    std::size_t item_begin = owner ? owner->begin : i;
    std::size_t item_end = name ? name->end : j;
    // "اتهم سامح شكري وزير الخارجية المصري إسرائيل": without letter case, a
    // title right after a named person is his apposition (apposition_at read
    // the position) when the verb's object or a clause's end follows it; the
    // person's item takes the title in, so that it hides no argument.
    if (!name && (of || unowned) && !m_capitalized_names && !c.items.empty()) {
      auto& last = c.items.back();
      if (last.end == item_begin && last.kind == ItemKind::entity
          && c.entities[last.entity].entity.type == EntityType::person
          && (closes_apposition(c, j) || object_after(c, j))
          && !(of && holds_no_post_of(c, last.entity, *of))) {
        last.end = j;
        c.entities.last_role = title.role; // "نظيره" after it takes this role
        return true;
      }
    }
    // A role many hold at once ("السفير الأمريكي في القاهرة", and with no post
    // named: "السفير الإسرائيلي" is the ambassador to some country) is one
    // holder of many: the gazetteer's holder is not he.
    const bool one_of_many = m_pack.words.many_holders.contains(title.role);
    // "John Kerry, the Secretary of State"; "Omar Navarro, a Republican
    // candidate", "عمر نافارو، وهو مرشح جمهوري": a title naming no position
    // still makes its party's member, before or after it.
    if (!name && (title.role != no_role || party || title_party != Gazetteer::no_party)) {
      name = apposed_name(c, item_begin);
      // "والتقى الرئيس المصري، عبد الفتاح السيسي، العاهل الأردني": a title
      // in another country than the one the name's own title gave is the
      // next argument's, not a second post of the same person.
      if (name && name->entity && of && holds_other_country(c, *name->entity, *of)) {
        name.reset();
      }
      if (name) {
        item_begin = name->begin;
      }
    }
    // "وتولى ريكس تيلرسون منصب وزير الخارجية الأمريكي", "كان جون كيري يشغل
    // منصب وزير الخارجية": after a word of words.tsv post-noun, the title is
    // the post of the person right before it, or before the verb before it.
    if (!name && of && title.role != no_role && !owner && i > c.sentence.begin
        && token_in(c.token(i - 1), m_pack.words.post_noun, m_pack.clitics)) {
      if (const auto holder = post_holder(c, i - 1)) {
        holds(c, *holder, *of, title.role);
        c.items.push_back(Item{.begin = i - 1, .end = j, .entity = *holder});
        return true;
      }
    }
    if (!name) {
      // "والتقى رئيس الوزراء بنظيره الأردني": a counterpart after a title
      // with no name still takes its role.
      if (title.role != no_role) {
        c.entities.last_role = title.role;
      }
      // "Britain's ambassador to Russia met": the owner before the title is
      // part of its item, no actor of its own.
      const auto push = [&](Item item) {
        while (!c.items.empty() && c.items.back().end > item_begin) {
          c.items.pop_back();
        }
        c.items.push_back(item);
      };
      // "الرئيس الروسي" after the president was named refers back to him;
      // "الوزير الإيراني" to the minister of a kind of words.tsv minister-kind.
      auto named = of ? c.entities.holder_of(title.role, *of) : std::nullopt;
      if (!named && of && title.role == minister_role) {
        for (const auto& kind : m_pack.words.minister_kind.words()) {
          if ((named = c.entities.holder_of(kind, *of))) {
            break;
          }
        }
      }
      if (named) {
        push(Item{.begin = item_begin, .end = j, .entity = *named});
        return true;
      }
      // "الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى": a title with no owner
      // (and "the country" after it) after the name of a person the
      // gazetteer lists in that post is his: one item with the name, so that
      // the verb's object is looked for past it ("الأمير محمد بن سلمان ولي
      // العهد رئيس مجلس الوزراء"). Only apposition_at reads a post from it,
      // where "the country" names one.
      if (const auto before = !of && !c.items.empty() && c.items.back().end == item_begin
                                  && c.items.back().kind == ItemKind::entity
                                ? std::optional(c.items.back().entity)
                                : std::nullopt;
          before && c.entities[*before].entity.type == EntityType::person
          && known_position(c, *before, title.role)) {
        push(Item{.begin = item_begin,
                  .end = past_title_modifiers(c, own_country_end(c, j)),
                  .entity = *before});
        return true;
      }
      // "أمير قطر" with no name: the one the gazetteer lists in that role;
      // not one of many holders at a post.
      if (const auto holder = of && title.role != no_role && !one_of_many
                                ? known_holder(c, title.role, *of)
                                : std::nullopt) {
        c.mention(*holder, i, j);
        push(Item{.begin = item_begin, .end = j, .entity = *holder});
        return true;
      }
      // "رفض المتحدث باسم البيت الأبيض": an unnamed holder fills the slot, so
      // that the organization of the title is not read as the actor.
      // "Spain is a member of NATO", "NATO member Turkey": a membership
      // title with no person names nobody; its words are member-of cues.
      if (of && title.role != no_role && !m_pack.words.membership_role.contains(title.role)) {
        // "وزيرا خارجية السعودية والإمارات": countries after "و" own the
        // unnamed title too; none of them is a party of its own.
        while (c.entities[*of].entity.type == EntityType::country && j + 1 < c.sentence.end
               && starts_with_conjunction(c, j)) {
          const auto g = known_at(c, j);
          if (!g || (g->demonym && !has_article(c.token(j)))
              || m_gazetteer.entities()[g->entity].type != EntityType::country) {
            break;
          }
          c.mention(c.entities.known(g->entity), j, j + g->tokens);
          j += g->tokens;
        }
        push(Item{.begin = item_begin, .end = j, .kind = ItemKind::unnamed});
        return true;
      }
      // "the chancellor had urged Putin": a title with no owner after a word
      // of words.tsv definite-article refers back to the one person the
      // document named in that role (DocumentEntities::sole_holder).
      // So does one after a form of address (words.tsv honorific): "وأشاد سمو
      // الأمير بالدور المصري" is the emir the article named; and, without
      // letter case, one whose last word carries the article: "وكان ولي
      // العهد قد عقد لقاء".
      const bool definite_title =
        (i > c.sentence.begin
         && (token_in(c.token(i - 1), m_pack.words.definite_article, m_pack.clitics)
             || token_in(c.token(i - 1), m_pack.words.honorific, m_pack.clitics)))
        || (!m_capitalized_names && has_article(c.token(match->end - 1)));
      if (const auto sole = !of && title.role != no_role && definite_title && j == match->end
                              ? c.entities.sole_holder(title.role)
                              : std::nullopt) {
        push(Item{.begin = item_begin, .end = j, .entity = *sole});
        return true;
      }
      // "وقال رئيس مجلس الوزراء إن": a title of two words or more that holds
      // its own genitive names no one either, and its genitive ("مجلس
      // الوزراء") is no actor; where its clause goes on (a reported clause,
      // a comma, a form of address or a time word: not "رئيس بلدية بلدوين،").
      const bool title_ends = j >= c.sentence.end || closes_apposition(c, j)
                              || token_in(c.token(j), m_pack.words.honorific, m_pack.clitics)
                              || token_in(c.token(j), m_pack.words.time, m_pack.clitics);
      if (!of && title.role != no_role && title.cue.words.size() >= 2 && j == match->end
          && title_ends && !m_pack.words.membership_role.contains(title.role)) {
        push(Item{.begin = item_begin, .end = j, .kind = ItemKind::unnamed});
        return true;
      }
      return false;
    }
    // "انتقد سيرغي لافروف، رئيس الدبلوماسية الروسية، ...": an apposition after
    // a name and a comma whose genitive was not read is the person's through
    // its noun and adjectives (apposition_end), so that no word in it
    // ("الروسية") is an argument.
    // (Where names have capitals, the names inside an apposition are read
    // on their own: "X, the top Democrat on the Judiciary Committee,".)
    if (!m_capitalized_names && !of && name->end < i && name->end < c.sentence.end
        && token_in(c.token(name->end), m_pack.words.list_separator, m_pack.clitics)) {
      item_end = apposition_end(c, item_end);
    }
    if (name->end < i && item_end < c.sentence.end
        && token_in(c.token(item_end), m_pack.words.list_separator, m_pack.clitics)) {
      ++item_end; // the comma closing the apposition: "Ilham Aliyev, Azerbaijan's president, said"
    }
    if (name->end > i && !of && m_capitalized_names) {
      of = owner_after(c, item_end); // "President Juan Carlos Varela of Panama"
    }
    // "Sen. Bob Corker, R-Tenn., said": the tag closes the name; its state's
    // country gives the chamber of the role.
    const auto tag =
      name->end > i && name->end == item_end ? party_tag_at(c, item_end) : std::nullopt;
    auto tag_party = Gazetteer::no_party;
    if (tag) {
      tag_party = tag->party;
      item_end = tag->end;
      if (const auto chamber =
            of ? std::nullopt : m_gazetteer.chamber_of(title.role, tag->country)) {
        of = c.entities.known(*chamber);
      }
    }
    // "Republican Sen. Jeff Flake", "السيناتور الجمهوري جيف فليك": the party
    // of one country (party_tags.tsv) seats its named member in that
    // country's chamber for the role (chambers.tsv).
    bool party_country = tag.has_value();
    for (const auto member :
         {party && owner_known ? *owner_known : Gazetteer::no_party, title_party}) {
      const auto country =
        of || member == Gazetteer::no_party ? std::nullopt : m_gazetteer.party_country(member);
      party_country = party_country || country.has_value();
      if (const auto chamber =
            country ? m_gazetteer.chamber_of(title.role, *country) : std::nullopt) {
        of = c.entities.known(*chamber);
      }
    }
    while (!c.items.empty() && c.items.back().end > item_begin) {
      c.items.pop_back();
    }
    // "زعيم جماعة الحوثي عبدالملك أنصاره": a name of someone who held the role
    // there is that person, and the words after it are not his name.
    // (Without letter case only: a capitalized name is read whole, "The U.S.
    // ambassador, John Sullivan," is not a former holder called John.)
    // A given name must be one of his given names, as written in Arabic:
    // "وزير الخارجية المصري محمد كامل" is no former minister called أحمد.
    // A joiner and its word are one name word ("عبد الله" as "عبدالله"), and a
    // ruler's ordinal after it is still his name ("عبد الله الثاني").
    // Not for one of many holders: "السفير الأمريكي في أنقرة جون باس" is no
    // John Bolton, once ambassador to the United Nations.
    if (of && !name->entity && name->begin > i && !m_capitalized_names && !one_of_many
        && c.entities[*of].known) {
      const auto joined =
        name->end > name->begin + 1 ? joined_name_word(c, name->begin) : std::nullopt;
      const bool joiner = joined.has_value();
      const std::string first = joined ? *joined : std::string(c.token(name->begin).text);
      // A foreign word after it is a surname: "وزير الخارجية الأمريكي مايك
      // سميث" is no former secretary called Mike.
      const auto after_first = name->begin + (joiner ? 2 : 1);
      const bool surname_follows = after_first < name->end && foreign_word(c, after_first);
      const auto named = surname_follows
                           ? std::nullopt
                           : m_gazetteer.holder_named(title.role, *c.entities[*of].known, first);
      if (named
          && (!token_in(c.token(name->begin), m_pack.words.given_name, m_pack.clitics)
              || arabic_given_name_fits(first, m_gazetteer.entities()[*named]))) {
        name->entity = c.entities.known(*named);
        name->end = regnal_end(c, name->begin + (joiner ? 2 : 1));
        item_end = name->end;
      }
    }
    // "أمير قطر تلقى اتصالا": one unknown word after a title and its country is
    // more likely a verb than a name when the gazetteer knows who held the role.
    if (of && !name->entity && name->end == name->begin + 1 && !one_of_many) {
      if (const auto holder = known_holder(c, title.role, *of)) {
        name->entity = holder;
        name->end = name->begin;
        item_end = j;
      }
    }
    const auto person = name->end > name->begin ? commit_name(c, *name) : *name->entity;
    if (party) {
      member_of(c, person, owner->entity);
    }
    for (const auto member : {tag_party, title_party}) {
      if (member != Gazetteer::no_party) {
        member_of(c, person, c.entities.known(member));
      }
    }
    const std::string role = of ? post_role(c, title.role, *of, match->end) : title.role;
    // "رئيس مجلس النواب عقيلة صالح": a body no country qualifies is the one of
    // that name the gazetteer lists the known holder in, in this role.
    if (of && !c.entities[*of].known && c.entities[*of].entity.type == EntityType::organization
        && !c.entities[*of].entity.label.empty() && c.entities[person].known) {
      for (const auto& post : m_gazetteer.positions_of(*c.entities[person].known)) {
        if (post.role == role
            && m_gazetteer.entities()[post.of].label_en.starts_with(c.entities[*of].entity.label)) {
          of = c.entities.known(post.of);
          break;
        }
      }
    }
    if (title.role != no_role) {
      if (!of && !m_capitalized_names) {
        of = pronoun_owner(c, title, i, match->end - 1);
      }
      if (!of) {
        of = known_position(c, person, title.role);
      }
      auto& record = c.entities[person];
      if (record.role.empty() && !former) {
        record.role = role;
        record.role_of = of;
      }
      c.entities.last_role = role;
      // "جون جولدسميث، رئيس مجتمع كرومويل": a title in construct whose
      // genitive was not found is held in that unknown organization, never in
      // the document's country; only a title standing alone is left open. A
      // party of one country ("النائب الجمهوري") places it in that country,
      // which may not be the document's.
      if (of) {
        holds(c, person, *of, role);
      } else if (!genitive_missing && !party_country) {
        c.entities.open_roles.push_back({person, title.role, c.evidence()});
      }
    }
    c.items.push_back(Item{.begin = item_begin, .end = item_end, .entity = person});
    if (title.role != no_role && of && c.entities[*of].entity.type == EntityType::country
        && !m_capitalized_names && name->end > i) {
      item_end = elided_title_holders(c, title.role, item_end);
    }
    if (title.many && name->end > i) {
      title_list(c, title.role, of, party ? std::optional(owner->entity) : std::nullopt, item_end);
    }
    // "السيد أحمد حداد المتحدث باسم الوزارة أن": after an honorific, the
    // name may have a title of its own without a comma (a comma's title is
    // read as an apposed name's, above).
    if (title.role == no_role && item_end < c.sentence.end
        && !token_in(c.token(item_end), m_pack.words.list_separator, m_pack.clitics)) {
      apposition_at(c, person, item_end);
    }
    return true;
  }
  return false;
}

// The item a second title at j stands for, when the title has an owner of
// its own right after its words (behind the language's genitive preposition,
// a name the gazetteer knows that is no demonym, or a word of words.tsv
// org-head): read as a title of its own, its item the last of c.items.
std::optional<Item> EntityFinder::stacked_title(Context& c, std::size_t j) const
{
  const auto end = title_end(c, j);
  if (end <= j || end >= c.sentence.end) {
    return std::nullopt;
  }
  const auto genitive = m_pack.genitive_prep();
  const auto known = known_at(c, end);
  const bool owned =
    (known && !known->demonym && m_gazetteer.entities()[known->entity].type != EntityType::person)
    || token_in(c.token(end), m_pack.words.org_head, m_pack.clitics)
    || (!genitive.empty() && governed_word(c, end)
        && m_pack.clitics.starts_with_prep(c.token(end).text, genitive));
  const auto before = c.items.size();
  if (!owned || !title_at(c, j) || c.items.size() <= before) {
    return std::nullopt;
  }
  return c.items.back();
}

// "أمين سر اللجنة التنفيذية لمنظمة التحرير صائب عريقات": an organization in
// a title may be followed by the one it belongs to, behind the preposition of
// the language's genitive rule; that rule's relation is read here, since the
// title is one item.
std::size_t EntityFinder::genitive_chain(Context& c, std::size_t of, std::size_t j) const
{
  const auto* genitive = m_pack.genitive_trigger();
  if (genitive == nullptr || j >= c.sentence.end
      || !m_pack.clitics.starts_with_prep(c.token(j).text, genitive->prep)) {
    return j;
  }
  const auto g = known_at(c, j);
  const auto* p = m_ontology.find(genitive->predicate);
  // "وقال المتحدث باسم الخارجية الأمريكية لشبكة سي إن إن": a name the
  // gazetteer knows whole is no part of the medium the speaker told; "رئيس
  // المجلس التنفيذي لوكالة الأونروا" is.
  if (!g || g->demonym || p == nullptr || (c.entities[of].known && told_medium(c, j))) {
    return j;
  }
  const auto whole = c.entities.known(g->entity);
  if (!p->allows_subject(c.entities[of].entity.type)
      || !p->allows_object(c.entities[whole].entity.type)) {
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

// Where a word of words.tsv kin-noun stands before a title that begins at
// token i: right before it without the article (in construct), or before a
// word of kin-joiner and determiners ("wife of the", "son of the former").
std::optional<std::size_t> EntityFinder::kin_before(const Context& c, std::size_t i) const
{
  auto k = i;
  while (k > c.sentence.begin
         && token_in(c.token(k - 1), m_pack.words.determiner, m_pack.clitics)) {
    --k; // "the former"
  }
  if (k > c.sentence.begin && token_in(c.token(k - 1), m_pack.words.kin_joiner, m_pack.clitics)) {
    --k;
  } else {
    k = i;
  }
  if (k > c.sentence.begin && !has_article(c.token(k - 1))
      && token_in(c.token(k - 1), m_pack.words.kin_noun, m_pack.clitics)) {
    return k - 1;
  }
  return std::nullopt;
}

// Token j begins with a word of words.tsv medium, and a verb of saying
// stands before it in its sentence: the medium may be whom the speaker told.
bool EntityFinder::told_medium(const Context& c, std::size_t j) const
{
  if (!token_in(c.token(j), m_pack.words.medium, m_pack.clitics)) {
    return false;
  }
  for (auto t = c.sentence.begin; t < j; ++t) {
    if (starts_speech_cue(c, t)) {
      return true;
    }
  }
  return false;
}

// "نظيريه الأرميني زغراب مناتساكانيان والأذربيجاني جيهون بيراموف": each
// demonym and name is a person holding the last titled person's role. With
// no role named before ("ورحب الوزير بنظيره الفرنسي ..."), they are people
// still, and the demonym is no actor of its own.
bool EntityFinder::counterpart_at(Context& c,
                                  std::size_t i,
                                  std::size_t after_cue,
                                  const std::vector<Item>& owners) const
{
  const auto role = c.entities.last_role;
  const bool governed = governed_word(c, i);
  std::size_t start = owners.empty() ? i : owners.front().begin;
  std::size_t j = after_cue;
  bool any = false;
  std::size_t next_owner = 0;
  while (j < c.sentence.end) {
    std::optional<std::size_t> of =
      next_owner < owners.size() ? std::optional(owners[next_owner++].entity) : std::nullopt;
    const auto g = of ? std::nullopt : known_at(c, j);
    if (g && g->demonym && has_article(c.token(j))) {
      of = c.entities.known(g->entity);
      c.mention(*of, j, j + g->tokens);
      j += g->tokens;
    }
    auto name = name_at(c, j);
    if (name && verb_after_title(c, i, *name)) {
      name.reset();
    }
    // "بنظيره المغربي، عبد الوافي لفتيت،": as after a title, a name after a
    // comma, closed by one where letter case does not end it.
    if (!name && of && j + 1 < c.sentence.end
        && token_in(c.token(j), m_pack.words.list_separator, m_pack.clitics)) {
      name = name_at(c, j + 1);
      const bool closed =
        name && name->end < c.sentence.end
        && token_in(c.token(name->end), m_pack.words.list_separator, m_pack.clitics);
      if (name && !m_capitalized_names && !name->entity && !closed) {
        name.reset();
      }
    }
    if (!name && of) {
      // "مع نظيره السوداني" with no name: the gazetteer's holder of the role
      // there, else someone the text does not name; the country acts for nobody.
      const auto holder = role.empty() ? std::nullopt : known_holder(c, role, *of);
      if (holder) {
        c.mention(*holder, start, j);
      }
      c.items.push_back(
        holder
          ? Item{.begin = start, .end = j, .entity = *holder, .governed = governed && start == i}
          : Item{.begin = start, .end = j, .kind = ItemKind::unnamed});
      return true;
    }
    if (!name || (!of && any)) {
      break;
    }
    const auto person = commit_name(c, *name);
    auto& record = c.entities[person];
    if (record.role.empty() && !role.empty()) {
      record.role = role;
      record.role_of = of;
    }
    if (of && !role.empty()) {
      holds(c, person, *of, role);
    }
    c.items.push_back(
      Item{.begin = start, .end = name->end, .entity = person, .governed = governed && start == i});
    any = true;
    j = name->end;
    if (j < c.sentence.end && token_in(c.token(j), m_pack.words.list_separator, m_pack.clitics)) {
      ++j;
    }
    // (The next owner's name after "and".)
    if (next_owner < owners.size() && j < c.sentence.end
        && token_in(c.token(j), m_pack.words.coordinator, m_pack.clitics)) {
      ++j;
    }
    start = j;
  }
  return any;
}

std::size_t EntityFinder::home_place_end(Context& c, std::size_t j) const
{
  if (j + 1 >= c.sentence.end
      || !(token_in(c.token(j), m_pack.words.preposition, m_pack.clitics)
           || token_in(c.token(j), m_pack.words.place_preposition, m_pack.clitics)
           || token_in(c.token(j), m_pack.words.for_region, m_pack.clitics))) {
    return j;
  }
  const auto place = region_at(c, j + 1);
  return place ? place->end : j;
}

// A known place, or a place head and its name ("ولاية فيرمونت"), at j;
// nothing else is read here, so that no other entity is made.
std::optional<EntityFinder::Qualifier> EntityFinder::region_at(Context& c, std::size_t j) const
{
  const auto g = known_at(c, j);
  if (g && !g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::location) {
    return place_at(c, j);
  }
  if (!g && starts_place_head(c, j)) {
    return head_entity_at(c, j);
  }
  return std::nullopt;
}

// "الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان", "وزيرا الخارجية
// الأمريكي مايك بومبيو والروسي سيرغي لافروف", "وزيرا خارجية روسيا سيرغي
// لافروف وتركيا مولود تشاووش أوغلو": the title is not repeated before the
// second demonym or country; its holder is a known person or a name of two
// words or more right after it.
std::size_t
EntityFinder::elided_title_holders(Context& c, std::string_view role, std::size_t k) const
{
  while (k + 1 < c.sentence.end && starts_with_conjunction(c, k)) {
    const auto g = known_at(c, k);
    if (!g || (g->demonym && !has_article(c.token(k)))
        || m_gazetteer.entities()[g->entity].type != EntityType::country) {
      break;
    }
    const auto name = name_at(c, k + g->tokens);
    if (!name || (!name->entity && name->end < name->begin + 2)) {
      break;
    }
    const auto country = c.entities.known(g->entity);
    c.mention(country, k, k + g->tokens);
    const auto person = commit_name(c, *name);
    holds(c, person, country, std::string(role));
    c.items.push_back(Item{.begin = k, .end = name->end, .entity = person});
    k = name->end;
  }
  return k;
}

// "U.S. Sens. Lindsey Graham of South Carolina, and Mike Lee and Orrin
// Hatch"; "أعضاء مجلس الشيوخ ليندسي جراهام، ومايك لي، وأورين هاتش": after a
// separator, each name of two words or more, or a person known, is listed.
void EntityFinder::title_list(Context& c,
                              std::string_view role,
                              std::optional<std::size_t> of,
                              std::optional<std::size_t> party,
                              std::size_t k) const
{
  while (k < c.sentence.end) {
    std::size_t j = home_place_end(c, k);
    // "من ولاية كارولينا الجنوبية": adjectives of a home place the gazetteer
    // does not know in full.
    for (std::size_t n = 0; j > k && n < 2 && j < c.sentence.end && has_article(c.token(j)); ++n) {
      ++j;
    }
    const std::size_t separated = j;
    while (j < c.sentence.end
           && (token_in(c.token(j), m_pack.words.list_separator, m_pack.clitics)
               || token_in(c.token(j), m_pack.words.coordinator, m_pack.clitics))) {
      ++j;
    }
    const bool conjunction =
      j < c.sentence.end && conjunction_before_name(c, j, true).value_or(0) > 0;
    if (j == separated && !conjunction) {
      return;
    }
    const auto name = name_at(c, j, true);
    if (!name || (!name->entity && name->end < name->begin + 2)) {
      return;
    }
    const auto person = commit_name(c, *name);
    if (party) {
      member_of(c, person, *party);
    }
    if (of) {
      holds(c, person, *of, std::string(role));
    }
    c.items.push_back(Item{.begin = name->begin, .end = name->end, .entity = person});
    k = name->end;
  }
}

std::optional<std::size_t>
EntityFinder::conjunction_before_name(const Context& c, std::size_t i, bool listed) const
{
  const auto& token = c.token(i);
  if (m_capitalized_names || token.kind != TokenKind::word
      || m_pack.words.given_name.contains(token.text)) {
    return 0;
  }
  for (const auto& conj : m_pack.words.conjunction.words()) {
    if (token.text.size() > conj.size() && token.text.starts_with(conj)) {
      if (listed || m_pack.words.given_name.contains(token.text.substr(conj.size()))) {
        return code_points(conj);
      }
      return std::nullopt;
    }
  }
  return 0;
}

std::size_t EntityFinder::preposition_before_name(const Context& c, std::size_t i) const
{
  const auto length = preposition_proclitic(c, i); // 0 past the sentence's end
  if (length == 0) {
    return 0;
  }
  const std::string_view text = c.token(i).text;
  return m_pack.words.given_name.contains(text.substr(byte_offset(text, length))) ? length : 0;
}

std::size_t EntityFinder::preposition_proclitic(const Context& c, std::size_t i) const
{
  if (m_capitalized_names || i >= c.sentence.end) {
    return 0; // a title may end its sentence
  }
  const auto& token = c.token(i);
  if (token.kind != TokenKind::word || m_pack.words.given_name.contains(token.text)
      || !governed_word(c, i)) {
    return 0;
  }
  const auto [length, article] = m_pack.clitics.proclitic_length(token.text);
  if (length == 0 || !article.empty()) {
    return 0;
  }
  const std::string_view text = token.text;
  const auto at = byte_offset(text, length);
  const auto prep_is = [&](const WordSet& preps) {
    return std::any_of(preps.words().begin(), preps.words().end(), [&](const auto& prep) {
      return text.substr(0, at).ends_with(prep);
    });
  };
  return prep_is(m_pack.words.phrase_proclitic) || prep_is(m_pack.words.purpose_proclitic) ? length
                                                                                           : 0;
}

// "هيذر نويرت، المتحدثة باسم الوزارة،": a title after a name and a comma.
// Without the comma ("أكد أحمد أوزومجو المدير العام للمنظمة أن"), a title
// right after a name may as well be a verb's object ("استقبل بوتين الرئيس
// التركي"), so it is read as the name's only with its organization or
// country named and, after it, a reported clause, a quotation, a clause's
// end, or the verb's object: a known entity that is no person, or a
// counterpart ("اتهم سامح شكري وزير الخارجية المصري إسرائيل", "التقى لافروف
// وزير الخارجية الروسي نظيره").
void EntityFinder::apposition_at(Context& c, std::size_t person, std::size_t k) const
{
  if (k + 1 >= c.sentence.end) {
    return;
  }
  const bool comma = token_in(c.token(k), m_pack.words.list_separator, m_pack.clitics);
  auto first = comma ? k + 1 : k;
  // "، الذي يشغل منصب سفير روسيا": a relative clause of holding the post
  // (words.tsv post-verb: the verb, then the post's noun or not) before the title.
  if (comma && first + 2 < c.sentence.end
      && token_in(c.token(first), m_pack.words.relative, m_pack.clitics)
      && token_in(c.token(first + 1), m_pack.words.post_verb, m_pack.clitics)) {
    first += 2;
    if (token_in(c.token(first), m_pack.words.post_verb, m_pack.clitics)) {
      ++first;
    }
  }
  if (first >= c.sentence.end) {
    return;
  }
  std::vector<std::uint32_t> candidates;
  m_pack.title_index.candidates(c.token(first), m_pack.clitics, candidates);
  for (const auto index : candidates) {
    const auto& title = m_pack.titles[index];
    const auto match = match_cue(title.cue, c.tokens(), first, m_pack.clitics);
    if (!match || title.role == "counterpart" || title.role == no_role) {
      continue;
    }
    const std::size_t j = past_title_modifiers(c, match->end);
    auto qualifier = qualifier_at(c, j, has_article(c.token(match->end - 1)));
    // "الشيخ تميم بن حمد آل ثاني أمير البلاد": "the country" after the title
    // is the person's own, the one the gazetteer lists him holding that
    // post in (past the title's modifiers: "أمير البلاد المفدى").
    // Not where the title may be the verb's object ("واستقبل بوتين رئيس
    // البلاد."): a comma, a reported clause, the particle of the clause's
    // verb ("قد تلقى") or another title must follow it.
    if (const auto end = own_country_end(c, j); !qualifier && end > j) {
      const auto own = known_position(c, person, title.role);
      if (own && end < c.sentence.end
          && (comma || token_in(c.token(end), m_pack.words.complementizer, m_pack.clitics)
              || token_in(c.token(end), m_pack.words.possibility, m_pack.clitics)
              || object_after(c, end))) {
        qualifier = Qualifier{.entity = *own, .end = end};
      }
    }
    // "وسمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية.": a title with no
    // owner that ends the clause is the post the gazetteer lists the person in.
    if (!comma && !qualifier && closes_apposition(c, j)) {
      if (const auto own = known_position(c, person, title.role)) {
        qualifier = Qualifier{.entity = *own, .end = j};
      } else if (auto& record = c.entities[person]; record.role.empty() && !record.known) {
        // A person the gazetteer does not know holds it open: the
        // article's country may be its owner (close_open_roles).
        record.role = title.role;
        c.entities.open_roles.push_back({person, title.role, c.evidence()});
        return;
      }
    }
    if (!comma
        && (!qualifier
            || (!closes_apposition(c, qualifier->end) && !object_after(c, qualifier->end)
                && !place_then_report(c, qualifier->end) && !subject_of_saying(c, k))
            || holds_no_post_of(c, person, qualifier->entity))) {
      return;
    }
    // "والتقى الرئيس المصري، عبد الفتاح السيسي، العاهل الأردني": after a
    // comma too, a title in another country than the one the name's own title
    // gave is the next argument's, not a second post of the same person.
    if (comma && qualifier && holds_other_country(c, person, qualifier->entity)) {
      return;
    }
    auto of = qualifier                                        ? std::optional(qualifier->entity)
              : m_pack.words.country_role.contains(title.role) ? country_closing(c, j)
                                                               : std::nullopt;
    if (!of) {
      of = known_position(c, person, title.role);
    }
    if (of) {
      holds(c, person, *of, title.role);
      // (The title after the name gives the person's role as one before it
      // does: "سمو الأمير" later is this emir.)
      if (auto& record = c.entities[person]; record.role.empty() && title.role != no_role) {
        record.role = title.role;
        record.role_of = of;
      }
    }
    return;
  }
}

// Past "the country" (words.tsv country-noun) at j after a title and the
// title's modifiers after it ("أمير البلاد المفدى"); j when it is not there.
std::size_t EntityFinder::own_country_end(Context& c, std::size_t j) const
{
  if (j >= c.sentence.end || !token_in(c.token(j), m_pack.words.country_noun, m_pack.clitics)) {
    return j;
  }
  return past_title_modifiers(c, j + 1);
}

// A second portfolio joined to a minister's title at token j ("وزير الخارجية
// والهجرة"، "وزير الطاقة والموارد الطبيعية"): و and a noun with the article,
// or a word of words.tsv portfolio in construct ("وزير الخارجية وشؤون
// المغتربين"), then up to two more words with the article (its adjectives or
// genitive), none a name or demonym the gazetteer knows nor a title's first
// word; where it ends, or j when none begins there. Languages written without
// letter case only.
std::size_t EntityFinder::joined_portfolio_end(Context& c, std::size_t j) const
{
  constexpr std::size_t max_words = 3;
  const auto portfolio_word = [&](std::size_t k) {
    return k < c.sentence.end && c.token(k).kind == TokenKind::word && has_article(c.token(k))
           && !known_at(c, k) && !starts_title(c, k) && !title_modifier(c, k);
  };
  const bool in_construct = j + 1 < c.sentence.end
                            && token_in(c.token(j), m_pack.words.portfolio, m_pack.clitics)
                            && portfolio_word(j + 1);
  if (m_capitalized_names || !(portfolio_word(j) || in_construct)
      || !starts_with_conjunction(c, j)) {
    return j;
  }
  auto k = j + 1;
  while (k < j + max_words && portfolio_word(k) && !starts_with_conjunction(c, k)) {
    ++k;
  }
  return k;
}

std::size_t EntityFinder::past_title_modifiers(Context& c, std::size_t j) const
{
  while (j < c.sentence.end && title_modifier(c, j)) {
    ++j;
  }
  return j;
}

// The name whose item ends at token k stands right after a verb of saying
// (past forms of address: "أكد معالي الدكتور نايف الحجرف"), whose object is
// never a person: a title after the name is the name's ("أكد X الأمين العام
// لمجلس التعاون دعم المجلس").
bool EntityFinder::subject_of_saying(const Context& c, std::size_t k) const
{
  const auto item =
    std::find_if(c.items.rbegin(), c.items.rend(), [&](const Item& it) { return it.end == k; });
  if (item == c.items.rend()) {
    return false;
  }
  auto begin = item->begin;
  while (begin > c.sentence.begin
         && token_in(c.token(begin - 1), m_pack.words.honorific, m_pack.clitics)) {
    --begin;
  }
  return begin > c.sentence.begin && starts_speech_cue(c, begin - 1);
}

// "وقال خليل الحية رئيس حركة حماس في غزة إن": a preposition and a known
// place (where the post is held) at j, then a complementizer that opens the
// reported clause.
bool EntityFinder::place_then_report(Context& c, std::size_t j) const
{
  const auto end = destination_end(c, j);
  return end && *end < c.sentence.end
         && token_in(c.token(*end), m_pack.words.complementizer, m_pack.clitics);
}

// "والتقى جوزيب بوريل الرئيس المصري": a person the gazetteer lists in posts,
// none of them held in the country `owner`, is not the title's holder there:
// without a comma the title after his name is the verb's object. (Not an
// organization: a minister may become an envoy of the UN.)
bool EntityFinder::holds_no_post_of(const Context& c, std::size_t person, std::size_t owner) const
{
  const auto& known = c.entities[person].known;
  const auto& owner_known = c.entities[owner].known;
  if (!known || !owner_known || c.entities[owner].entity.type != EntityType::country) {
    return false;
  }
  return !m_gazetteer.positions_of(*known).empty()
         && !m_gazetteer.holds_post_in(*known, *owner_known);
}

// Token j is an adjective of words.tsv modifier between a title and its
// name ("الرئيس المنتخب"), not a head noun a demonym qualifies ("مدرب المنتخب
// المغربي": the national team of Morocco).
bool EntityFinder::title_modifier(Context& c, std::size_t j) const
{
  if (!token_in(c.token(j), m_pack.words.modifier, m_pack.clitics)) {
    return false;
  }
  if (j + 1 >= c.sentence.end) {
    return true;
  }
  const auto g = known_at(c, j + 1);
  if (!g || !g->demonym) {
    return true;
  }
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.head_index.candidates(c.token(j), m_pack.clitics, candidates);
  return std::none_of(candidates.begin(), candidates.end(), [&](std::uint32_t index) {
    const auto match = match_cue(m_pack.heads[index].cue, c.tokens(), j, m_pack.clitics);
    return match && match->end == j + 1;
  });
}

// "انتخاب النائب أحمد السعدون رئيسا للمجلس"، "عين الملك فيصل بن فرحان
// وزيرا للخارجية السعودية": after a word of appointing (words.tsv appoint)
// and the person's name, a title in the accusative (its words with the
// accusative alif) and its owner: the post the person was given. At token
// i, right after the person's item; adds the owner's item.
namespace {

constexpr std::string_view accusative_alif = "ا";

// `text` is `word` with the accusative's alif: "رئيسا" of "رئيس".
bool accusative_of(std::string_view text, std::string_view word)
{
  return text.size() == word.size() + accusative_alif.size() && text.starts_with(word)
         && text.ends_with(accusative_alif);
}

} // namespace

bool EntityFinder::appointed_at(Context& c, std::size_t i) const
{
  if (m_capitalized_names || c.items.empty() || i >= c.sentence.end
      || !c.token(i).text.ends_with(accusative_alif)) {
    return false;
  }
  const auto& last = c.items.back();
  if (last.end != i || last.kind != ItemKind::entity
      || c.entities[last.entity].entity.type != EntityType::person) {
    return false;
  }
  bool appointed = false;
  for (std::size_t t = last.begin;
       !appointed && t > c.sentence.begin && t + max_appoint_words > last.begin;
       --t) {
    appointed = token_in(c.token(t - 1), m_pack.words.appoint, m_pack.clitics);
  }
  if (!appointed) {
    return false;
  }
  // A word of the title as written, in the accusative ("رئيسا"), or behind
  // the genitive's ل fused with the article ("للخارجية": الخارجية).
  const auto word_at = [&](const Cue::Word& word, std::size_t t) {
    const std::string_view text = c.token(t).text;
    const auto fits = [&](std::string_view form) {
      return word.any_suffix ? form.starts_with(word.text) : form == word.text;
    };
    constexpr std::string_view fused = "لل";
    constexpr std::string_view article = "ال";
    return fits(text)
           || (text.ends_with(accusative_alif)
               && fits(text.substr(0, text.size() - accusative_alif.size())))
           || (text.starts_with(fused)
               && fits(std::string(article) + std::string(text.substr(fused.size()))));
  };
  // The longest title whose first word stands in the accusative at i.
  const Title* best = nullptr;
  std::size_t best_end = i;
  for (const auto& title : m_pack.titles) {
    const auto& words = title.cue.words;
    if (title.role == no_role || title.role == "counterpart" || i + words.size() > c.sentence.end
        || words.size() <= best_end - i || !accusative_of(c.token(i).text, words.front().text)) {
      continue;
    }
    std::size_t j = i + 1;
    while (j - i < words.size() && word_at(words[j - i], j)) {
      ++j;
    }
    if (j - i == words.size()) {
      best = &title;
      best_end = j;
    }
  }
  if (best == nullptr) {
    return false;
  }
  // The owner: behind ل ("للمجلس") or, after a title of words with ل, the
  // demonym ("وزيرا للخارجية السعودية").
  const auto qualifier = qualifier_at(c, best_end, false);
  if (!qualifier) {
    return false;
  }
  holds(c, last.entity, qualifier->entity, post_role(c, best->role, qualifier->entity, best_end));
  c.items.push_back(Item{.begin = best_end, .end = qualifier->end, .entity = qualifier->entity});
  return true;
}

// "وزير الصحة يكتب", "مباحثات مع نظيره السعودي تناولت الخطوات": a word
// shaped as an imperfect verb after a title is the clause's verb, not a
// name, unless it is a given name. (Not "سيعود", the future: "سيرغي",
// "ستيفان" have its shape.) "وقال رئيس الوزراء الفلسطيني يونس الخطيب إن":
// a speaker's name (names_speaker) is one whatever its shape, and so is a
// word the spelling dictionary does not know ("تايي أتسكي سيلاسي": no verb).
bool EntityFinder::verb_after_title(const Context& c, std::size_t title, const Name& name) const
{
  return !name.entity && m_pack.clitics.imperfect_shape(c.token(name.begin).text)
         && !names_speaker(c, title, name) && !foreign_word(c, name.begin)
         && !token_in(c.token(name.begin), m_pack.words.given_name, m_pack.clitics);
}

// "رئيس مجلس النواب اللبناني نبيه بري": the president of a council or a
// parliament (words.tsv chair-body at `owner_word`, the word after the title)
// is its chair; any other title's role is its own.
std::string EntityFinder::post_role(const Context& c,
                                    std::string_view role,
                                    std::size_t of,
                                    std::size_t owner_word) const
{
  return role == president_role && c.entities[of].entity.type == EntityType::organization
             && owner_word < c.sentence.end
             && token_in(c.token(owner_word), m_pack.words.chair_body, m_pack.clitics)
           ? std::string(chair_role)
           : std::string(role);
}

// The person already holds, by a title in this sentence, a post in a country
// other than `owner`, itself a country.
bool EntityFinder::holds_other_country(const Context& c, std::size_t person, std::size_t owner)
{
  const auto& target = c.entities[owner].entity;
  if (target.type != EntityType::country) {
    return false;
  }
  const auto& id = c.entities[person].entity.id;
  const auto sentence = c.evidence().sentence;
  const auto is_country = [&](const std::string& object) {
    for (std::size_t e = 0; e < c.entities.size(); ++e) {
      if (c.entities[e].entity.id == object) {
        return c.entities[e].entity.type == EntityType::country;
      }
    }
    return false;
  };
  return std::any_of(c.relations.begin(), c.relations.end(), [&](const Relation& r) {
    return r.evidence.sentence == sentence && r.subject == id && r.predicate == "holds-position"
           && r.object != target.id && is_country(r.object);
  });
}

// "رفيق الشلي، وزير الدولة للشؤون الأمنية في تونس، قال": within a few words
// after an apposition's title, a place preposition and a country that closes
// the apposition: where the title is held (mentioned here), for a role of
// words.tsv country-role (an envoy "في اليمن" is sent there). Not a city: the
// apposition may say where the holder was.
std::optional<std::size_t> EntityFinder::country_closing(Context& c, std::size_t j) const
{
  for (auto k = j; k < c.sentence.end && k <= j + max_portfolio_words; ++k) {
    if (c.token(k).kind != TokenKind::word || closes_apposition(c, k)) {
      return std::nullopt;
    }
    if (!token_in(c.token(k), m_pack.words.place_preposition, m_pack.clitics)) {
      continue;
    }
    const auto g = known_at(c, k + 1);
    if (!g || g->demonym || m_gazetteer.entities()[g->entity].type != EntityType::country
        || !closes_apposition(c, k + 1 + g->tokens)) {
      return std::nullopt;
    }
    const auto country = c.entities.known(g->entity);
    c.mention(country, k + 1, k + 1 + g->tokens);
    return country;
  }
  return std::nullopt;
}

// "disaster mitigation agency BNPB" at j: up to four lowercase words, then an
// acronym the gazetteer does not know that ends the phrase, as the title's
// organization.
std::optional<EntityFinder::Qualifier> EntityFinder::owned_acronym(Context& c, std::size_t j) const
{
  if (!m_capitalized_names) {
    return std::nullopt;
  }
  for (auto k = j; k < c.sentence.end && k <= j + max_owned_words; ++k) {
    const auto& token = c.token(k);
    if (token.kind != TokenKind::word) {
      return std::nullopt;
    }
    if ((token.letter_case & case_all_caps) != 0) {
      const bool ends = k + 1 == c.sentence.end || c.token(k + 1).kind != TokenKind::word
                        || starts_finite_cue(c, k + 1);
      if (k == j || !ends || known_at(c, k)) {
        return std::nullopt;
      }
      return commit_proper_org(c, k, k + 1);
    }
    if (is_capitalized(token) || token_in(token, m_pack.words.stop, m_pack.clitics)) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// At j, what can only be a verb's object after a subject and its title: a
// known entity that is no person and no demonym, a head that stands for a
// country before the country ("الحكومة السورية", "نظام بشار الأسد"), or a
// counterpart's title, or the noun of an act in the accusative.
// Or, past time words and honorifics (words.tsv time, honorific), the title of
// a post (titles.tsv, with a role): the object has a title of its own
// ("استقبل الشيخ تميم بن حمد أمير قطر اليوم الرئيس رجب طيب أردوغان").
bool EntityFinder::object_after(Context& c, std::size_t j) const
{
  if (j >= c.sentence.end || c.token(j).kind != TokenKind::word) {
    return false;
  }
  if (const auto known = known_at(c, j)) {
    return !known->demonym && m_gazetteer.entities()[known->entity].type != EntityType::person;
  }
  if (country_head_at(c, j) || counterpart_title_at(c, j)) {
    return true;
  }
  // "تلقى الشيخ تميم بن حمد آل ثاني أمير البلاد اتصالا": the noun of an
  // act in the accusative (a cue word with its case ending) is the verb's
  // object, so the title before it is no object.
  if (!m_capitalized_names && m_pack.accusative_cue_word(c.token(j).text)) {
    return true;
  }
  auto t = j;
  while (t < c.sentence.end
         && (token_in(c.token(t), m_pack.words.time, m_pack.clitics)
             || token_in(c.token(t), m_pack.words.honorific, m_pack.clitics))) {
    ++t;
  }
  if (t >= c.sentence.end) {
    return false;
  }
  return title_at_where(
    c, t, [](const Title& title) { return title.role != no_role && title.role != "counterpart"; });
}

// A head of heads.tsv that stands for its country (label "=") at j, and
// after it the country, by name or demonym, or a person who led one.
bool EntityFinder::country_head_at(const Context& c, std::size_t j) const
{
  const auto end = country_head_end(c, j);
  if (!end || *end >= c.sentence.end) {
    return false;
  }
  const auto g = known_at(c, *end);
  if (!g) {
    return false;
  }
  const auto type = m_gazetteer.entities()[g->entity].type;
  return type == EntityType::country
         || (type == EntityType::person && led_country(g->entity).has_value());
}

std::optional<std::size_t> EntityFinder::country_head_end(const Context& c, std::size_t j) const
{
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.head_index.candidates(c.token(j), m_pack.clitics, candidates);
  for (const auto k : candidates) {
    const auto& head = m_pack.heads[k];
    if (const auto match = head.label_en == "=" ? match_cue(head.cue, c.tokens(), j, m_pack.clitics)
                                                : std::nullopt) {
      return match->end;
    }
  }
  return std::nullopt;
}

// "نظيره الأمريكي", "his counterpart": a title of role counterpart at j.
bool EntityFinder::counterpart_title_at(const Context& c, std::size_t j) const
{
  return title_at_where(c, j, [](const Title& title) { return title.role == "counterpart"; });
}

// The person whose item ends right before the post noun at `post`, or one
// word (the verb) before it.
std::optional<std::size_t> EntityFinder::post_holder(const Context& c, std::size_t post)
{
  for (auto it = c.items.rbegin(); it != c.items.rend() && it->end + 2 >= post; ++it) {
    if (it->kind == ItemKind::entity && (it->end == post || it->end + 1 == post)
        && c.entities[it->entity].entity.type == EntityType::person) {
      return it->entity;
    }
  }
  return std::nullopt;
}

// A reported clause, a quotation, a comma, the particle of a clause's verb
// ("قد") or the sentence's end at `j`.
bool EntityFinder::closes_apposition(const Context& c, std::size_t j) const
{
  if (j >= c.sentence.end) {
    return true;
  }
  const auto& token = c.token(j);
  return token_in(token, m_pack.words.complementizer, m_pack.clitics)
         || token_in(token, m_pack.words.quote, m_pack.clitics)
         || token_in(token, m_pack.words.list_separator, m_pack.clitics)
         || token_in(token, m_pack.words.boundary, m_pack.clitics)
         || token_in(token, m_pack.words.possibility, m_pack.clitics); // "قد تلقى": its verb
}

// Past up to max_title_qualifiers definite words at j that describe a post
// and name nothing (no name the gazetteer knows, no title, no time word; the
// first, unless `after_word` (a word of the post stands before it), no cue at
// all): "الوفد الحكومي المفاوض". j when none.
std::size_t EntityFinder::unowned_post_end(const Context& c, std::size_t j, bool after_word) const
{
  auto k = j;
  while (k < j + max_title_qualifiers && k < c.sentence.end && c.token(k).kind == TokenKind::word
         && has_article(c.token(k)) && !governed_word(c, k)
         && !token_in(c.token(k), m_pack.words.stop, m_pack.clitics)
         && !token_in(c.token(k), m_pack.words.time, m_pack.clitics) && !known_at(c, k)
         && (k == j && !after_word ? !starts_cue(c, k) : !starts_title(c, k))) {
    ++k;
  }
  return k;
}

// "وقال رئيس الوزراء الفلسطيني يونس الخطيب إن": right after a verb of
// saying the clause has its verb, and the title at `title` and a name of two
// words or more after it that ends where the report opens (closes_report)
// name its speaker: the name needs no given name there, and no word of it is
// the clause's verb.
bool EntityFinder::named_stranger(const Context& c, const Name& name) const
{
  return !name.entity && name.end >= name.begin + 2
         && (token_in(c.token(name.begin), m_pack.words.given_name, m_pack.clitics)
             || foreign_pair(c, name.begin));
}

bool EntityFinder::names_speaker(const Context& c, std::size_t title, const Name& name) const
{
  return !name.entity && name.end >= name.begin + 2 && title > c.sentence.begin
         && starts_speech_cue(c, title - 1) && closes_report(c, name.end);
}

std::optional<std::size_t> EntityFinder::pronoun_owner(const Context& c,
                                                       const Title& title,
                                                       std::size_t first,
                                                       std::size_t last) const
{
  // "رئيسه" (his president) folds to the feminine title "رئيسة", which ends
  // in a ta marbuta, not a pronoun. The title matched through the word's
  // forms ("ورئيسه", "لرئيسها").
  const auto& token = c.token(last);
  const auto& word = title.cue.words.back().text;
  const auto& endings = m_pack.words.title_pronoun.words();
  const auto forms = token.forms();
  const bool pronoun =
    !ends_in_ta_marbuta(token)
    && std::any_of(forms.begin(), forms.end(), [&](std::string_view form) {
         return std::any_of(endings.begin(),
                            endings.end(),
                            [&](const auto& ending) { return form.ends_with(ending); })
                && (form == word || m_pack.clitics.has_enclitic(form, word));
       });
  if (!pronoun) {
    return std::nullopt;
  }
  for (auto it = c.items.rbegin(); it != c.items.rend(); ++it) {
    if (it->end > first) {
      continue;
    }
    if (it->kind != ItemKind::entity) {
      return std::nullopt;
    }
    const auto type = c.entities[it->entity].entity.type;
    if (type == EntityType::organization || type == EntityType::country) {
      return it->entity;
    }
    return std::nullopt; // a person or a place stands between
  }
  return std::nullopt;
}

} // namespace newskg::extract
