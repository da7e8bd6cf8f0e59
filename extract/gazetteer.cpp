#include "extract/gazetteer.hpp"

#include "core/error.hpp"
#include "core/tsv.hpp"
#include "core/utf8.hpp"
#include "extract/lexicon.hpp"
#include "extract/normalizer.hpp"
#include "extract/phonetic_key.hpp"
#include "extract/token_shape.hpp"

#include <algorithm>

namespace newskg::extract {

namespace {
constexpr std::size_t min_phonetic_key = 6;   // two words, five consonants: "kn brmf"
constexpr std::size_t short_phonetic_key = 8; // below, a person's key carries its onsets
} // namespace

std::vector<std::string> normalized_words(std::string_view text, const WordSet* possessive)
{
  TokenizedText tokenized;
  tokenize(normalize(to_u32(text)), tokenized);
  if (possessive != nullptr) {
    split_possessives(tokenized, *possessive);
  }
  std::vector<std::string> words;
  for (const auto& token : tokenized.tokens) {
    words.emplace_back(token.text);
  }
  return words;
}

void Gazetteer::set_possessives(std::vector<std::string> endings)
{
  m_possessives = std::make_shared<const WordSet>(std::move(endings));
}

void Gazetteer::add_key(const std::string& key, std::size_t entity)
{
  auto& ids = m_by_key[key];
  if (std::find(ids.begin(), ids.end(), entity) == ids.end()) {
    ids.push_back(entity);
  }
}

void Gazetteer::add_alias(std::string_view text, std::size_t entity, bool demonym)
{
  if (m_index == GazetteerIndex::names) {
    // The same keys as below, without the tokens: an alias without tokens
    // has no key filed, and a key that is not empty holds a letter or a
    // digit, which always makes a token (tokenizer.cpp), so only an empty
    // key needs the tokens counted.
    const auto key = match_key_of(to_u32(text));
    if (!key.empty() || !normalized_words(text).empty()) {
      add_key(key, entity);
    }
    return;
  }
  auto tokens = normalized_words(text, m_possessives.get());
  if (tokens.empty()) {
    return;
  }
  const auto index = static_cast<std::uint32_t>(m_aliases.size());
  const std::string first = tokens.front();
  const std::string bare(m_article_only.without_article(first));
  const FirstEntry entry{.alias = index,
                         .second_hash = tokens.size() > 1 ? word_hash(tokens[1]) : 0,
                         .tokens = static_cast<std::uint32_t>(tokens.size()),
                         .demonym = demonym};
  m_aliases.push_back(
    Alias{std::move(tokens), static_cast<std::uint32_t>(entity), demonym, case_rule_of(text)});
  m_by_first[first].push_back(entry);
  m_first_filter.add(first);
  // Demonyms are listed without the article; "ألبان" only looks like one.
  if (bare != first && !demonym) {
    auto bare_entry = entry;
    bare_entry.bare = true;
    m_by_first[bare].push_back(bare_entry);
    m_first_filter.add(bare);
  }
  add_key(match_key_of(to_u32(text)), entity);
}

std::size_t
Gazetteer::require_id(std::string_view id, std::string_view source, std::size_t line) const
{
  const auto found = m_by_id.find(id);
  if (found == m_by_id.end()) {
    throw DataError(std::string(source) + ":" + std::to_string(line) + ": unknown id '"
                    + std::string(id) + "'");
  }
  return found->second;
}

void Gazetteer::parse_entities(std::istream& in, std::string_view source)
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(4);
    const auto& f = reader.fields();
    const auto type = parse_entity_type(f[1]);
    if (!type || *type == EntityType::event) {
      reader.fail("unknown entity type '" + std::string(f[1]) + "'");
    }
    if (m_by_id.contains(f[0])) {
      reader.fail("id '" + std::string(f[0]) + "' defined twice");
    }
    const auto index = m_entities.size();
    KnownEntity entity{.id = std::string(f[0]),
                       .type = *type,
                       .label_en = std::string(f[2]),
                       .label_ar = std::string(f[3])};
    for (const auto name : {f[2], f[3]}) {
      if (!name.empty()) {
        entity.aliases.emplace_back(name);
      }
    }
    for (std::size_t column = 4; column < f.size() && column < 6; ++column) {
      for (const auto alias : split(f[column], '|')) {
        entity.aliases.emplace_back(alias);
      }
    }
    m_by_id.emplace(entity.id, index);
    m_entities.push_back(std::move(entity));
    for (const auto& alias : m_entities.back().aliases) {
      add_alias(alias, index, false);
      if (*type == EntityType::person && m_index == GazetteerIndex::full) {
        const auto key = phonetic_key(alias);
        if (key.find(' ') != std::string::npos && key.size() >= min_phonetic_key) {
          const auto [at, inserted] = m_person_by_phonetic.try_emplace(person_key(alias), index);
          if (!inserted && at->second != index) {
            at->second = std::string::npos;
          }
        }
      }
    }
  }
}

