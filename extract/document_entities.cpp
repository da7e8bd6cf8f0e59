#include "extract/document_entities.hpp"

#include "core/hash.hpp"
#include "core/utf8.hpp"
#include "extract/lexicon.hpp"
#include "extract/normalizer.hpp"
#include "extract/phonetic_key.hpp"

#include <algorithm>

namespace newskg::extract {

namespace {

constexpr std::size_t min_phonetic_key = 6; // "kn brmf": two words, five consonants
constexpr std::size_t min_place_key = 5;    // "strmk": one word, five consonants

// The first letter of `word` (its first code point, as UTF-8); empty for "".
std::string_view first_letter(std::string_view word)
{
  std::size_t end = 0;
  if (!word.empty()) {
    static_cast<void>(next_code_point(word, end));
  }
  return word.substr(0, end);
}

std::string lowercase(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  return out;
}

} // namespace

DocumentEntities::DocumentEntities(const Gazetteer& gazetteer, const Romanizer* romanizer)
  : m_gazetteer(gazetteer),
    m_romanizer(romanizer)
{}

std::size_t DocumentEntities::add(Entity entity, std::optional<std::size_t> known_index)
{
  const auto found = m_by_id.find(entity.id);
  if (found != m_by_id.end()) {
    return found->second;
  }
  const auto index = m_entities.size();
  m_by_id.emplace(entity.id, index);
  m_entities.push_back(DocEntity{.entity = std::move(entity), .known = known_index});
  return index;
}

std::size_t DocumentEntities::known(std::size_t gazetteer_index)
{
  const auto& known_entity = m_gazetteer.entities()[gazetteer_index];
  Entity entity{.id = known_entity.id,
                .type = known_entity.type,
                .label =
                  known_entity.label_en.empty() ? known_entity.label_ar : known_entity.label_en};
  if (!known_entity.label_en.empty()) {
    entity.labels["en"] = known_entity.label_en;
  }
  if (!known_entity.label_ar.empty()) {
    entity.labels["ar"] = known_entity.label_ar;
  }
  return add(std::move(entity), gazetteer_index);
}

std::size_t DocumentEntities::found(EntityType type, std::string_view name, std::string_view lang)
{
  // A name of two words or more gets a key that is the same in every script
  // ("Jeyhun Bayramov", "جيهون بيراموف"); shorter keys would merge strangers.
  // A place of one long word ("Strumica", "ستروميكا") is rarer than a surname:
  // five consonants are enough for it.
  auto key = phonetic_key(name);
  const bool one_word = std::count(key.begin(), key.end(), ' ') == 0;
  const bool long_place = type == EntityType::location && one_word && key.size() >= min_place_key;
  if (!long_place && (one_word || key.size() < min_phonetic_key)) {
    key = match_key_of(to_u32(name));
  } else {
    key = "~" + key;
  }
  auto id = "x:" + lowercase(to_string(type)) + ":" + hex_hash(key);
  if (const auto seen = m_by_id.find(id); seen != m_by_id.end()) {
    return seen->second; // named before in this document: no second romanization
  }
  Entity entity{.id = std::move(id), .type = type, .label = std::string(name)};
  entity.labels[std::string(lang)] = std::string(name);
  // "سارة جونسون": the English label of a person or place is a romanization;
  // the Arabic one stays. An organization's name wants a translation instead.
  const bool named = type == EntityType::person || type == EntityType::location;
  if (auto english = m_romanizer && named ? m_romanizer->romanize(name) : std::string();
      !english.empty()) {
    entity.label = english;
    entity.labels["en"] = std::move(english);
  }
  return add(std::move(entity), std::nullopt);
}

std::size_t DocumentEntities::translated(EntityType type,
                                         std::string_view label_en,
                                         std::string_view surface,
                                         std::string_view lang)
{
  const auto entity = found(type, label_en, "en");
  m_entities[entity].entity.labels.try_emplace(std::string(lang), surface);
  return entity;
}

std::size_t DocumentEntities::qualified(EntityType type,
                                        std::string_view head_en,
                                        std::size_t of,
                                        std::string_view surface,
                                        std::string_view lang)
{
  const auto& base = m_entities[of].entity;
  const auto label = std::string(head_en) + " of " + base.label;
  Entity entity{.id = "x:" + lowercase(to_string(type)) + ":"
                      + hex_hash(std::string(head_en) + "|" + base.id),
                .type = type,
                .label = label};
  entity.labels["en"] = label;
  entity.labels[std::string(lang)] = std::string(surface); // English: "the Indonesian military"
  const bool country = base.type == EntityType::country;
  const auto added = add(std::move(entity), std::nullopt);
  if (country) {
    m_entities[added].of_country = of;
  }
  return added;
}

std::size_t DocumentEntities::event(std::size_t subject,
                                    std::string_view predicate,
                                    std::string_view predicate_label,
                                    std::size_t object)
{
  const auto& s = m_entities[subject].entity;
  const auto& o = m_entities[object].entity;
  const auto label = s.label + " " + std::string(predicate_label) + " " + o.label;
  Entity entity{.id = "ev:" + hex_hash(s.id + "|" + std::string(predicate) + "|" + o.id),
                .type = EntityType::event,
                .label = label,
                .predicate = std::string(predicate),
                .subject = s.id,
                .object = o.id};
  entity.labels["en"] = label;
  return add(std::move(entity), std::nullopt);
}

void DocumentEntities::add_mention(std::size_t entity, Span span, std::string text)
{
  auto& mentions = m_entities[entity].entity.mentions;
  if (std::none_of(
        mentions.begin(), mentions.end(), [&](const Mention& m) { return m.span == span; })) {
    mentions.push_back(Mention{span, std::move(text)});
  }
}

void DocumentEntities::add_name_words(std::size_t entity, std::span<const std::string> name_words)
{
  for (const auto& word : name_words) {
    m_name_words.try_emplace(word, entity);
  }
}

std::optional<std::pair<std::size_t, std::size_t>> DocumentEntities::local_name_at(
  std::span<const Token> tokens, std::size_t i, const Clitics& clitics) const
{
  if (tokens[i].kind != TokenKind::word || m_name_words.empty()) {
    return std::nullopt;
  }
  thread_local std::vector<std::string_view> scratch;
  for (const auto form : clitics.forms_of(tokens[i], scratch)) {
    const auto found = m_name_words.find(form);
    if (found != m_name_words.end()) {
      return std::pair{found->second, std::size_t{1}};
    }
  }
  return std::nullopt;
}

void DocumentEntities::add_name_skeleton(std::size_t entity, std::string skeleton, std::string word)
{
  if (const auto first = first_letter(skeleton); !first.empty() && !may_have_skeleton(skeleton)) {
    m_skeleton_firsts.emplace_back(first);
  }
  m_name_skeletons.try_emplace(std::move(skeleton), SkeletonName{entity, std::move(word)});
}

void DocumentEntities::add_first_word(std::size_t person, std::string_view word)
{
  const auto [found, added] = m_first_words.try_emplace(std::string(word), person);
  if (!added && found->second != person) {
    found->second.reset();
  }
}

std::optional<std::size_t> DocumentEntities::by_first_word(std::string_view word) const
{
  const auto found = m_first_words.find(word);
  return found == m_first_words.end() ? std::nullopt : found->second;
}

bool DocumentEntities::may_have_skeleton(std::string_view word) const
{
  const auto first = first_letter(word);
  return !first.empty()
         && std::find(m_skeleton_firsts.begin(), m_skeleton_firsts.end(), first)
              != m_skeleton_firsts.end();
}

const DocumentEntities::SkeletonName*
DocumentEntities::by_name_skeleton(std::string_view skeleton) const
{
  const auto found = m_name_skeletons.find(skeleton);
  return found == m_name_skeletons.end() ? nullptr : &found->second;
}

std::optional<std::size_t> DocumentEntities::by_head(std::string_view key) const
{
  const auto found = m_by_head.find(key);
  return found == m_by_head.end() ? std::nullopt : std::optional(found->second);
}

std::optional<std::size_t> DocumentEntities::by_alias_head(std::string_view key,
                                                           std::size_t sentence) const
{
  const auto found = m_by_alias_head.find(key);
  if (found == m_by_alias_head.end() || found->second.second != sentence) {
    return std::nullopt;
  }
  return found->second.first;
}

void DocumentEntities::register_address(std::string honorific, std::size_t person)
{
  const auto [at, added] = m_addressed.try_emplace(std::move(honorific), person);
  if (!added && at->second != person) {
    at->second = std::nullopt;
  }
}

std::optional<std::size_t> DocumentEntities::addressed(std::string_view honorific) const
{
  const auto found = m_addressed.find(honorific);
  return found == m_addressed.end() ? std::nullopt : found->second;
}

std::optional<std::size_t> DocumentEntities::holder_of(std::string_view role, std::size_t of) const
{
  for (std::size_t i = m_entities.size(); i-- > 0;) {
    const auto& record = m_entities[i];
    if (record.role == role && record.role_of == of) {
      return i;
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> DocumentEntities::sole_known_begun_by(EntityType type,
                                                                 std::string_view word,
                                                                 const Clitics& clitics) const
{
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < m_entities.size(); ++i) {
    const auto& record = m_entities[i];
    if (record.entity.type != type || !record.known
        || !name_begins_with(m_gazetteer.entities()[*record.known].aliases, word, clitics)) {
      continue;
    }
    if (found) {
      return std::nullopt;
    }
    found = i;
  }
  return found;
}

std::optional<std::size_t> DocumentEntities::sole_holder(std::string_view role) const
{
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < m_entities.size(); ++i) {
    const auto& record = m_entities[i];
    if (record.role == role && record.entity.type == EntityType::person) {
      if (found) {
        return std::nullopt;
      }
      found = i;
    }
  }
  return found;
}

} // namespace newskg::extract
