// Head nouns: organizations, places and countries made of a head word and
// what it qualifies, quoted names, and bare heads that refer back.

#include "core/utf8.hpp"
#include "extract/entity_finder.hpp"
#include "extract/entity_finder_context.hpp"
#include "extract/normalizer.hpp"
#include "extract/token_shape.hpp"

#include <algorithm>

namespace newskg::extract {

// The head word at token t refers back to `entity` later in the document, as
// written without its article and, when it carries one, without its
// conjunction: "وشركة «قدس»" ... "الشركة".
void EntityFinder::register_head_word(Context& c, std::size_t t, std::size_t entity) const
{
  const auto text = c.token(t).text;
  const auto bare = m_pack.clitics.without_article(text);
  c.entities.register_head(std::string(bare), entity);
  const auto unjoined = m_pack.clitics.without_article(m_pack.clitics.without_conjunction(text));
  if (unjoined != bare) {
    c.entities.register_head(std::string(unjoined), entity);
  }
}

using namespace finder;

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
    if (head.facility) {
      if (auto facility = facility_at(c, head, i, j)) {
        facility->end = facility_country_after(c, facility->entity, facility->end);
        return facility;
      }
      continue;
    }
    if (head.type == EntityType::location) {
      // "هذه المدينة مسكن ...": the city named before; the word after is no name.
      if (i > c.sentence.begin
          && token_in(c.token(i - 1), m_pack.words.demonstrative, m_pack.clitics)) {
        continue;
      }
      // "قصفت حيا سكنيا": a head with a case ending is indefinite, in no
      // construct with a name.
      if (m_pack.clitics.has_case_ending(c.token(match->end - 1).text,
                                         head.cue.words.back().text)) {
        continue;
      }
      // "العاصمة الأفغانية كابول", "مدينة حلب السورية": a demonym beside the
      // place names its country.
      auto country = demonym_at(c, j);
      if (country) {
        j = country->end;
      }
      // "the capital, Skopje"; without letter case, past the comma only a
      // known place ("حكماء العاصمة، ونشر وحدات" names no place).
      const bool past_comma = head.seat && j + 1 < c.sentence.end
                              && token_in(c.token(j), m_pack.words.list_separator, m_pack.clitics);
      if (past_comma) {
        ++j;
      }
      // "بلدة الحميدية", "مدينة الرمادي": after a head of words.tsv
      // place-name-head in construct, the name may carry the article.
      const bool definite_name =
        j == match->end && !has_article(c.token(i))
        && token_in(c.token(i), m_pack.words.place_name_head, m_pack.clitics);
      // "المدينة دمرت": a definite head is in construct with no name after it;
      // past the article only a known place, or the capital's apposed name
      // ("العاصمة نواكشوط"), is the place.
      const bool construct = !has_article(c.token(i)) || head.seat || m_capitalized_names;
      // "قرية صغيرة"، "حي سكني": nor is an adjective agreeing with the head
      // an unknown place's name: a word of the dictionary, feminine and of an
      // adjective's shape (words.tsv adjective-ending ...) after a feminine
      // head ("مدينة سنجة" is a name), a masculine nisba after a masculine
      // one ("قضاء حديثة" is Haditha).
      const bool feminine = ends_in_ta_marbuta(c.token(match->end - 1));
      const bool adjective =
        j < c.sentence.end
        && (feminine
              ? ends_in_ta_marbuta(c.token(j))
                  && adjective_shape(m_pack.words, m_pack.clitics.without_article(c.token(j).text))
              : ends_in_nisba(c.token(j)) && !ends_in_ta_marbuta(c.token(j)))
        && dictionary_word(c, j);
      // "مقاطعة تسمى مقدونيا": a verb of naming is no name.
      if (j < c.sentence.end && token_in(c.token(j), m_pack.words.naming_verb, m_pack.clitics)) {
        continue;
      }
      const auto place = place_at(
        c, j, definite_name, construct && !adjective && !(past_comma && !m_capitalized_names));
      // "إلى العاصمة اليمنية": a seat's head and a country's adjective with
      // no name after them are that country's capital, where the gazetteer
      // lists one.
      if (const auto& owner_known = country && head.seat && !place && !past_comma
                                      ? c.entities[country->entity].known
                                      : std::nullopt;
          owner_known && c.entities[country->entity].entity.type == EntityType::country) {
        if (const auto capital = m_gazetteer.capital_of(*owner_known)) {
          const auto seat = c.entities.known(*capital);
          c.mention(seat, i, country->end);
          return Qualifier{seat, country->end};
        }
      }
      if (!place) {
        continue;
      }
      if (!country) {
        country = demonym_at(c, place->end);
      }
      std::optional<std::size_t> linked = country ? std::optional(country->entity) : std::nullopt;
      // "the Syrian city of Aleppo": English puts the country first.
      if (const auto owner = linked ? std::nullopt : owner_before(c, i);
          owner && c.entities[owner->entity].entity.type == EntityType::country) {
        linked = owner->entity;
      }
      if (const auto& known = c.entities[place->entity].known; !linked && head.seat && known) {
        if (const auto seat_of = m_gazetteer.seat_country(*known)) {
          linked = c.entities.known(*seat_of);
        }
      }
      // "مدينة الفاشر" ... "المدينة"، "هذه المدينة": the head alone refers back.
      register_head_word(c, i, place->entity);
      if (linked && !head.link.empty() && !lies_elsewhere(c, place->entity, *linked)) {
        c.relations.push_back(Relation{.subject = c.entities[place->entity].entity.id,
                                       .predicate = head.link,
                                       .object = c.entities[*linked].entity.id,
                                       .confidence = known_position_confidence,
                                       .evidence = c.evidence()});
      }
      return Qualifier{place->entity,
                       country && country->end > place->end ? country->end : place->end};
    }
    auto g = j < c.sentence.end ? known_at(c, j) : std::nullopt;
    // "وزارة الخارجية والتعاون الدولي الإماراتية": a second field joined by و,
    // as a portfolio is, before the country's adjective.
    if (const auto end = !g && head.type == EntityType::organization && j < c.sentence.end
                           ? joined_portfolio_end(c, j)
                           : j;
        end > j && end < c.sentence.end) {
      if (const auto after = known_at(c, end); after && after->demonym) {
        g = after;
        j = end;
      }
    }
    // "المحكمة العليا في باكستان": a country behind a place preposition right
    // after the head qualifies it too.
    if (!g && head.type == EntityType::organization && j + 1 < c.sentence.end
        && token_in(c.token(j), m_pack.words.place_preposition, m_pack.clitics)) {
      if (const auto behind = known_at(c, j + 1);
          behind && !behind->demonym
          && m_gazetteer.entities()[behind->entity].type == EntityType::country) {
        g = behind;
        ++j;
      }
    }
    // "حكومة السوداني" after "محمد شياع السوداني": a country's adjective after
    // a head with no article is no adjective of it but the person's surname
    // (surname_not_adjective): the head stands for the country he leads, as
    // below, or for nothing.
    if (const auto person = g && g->demonym && head.label_en == "=" && j == i + 1
                              ? surname_not_adjective(c, j)
                              : std::nullopt) {
      const auto& known = c.entities[*person].known;
      const auto led = known ? led_country(*known) : std::nullopt;
      if (!led) {
        continue;
      }
      c.mention(*person, j, j + 1);
      const auto country = c.entities.known(*led);
      c.mention(country, i, j + 1);
      return Qualifier{country, j + 1};
    }
    // "نظام بشار الأسد": a head that stands for its country, before the name
    // of the one who leads it, stands for the country that person leads.
    if (g && head.label_en == "=" && m_gazetteer.entities()[g->entity].type == EntityType::person) {
      const auto led = led_country(g->entity);
      if (!led) {
        continue;
      }
      c.mention(c.entities.known(g->entity), j, j + g->tokens);
      const auto country = c.entities.known(*led);
      c.mention(country, i, j + g->tokens);
      return Qualifier{country, j + g->tokens};
    }
    // "قوات الجيش الإسرائيلي", "قوات التحالف": a head that stands for its
    // country, in construct before an organization's name, is that
    // organization (not a head referring back to a country named before).
    if (g && !g->demonym && head.label_en == "=" && !has_article(c.token(i))
        && m_gazetteer.entities()[g->entity].type == EntityType::organization) {
      const auto organization = c.entities.known(g->entity);
      c.mention(organization, i, j + g->tokens);
      return Qualifier{organization, j + g->tokens};
    }
    // An organization head qualifies a country: "الجيش السوداني", not "الجيش
    // قوات الدعم السريع" (the army and the forces are two actors).
    const bool qualifies =
      g
      && (m_gazetteer.entities()[g->entity].type == EntityType::country
          || (head.type == EntityType::country
              && m_gazetteer.entities()[g->entity].type == EntityType::location));
    if (!qualifies) {
      // A head in construct before a definite genitive heads another name:
      // "قوات الأمن العراقية" is no "القوات الجوية" named before.
      if (j == i + 1 && !has_article(c.token(i)) && j < c.sentence.end && has_article(c.token(j))) {
        continue;
      }
      // "لأي حكومة جديدة": after "any" (words.tsv any-determiner) a head
      // refers back to no one.
      if (i > c.sentence.begin
          && token_in(c.token(i - 1), m_pack.words.any_determiner, m_pack.clitics)) {
        continue;
      }
      // A bare head refers back: "وزارة الخارجية" after "وزارة الخارجية
      // الأمريكية"; "قوات النظام" after "النظام السوري" (a head that stands
      // for its country is known by its word).
      const std::string key = head.label_en == "="
                                ? std::string(m_pack.clitics.without_article(c.token(i).text))
                                : head.label_en;
      // "قوات من أوغندا": a preposition and a name after the head say whose
      // they are; no reference back.
      if (j + 1 < c.sentence.end && token_in(c.token(j), m_pack.words.preposition, m_pack.clitics)
          && known_at(c, j + 1)) {
        continue;
      }
      if (const auto earlier = c.entities.by_head(key)) {
        c.mention(*earlier, i, j);
        return Qualifier{*earlier, j};
      }
      continue;
    }
    const auto of = c.entities.known(g->entity);
    const auto end = j + g->tokens;
    // "الحكومة الألمانية" is Germany; "جمهورية أرمينيا" is Armenia.
    const bool itself =
      head.label_en == "="
      || (head.type == EntityType::country && c.entities[of].entity.type == EntityType::country);
    if (head.label_en == "=" && c.entities[of].entity.type != EntityType::country) {
      continue;
    }
    // "للشرطة الإسبانية": the label drops what is written before the head's
    // word, not the letters of a head that only look like a proclitic ("سلاح
    // الجو").
    const auto entity = itself ? of
                               : c.entities.qualified(head.type,
                                                      head.label_en,
                                                      of,
                                                      c.token(i).text == head.cue.words.front().text
                                                        ? c.surface(i, end)
                                                        : without_proclitics(c, i, end),
                                                      m_lang);
    c.mention(of, j, end);
    c.mention(entity, i, end);
    if (!itself) {
      c.entities.register_head(head.label_en, entity);
      register_head_word(c, i, entity);
    } else if (head.label_en == "=") {
      register_head_word(c, i, entity);
    }
    return Qualifier{entity, end};
  }
  return org_phrase_at(c, i);
}