void Gazetteer::parse_positions(std::istream& in, std::string_view source)
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(3);
    const auto& f = reader.fields();
    const auto person = require_id(f[0], source, reader.line());
    const auto of = require_id(f[2], source, reader.line());
    const Position position{.role = std::string(f[1]),
                            .of = of,
                            .start = f.size() > 3 ? std::string(f[3]) : "",
                            .end = f.size() > 4 ? std::string(f[4]) : ""};
    m_positions[person].push_back(position);
    m_holders[{position.role, of}].emplace_back(person, position);
    // The phonetic keys of a holder's names, each " key ", for holder_named.
    auto& keys = m_holder_keys[person];
    if (keys.empty()) {
      for (const auto& alias : m_entities[person].aliases) {
        std::string key(1, ' ');
        key.append(phonetic_key(alias)).push_back(' ');
        keys.push_back(std::move(key));
      }
    }
  }
}

// Lines whose first two columns are ids: regions.tsv, city_countries.tsv,
// place_countries.tsv.
void Gazetteer::parse_id_pairs(std::istream& in,
                               std::string_view source,
                               std::unordered_map<std::size_t, std::size_t>& out) const
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(2);
    const auto& f = reader.fields();
    out[require_id(f[0], source, reader.line())] = require_id(f[1], source, reader.line());
  }
}

// seats.tsv: a place or an organization, the country it is the seat of, and
// its kind; a capital is also the country's (capital_of).
void Gazetteer::parse_seats(std::istream& in, std::string_view source)
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(2);
    const auto& f = reader.fields();
    const auto place = require_id(f[0], source, reader.line());
    const auto country = require_id(f[1], source, reader.line());
    m_seats[place] = country;
    if (f.size() > 2 && f[2] == "capital") {
      m_capitals[country] = place;
    }
  }
}

std::optional<std::size_t> Gazetteer::capital_of(std::size_t country) const
{
  const auto found = m_capitals.find(country);
  return found == m_capitals.end() ? std::nullopt : std::optional(found->second);
}

void Gazetteer::parse_chambers(std::istream& in, std::string_view source)
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(3);
    const auto& f = reader.fields();
    m_chambers[{std::string(f[0]), require_id(f[1], source, reader.line())}] =
      require_id(f[2], source, reader.line());
  }
}

bool Gazetteer::chamber_role(std::string_view role) const
{
  return std::any_of(
    m_chambers.begin(), m_chambers.end(), [&](const auto& row) { return row.first.first == role; });
}

std::optional<std::size_t> Gazetteer::chamber_of(std::string_view role, std::size_t country) const
{
  const auto found = m_chambers.find(std::pair{std::string(role), country});
  return found == m_chambers.end() ? std::nullopt : std::optional(found->second);
}

void Gazetteer::parse_regions(std::istream& in, std::string_view source)
{
  parse_id_pairs(in, source, m_regions);
}

std::optional<std::size_t> Gazetteer::region_country(std::size_t entity) const
{
  const auto found = m_regions.find(entity);
  return found == m_regions.end() ? std::nullopt : std::optional(found->second);
}

void Gazetteer::parse_city_countries(std::istream& in, std::string_view source)
{
  parse_id_pairs(in, source, m_city_countries);
}

std::optional<std::size_t> Gazetteer::place_country(std::size_t place) const
{
  if (const auto region = region_country(place)) {
    return region;
  }
  const auto city = m_city_countries.find(place);
  return city == m_city_countries.end() ? std::nullopt : std::optional(city->second);
}

bool Gazetteer::lies_elsewhere(std::size_t place, std::size_t where) const
{
  const auto lies_in = place_country(place);
  const auto where_country =
    m_entities[where].type == EntityType::country ? std::optional(where) : region_country(where);
  return lies_in && where_country && *lies_in != *where_country;
}

