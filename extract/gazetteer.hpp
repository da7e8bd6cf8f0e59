#pragma once

#include "core/entity_type.hpp"
#include "extract/clitics.hpp"
#include "extract/tokenizer.hpp"
#include "extract/word_filter.hpp"

#include <cstdint>
#include <filesystem>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newskg::extract {

class WordSet;

// An entity the gazetteer knows.
struct KnownEntity
{
  std::string id; // "wd:Q7747" or a readable local id
  EntityType type = EntityType::person;
  std::string label_en;
  std::string label_ar;
  std::vector<std::string> aliases; // every name as written in the data, all languages
  // An organization with an adjective of its own in demonyms.tsv: a party
  // ("Republican"), whose name before a title makes a member, not an owner.
  bool has_adjective = false;
};

// A role a known person held, from data/gazetteer/positions.tsv.
struct Position
{
  std::string role;  // "foreign-minister"
  std::size_t of{};  // the country or organization, an index into entities()
  std::string start; // ISO date or year; empty when unknown
  std::string end;   // empty when still held
};

// True when `position` was held at `date` (ISO 8601 or a year; dates and
// years compare on their common prefix: "2018-09-30" lies in 2017–2019).
[[nodiscard]] bool held_at(const Position& position, std::string_view date);

// A gazetteer hit: `tokens` tokens from the start position name `entity`.
// `demonym` hits are nisba adjectives ("الروسية") naming a country.
struct GazetteerMatch
{
  std::size_t entity = 0;
  std::size_t tokens = 0;
  bool demonym = false;
  std::string_view form; // the form of the first token that matched: "حزب" of "لحزب"
};

// What a Gazetteer's parse_* functions index: `full`, everything extraction
// looks up; `names`, only what reading a built cache looks up (entities(),
// find_id, find_key), a fraction of the work (issue 9).
enum class GazetteerIndex : std::uint8_t { full, names };

// Names of known entities, read from data/gazetteer/*.tsv and the demonyms of
// data/<lang>/demonyms.tsv. Matching keeps the longest alias at a position:
// "مجموعة مينسك" is the Minsk Group, not Belarus (مينسك).
class Gazetteer
{
public:
  // Lines `id<TAB>type<TAB>label_en<TAB>label_ar[<TAB>aliases_en[<TAB>aliases_ar]]`,
  // aliases '|'-separated; both labels are aliases too. Throws DataError
  // "source:line: ..." on a line of fewer than four fields, an unknown type,
  // an id defined twice.
  void parse_entities(std::istream& in, std::string_view source);
  // Lines `person_id<TAB>role<TAB>of_id[<TAB>start[<TAB>end]]`; DataError for
  // an id the entities do not define (read the entities first).
  void parse_positions(std::istream& in, std::string_view source);
  // Lines `place_or_org_id<TAB>country_id<TAB>kind` (capital or seat; the
  // kind is not read here): "Moscow said", "the Kremlin said" stand for Russia.
  void parse_seats(std::istream& in, std::string_view source);
  // Lines `country_id<TAB>form|form|...`, for one language.
  void parse_demonyms(std::istream& in, std::string_view source);
  // Lines `id<TAB>tag|tag|...[<TAB>country_id]` (data/<lang>/party_tags.tsv):
  // the two halves of a party tag after a legislator's name ("R-Tenn."), the
  // party of an organization's tag and the country of a state's. Tags match
  // as written. A party's row may give the one country it sits in.
  void parse_party_tags(std::istream& in, std::string_view source);
  // The country a party of party_tags.tsv sits in, when its row gives one.
  [[nodiscard]] std::optional<std::size_t> party_country(std::size_t party) const;
  // The entity a party tag half names, as written ("R", "Tenn."); no_party
  // for a tag of id "-" ("I": an independent).
  [[nodiscard]] std::optional<std::size_t> party_tag(std::string_view tag) const;
  static constexpr std::size_t no_party = static_cast<std::size_t>(-1);

  // The longest alias that starts at tokens[i], trying each proclitic form of
  // the first token: "والروسية" finds the demonym "روسية". Demonyms count as
  // one token and lose against a name of the same length.
  [[nodiscard]] std::optional<GazetteerMatch>
  longest_at(std::span<const Token> tokens, std::size_t i, const Clitics& clitics) const;