// "مستشفى النقيب", "مشفى 22 مايو": a facility head and one or two name words
// (a number and the word after it) name a place of their own; "مطار عدن": a
// known place after the head names it too (where it lies is said by "في" or
// "ب", not by its name: "ميناء الحديدة" may be the port or the city).
std::optional<EntityFinder::Qualifier>
EntityFinder::facility_at(Context& c, const Head& head, std::size_t i, std::size_t j) const
{
  if (j >= c.sentence.end) {
    return std::nullopt;
  }
  // "فندق "امبريال مرحبا"": up to three words in quotation marks name it; not
  // a quotation that opens with the article ("فندق "الوضع كارثي"" is speech).
  const auto quote = [&](std::size_t t) {
    return t < c.sentence.end && token_in(c.token(t), m_pack.words.quote, m_pack.clitics);
  };
  if (quote(j)) {
    std::size_t close = j + 1;
    while (close < c.sentence.end && close <= j + 3 && c.token(close).kind == TokenKind::word) {
      ++close;
    }
    if (close == j + 1 || !quote(close) || has_article(c.token(j + 1))) {
      return std::nullopt;
    }
    auto name = facility_name(c, head, i, i + 1);
    name += ' ';
    name += c.surface(j + 1, close);
    const auto facility = c.entities.found(EntityType::location, name, m_lang);
    c.mention(facility, i, close + 1);
    return Qualifier{facility, close + 1};
  }
  if (head.quoted) {
    return std::nullopt;
  }
  if (const auto g = known_at(c, j);
      g && !g->demonym && !m_pack.clitics.lost_preposition(c.token(j).text, g->form)) {
    const auto type = m_gazetteer.entities()[g->entity].type;
    if (type != EntityType::location && type != EntityType::country) {
      return std::nullopt;
    }
    const auto end = j + g->tokens;
    c.mention(c.entities.known(g->entity), j, end);
    const auto facility =
      c.entities.found(EntityType::location, facility_name(c, head, i, end), m_lang);
    c.mention(facility, i, end);
    return Qualifier{facility, end};
  }
  // "المستشفى دمر": a definite head is no construct; without letter case
  // the words after it name nothing.
  if (!m_capitalized_names && has_article(c.token(i))) {
    return std::nullopt;
  }
  // "مطار الملك خالد"، "مستشفى الملك فهد": a title of words.tsv namesake-role
  // and its name name the facility after that person, who is no one of the
  // text (as after an organization's head).
  if (const auto end = namesake_end(c, j); end > j) {
    const auto facility =
      c.entities.found(EntityType::location, facility_name(c, head, i, end), m_lang);
    c.mention(facility, i, end);
    return Qualifier{facility, end};
  }
  // "قاعدة بيانات"، "سد الفراغ": a word the spelling dictionary knows names
  // no facility after a head of named-facility.
  if (head.proper && (dictionary_word(c, j) || c.token(j).kind != TokenKind::word)) {
    return std::nullopt;
  }
  std::size_t k = j;
  if (c.token(k).kind == TokenKind::number) {
    k = k + 1 < c.sentence.end && c.token(k + 1).kind == TokenKind::word ? k + 2 : k; // "22 مايو"
  } else {
    // "مستشفى للأطفال" is a children's hospital: a definite word behind a
    // preposition names none ("مطار بومدين" does). Nor does an indefinite
    // adjective of the dictionary, a nisba as written or with words.tsv
    // adjective-ending ("مستشفى ميدانيا"، "مستشفى ميداني جراحي": a field hospital).
    const auto adjective = [&](std::size_t t) {
      const auto& token = c.token(t);
      return !has_article(token) && dictionary_word(c, t)
             && (ends_in_nisba(token) || adjective_ending(m_pack.words, token.text));
    };
    // "مستشفى النقيب": a rank (a title of one word and no position) with no
    // name after it is the facility's name.
    const auto rank_alone = [&](std::size_t t) {
      return title_end(c, t) == t + 1
             && !title_at_where(c, t, [](const Title& title) { return title.role != no_role; })
             && !is_name_word(c, t + 1);
    };
    while (k < c.sentence.end && k - j < 2 && (is_name_word(c, k) || (k == j && rank_alone(k)))
           && !token_in(c.token(k), m_pack.words.place_preposition, m_pack.clitics)
           && !(has_article(c.token(k)) && governed_word(c, k)) && !adjective(k)) {
      ++k;
    }
  }
  if (k == j) {
    return std::nullopt;
  }
  const auto facility =
    c.entities.found(EntityType::location, facility_name(c, head, i, k), m_lang);
  c.mention(facility, i, k);
  return Qualifier{facility, k};
}

