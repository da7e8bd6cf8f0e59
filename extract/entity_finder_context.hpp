#pragma once

// The pieces of EntityFinder shared by its source files (entity_finder.cpp,
// entity_names.cpp, entity_titles.cpp, entity_heads.cpp, entity_word_order.cpp):
// limits, small text tests and the per-sentence Context. Not for other modules.

#include "core/utf8.hpp"
#include "extract/entity_finder.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::extract {

namespace finder {

inline constexpr std::size_t max_name_words = 3;
// Letters of a foreign name's word at most (EntityFinder::foreign_pair).
inline constexpr std::size_t max_foreign_letters = 11;
// Adjective words after the noun of an apposition whose genitive was not read.
inline constexpr std::size_t max_apposition_words = 6;
inline constexpr std::size_t max_title_qualifiers = 3;
// Tokens between a word of appointing and the name it appoints ("انتخاب النائب").
inline constexpr std::size_t max_appoint_words = 3;
inline constexpr std::size_t max_quoted_words = 10;
// Words of a name in quotation marks after an organization's head.
inline constexpr std::size_t max_head_quoted_words = 4;
// Words from a plural place noun to the member intro ("بينها") of its list.
inline constexpr std::size_t max_list_intro_distance = 6;
inline constexpr std::size_t max_proper_org_words = 6;
// Tokens of lowercase words (and hyphens: "far-right") between "the" and an
// organization's name: "the main opposition Yesh Atid party".
inline constexpr std::size_t max_org_modifier_tokens = 4;
inline constexpr std::size_t max_owned_words = 4; // "disaster mitigation agency" before "BNPB"
// Words between an apposition's title and the place preposition of its
// country ("وزير الدولة للشؤون الأمنية في تونس").
inline constexpr std::size_t max_portfolio_words = 3;
// Definite words that describe a post between its title and the
// organization it is held in ("زعيم الأغلبية في مجلس الشيوخ").
inline constexpr std::size_t max_post_words = 2;
inline constexpr double title_confidence = 0.9;
inline constexpr double known_position_confidence = 0.8;
inline constexpr std::string_view no_role =
  "-"; // titles that introduce a person and state no position
inline constexpr std::string_view minister_role =
  "minister"; // the role whose kinds words.tsv minister-kind lists
inline constexpr std::string_view president_role = "president";
inline constexpr std::string_view chair_role =
  "chair"; // a president's role in a body of words.tsv chair-body

// Tanween (U+064B–U+064D) marks an indefinite common noun: never a name.
inline bool has_tanween(const std::u32string& original, Span span)
{
  for (std::size_t i = span.begin; i < span.end && i < original.size(); ++i) {
    if (original[i] >= 0x064B && original[i] <= 0x064D) {
      return true;
    }
  }
  return false;
}

} // namespace finder

// One token's memo of EntityFinder::known_at.
struct KnownAt
{
  bool asked = false;
  std::optional<GazetteerMatch> match;
};

struct EntityFinder::Context
{
  const SentenceView& sentence;
  const std::u32string& original;
  DocumentEntities& entities;
  std::vector<Relation>& relations;
  std::vector<Item> items;
  std::size_t skip_to = 0; // a title that gave way to the next one ends here
  // Tokens [clear_from, clear_end) are no list separator (words.tsv
  // list-separator): EntityFinder::separator_in asks at nearly every token,
  // each a token on from the last, and reads each token once.
  std::size_t clear_from = 0;
  std::size_t clear_end = 0;
  // EntityFinder::foreign_word's answer per token, asked once: 0 not yet
  // asked, 1 foreign, 2 not. Sized to the sentence's tokens by find().
  std::vector<std::uint8_t>& foreign;
  // The gazetteer's longest name at each token of the sentence, looked up
  // once (EntityFinder::known_at): index token - sentence.begin.
  std::vector<KnownAt>& known;

  [[nodiscard]] const Token& token(std::size_t i) const { return sentence.tokens[i]; }
  [[nodiscard]] std::span<const Token> tokens() const
  {
    return sentence.tokens.first(sentence.end);
  }

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
    return Evidence{sentence.index, sentence.span, sentence_text(sentence)};
  }
};

} // namespace newskg::extract