  [[nodiscard]] const std::vector<KnownEntity>& entities() const { return m_entities; }
  [[nodiscard]] std::optional<std::size_t> find_id(std::string_view id) const;
  [[nodiscard]] const std::vector<Position>& positions_of(std::size_t entity) const;
  // True when positions.tsv lists `person` in a post of `of` (at any date).
  [[nodiscard]] bool holds_post_in(std::size_t person, std::size_t of) const;
  // Who held `role` in entity `of` at `date` (ISO, may be empty: then the
  // holder with an open term, else the one who started last).
  [[nodiscard]] std::optional<std::size_t>
  holder_of(std::string_view role, std::size_t of, std::string_view date) const;
  // The one person who ever held `role` in `of` and one of whose names has
  // a word with the phonetic key of `surname`: "زعيم حزب العمال كوربن" is
  // Jeremy Corbyn at any date, since the text names him.
  [[nodiscard]] std::optional<std::size_t>
  holder_named(std::string_view role, std::size_t of, std::string_view surname) const;
  // Lines `role<TAB>country_id<TAB>organization_id` (chambers.tsv).
  void parse_chambers(std::istream& in, std::string_view source);
  // The body whose members hold `role` in `country`: senator, United States
  // => United States Senate.
  [[nodiscard]] std::optional<std::size_t> chamber_of(std::string_view role,
                                                      std::size_t country) const;
  // True when chambers.tsv names a body for `role` in some country.
  [[nodiscard]] bool chamber_role(std::string_view role) const;
  // Lines `place_id<TAB>country_id` (regions.tsv): the country a first-level
  // subdivision lies in.
  void parse_regions(std::istream& in, std::string_view source);
  // The country a subdivision (a US state, a governorate) lies in; it never
  // stands for its country.
  [[nodiscard]] std::optional<std::size_t> region_country(std::size_t entity) const;
  // Lines `place_id<TAB>country_id` (city_countries.tsv, place_countries.tsv):
  // the country a city or another place lies in (place_country); unlike a
  // region, no such place apposed to a country lies in it for that.
  void parse_city_countries(std::istream& in, std::string_view source);
  // True when the gazetteer places `place` (a subdivision or a city) in a
  // country other than `where`, a country or a subdivision's country:
  // "طرابلس اللبنانية" is not the Tripoli in Libya; "تل رفعت جنوبي تركيا" is
  // south of Turkey.
  [[nodiscard]] bool lies_elsewhere(std::size_t place, std::size_t where) const;
  // The country the gazetteer places a subdivision or a city in.
  [[nodiscard]] std::optional<std::size_t> place_country(std::size_t place) const;
  // The country a capital or seat of power stands for, in metonymy.
  [[nodiscard]] std::optional<std::size_t> seat_country(std::size_t entity) const;
  // The capital seats.tsv lists for a country.
  [[nodiscard]] std::optional<std::size_t> capital_of(std::size_t country) const;
  // Entities with an alias of this match key.
  [[nodiscard]] std::vector<std::size_t> find_key(std::string_view key) const;
  // The one person whose alias has the phonetic key of `name` (two words or
  // more; extract/phonetic_key.hpp): "Walid al-Moualem" finds Walid al-Muallem.
  [[nodiscard]] std::optional<std::size_t> find_person_phonetic(std::string_view name) const;
  [[nodiscard]] static std::string person_key(std::string_view name);
  [[nodiscard]] std::size_t alias_count() const { return m_aliases.size(); }

private:
  struct Alias
  {
    std::vector<std::string> tokens; // normalized
    std::uint32_t entity = 0;
    bool demonym = false;
    std::uint8_t case_rule = 0; // extract/token_shape.hpp: what it asks of the text's case
  };

  void add_alias(std::string_view text, std::size_t entity, bool demonym);
  void add_key(const std::string& key, std::size_t entity);
  std::size_t require_id(std::string_view id, std::string_view source, std::size_t line) const;
  void parse_id_pairs(std::istream& in,
                      std::string_view source,
                      std::unordered_map<std::size_t, std::size_t>& out) const;

  struct Hash
  {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return word_hash(s); }
    std::size_t operator()(const HashedWord& s) const { return s.hash; }
  };

  std::vector<KnownEntity> m_entities;
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> m_by_id;
  std::vector<Alias> m_aliases;
  // An alias under its first token, with what longest_at checks before it
  // reads the alias itself: most aliases of a common first word ("محافظة",
  // "وزارة") are told apart by the hash of their second token alone.
  struct FirstEntry
  {
    std::uint32_t alias = 0;       // index into m_aliases
    std::uint32_t second_hash = 0; // word_hash of the alias's second token; 0: none
    std::uint32_t tokens = 0;      // the alias's token count
    bool demonym = false;          // the alias's
    bool bare = false;             // filed under its first token without the article
  };
  // Aliases by first token (and by first token without its article).
  std::unordered_map<std::string, std::vector<FirstEntry>, Hash, std::equal_to<>> m_by_first;
  WordFilter m_first_filter{std::uint32_t{1}
                            << 21U}; // m_by_first's keys: most forms start no alias
  std::unordered_map<std::string, std::vector<std::size_t>, Hash, std::equal_to<>> m_by_key;
  std::unordered_map<std::size_t, std::vector<Position>> m_positions;
  std::unordered_map<std::size_t, std::size_t> m_regions;        // subdivision -> country
  std::unordered_map<std::size_t, std::size_t> m_city_countries; // city -> country
  std::unordered_map<std::size_t, std::vector<std::string>>
    m_holder_keys; // holder -> " key " of each name
  std::map<std::pair<std::string, std::size_t>, std::size_t, std::less<>>
    m_chambers; // (role, country) -> body
  // (role, of) -> (person, position) pairs, for holder_of.
  std::map<std::pair<std::string, std::size_t>, std::vector<std::pair<std::size_t, Position>>>
    m_holders;
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>>
    m_person_by_phonetic; // npos: ambiguous
  std::unordered_map<std::size_t, std::size_t> m_seats;
  std::unordered_map<std::size_t, std::size_t> m_capitals; // country -> its capital
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> m_party_tags;
  std::unordered_map<std::size_t, std::size_t> m_party_countries; // party -> country
  Clitics m_article_only;                       // strips the article from alias first tokens
  std::shared_ptr<const WordSet> m_possessives; // split off alias words as off a text's ("'s")
  GazetteerIndex m_index = GazetteerIndex::full;

public:
  // The article stripped from alias first tokens ("ال"); set before parsing.
  void set_article_rules(Clitics clitics) { m_article_only = std::move(clitics); }
  // The possessive endings the languages split off a word (words.tsv
  // possessive: "'s"), split off alias words too; set before parsing.
  void set_possessives(std::vector<std::string> endings);
  // What the parse_* functions index (GazetteerIndex); set before parsing.
  void set_index(GazetteerIndex index) { m_index = index; }
};

// Tokens of a short text, normalized as documents are: used for aliases,
// cue words and lexicon entries, so data and text compare equal; with
// `possessive`, its endings split off as a document's ("People's": People, 's).
[[nodiscard]] std::vector<std::string> normalized_words(std::string_view text,
                                                        const WordSet* possessive = nullptr);

} // namespace newskg::extract