// Tokens [i, end) as written, from the head word on: "ومشفى النقيب" => "مشفى
// النقيب"; "سجن" keeps its س, which is no proclitic here.
std::string
EntityFinder::facility_name(Context& c, const Head& head, std::size_t i, std::size_t end)
{
  const auto& token = c.token(i);
  const auto& word = head.cue.words.front().text;
  std::size_t dropped = 0;
  for (const auto form : token.forms()) {
    if (form.starts_with(word)) {
      dropped =
        to_u32(token.text).size() - to_u32(form).size(); // the longest such form comes first
      break;
    }
  }
  return original_after(c, i, dropped, end);
}

// The original text of tokens [i, end) from the `dropped`-th normalized code
// point of token i on, so that its diacritics and letters stay as written.
std::string
EntityFinder::original_after(Context& c, std::size_t i, std::size_t dropped, std::size_t end)
{
  const auto span = c.token(i).span;
  const auto local = normalize(std::u32string_view(c.original).substr(span.begin, span.size()));
  const auto from = dropped < local.to_original.size() ? local.to_original[dropped] : 0;
  return substr_utf8(c.original, span.begin + from, c.token(end - 1).span.end);
}

// A place after a place head: a known one, or one word that looks like a
// name and has no article ("مدينة زنغيلان").
std::optional<EntityFinder::Qualifier>
EntityFinder::place_at(Context& c, std::size_t j, bool definite_name, bool unknown_name) const
{
  if (j >= c.sentence.end) {
    return std::nullopt;
  }
  const auto g = known_at(c, j);
  if (g && !g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::location) {
    const auto place = c.entities.known(g->entity);
    c.mention(place, j, j + g->tokens);
    return Qualifier{place, j + g->tokens};
  }
  // "مدينة البعث": a place named after an organization or a person.
  const auto type = g ? std::optional(m_gazetteer.entities()[g->entity].type) : std::nullopt;
  const bool named_after = definite_name && g && !g->demonym && g->tokens == 1
                           && has_article(c.token(j)) && type != EntityType::country
                           && type != EntityType::location;
  // "مدينة الشيخ زويد": after a place-name-head, a first word of words.tsv
  // place-name-first with the article, and the name word after it (without
  // the article, the compound below reads it: "بلدة أبو ديس").
  if (definite_name && has_article(c.token(j)) && !g && j + 1 < c.sentence.end
      && token_in(c.token(j), m_pack.words.place_name_first, m_pack.clitics)
      && is_name_word(c, j + 1) && !token_in(c.token(j + 1), m_pack.words.time, m_pack.clitics)) {
    const auto place = c.entities.found(EntityType::location, c.surface(j, j + 2), m_lang);
    c.mention(place, j, j + 2);
    return Qualifier{place, j + 2};
  }
  if (named_after
      || (definite_name && !g && has_article(c.token(j)) && is_name_word(c, j)
          && !m_pack.clitics.fused_article(c.token(j).text))) {
    const auto place = c.entities.found(EntityType::location, c.surface(j, j + 1), m_lang);
    c.mention(place, j, j + 1);
    return Qualifier{place, j + 1};
  }
  // "منطقة شمال وزيرستان": a direction before a known place names a place
  // of its own (North Waziristan), not one called "north".
  if (unknown_name && !g && j + 1 < c.sentence.end
      && token_in(c.token(j), m_pack.words.direction, m_pack.clitics)) {
    const auto after = known_at(c, j + 1);
    if (!after || after->demonym
        || m_gazetteer.entities()[after->entity].type != EntityType::location) {
      return std::nullopt;
    }
    const auto end = j + 1 + after->tokens;
    const auto place = c.entities.found(EntityType::location, c.surface(j, end), m_lang);
    c.mention(place, j, end);
    return Qualifier{place, end};
  }
  // "قرية قرب الحدود": a preposition after the head is no name; nor is a word
  // with a pronoun ("العاصمة اليمنية يرافقه وفد").
  if (unknown_name && !g && is_name_word(c, j) && !has_article(c.token(j))
      && !word_with_pronoun(c, j) && !token_in(c.token(j), m_pack.words.preposition, m_pack.clitics)
      && !token_in(c.token(j), m_pack.words.place_preposition, m_pack.clitics)) {
    // "بلدة خان أرنبة", "قرية عين ترما": a first word of words.tsv
    // place-name-first takes the name word after it, with or without the article.
    // "مدينة نوفا كاخوفكا": so does any first word a foreign one (a word the
    // spelling dictionary does not know).
    const bool compound = j + 1 < c.sentence.end
                          && (token_in(c.token(j), m_pack.words.place_name_first, m_pack.clitics)
                              || foreign_word(c, j + 1))
                          && is_name_word(c, j + 1)
                          && !token_in(c.token(j + 1), m_pack.words.time, m_pack.clitics);
    auto end = compound ? j + 2 : j + 1;
    // "محافظة شبيلي السفلى": an elative of position after the name is the
    // name's (words.tsv place-name-adjective: Lower Shabelle).
    if (end < c.sentence.end
        && token_in(c.token(end), m_pack.words.place_name_adjective, m_pack.clitics)) {
      ++end;
    }
    const auto place = c.entities.found(EntityType::location, c.surface(j, end), m_lang);
    c.mention(place, j, end);
    return Qualifier{place, end};
  }
  return std::nullopt;
}

