#include "extract/sentence_rules.hpp"
#include "extract/token_shape.hpp"

#include <algorithm>

namespace newskg::extract::rules {

// "مجموعة مينسك لمنظمة الأمن والتعاون في أوروبا": two names in a row, the
// second behind the trigger's preposition. A preposition of words.tsv
// possessive stands as a token of its own after the owner: "the Senate's
// Judiciary Committee" (the second is part of the first).
void SentenceRules::apply_genitive()
{
  for (const auto entry : m_pack.triggers_of(FrameFamily::genitive)) {
    const auto& trigger = m_pack.triggers[entry];
    const auto* p = m_ontology.find(trigger.predicate);
    const bool possessive = m_pack.words.possessive.contains(trigger.prep);
    for (std::size_t k = 0; k + 1 < m_items.size(); ++k) {
      const auto& owner_or_part = m_items[k];
      const auto& next = m_items[k + 1];
      const bool in_order =
        possessive
          ? next.begin == owner_or_part.end + 1
              && token_in(token(owner_or_part.end), m_pack.words.possessive, m_pack.clitics)
          : next.begin == owner_or_part.end
              && m_pack.clitics.starts_with_prep(token(next.begin).text, trigger.prep)
              && !conjoined_head(next.begin);
      const auto& a = possessive ? next : owner_or_part; // the part
      const auto& b = possessive ? owner_or_part : next; // the whole
      if (!in_order || a.kind != ItemKind::entity || b.kind != ItemKind::entity || a.demonym
          || b.demonym) {
        continue;
      }
      // Only an organization's genitive names what it is part of: "مركز
      // التعاون الياباني للشرق الأوسط" serves a place, "الغوطة الشرقية لدمشق"
      // lies near a city.
      const auto organization = [&](std::size_t e) {
        return m_entities[e].entity.type == EntityType::organization;
      };
      // "أشادت اللجنة بمجلس الأمن": the preposition is a cue's before the
      // first organization, in its clause (no comma between), not the genitive's.
      // "وقالت حركة حماس لقناة الجزيرة": after a verb of saying, a medium
      // (words.tsv medium) behind the preposition is whom the speaker told,
      // when the name before it is one the gazetteer knows whole (not "المجلس
      // التنفيذي لوكالة الأونروا").
      const bool told = !possessive && m_entities[a.entity].known
                        && token_in(token(next.begin), m_pack.words.medium, m_pack.clitics);
      const bool cue_prep = std::any_of(m_hits.begin(), m_hits.end(), [&](const Hit& hit) {
        const auto& preps = hit.trigger->preps;
        const bool speech = told && frame_of(*hit.trigger).report != ReportKind::none;
        if (hit.match.end > a.begin
            || (!speech && std::find(preps.begin(), preps.end(), trigger.prep) == preps.end())) {
          return false;
        }
        for (auto t = hit.match.end; t < a.begin; ++t) {
          if (is_soft_boundary(t)) {
            return false;
          }
        }
        return true;
      });
      if (!cue_prep && organization(a.entity) && organization(b.entity)
          && allowed(a.entity, true, *p) && allowed(b.entity, false, *p)) {
        m_hits.push_back(
          Hit{&trigger,
              CueMatch{owner_or_part.begin, next.end, owner_or_part.begin, owner_or_part.begin}});
        emit(m_hits.size() - 1, a.entity, b.entity, trigger.confidence);
      }
    }
  }
}

// Token t is a conjunction and an organization's head word (words.tsv
// org-head) as written: "ولجنة" is و + لجنة, no و + ل + جنة.
bool SentenceRules::conjoined_head(std::size_t t) const
{
  return conjoined_in(token(t).text, m_pack.words.org_head, m_pack.clitics);
}

// "Aceh, Indonesia": a place, a comma and the country it is in, outside a list;
// not a place the gazetteer puts elsewhere ("خلال مؤتمر في موسكو، الولايات
// المتحدة": the comma closes an aside).
void SentenceRules::apply_apposed()
{
  for (const auto entry : m_pack.triggers_of(FrameFamily::apposed)) {
    const auto& trigger = m_pack.triggers[entry];
    const auto* p = m_ontology.find(trigger.predicate);
    for (std::size_t k = 0; k + 1 < m_items.size(); ++k) {
      const auto& a = m_items[k];
      const auto& b = m_items[k + 1];
      if (b.begin != a.end + 1 || !is_soft_boundary(a.end) || a.kind != ItemKind::entity
          || b.kind != ItemKind::entity || a.demonym || b.demonym || !country_or_region(b.entity)) {
        continue;
      }
      const bool listed_before =
        a.begin > m_sentence.begin
        && (is_soft_boundary(a.begin - 1)
            || token_in(token(a.begin - 1), m_pack.words.coordinator, m_pack.clitics));
      const bool listed_after =
        b.end < m_sentence.end && token_in(token(b.end), m_pack.words.coordinator, m_pack.clitics);
      if (!listed_before && !listed_after && allowed(a.entity, true, *p)
          && allowed(b.entity, false, *p) && !lies_elsewhere(a.entity, b.entity)) {
        m_hits.push_back(Hit{&trigger, CueMatch{a.begin, b.end, a.begin, a.begin}});
        emit(m_hits.size() - 1, a.entity, b.entity, trigger.confidence);
      }
    }
  }
}

// After a place ending at `from`, before `limit`: the in-place trigger's word
// ("في") or its preposition on a direction ("بجنوب"), then directions
// ("محافظة الرقة في شمال سوريا"); where they end, `from` when none stands there.
// A head after the place's name (words.tsv place-suffix) may stand before the
// word, and a determiner after it: "Hatay province in southern Turkey",
// "Robotyne in the Zaporizhzhia region".
std::size_t SentenceRules::in_place_opening(const Trigger& trigger,
                                            std::size_t from,
                                            std::size_t limit,
                                            bool& word_first,
                                            bool& prep_first) const
{
  std::size_t at = from;
  if (at + 1 < limit && token_in(token(at), m_pack.words.place_suffix, m_pack.clitics)
      && token(at + 1).text == trigger.cue.words.front().text) {
    ++at;
  }
  word_first = at < limit && token(at).text == trigger.cue.words.front().text;
  prep_first = at < limit && !word_first && !trigger.prep.empty()
               && m_pack.clitics.starts_with_prep(token(at).text, trigger.prep)
               && token_in(token(at), m_pack.words.direction, m_pack.clitics);
  if (word_first || prep_first) {
    ++at;
  }
  if (word_first && at < limit && token_in(token(at), m_pack.words.determiner, m_pack.clitics)) {
    ++at;
  }
  while (at < limit && at < from + 3
         && token_in(token(at), m_pack.words.direction, m_pack.clitics)) {
    ++at;
  }
  return at;
}

// A place, then the cue word or a name with the proclitic `prep`, then a
// place or country it lies in: "مستشفى ناصر في خان يونس", "مخيم جباليا بغزة".
void SentenceRules::apply_in_place()
{
  for (const auto entry : m_pack.triggers_of(FrameFamily::in_place)) {
    const auto& trigger = m_pack.triggers[entry];
    // Looked up at the first pair of places the cue links: most sentences have none.
    const PredicateInfo* p = nullptr;
    const auto& word = trigger.cue.words.front().text;
    for (std::size_t k = 0; k + 1 < m_items.size(); ++k) {
      const auto& a = m_items[k];
      const auto& b = m_items[k + 1];
      if (a.kind != ItemKind::entity || b.kind != ItemKind::entity || a.demonym || b.demonym
          || m_entities[a.entity].entity.type != EntityType::location) {
        continue;
      }
      bool word_first = false;
      bool prep_first = false;
      const auto at = in_place_opening(trigger, a.end, b.begin, word_first, prep_first);
      // "منبج شمال سوريا": the direction may begin the place's name.
      const bool direction_named =
        b.begin == a.end && token(b.begin).text == word && beyond_direction(b) != b.entity;
      const bool by_word = (word_first && b.begin == at) || direction_named;
      const bool by_prep = (b.begin == a.end && b.governed && !trigger.prep.empty()
                            && m_pack.clitics.starts_with_prep(token(b.begin).text, trigger.prep))
                           || (prep_first && b.begin == at);
      if (!(by_word || by_prep)) {
        continue;
      }
      const auto whole = beyond_direction(b);
      if (p == nullptr) {
        p = m_ontology.find(trigger.predicate);
      }
      if (!allowed(whole, false, *p)) {
        continue;
      }
      // "منبج شمال سوريا": a direction without a preposition (a cue of
      // words.tsv direction) says where in a country or region; beside a
      // city it may say outside ("الزبداني شمال غرب دمشق"), unless it is
      // inside (words.tsv inner-direction: "حي الكرادة وسط بغداد"); and beside
      // a country the gazetteer places the town elsewhere ("تل رفعت جنوبي
      // تركيا": south of it).
      const bool inner = token_in(token(a.end), m_pack.words.inner_direction, m_pack.clitics);
      if (by_word && token_in(token(a.end), m_pack.words.direction, m_pack.clitics)
          && ((!country_or_region(whole) && !inner) || lies_elsewhere(a.entity, whole))) {
        continue;
      }
      // "مشفى 22 مايو ومشفى النقيب بعدن": every place of the list lies there;
      // not one the gazetteer places elsewhere ("التحالف بقيادة الرياض في
      // اليمن": the capital stands for its country, acting there).
      m_hits.push_back(Hit{&trigger, CueMatch{a.begin, b.end, a.begin, a.begin}});
      for (const auto member : list_left(k)) {
        const auto& place = m_items[member];
        if (place.kind == ItemKind::entity && !place.demonym
            && m_entities[place.entity].entity.type == EntityType::location
            && allowed(place.entity, true, *p) && !lies_elsewhere(place.entity, whole)) {
          emit(m_hits.size() - 1, place.entity, whole, trigger.confidence);
        }
      }
    }
  }
}

// "مدينة خاركيف في شرق البلاد": a place, the in-place trigger's word or
// preposition, directions, and a noun for "the country" (words.tsv
// country-noun) lies in the country the gazetteer places it in, when the
// document has named that country by then: the noun refers back to it;
// else in the country the article is about (close_neighbours).
void SentenceRules::apply_in_country_noun()
{
  if (m_pack.words.country_noun.words().empty()) {
    return;
  }
  for (const auto entry : m_pack.triggers_of(FrameFamily::in_place)) {
    const auto& trigger = m_pack.triggers[entry];
    for (const auto& item : m_items) {
      if (item.kind != ItemKind::entity || item.demonym) {
        continue;
      }
      const auto& place = m_entities[item.entity];
      if (place.entity.type != EntityType::location) {
        continue;
      }
      bool word_first = false;
      bool prep_first = false;
      const auto at = in_place_opening(trigger, item.end, m_sentence.end, word_first, prep_first);
      if ((!word_first && !prep_first) || at >= m_sentence.end || inside_item(at)
          || !token_in(token(at), m_pack.words.country_noun, m_pack.clitics)) {
        continue;
      }
      const auto country = place.known ? m_gazetteer.place_country(*place.known) : std::nullopt;
      std::optional<std::size_t> named;
      for (std::size_t e = 0; country && e < m_entities.size(); ++e) {
        if (m_entities[e].known == country && !m_entities[e].entity.mentions.empty()) {
          named = e;
        }
      }
      const auto* p = m_ontology.find(trigger.predicate);
      if (p == nullptr || !allowed(item.entity, true, *p)) {
        continue;
      }
      // Else the country the article is about, at its end, if the gazetteer
      // places it nowhere else.
      if (!named) {
        defer_to_article_country(item.entity, trigger);
        continue;
      }
      if (!allowed(*named, false, *p)) {
        continue;
      }
      m_hits.push_back(Hit{&trigger, CueMatch{item.begin, at + 1, item.begin, item.begin}});
      emit(m_hits.size() - 1, item.entity, *named, trigger.confidence);
    }
  }
}

// "ولايات تركية بينها هطاي وملاطية", "بلدات في جنوب لبنان، بينها الخيام
// وكفركلا", "مدن الساحل الشرقي لليبيا، بما فيها درنة": a plural of places
// (words.tsv place-plural), the country or place they lie in (a demonym, or
// a name behind a preposition), and the places a member-intro names after
// them: each lies there (the in-place trigger's predicate). The intro stands
// within six tokens of the plural, past one comma at most, with no cue, no
// clause's end and no name but the whole's between.
void SentenceRules::apply_member_places()
{
  constexpr std::size_t max_phrase = 6; // tokens from the plural to the member-intro
  const auto triggers = m_pack.triggers_of(FrameFamily::in_place);
  if (triggers.empty() || m_pack.words.place_plural.words().empty()) {
    return;
  }
  const auto& trigger = m_pack.triggers[triggers.front()];
  for (auto t = m_sentence.begin; t + 2 < m_sentence.end; ++t) {
    if (inside_item(t) || !token_in(token(t), m_pack.words.place_plural, m_pack.clitics)) {
      continue;
    }
    std::optional<std::size_t> whole;
    std::size_t commas = 0;
    auto at = t + 1;
    for (; at < m_sentence.end && at <= t + max_phrase; ++at) {
      if (token_in(token(at), m_pack.words.member_intro, m_pack.clitics) || is_hard_boundary(at)
          || begins_finite_cue(at) || (is_soft_boundary(at) && ++commas > 1)) {
        break;
      }
      if (const auto item = item_covering(at); item != m_items.end()) {
        if (item->kind != ItemKind::entity) {
          break;
        }
        whole = item->entity;
        at = item->end - 1;
      }
    }
    // "بما فيها": the preposition before the intro.
    if (at >= m_sentence.end || !whole
        || !token_in(token(at), m_pack.words.member_intro, m_pack.clitics)) {
      continue;
    }
    // (A first member we do not know may stand before the list: "بينها
    // هطاي وغازي عنتاب".)
    const auto first = item_starting_in(at + 1, 1);
    if (!first
        || (m_items[*first].begin != at + 1
            && (m_items[*first].begin != at + 2 || token(at + 1).kind != TokenKind::word
                || without_conjunction(token(at + 2).text) == token(at + 2).text))) {
      continue;
    }
    const auto* p = m_ontology.find(trigger.predicate);
    if (p == nullptr || !allowed(*whole, false, *p)) {
      continue;
    }
    m_hits.push_back(Hit{&trigger, CueMatch{t, at + 1, t, t}});
    for (const auto member : list_right(*first)) {
      const auto& place = m_items[member];
      if (place.kind == ItemKind::entity && !place.demonym && place.entity != *whole
          && m_entities[place.entity].entity.type == EntityType::location
          && allowed(place.entity, true, *p) && !lies_elsewhere(place.entity, *whole)) {
        emit(m_hits.size() - 1, place.entity, *whole, trigger.confidence);
      }
    }
  }
}

// The gazetteer places `place` in a country other than `where`'s.
bool SentenceRules::lies_elsewhere(std::size_t place, std::size_t where) const
{
  const auto& known = m_entities[place].known;
  const auto& where_known = m_entities[where].known;
  return known && where_known && m_gazetteer.lies_elsewhere(*known, *where_known);
}

// "في شمال سوريا": a place lies in the country or place a direction is of,
// even where the gazetteer names the direction's region ("Northern Syria").
std::size_t SentenceRules::beyond_direction(const Item& item) const
{
  // "جنوب السودان" is South Sudan, a country of its own.
  if (item.end < item.begin + 2 || m_entities[item.entity].entity.type == EntityType::country
      || !token_in(token(item.begin), m_pack.words.direction, m_pack.clitics)) {
    return item.entity;
  }
  // "شمال شرقي سوريا": past every direction word.
  auto at = item.begin + 1;
  while (at + 1 < item.end && token_in(token(at), m_pack.words.direction, m_pack.clitics)) {
    ++at;
  }
  const auto g = m_gazetteer.longest_at(m_sentence.tokens, at, m_pack.clitics);
  if (!g || g->demonym || at + g->tokens != item.end) {
    return item.entity;
  }
  return m_entities.known(g->entity);
}

// "a dispute with neighboring Greece", "في ليبيا المجاورة": a country with
// the word of a neighbour trigger right before it (the frame's subject place
// "after") or after it, within the frame's window ("before"), borders the
// country the article is about, which only its end tells
// (DocumentEntities::neighbours).
void SentenceRules::apply_neighbours()
{
  const auto tokens = m_sentence.tokens.first(m_sentence.end);
  for (const auto entry : m_pack.triggers_of(FrameFamily::neighbour)) {
    const auto& trigger = m_pack.triggers[entry];
    const auto& frame = frame_of(trigger);
    for (const auto& item : m_items) {
      if (item.kind != ItemKind::entity || item.demonym
          || m_entities[item.entity].entity.type != EntityType::country) {
        continue;
      }
      const auto beside = [&](std::size_t at, std::size_t end) {
        const auto match = match_cue(trigger.cue, tokens, at, m_pack.clitics);
        return match && match->end == end;
      };
      const bool before_it = neighbour_word_before(trigger, item.begin);
      // Up to the frame's window of words between ("اليونان الشقيقة المجاورة").
      bool after_it = false;
      for (std::size_t at = item.end; frame.subject.before && !after_it && at < m_sentence.end
                                      && at <= item.end + frame.window;
           ++at) {
        after_it = beside(at, at + 1);
      }
      if (before_it || after_it) {
        defer_to_article_country(item.entity, trigger);
      }
    }
  }
}

// The word of a neighbour trigger whose subject stands after it (frames.tsv
// neighbour, subject "after") ends right before token `begin`: "neighboring
// Greece", "Neighbouring Mali".
bool SentenceRules::neighbour_word_before(const Trigger& trigger, std::size_t begin) const
{
  if (!frame_of(trigger).subject.after || begin <= m_sentence.begin) {
    return false;
  }
  const auto match =
    match_cue(trigger.cue, m_sentence.tokens.first(m_sentence.end), begin - 1, m_pack.clitics);
  return match && match->end == begin;
}

// `entity` stands in the trigger's predicate with the country the article is
// about, which only its end tells (DocumentEntities::neighbours).
void SentenceRules::defer_to_article_country(std::size_t entity, const Trigger& trigger)
{
  m_entities.neighbours.push_back(DocumentEntities::Neighbour{
    .country = entity,
    .predicate = trigger.predicate,
    .confidence = trigger.confidence,
    .evidence = Evidence{m_sentence.index, m_sentence.span, sentence_text(m_sentence)}});
}

// Countries named in this sentence, in text order, for "the two sides" with
// no recent event: also those named inside a title or an organization's name
// ("وزارة الدفاع التايوانية").
// (Not people of a country, a demonym's plural or dual of origin: "محتجزين
// سعوديين وسودانيين" names no party.)
void SentenceRules::remember_countries()
{
  thread_local std::vector<std::size_t> people; // where such demonyms begin, in the text
  people.clear();
  for (const auto& item : m_items) {
    if (item.demonym && item.end == item.begin + 1
        && ends_in_origin(m_pack.words, token(item.begin).text)) {
      people.push_back(token(item.begin).span.begin);
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> named; // (position, entity)
  for (std::size_t e = 0; e < m_entities.size(); ++e) {
    if (m_entities[e].entity.type != EntityType::country) {
      continue;
    }
    for (const auto& mention : m_entities[e].entity.mentions) {
      if (mention.span.begin >= m_sentence.span.begin && mention.span.end <= m_sentence.span.end
          && std::ranges::find(people, mention.span.begin) == people.end()) {
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

} // namespace newskg::extract::rules
