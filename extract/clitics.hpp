#pragma once

#include "extract/tokenizer.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newskg::extract {

// The affixes of one language, from data/<lang>/clitics.tsv: proclitic
// conjunctions (و ف), prepositions (ب ل ك), the article (ال), the fused
// preposition and article (لل), and the suffixes a trigger word may carry
// (ت وا ا ...). English has none, and every word is then its only form.
// A token keeps at most this many forms (Token::forms).
inline constexpr std::size_t max_token_forms = 8;

class Clitics
{
public:
  // Lines `kind<TAB>form`, kind one of conj, prep, article, prep-article,
  // suffix, enclitic, case-ending, imperfect, weak-initial. Throws DataError
  // "source:line: ...".
  static Clitics parse(std::istream& in, std::string_view source);

  // The forms a word may stand for once proclitics are taken off, longest
  // first, each a suffix of `word` of at least two letters. For "وبالولايات":
  // ["وبالولايات", "بالولايات", "الولايات", "ولايات"]. Allocation-free: the
  // views point into `word`; `out` is cleared first.
  void forms(std::string_view word, std::vector<std::string_view>& out) const;

  // Fills every token's forms() once, into text.forms: the word's proclitic
  // forms (the first max_token_forms of them); a punctuation mark or number
  // is its own only form.
  void fill_forms(TokenizedText& text) const;
  // The forms of `token`, computed now (into `scratch`) when fill_forms was
  // not called. Inline: the forms are filled for every token of a document,
  // and asked for at most of them.
  [[nodiscard]] std::span<const std::string_view>
  forms_of(const Token& token, std::vector<std::string_view>& scratch) const
  {
    if (token.form_count > 0) {
      return token.forms();
    }
    return computed_forms(token, scratch);
  }

  // How many code points of `word` are proclitic conjunction and preposition,
  // and the article to put back where a fused form elided it:
  // "وللحراك" => {3, "ال"} (و + لل off, then "ال" + "حراك");
  // "وبالولايات" => {2, ""}. A word that only begins with a preposition's
  // letter loses it too: "ولجنه" => {2, ""}.
  [[nodiscard]] std::pair<std::size_t, std::string> proclitic_length(std::string_view word) const;
  // True when `word` is a proclitic conjunction or preposition alone ("و"،
  // "ل"): the text writes it on the next word, never apart.
  [[nodiscard]] bool is_proclitic(std::string_view word) const;

  // True when `word` lost a preposition to become `form`: "لحزب" → "حزب",
  // "بالولايات" → "الولايات"; not "والولايات" → "الولايات" or "الامم" → "امم".
  [[nodiscard]] bool lost_preposition(std::string_view word, std::string_view form) const;
  // True when a form of the token lost a preposition: "لشركة" may be ل + شركة.
  [[nodiscard]] bool governed(const Token& token) const;

  // True when `ending` is one of the suffixes or enclitics.
  [[nodiscard]] bool is_ending(std::string_view ending) const;
  // The distinct byte lengths of the suffixes and enclitics, with 0 first.
  [[nodiscard]] const std::vector<std::size_t>& ending_lengths() const { return m_ending_lengths; }

  // `word` without a leading conjunction: "ولجنه" => "لجنه"; else `word`.
  [[nodiscard]] std::string_view without_conjunction(std::string_view word) const;
  // `word` without a leading article: "الامن" => "امن"; else `word`.
  [[nodiscard]] std::string_view without_article(std::string_view word) const;
  // True when one of the token's forms carries the article: "والزيارة". Read
  // from Token::article once fill_forms has set it.
  [[nodiscard]] bool definite(const Token& token) const;

  // True when `word` opens with a conjunction that an article (or a fused
  // preposition and article) follows: "والمؤيدة", "وللحزب" begin a phrase of
  // their own, where "وزارة" and "والي" begin with no conjunction.
  [[nodiscard]] bool conjoined(std::string_view word) const;
  // True when `word` begins with a preposition fused with the article ("للحفاظ").
  [[nodiscard]] bool fused_article(std::string_view word) const;
  // True when `word` has the shape of a third-person imperfect verb: an
  // `imperfect` prefix and at least three letters after it ("يكتب", "تؤكد").
  [[nodiscard]] bool imperfect_shape(std::string_view word) const;