// "مدينة مشهد الإيرانية", "الموصل العراقية": without letter case, a known
// place (its name from token `begin`) and, agreeing with it, a country's
// adjective in the feminine (a city or a region is feminine; in the masculine
// after a masculine head of a region) after it: the place lies in that
// country. Returns where the place's phrase ends.
std::size_t EntityFinder::place_country_after(Context& c,
                                              std::size_t place,
                                              std::size_t begin,
                                              std::size_t j) const
{
  // "إقليم أمهرة الإثيوبي": a name the gazetteer knows with a masculine head
  // of a region first (words.tsv region-head) takes the masculine adjective;
  // not a camp's ("مخيم عين الحلوة الفلسطيني" is in Lebanon).
  const bool masculine_head =
    begin < j && token_in(c.token(begin), m_pack.words.region_head, m_pack.clitics);
  if (m_capitalized_names || j >= c.sentence.end
      || !(ends_in_ta_marbuta(c.token(j)) || (masculine_head && ends_in_nisba(c.token(j))))) {
    return j;
  }
  const auto country = demonym_at(c, j);
  if (!country) {
    return j;
  }
  if (lies_elsewhere(c, place, country->entity)) {
    return j;
  }
  located_in(c, place, country->entity);
  return country->end;
}

// "ميناء جيهان التركي": a country's adjective with the article right after a
// facility's name (it agrees with the head) places the facility in that
// country. Returns where the facility's phrase ends.
std::size_t
EntityFinder::facility_country_after(Context& c, std::size_t facility, std::size_t j) const
{
  if (m_capitalized_names) {
    return j;
  }
  const auto country = demonym_at(c, j);
  if (!country) {
    return j;
  }
  located_in(c, facility, country->entity);
  return country->end;
}

// The gazetteer places `place` in a country other than `country`: "طرابلس
// اللبنانية" is not the Tripoli it places in Libya.
bool EntityFinder::lies_elsewhere(const Context& c, std::size_t place, std::size_t country) const
{
  const auto& known = c.entities[place].known;
  const auto& where = c.entities[country].known;
  return known && where && m_gazetteer.lies_elsewhere(*known, *where);
}