void Gazetteer::parse_party_tags(std::istream& in, std::string_view source)
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(2);
    const auto& f = reader.fields();
    const auto entity = f[0] == "-" ? no_party : require_id(f[0], source, reader.line());
    const auto type = entity == no_party ? EntityType::organization : m_entities[entity].type;
    if (type != EntityType::organization && type != EntityType::country) {
      reader.fail("a party tag names a party (Organization) or a state's country (Country): '"
                  + std::string(f[0]) + "'");
    }
    for (const auto tag : split(f[1], '|')) {
      if (!m_party_tags.emplace(std::string(tag), entity).second) {
        reader.fail("party tag '" + std::string(tag) + "' is given twice");
      }
    }
    if (f.size() > 2 && !f[2].empty()) {
      const auto country = require_id(f[2], source, reader.line());
      if (entity == no_party || type != EntityType::organization
          || m_entities[country].type != EntityType::country) {
        reader.fail("a party's country is a Country after a party (Organization): '"
                    + std::string(f[2]) + "'");
      }
      m_party_countries[entity] = country;
    }
  }
}

std::optional<std::size_t> Gazetteer::party_country(std::size_t party) const
{
  const auto found = m_party_countries.find(party);
  return found == m_party_countries.end() ? std::nullopt : std::optional(found->second);
}

std::optional<std::size_t> Gazetteer::party_tag(std::string_view tag) const
{
  const auto found = m_party_tags.find(tag);
  return found == m_party_tags.end() ? std::nullopt : std::optional(found->second);
}

void Gazetteer::parse_demonyms(std::istream& in, std::string_view source)
{
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(2);
    const auto& f = reader.fields();
    const auto country = require_id(f[0], source, reader.line());
    m_entities[country].has_adjective = m_entities[country].type == EntityType::organization;
    for (const auto form : split(f[1], '|')) {
      add_alias(form, country, true);
    }
  }
}

std::optional<GazetteerMatch>
Gazetteer::longest_at(std::span<const Token> tokens, std::size_t i, const Clitics& clitics) const
{
  if (tokens[i].kind == TokenKind::punct) {
    return std::nullopt;
  }
  thread_local std::vector<std::string_view> scratch;
  const auto forms = clitics.forms_of(tokens[i], scratch);
  std::optional<GazetteerMatch> best;
  // The hashes an alias's second token must have to match the next token:
  // of its text, or (a demonym's) of its text without the article. Asked
  // once an alias of two tokens or more is met.
  std::optional<std::pair<std::uint32_t, std::uint32_t>> next_hashes;
  const auto second_may_match = [&](const FirstEntry& entry) {
    if (!next_hashes) {
      const auto next = tokens[i + 1].text;
      const auto bare = m_article_only.without_article(next); // a suffix of `next`
      next_hashes.emplace(tokens[i + 1].hash,
                          bare.size() == next.size() ? tokens[i + 1].hash : word_hash(bare));
    }
    return entry.second_hash == next_hashes->first
           || (entry.demonym && entry.second_hash == next_hashes->second);
  };
  // Whether the token carries the article or lost it to a fused preposition;
  // asked once an alias filed without its article is met.
  std::optional<bool> lost;
  const auto article_lost = [&] {
    if (!lost) {
      lost = clitics.definite(tokens[i]) || clitics.fused_article(tokens[i].text);
    }
    return *lost;
  };
  for (std::size_t f = 0; f < forms.size(); ++f) {
    const auto form = forms[f];
    // The first form is the token's text, hashed at tokenization.
    const auto hashed = f == 0 ? tokens[i].hashed() : HashedWord(form);
    if (!m_first_filter.may_contain(hashed)) {
      continue;
    }
    const auto found = m_by_first.find(hashed);
    if (found == m_by_first.end()) {
      continue;
    }
    // "السيول" (the floods) is no Seoul (سيول), "المالية" no Malé: a name
    // filed without the article does not match the token that carries it.
    const bool article_dropped = std::any_of(forms.begin(), forms.end(), [&](auto other) {
      return other != form && m_article_only.without_article(other) == form;
    });
    for (const auto& entry : found->second) {
      if (article_dropped && !entry.bare && !entry.demonym) {
        continue;
      }
      // "رياض حجاب" is no Riyadh: an alias written with the article matches
      // without it only where the token lost it to a preposition ("للرياض")
      // or carries it ("والرياض").
      if (entry.bare && !article_lost()) {
        continue;
      }
      const std::size_t n = entry.tokens;
      // Equal strings hash equal: a second token of another hash cannot match.
      if (i + n > tokens.size() || (n > 1 && !second_may_match(entry))) {
        continue;
      }
      const auto& alias = m_aliases[entry.alias];
      if (!case_allows(tokens[i], alias.case_rule)) {
        continue;
      }
      // A demonym of two words agrees in definiteness: "الكوري الشمالي".
      bool same = true;
      for (std::size_t k = 1; k < n && same; ++k) {
        same = tokens[i + k].text == alias.tokens[k]
               || (alias.demonym
                   && m_article_only.without_article(tokens[i + k].text) == alias.tokens[k]);
      }
      // Longer wins; at equal length a name beats a demonym.
      if (same
          && (!best || n > best->tokens
              || (n == best->tokens && best->demonym && !alias.demonym))) {
        best = GazetteerMatch{alias.entity, n, alias.demonym, form};
      }
    }
  }
  return best;
}