  // The third-person imperfect forms of a regular perfect verb: each
  // `imperfect` prefix (in the order of clitics.tsv) before the stem without
  // a `weak-initial` letter: "اعلن" => {"تعلن", "يعلن"} with data/ar. Empty
  // for a language without prefixes.
  [[nodiscard]] std::vector<std::string> imperfect_of(std::string_view perfect) const;
  // Its first-person plural imperfect forms, with the `imperfect-we`
  // prefixes: "اتهم" => {"نتهم"} with data/ar.
  [[nodiscard]] std::vector<std::string> imperfect_we_of(std::string_view perfect) const;
  // The other persons of an irregular verb's third-person imperfect, given
  // as written ("يشيد"): its `imperfect` prefix replaced by each `imperfect`
  // prefix, or by each `imperfect-we` prefix when `we` ("نشيد"). Empty when
  // it begins with no `imperfect` prefix.
  [[nodiscard]] std::vector<std::string> imperfect_persons(std::string_view imperfect,
                                                           bool we) const;
  // A participle's forms as an adverbial complement: `stem` with each
  // `participle-ending` ("مشيد" => "مشيدا", "مشيده", "مشيدين" with data/ar).
  [[nodiscard]] std::vector<std::string> participle_forms(std::string_view stem) const;
  // A noun ending in the `ta-marbuta` letter as it is written before an
  // enclitic or suffix, with the `ta-bound` letter instead ("ادانه" =>
  // "ادانت", of ادانته); none for another noun, or without both letters.
  [[nodiscard]] std::optional<std::string> bound_form(std::string_view noun) const;
  // The `imperfect` prefixes ("ت", "ي" with data/ar).
  [[nodiscard]] const std::vector<std::string>& imperfect_prefixes() const { return m_imperfect; }

  // True when `word` is `stem` plus one of the suffixes (or nothing).
  [[nodiscard]] bool has_stem(std::string_view word, std::string_view stem) const;
  // True when `word` is `stem` plus an enclitic pronoun: "بلاده" of "بلاد".
  [[nodiscard]] bool has_enclitic(std::string_view word, std::string_view stem) const;
  // True when `word` ends in `stem` and a case ending ("كلاميا" of "لامي",
  // "ماليا" of "مالي"), whatever proclitics stand before the stem.
  [[nodiscard]] bool has_case_ending(std::string_view word, std::string_view stem) const;
  // True when `word` begins with the proclitic preposition `prep` ("ب", "ل").
  [[nodiscard]] bool starts_with_prep(std::string_view word, std::string_view prep) const;

  // Adds the articles of `other` to this object's: the shared gazetteer
  // strips the articles of every language from alias first words.
  void add_articles(const Clitics& other);

private:
  // forms_of for a token whose forms are not filled.
  [[nodiscard]] std::span<const std::string_view>
  computed_forms(const Token& token, std::vector<std::string_view>& scratch) const;
  [[nodiscard]] std::vector<std::string> prefixed_stem(const std::vector<std::string>& prefixes,
                                                       std::string_view perfect) const;
  // Appends to `out` the forms of `word` without its proclitics (the chains
  // forms() lists), each once.
  void proclitic_forms(std::string_view word, std::vector<std::string_view>& out) const;
  // Sets m_openings from the proclitics.
  void index_openings();
  // False when no conjunction, preposition, fused preposition or article can
  // open `word` (m_openings): forms() then takes none off.
  [[nodiscard]] bool may_open_with_proclitic(std::string_view word) const;
  std::vector<std::string> m_conj;
  std::vector<std::string> m_prep;
  std::vector<std::string> m_article;
  std::vector<std::string> m_prep_article;
  std::vector<std::string> m_suffix;
  std::vector<std::string> m_enclitic;
  std::vector<std::string> m_case_ending;
  std::vector<std::string> m_imperfect;
  std::vector<std::string> m_imperfect_we;
  std::vector<std::string> m_weak_initial;
  std::vector<std::string> m_participle_ending;
  std::string m_ta_marbuta; // "ه": ta marbuta as text is normalized
  std::string m_ta_bound;   // "ت": the same letter before an ending
  std::vector<std::size_t> m_ending_lengths{0};
  // A bit for the first two bytes of each conjunction, preposition, fused
  // preposition and article (65,536 bits): four words in ten of Arabic news
  // open with none of them. Empty, so that every word may, while a proclitic
  // is shorter than two bytes or before parse.
  std::vector<std::uint64_t> m_openings;
};

} // namespace newskg::extract