// A demonym with the article at j, agreeing with a definite place phrase.
std::optional<EntityFinder::Qualifier> EntityFinder::demonym_at(Context& c, std::size_t j) const
{
  if (j >= c.sentence.end || !has_article(c.token(j))) {
    return std::nullopt;
  }
  // "السورية" is also a spelling of Syria's name: any country word counts.
  const auto g = known_at(c, j);
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
  // "جامعة سافولك": a head of words.tsv name-head only (no org-head) names
  // an organization by a foreign name in construct after it ("جامعة عريقة"
  // and "جامعة أمريكية" name none).
  const bool org_head = token_in(c.token(i), m_pack.words.org_head, m_pack.clitics);
  if (!org_head) {
    if (auto city_named = city_named_at(c, i);
        city_named || !token_in(c.token(i), m_pack.words.name_head, m_pack.clitics)
        || i + 1 >= c.sentence.end || !foreign_word(c, i + 1)) {
      return city_named;
    }
  }
  if (auto quoted = quoted_name_after(c, i)) {
    return quoted;
  }
  std::size_t j = i + 1;
  // (Not when the head and the noun are one head of heads.tsv: a bare "وزارة
  // الخارجية" is any country's ministry, read by head_entity_at or nowhere;
  // with a second field joined to it, "وزارة الخارجية والمغتربين", it is a name.)
  const auto org_noun = [&](std::size_t t) {
    return starts_org_noun(c, t) && !governed_word(c, t)
           && (!starts_org_noun(c, i)
               || (t + 1 < c.sentence.end && joined_portfolio_end(c, t + 1) > t + 1));
  };
  while (org_head && j < c.sentence.end && j <= i + max_title_qualifiers
         && c.token(j).kind == TokenKind::word
         && has_article(c.token(j))
         // "للدولة" may go on the name as its genitive, "بالانحياز" may not.
         && !governed_not_genitive(c, j)
         && !m_pack.clitics.conjoined(c.token(j).text)
         // As written: "العليا" would be a form of the stop word "على".
         && !m_pack.words.stop.contains(c.token(j).text)
         && !token_in(c.token(j), m_pack.words.org_head, m_pack.clitics)
         // (A head noun of an organization is the head's genitive: "جهاز
         // الاستخبارات"، "جهاز الشرطة".)
         && (!starts_cue(c, j) || org_noun(j))) {
    if (const auto g = known_at(c, j)) {
      // A demonym agrees with its head in the article: after "هيئة" it is
      // no adjective of the head ("هيئة الإندونيسية للتخفيف"), and the name,
      // whose words are elsewhere, is not read.
      if (g->demonym && j == i + 1 && !has_article(c.token(i))) {
        return std::nullopt;
      }
      if (g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::country) {
        c.mention(c.entities.known(g->entity), j, j + g->tokens);
        j += g->tokens;
      }
      break;
    }
    ++j;
  }
  // "وزارة الخارجية والمغتربين": a second field joined by و, as a minister's
  // portfolio is; not another organization's head ("وزارة الدفاع والجيش").
  if (org_head && j > i + 1 && j < c.sentence.end
      && !token_in(c.token(j), m_pack.words.org_head, m_pack.clitics) && !starts_org_noun(c, j)) {
    // Past the joined noun only its adjectives ("والموارد الطبيعية"), not
    // the next phrase ("والمغتربين الاقتحام").
    if (const auto end = joined_portfolio_end(c, j); end > j) {
      for (++j; j < end && ends_in_nisba(c.token(j)); ++j) {
      }
    }
  }
  // "مركز الملك سلمان للإغاثة", "جامعة الملك سعود": in construct, a title of
  // words.tsv namesake-role and its name, and a genitive behind "ل", name the
  // organization, not the person (title_at reads no title there).
  if (j == i + 1 && !has_article(c.token(i))) {
    j = namesake_end(c, j);
  }
  // "شركة تويوتا", "منظمة هيومن رايتس ووتش": a head of words.tsv name-head
  // in construct before one to three words of a foreign name (no article, no
  // ta marbuta, no given name); "لجنة تحقيق" names no one.
  // A city's name may be one of those words: "نادي ريال مدريد", "صحيفة
  // نيويورك تايمز".
  if (j == i + 1 && !has_article(c.token(i))
      && token_in(c.token(i), m_pack.words.name_head, m_pack.clitics)) {
    while (j < c.sentence.end && j <= i + max_title_qualifiers && !has_article(c.token(j))
           && !ends_in_ta_marbuta(c.token(j))
           && !token_in(c.token(j), m_pack.words.given_name, m_pack.clitics)
           && !token_in(c.token(j), m_pack.words.org_head, m_pack.clitics)
           // "شركة بوينغ": a foreign first word only looks like ب + a word.
           && (!governed_word(c, j) || (j == i + 1 && foreign_word(c, j)))
           && (j == i + 1 || !m_pack.clitics.conjoined(c.token(j).text))) {
      // "حزب باستيف عثمان سونكو": after a foreign first word, a word the
      // dictionary knows begins what follows the name (its leader's).
      if (j > i + 1 && foreign_word(c, i + 1) && !foreign_word(c, j) && city_words_at(c, j) == 0) {
        break;
      }
      if (is_name_word(c, j)
          || (j == i + 1 && token_in(c.token(j), m_pack.words.act_name_noun, m_pack.clitics))) {
        ++j;
      } else if (const auto words = city_words_at(c, j);
                 words > 0 && j + words <= i + 1 + max_title_qualifiers) {
        j += words;
      } else {
        break;
      }
    }
    // A city alone after the head keeps its reading as the place.
    if (j > i + 1 && city_words_at(c, i + 1) == j - (i + 1)) {
      j = i + 1;
    }
    // "حركة أحرار الشام", "جماعة جند الأقصى": one word in construct takes
    // its definite genitive, even a place's name; not a country's adjective
    // ("شركة تويوتا اليابانية"). A verbal noun of words.tsv act-name-noun
    // takes a country's name too ("حركة تحرير السودان").
    const bool act_name =
      j == i + 2 && token_in(c.token(i + 1), m_pack.words.act_name_noun, m_pack.clitics);
    if (j == i + 2 && j < c.sentence.end && (has_article(c.token(j)) || act_name)
        && !token_in(c.token(j), m_pack.words.time, m_pack.clitics) && !starts_cue(c, j)) {
      const auto known = known_at(c, j);
      if (const auto words = city_words_at(c, j); words > 0) {
        j += words;
      } else if (act_name && known && !known->demonym
                 && m_gazetteer.entities()[known->entity].type != EntityType::person
                 && m_gazetteer.entities()[known->entity].type != EntityType::organization) {
        j += known->tokens;
      } else if (has_article(c.token(j)) && is_name_word(c, j) && !known) {
        ++j;
      }
    }
    // A verbal noun alone after the head names nothing ("حركة تحرير" then a verb).
    if (j == i + 2 && token_in(c.token(i + 1), m_pack.words.act_name_noun, m_pack.clitics)) {
      j = i + 1;
    }
  }
  if (j == i + 1) {
    return std::nullopt;
  }
  // "الاتحاد الأفريقي لكرة القدم": a field behind ل (words.tsv org-domain)
  // and its definite genitive go on the name.
  if (j + 1 < c.sentence.end && token_in(c.token(j), m_pack.words.org_domain, m_pack.clitics)) {
    ++j;
    if (c.token(j).kind == TokenKind::word && has_article(c.token(j))
        && !m_pack.words.stop.contains(c.token(j).text)) {
      ++j;
    }
  }
  auto name = without_proclitics(c, i);
  if (j > i + 1) {
    name += ' ';
    name += c.surface(i + 1, j);
  }
  // "المحكمة العليا", "وزارة المالية": a phrase that is a head of heads.tsv
  // whole is known by that head's English name, as an English text finds it.
  thread_local std::vector<std::uint32_t> heads;
  m_pack.head_index.candidates(c.token(i), m_pack.clitics, heads);
  const auto whole = std::find_if(heads.begin(), heads.end(), [&](std::uint32_t k) {
    const auto& head = m_pack.heads[k];
    const auto match = head.type == EntityType::organization && head.label_en != "="
                         ? match_cue(head.cue, c.tokens(), i, m_pack.clitics)
                         : std::nullopt;
    return match && match->end == j;
  });
  const auto entity = whole == heads.end()
                        ? c.entities.found(EntityType::organization, name, m_lang)
                        : c.entities.translated(
                          EntityType::organization, m_pack.heads[*whole].label_en, name, m_lang);
  c.mention(entity, i, j);
  register_head_word(c, i, entity);
  // "شركة توتال إنرجيز" ... "توتال إنرجيز": the foreign words of the name
  // refer back to the organization without its head.
  for (auto k = i + 1; k < j; ++k) {
    if (!has_article(c.token(k)) && foreign_word(c, k)) {
      const std::string word(c.token(k).text);
      c.entities.add_name_words(entity, std::span(&word, 1));
    }
  }
  return Qualifier{entity, j};
}

// "حزب «فرنسا الأبية»"، "ائتلاف «الإعمار والتنمية»"، "شركة «مبادلة»
// الإماراتية": an organization's head in construct (no article) before one to
// max_head_quoted_words words in quotation marks: the organization they name,
// whatever the words are (a country's name too); a known organization there
// is that one ("حركة «حماس»"). A country's adjective right after it is its.
std::optional<EntityFinder::Qualifier> EntityFinder::quoted_name_after(Context& c,
                                                                       std::size_t i) const
{
  const auto quote = [&](std::size_t t) {
    return t < c.sentence.end && token_in(c.token(t), m_pack.words.quote, m_pack.clitics);
  };
  if (m_capitalized_names || has_article(c.token(i)) || !quote(i + 1)) {
    return std::nullopt;
  }
  std::size_t close = i + 2;
  while (close < c.sentence.end && close <= i + 1 + max_head_quoted_words
         && c.token(close).kind == TokenKind::word) {
    ++close;
  }
  if (close == i + 2 || !quote(close)) {
    return std::nullopt;
  }
  const auto g = known_at(c, i + 2);
  const bool known = g && !g->demonym && i + 2 + g->tokens == close
                     && m_gazetteer.entities()[g->entity].type == EntityType::organization;
  const auto entity =
    known ? c.entities.known(g->entity)
          : c.entities.found(EntityType::organization, c.surface(i + 2, close), m_lang);
  // "شركة «مبادلة»" ... "ووقعت مبادلة": a quoted name of one word without the
  // article ("«النهضة»" is also a word), no name known already, refers back
  // to the organization without its head.
  if (!g && close == i + 3 && !has_article(c.token(i + 2))) {
    const std::string word(c.token(i + 2).text);
    c.entities.add_name_words(entity, std::span(&word, 1));
  }
  auto end = close + 1;
  if (const auto adjective =
        end < c.sentence.end && has_article(c.token(end)) ? known_at(c, end) : std::nullopt;
      adjective && adjective->demonym
      && m_gazetteer.entities()[adjective->entity].type == EntityType::country) {
    c.mention(c.entities.known(adjective->entity), end, end + adjective->tokens);
    end += adjective->tokens;
  }
  c.mention(entity, i, end);
  register_head_word(c, i, entity);
  return Qualifier{entity, end};
}