std::optional<std::size_t> Gazetteer::find_id(std::string_view id) const
{
  const auto found = m_by_id.find(id);
  return found == m_by_id.end() ? std::nullopt : std::optional(found->second);
}

const std::vector<Position>& Gazetteer::positions_of(std::size_t entity) const
{
  static const std::vector<Position> none;
  const auto found = m_positions.find(entity);
  return found == m_positions.end() ? none : found->second;
}

bool Gazetteer::holds_post_in(std::size_t person, std::size_t of) const
{
  const auto& posts = positions_of(person);
  return std::any_of(
    posts.begin(), posts.end(), [&](const Position& post) { return post.of == of; });
}

bool held_at(const Position& position, std::string_view date)
{
  const auto before = [](std::string_view a, std::string_view b) {
    const auto n = std::min(a.size(), b.size());
    return a.substr(0, n) < b.substr(0, n);
  };
  return !before(date, position.start) && (position.end.empty() || !before(position.end, date));
}

std::optional<std::size_t>
Gazetteer::holder_of(std::string_view role, std::size_t of, std::string_view date) const
{
  const auto found = m_holders.find({std::string(role), of});
  if (found == m_holders.end()) {
    return std::nullopt;
  }
  std::optional<std::size_t> best;
  std::string best_start;
  for (const auto& [person, position] : found->second) {
    const bool held = date.empty() ? position.end.empty() : held_at(position, date);
    if (held && (!best || position.start > best_start)) {
      best = person;
      best_start = position.start;
    }
  }
  return best;
}

std::optional<std::size_t>
Gazetteer::holder_named(std::string_view role, std::size_t of, std::string_view surname) const
{
  const auto found = m_holders.find({std::string(role), of});
  const auto bare = phonetic_key(surname);
  if (found == m_holders.end() || bare.size() < 2 || bare.find(' ') != std::string::npos) {
    return std::nullopt;
  }
  std::string key(1, ' ');
  key.append(bare).push_back(' ');
  std::optional<std::size_t> named;
  for (const auto& [person, position] : found->second) {
    // Any word: "عبدالملك" names Abdul-Malik al-Houthi as well as "الحوثي".
    const auto& keys = m_holder_keys.at(person);
    const bool match = std::any_of(keys.begin(), keys.end(), [&](const std::string& alias_key) {
      return alias_key.find(key) != std::string::npos;
    });
    if (match && named && *named != person) {
      return std::nullopt; // two holders of that name: neither
    }
    if (match) {
      named = person;
    }
  }
  return named;
}

std::optional<std::size_t> Gazetteer::seat_country(std::size_t entity) const
{
  const auto found = m_seats.find(entity);
  return found == m_seats.end() ? std::nullopt : std::optional(found->second);
}

std::vector<std::size_t> Gazetteer::find_key(std::string_view key) const
{
  const auto found = m_by_key.find(key);
  return found == m_by_key.end() ? std::vector<std::size_t>{} : found->second;
}

// The phonetic key a person is found by: a short key ("mt lsr", two short
// words) merges too much ("محمود الزهار" and "Ahmad al-Sharaa"), so it
// carries its words' onsets too.
std::string Gazetteer::person_key(std::string_view name)
{
  auto key = phonetic_key(name);
  if (key.size() < short_phonetic_key) {
    key += '|';
    key += phonetic_onsets(name);
  }
  return key;
}

std::optional<std::size_t> Gazetteer::find_person_phonetic(std::string_view name) const
{
  const auto found = m_person_by_phonetic.find(person_key(name));
  if (found == m_person_by_phonetic.end() || found->second == std::string::npos) {
    return std::nullopt;
  }
  return found->second;
}

} // namespace newskg::extract