// The words of a place the gazetteer knows (a city) at token k; 0 when none.
std::size_t EntityFinder::city_words_at(const Context& c, std::size_t k) const
{
  const auto g = known_at(c, k);
  return g && !g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::location
           ? g->tokens
           : 0;
}

std::optional<GazetteerMatch> EntityFinder::known_org_after_head(const Context& c,
                                                                 std::size_t i) const
{
  if (m_capitalized_names || i + 1 >= c.sentence.end || has_article(c.token(i))
      || !token_in(c.token(i), m_pack.words.org_head, m_pack.clitics)) {
    return std::nullopt;
  }
  const auto named = known_at(c, i + 1);
  if (!named || named->demonym
      || m_gazetteer.entities()[named->entity].type != EntityType::organization) {
    return std::nullopt;
  }
  return named;
}

std::optional<EntityFinder::Qualifier>
EntityFinder::own_org_after_known(Context& c, std::size_t i, const GazetteerMatch& known) const
{
  constexpr std::size_t max_adjectives = 2;
  const auto end = i + 1 + known.tokens;
  auto k = end;
  while (k < c.sentence.end && k < end + max_adjectives && c.token(k).kind == TokenKind::word
         && has_article(c.token(k)) && !m_pack.clitics.governed(c.token(k)) && !known_at(c, k)
         && (ends_in_nisba(c.token(k))
             || adjective_ending(m_pack.words, m_pack.clitics.without_article(c.token(k).text)))
         && dictionary_word(c, k)) {
    ++k;
  }
  if (k == end) {
    return std::nullopt;
  }
  // "... في الصومال": where the mission is is part of its name.
  if (k + 1 < c.sentence.end && m_pack.words.place_preposition.contains(c.token(k).text)) {
    if (const auto place = known_at(c, k + 1);
        place && !place->demonym
        && m_gazetteer.entities()[place->entity].type != EntityType::organization
        && m_gazetteer.entities()[place->entity].type != EntityType::person) {
      k += 1 + place->tokens;
    }
  }
  const auto entity =
    c.entities.found(EntityType::organization, without_proclitics(c, i, k), m_lang);
  c.mention(entity, i, k);
  register_head_word(c, i, entity);
  part_of(c, entity, c.entities.known(known.entity));
  return Qualifier{entity, k};
}

// "جامعة القاهرة": a head of words.tsv city-name-head in construct before a
// city's name, article or ta marbuta and all, names an organization; the
// city ends the name.
std::optional<EntityFinder::Qualifier> EntityFinder::city_named_at(Context& c, std::size_t i) const
{
  if (i + 1 >= c.sentence.end || has_article(c.token(i))
      || !token_in(c.token(i), m_pack.words.city_name_head, m_pack.clitics)) {
    return std::nullopt;
  }
  const auto words = city_words_at(c, i + 1);
  if (words == 0) {
    return std::nullopt;
  }
  const auto end = i + 1 + words;
  auto name = without_proclitics(c, i);
  name += ' ';
  name += c.surface(i + 1, end);
  const auto entity = c.entities.found(EntityType::organization, name, m_lang);
  c.mention(entity, i, end);
  return Qualifier{entity, end};
}

// Where a title of words.tsv namesake-role at j, its name and the genitive
// behind the language's genitive preposition ("ل") after them end; j when
// none is there.
std::size_t EntityFinder::namesake_end(Context& c, std::size_t j) const
{
  if (j >= c.sentence.end) {
    return j;
  }
  std::optional<std::size_t> end;
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.title_index.candidates(c.token(j), m_pack.clitics, candidates);
  for (const auto index : candidates) {
    const auto& title = m_pack.titles[index];
    const auto match = m_pack.words.namesake_role.contains(title.role)
                         ? match_cue(title.cue, c.tokens(), j, m_pack.clitics)
                         : std::nullopt;
    if (const auto name = match ? name_at(c, match->end) : std::nullopt) {
      end = name->end;
      break;
    }
  }
  // A person the gazetteer knows with the title: "الملك سلمان".
  if (const auto g = end ? std::nullopt : known_at(c, j);
      g && !g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::person
      && starts_title(c, j)) {
    end = j + g->tokens;
  }
  if (!end) {
    return j;
  }
  if (*end < c.sentence.end && !m_pack.genitive_prep().empty() && has_article(c.token(*end))
      && m_pack.clitics.starts_with_prep(c.token(*end).text, m_pack.genitive_prep())) {
    ++*end; // "للإغاثة"
  }
  return *end;
}

// The original text of token i without its proclitic conjunction and
// preposition, the article kept: "للحراك" => "الحراك", "ولجنة" => "لجنة".
std::string EntityFinder::without_proclitics(Context& c, std::size_t i, std::size_t end) const
{
  end = std::max(end, i + 1);
  const auto& token = c.token(i);
  // "لجنة" is a word of its own, not ل + جنة; "بلدية" not ب + لدية; "ولجنة"
  // is و + لجنة.
  for (const auto* heads : {&m_pack.words.org_head, &m_pack.words.city_name_head}) {
    if (heads->contains(token.text)
        || heads->contains(m_pack.clitics.without_article(token.text))) {
      return c.surface(i, end);
    }
    if (conjoined_in(token.text, *heads, m_pack.clitics)) {
      const auto bare = m_pack.clitics.without_conjunction(token.text);
      return original_after(
        c, i, code_points(token.text.substr(0, token.text.size() - bare.size())), end);
    }
  }
  const auto [dropped, article] = m_pack.clitics.proclitic_length(token.text);
  return article + original_after(c, i, dropped, end);
}

// "وزارة الخارجية الأمريكية" from the gazetteer: a later bare "وزارة
// الخارجية" or "الوزارة" refers back to it.
void EntityFinder::register_known_head(Context& c,
                                       std::size_t entity,
                                       std::size_t begin,
                                       std::size_t end) const
{
  register_head_word(c, begin, entity);
  if (const auto known = c.entities[entity].known) {
    if (const auto heads = m_alias_heads.find(*known); heads != m_alias_heads.end()) {
      for (const auto& head : heads->second) {
        c.entities.register_alias_head(head, entity, c.sentence.index);
      }
    }
  }
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

void EntityFinder::leader_forces(Context& c, std::size_t title) const
{
  // (Not behind a preposition: "بقيادة وزير الدفاع" is led by him.)
  if (title == c.sentence.begin || c.items.empty() || c.items.back().begin != title
      || has_article(c.token(title - 1)) || governed_word(c, title - 1)) {
    return;
  }
  const bool head = country_head_end(c, title - 1) == title;
  auto& item = c.items.back();
  // (Nor over an item ending right before the title.)
  if (!head || item.kind != ItemKind::entity
      || (c.items.size() >= 2 && c.items[c.items.size() - 2].end >= title)) {
    return;
  }
  const auto& record = c.entities[item.entity];
  if (record.entity.type != EntityType::person) {
    return;
  }
  // The country the person leads: by the gazetteer, or by the title read here.
  auto country = record.known ? led_country(*record.known) : std::nullopt;
  std::optional<std::size_t> led;
  if (country) {
    led = c.entities.known(*country);
  } else if (record.role_of && m_pack.words.country_role.contains(record.role)
             && c.entities[*record.role_of].entity.type == EntityType::country) {
    led = record.role_of;
  }
  if (!led) {
    return;
  }
  c.mention(*led, title - 1, item.end);
  item = Item{.begin = title - 1, .end = item.end, .entity = *led};
}

// The one country a person of the gazetteer ever held a country role of
// words.tsv in (president, prime minister, king): who leads it.
std::optional<std::size_t> EntityFinder::led_country(std::size_t person) const
{
  std::optional<std::size_t> led;
  for (const auto& position : m_gazetteer.positions_of(person)) {
    if (!m_pack.words.country_role.contains(position.role)
        || m_gazetteer.entities()[position.of].type != EntityType::country) {
      continue;
    }
    if (led && *led != position.of) {
      return std::nullopt;
    }
    led = position.of;
  }
  return led;
}

bool EntityFinder::head_at(Context& c, std::size_t i) const
{
  const auto head = head_entity_at(c, i);
  if (head) {
    c.items.push_back(
      Item{.begin = i, .end = head->end, .entity = head->entity, .governed = head_governed(c, i)});
  }
  return head.has_value();
}

// "بمدينة حمص": the head word carries a proclitic preposition.
bool EntityFinder::head_governed(const Context& c, std::size_t i) const
{
  thread_local std::vector<std::uint32_t> candidates;
  m_pack.head_index.candidates(c.token(i), m_pack.clitics, candidates);
  return std::any_of(candidates.begin(), candidates.end(), [&](std::uint32_t k) {
    return m_pack.clitics.lost_preposition(c.token(i).text, m_pack.heads[k].cue.words.front().text);
  });
}

// "لحركة حماس": the word of words.tsv org-head at i carries a proclitic
// preposition; "بعثة الأمم المتحدة"، "لجنة" begin with the letter as written.
bool EntityFinder::org_head_governed(const Context& c, std::size_t i) const
{
  const auto& token = c.token(i);
  const auto forms = token.forms();
  const bool as_written = std::any_of(forms.begin(), forms.end(), [&](std::string_view form) {
    return m_pack.words.org_head.contains(form)
           && !m_pack.clitics.lost_preposition(token.text, form);
  });
  return !as_written && m_pack.clitics.governed(token);
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
      register_head_word(c, i + 1, entity);
      c.items.push_back(Item{.begin = i, .end = k + 1, .entity = entity});
      return true;
    }
    if (c.token(k).text == "«") {
      return false;
    }
  }
  return false;
}

// "مدينتي دوما وحرستا وبلدات المحمدية والأشعري": after a dual or plural
// place noun, each word of the list joined by the conjunction is a place
// (a known one, or one found here); the head word names nothing itself.
bool EntityFinder::place_list_at(Context& c, std::size_t i) const
{
  // "غارات على بلدات في جنوب لبنان، بينها الخيام وكفركلا": a word of
  // words.tsv member-intro after a comma (and one word at most: "، بما
  // فيها") introduces the list of a plural place noun up to
  // max_list_intro_distance words before it.
  // The last plural place noun whose list the member intro at i introduces.
  const auto intro_head = [&]() -> std::optional<std::size_t> {
    const auto comma = [&](std::size_t t) {
      return token_in(c.token(t), m_pack.words.list_separator, m_pack.clitics);
    };
    if (i < c.sentence.begin + 3
        || !token_in(c.token(i), m_pack.words.member_intro, m_pack.clitics)) {
      return std::nullopt;
    }
    const bool after_comma =
      comma(i - 1) || (c.token(i - 1).kind == TokenKind::word && comma(i - 2));
    const auto from = i > c.sentence.begin + max_list_intro_distance ? i - max_list_intro_distance
                                                                     : c.sentence.begin;
    std::optional<std::size_t> found;
    for (auto t = from; t + 1 < i; ++t) {
      if (token_in(c.token(t), m_pack.words.place_list_head, m_pack.clitics)) {
        found = t;
      }
    }
    // "عشر ولايات تركية بينها هطاي"، "أحياء عدة في العاصمة بينها": without
    // the comma, only words with no verb among them part the two.
    if (found && !after_comma) {
      for (auto t = *found + 1; t < i; ++t) {
        if (c.token(t).kind != TokenKind::word || starts_cue(c, t)) {
          return std::nullopt;
        }
      }
    }
    return found;
  };
  // A head in construct before its list has no article, nor begins a known
  // name: "الولايات المتحدة والمجتمع الدولي" lists no states.
  const bool head = token_in(c.token(i), m_pack.words.place_list_head, m_pack.clitics)
                    && !has_article(c.token(i)) && !known_at(c, i);
  const auto list_head = head ? std::nullopt : intro_head();
  if (i + 1 >= c.sentence.end || (!head && !list_head)) {
    return false;
  }
  // "مدن الساحل الشرقي لليبيا، بما فيها درنة": the country named last between
  // the plural place noun and the member intro is where the members lie.
  std::optional<std::size_t> country;
  for (auto t = i - 1; list_head && t > *list_head && !country; --t) {
    if (const auto g = known_at(c, t);
        g && !g->demonym && m_gazetteer.entities()[g->entity].type == EntityType::country) {
      country = g->entity;
    }
  }
  const auto& conjunctions = m_pack.words.conjunction.words();
  const auto joined = [&](std::size_t k) {
    const auto text = c.token(k).text;
    return std::any_of(conjunctions.begin(), conjunctions.end(), [&](const auto& conj) {
      return text.size() > conj.size() && text.starts_with(conj);
    });
  };
  // The members first, [begin, end) and the known place of each if any;
  // "مدن العالم" names no list: two members at least.
  struct Member
  {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::optional<std::size_t> known;
  };
  std::vector<Member> members;
  std::size_t k = i + 1;
  while (k < c.sentence.end && c.token(k).kind == TokenKind::word && !starts_cue(c, k)
         && !token_in(c.token(k), m_pack.words.stop, m_pack.clitics)
         && !token_in(c.token(k), m_pack.words.place_list_head, m_pack.clitics)
         && (k == i + 1 || joined(k))) {
    const auto g = known_at(c, k);
    if (g && (g->demonym || m_gazetteer.entities()[g->entity].type != EntityType::location)) {
      break;
    }
    // "بلدات كفربطنا وعين ترما": a first word of words.tsv place-name-first
    // takes the name word after it, as after a place head.
    const bool compound = !g && k + 1 < c.sentence.end
                          && token_in(c.token(k), m_pack.words.place_name_first, m_pack.clitics)
                          && is_name_word(c, k + 1) && !joined(k + 1)
                          && !token_in(c.token(k + 1), m_pack.words.time, m_pack.clitics);
    // "بلدتي عيتا الشعب وكفركلا": an unknown member whose next word has the
    // article and is no name the gazetteer knows takes it in when a joined
    // member follows (after the last member it may be the list's adjective).
    const bool definite_second = !g && !compound && k + 2 < c.sentence.end && !joined(k + 1)
                                 && has_article(c.token(k + 1)) && !known_at(c, k + 1)
                                 && is_name_word(c, k + 1) && joined(k + 2);
    const auto end = g ? k + g->tokens : (compound || definite_second ? k + 2 : k + 1);
    members.push_back(Member{k, end, g ? std::optional(g->entity) : std::nullopt});
    k = members.back().end;
  }
  // "منطقتي الانتخابية وسكانها": a word with a pronoun ending names no
  // place; the head is "my region".
  if (members.size() < 2 || std::any_of(members.begin(), members.end(), [&](const Member& m) {
        return !m.known && ends_in_pronoun(m_pack.words, c.token(m.end - 1).text);
      })) {
    return false;
  }
  for (const auto& m : members) {
    // A later member drops its conjunction only: "وكفركلا" is كفركلا (its ك
    // is no proclitic).
    auto name = c.surface(m.begin, m.end);
    if (m.begin != i + 1) {
      for (const auto& conj : conjunctions) {
        if (c.token(m.begin).text.starts_with(conj) && std::string_view(name).starts_with(conj)) {
          name.erase(0, conj.size());
          break;
        }
      }
    }
    const auto place =
      m.known ? c.entities.known(*m.known) : c.entities.found(EntityType::location, name, m_lang);
    c.mention(place, m.begin, m.end);
    // The first item takes in the head word ("مدينتي دوما" is one argument),
    // not a member intro ("بينها").
    c.items.push_back(
      Item{.begin = head && m.begin == i + 1 ? i : m.begin, .end = m.end, .entity = place});
    if (country) {
      const auto where = c.entities.known(*country);
      if (!lies_elsewhere(c, place, where)) {
        located_in(c, place, where);
      }
    }
  }
  return true;
}

// "الهيئة", "المجلس": a definite head word alone names the latest
// organization it headed in this document; "المدينة" the latest place.
bool EntityFinder::bare_head_at(Context& c, std::size_t i) const
{
  const auto& token = c.token(i);
  // English "the ministry": a determiner instead of the article.
  const bool definite = has_article(token)
                        || (m_country_before_title && i > c.sentence.begin
                            && token_in(c.token(i - 1), m_pack.words.determiner, m_pack.clitics));
  if (!definite
      || (!token_in(token, m_pack.words.org_head, m_pack.clitics) && !starts_place_head(c, i))) {
    return false;
  }
  for (const auto form : token.forms()) {
    if (const auto earlier = c.entities.by_head(form)) {
      // "رحبت البعثة الأممية" after "بعثة الأمم المتحدة للدعم في ليبيا"
      // ("البعثة الأممية في ليبيا"): an adjective right after the head that
      // one of the known referent's names holds is part of the reference.
      auto end = i + 1;
      if (const auto& known = c.entities[*earlier].known; known && end < c.sentence.end
                                                          && c.token(end).kind == TokenKind::word
                                                          && has_article(c.token(end))) {
        const auto next = c.token(end).text;
        const auto& names = m_gazetteer.entities()[*known].aliases;
        if (std::ranges::any_of(names, [&](const std::string& name) {
              const auto words = normalized_words(name);
              return std::ranges::find(words, next) != words.end();
            })) {
          ++end;
        }
      }
      c.mention(*earlier, i, end);
      c.items.push_back(Item{.begin = i, .end = end, .entity = *earlier});
      return true;
    }
  }
  // "the G7 was full of arrogance and urged the group": where letter case
  // tells names apart, a head of a name the text did not write refers to
  // the organization its sentence named.
  for (const auto form : token.forms()) {
    const auto earlier =
      m_capitalized_names ? c.entities.by_alias_head(form, c.sentence.index) : std::nullopt;
    if (earlier) {
      c.mention(*earlier, i, i + 1);
      c.items.push_back(Item{.begin = i, .end = i + 1, .entity = *earlier});
      return true;
    }
  }
  return false;
}

// "مشيدا بالدور الذي تقوم به المملكة" after "المملكة العربية السعودية": a
// word of words.tsv state-reference (the kingdom, the sultanate) refers back
// to the one country of the document so far one of whose names begins with
// it; to none when two do (Saudi Arabia and the United Kingdom).
bool EntityFinder::state_reference_at(Context& c, std::size_t i) const
{
  const auto& token = c.token(i);
  if (!has_article(token) || !token_in(token, m_pack.words.state_reference, m_pack.clitics)) {
    return false;
  }
  thread_local std::vector<std::string_view> scratch;
  const auto forms = m_pack.clitics.forms_of(token, scratch);
  const auto form = std::ranges::find_if(
    forms, [&](std::string_view f) { return m_pack.words.state_reference.contains(f); });
  if (form == forms.end()) {
    return false;
  }
  const auto referent = c.entities.sole_known_begun_by(
    EntityType::country, m_pack.clitics.without_article(*form), m_pack.clitics);
  if (!referent) {
    return false;
  }
  add_known_item(c, *referent, i, i + 1, m_pack.clitics.governed(token));
  return true;
}

} // namespace newskg::extract
