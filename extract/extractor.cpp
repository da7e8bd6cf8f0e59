#include "extract/extractor.hpp"

#include "core/code_point_table.hpp"
#include "core/error.hpp"
#include "core/hash.hpp"
#include "core/utf8.hpp"
#include "extract/document_entities.hpp"
#include "extract/entity_finder.hpp"
#include "extract/normalizer.hpp"
#include "extract/resources_impl.hpp"
#include "extract/rule_engine.hpp"
#include "extract/segmenter.hpp"
#include "extract/token_shape.hpp"
#include "extract/tokenizer.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <tuple>

namespace newskg::extract {

namespace {

// The tokens of a document, read one block (tokenizer.hpp: next_block_end)
// at a time, so that a long document never holds all its tokens, their
// normalized text and their clitic forms at once: a 30 MB article has
// about three million tokens of 48 bytes. The window holds, for the
// sentence being read, the block its first code point is in, the block
// before it, and the blocks through the one after its last code point;
// every rule looks a few tokens around its sentence at most. The tokens of
// the blocks are those of the whole text (see tokenize_block), so a
// document of one block (every real article) is read as one whole.
class TokenWindow
{
public:
  TokenWindow(const std::u32string& original, const LanguagePack& pack)
    : m_original(original),
      m_pack(pack)
  {}

  // Loads and drops blocks so that the window holds the tokens the
  // sentence [begin, end) may look at (see above).
  void cover(std::size_t begin, std::size_t end)
  {
    while (m_loaded_end < m_original.size() && (m_blocks.empty() || m_blocks.back().begin < end)) {
      load_next();
    }
    while (m_blocks.size() > 2 && m_blocks[1].end <= begin) {
      m_tokens.erase(m_tokens.begin(),
                     m_tokens.begin() + static_cast<std::ptrdiff_t>(m_blocks.front().count));
      m_base += m_blocks.front().count;
      m_blocks.pop_front();
    }
  }

  // The tokens held, the first of them token base() of the document.
  [[nodiscard]] std::span<const Token> tokens() const { return m_tokens; }
  [[nodiscard]] std::size_t base() const { return m_base; }

private:
  struct Block
  {
    std::size_t begin = 0; // code points of the original
    std::size_t end = 0;
    std::size_t count = 0; // tokens
    // The normalized text and the forms its tokens view (the tokens
    // themselves are moved to m_tokens).
    std::unique_ptr<TokenizedText> text;
  };

  void load_next()
  {
    Block block{.begin = m_loaded_end,
                .end = next_block_end(m_original, m_loaded_end),
                .text = std::make_unique<TokenizedText>()};
    auto& tokenized = *block.text;
    tokenize_block(m_original, block.begin, block.end, tokenized);
    split_possessives(tokenized, m_pack.words.possessive);
    mark_letter_case(tokenized.tokens, m_original);
    m_pack.clitics.fill_forms(tokenized);
    block.count = tokenized.tokens.size();
    m_tokens.insert(m_tokens.end(), tokenized.tokens.begin(), tokenized.tokens.end());
    std::vector<Token>().swap(tokenized.tokens);
    m_loaded_end = block.end;
    m_blocks.push_back(std::move(block));
  }

  const std::u32string& m_original;
  const LanguagePack& m_pack;
  std::deque<Block> m_blocks;
  std::vector<Token> m_tokens;
  std::size_t m_base = 0;       // the document's index of m_tokens[0]
  std::size_t m_loaded_end = 0; // the end of the last block loaded
};

// One relation per (subject, predicate, object, sentence): two cues in one
// sentence saying the same thing are one piece of evidence.
void deduplicate(std::vector<Relation>& relations)
{
  std::set<std::tuple<std::string, std::string, std::string, std::size_t>> seen;
  std::vector<Relation> kept;
  for (auto& relation : relations) {
    if (seen
          .emplace(
            relation.subject, relation.predicate, relation.object, relation.evidence.sentence)
          .second) {
      kept.push_back(std::move(relation));
    }
  }
  relations = std::move(kept);
}

// The country an article is about: the one named at least twice, and at
// least twice as often as any other; else the country of the article's
// dateline (`dateline`, a gazetteer index), where it is named as often as
// any other.
std::optional<std::size_t> article_country(const DocumentEntities& entities,
                                           std::optional<std::size_t> dateline)
{
  std::optional<std::size_t> top;
  std::size_t top_count = 0;
  std::size_t second_count = 0;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (entities[i].entity.type != EntityType::country) {
      continue;
    }
    const auto count = entities[i].entity.mentions.size();
    if (count > top_count) {
      second_count = top_count;
      top_count = count;
      top = i;
    } else if (count > second_count) {
      second_count = count;
    }
  }
  if (top && top_count >= 2 && top_count >= 2 * second_count) {
    return top;
  }
  for (std::size_t i = 0; dateline && i < entities.size(); ++i) {
    if (entities[i].known == dateline && entities[i].entity.type == EntityType::country
        && entities[i].entity.mentions.size() >= top_count) {
      return i;
    }
  }
  return std::nullopt;
}

// "تونس، 7 مارس 2016 (أ ف ب) – قُتل", "WASHINGTON (Reuters) -": a place
// opening one of a wire article's first sentences, a comma or an opening
// parenthesis after it (words.tsv dateline-separator) and a dash (words.tsv
// dateline-dash) a few words on, is its dateline. Gives the gazetteer index
// of the country it names: itself, or the one the place is the seat of or
// lies in.
std::optional<std::size_t> dateline_country(const SentenceView& sentence,
                                            std::span<const Item> items,
                                            const DocumentEntities& entities,
                                            const Gazetteer& gazetteer,
                                            const LanguagePack& pack)
{
  constexpr std::size_t reach = 12; // tokens from the comma to the dash
  if (items.empty() || items.front().begin != sentence.begin
      || items.front().kind != ItemKind::entity) {
    return std::nullopt;
  }
  const auto comma = items.front().end;
  if (comma >= sentence.end
      || !token_in(sentence.tokens[comma], pack.words.dateline_separator, pack.clitics)) {
    return std::nullopt;
  }
  const auto end = std::min(sentence.end, comma + reach);
  bool dash = false;
  for (auto t = comma + 1; t < end && !dash; ++t) {
    dash = token_in(sentence.tokens[t], pack.words.dateline_dash, pack.clitics);
  }
  const auto& record = entities[items.front().entity];
  if (!dash || !record.known) {
    return std::nullopt;
  }
  if (record.entity.type == EntityType::country) {
    return record.known;
  }
  if (record.entity.type != EntityType::location) {
    return std::nullopt;
  }
  if (const auto seat = gazetteer.seat_country(*record.known)) {
    return seat;
  }
  return gazetteer.place_country(*record.known);
}

// "a dispute with neighboring Greece" in an article about Macedonia: each
// neighbour (DocumentEntities::neighbours) borders the article's country;
// "بإقليم بني شنقول غربي البلاد" in an article about Ethiopia lies in it,
// unless the gazetteer places it in another country.
void close_neighbours(const DocumentEntities& entities,
                      const Gazetteer& gazetteer,
                      const Ontology& ontology,
                      std::optional<std::size_t> dateline,
                      std::vector<Relation>& relations)
{
  const auto top = entities.neighbours.empty() ? std::nullopt : article_country(entities, dateline);
  if (!top) {
    return;
  }
  for (const auto& neighbour : entities.neighbours) {
    const auto& known = entities[neighbour.country].known;
    const auto lies_in = known ? gazetteer.place_country(*known) : std::nullopt;
    if (neighbour.country == *top || (lies_in && lies_in != entities[*top].known)) {
      continue;
    }
    Relation relation{.subject = entities[neighbour.country].entity.id,
                      .predicate = neighbour.predicate,
                      .object = entities[*top].entity.id,
                      .confidence = neighbour.confidence,
                      .evidence = neighbour.evidence};
    if (const auto* p = ontology.find(neighbour.predicate); p != nullptr) {
      relation.cameo = p->cameo;
      if (p->symmetric && relation.object < relation.subject) {
        std::swap(relation.subject, relation.object);
      }
    }
    relations.push_back(std::move(relation));
  }
}

// "الرئيس جورجي إيفانوف" in an article about Macedonia: a title without a
// country holds in the country the article is about, when one country is
// named at least twice as often as any other, for the roles of a country
// (words.tsv country-role): a director holds no post in a country. A role a
// chamber holds (chambers.tsv: a senator of the United States) holds in the
// chamber of that country, and nowhere in a country with none listed.
// Nor does a person the gazetteer lists in posts of other countries only.
// In a kingdom (words.tsv kingdom-name), a title of kingdom-prince before a
// person the gazetteer does not know is a prince's rank: "الأمير حمزة" in
// an article about Jordan holds no post.
void close_open_roles(DocumentEntities& entities,
                      const Gazetteer& gazetteer,
                      const LanguagePack& pack,
                      std::optional<std::size_t> dateline,
                      std::vector<Relation>& relations)
{
  constexpr double confidence = 0.6;
  const auto top = article_country(entities, dateline);
  if (!top) {
    return;
  }
  const auto& words = pack.words;
  const auto top_known = entities[*top].known;
  const bool kingdom =
    top_known && std::ranges::any_of(words.kingdom_name.words(), [&](const std::string& word) {
      return name_begins_with(gazetteer.entities()[*top_known].aliases, word, pack.clitics);
    });
  for (const auto& open : entities.open_roles) {
    if (const auto& record = entities[open.person];
        record.role_of || record.role != open.role || !words.country_role.contains(open.role)
        || (kingdom && !record.known && words.kingdom_prince.contains(open.role))) {
      continue;
    }
    // "الأمير خالد بن سلمان نائب وزير الدفاع" in an article about Yemen: a
    // person the gazetteer lists in posts, none in this country, holds the
    // title elsewhere.
    if (const auto& known = entities[open.person].known;
        known && top_known && !gazetteer.positions_of(*known).empty()
        && !gazetteer.holds_post_in(*known, *top_known)) {
      continue;
    }
    const auto country = entities[*top].known;
    const auto chamber = country ? gazetteer.chamber_of(open.role, *country) : std::nullopt;
    if (!chamber && gazetteer.chamber_role(open.role)) {
      continue;
    }
    const auto of = chamber ? entities.known(*chamber)
                            : *top; // may add an entity: no reference is held across it
    auto& record = entities[open.person];
    record.role_of = of;
    relations.push_back(Relation{.subject = record.entity.id,
                                 .predicate = "holds-position",
                                 .object = entities[of].entity.id,
                                 .confidence = confidence,
                                 .evidence = open.evidence,
                                 .attributes = {{"role", open.role}}});
  }
}

// The match key of the last word of `text`, empty for one word.
std::string surname_key(std::string_view text)
{
  const auto space = text.find_last_of(' ');
  return space == std::string_view::npos ? std::string() : match_key(text.substr(space + 1));
}

// "Mr McDonnell ... John McDonnell": a person found in text under one word is
// the one person of the document whose longer name ends in that word; its
// mentions and relations move to that person.
void fold_surnames(DocumentEntities& entities,
                   const std::string& lang,
                   std::vector<Relation>& relations)
{
  const auto own_label = [&](const Entity& e) -> const std::string& {
    const auto it = e.labels.find(lang);
    return it == e.labels.end() ? e.label : it->second;
  };
  const auto single_word = [&](std::size_t s) {
    const auto& e = entities[s].entity;
    return e.type == EntityType::person && !entities[s].known
           && own_label(e).find(' ') == std::string::npos && !e.mentions.empty();
  };
  std::vector<std::size_t> singles;
  for (std::size_t s = 0; s < entities.size(); ++s) {
    if (single_word(s)) {
      singles.push_back(s);
    }
  }
  if (singles.empty()) {
    return;
  }
  // The last words of each person's longer names, computed once.
  std::vector<std::set<std::string>> surnames(entities.size());
  for (std::size_t f = 0; f < entities.size(); ++f) {
    const auto& other = entities[f].entity;
    if (other.type != EntityType::person) {
      continue;
    }
    surnames[f].insert(surname_key(own_label(other)));
    for (const auto& mention : other.mentions) {
      surnames[f].insert(surname_key(mention.text));
    }
    surnames[f].erase(std::string());
  }
  for (const auto s : singles) {
    auto& single = entities[s].entity;
    const auto key = match_key(own_label(single));
    std::optional<std::size_t> full;
    bool ambiguous = false;
    for (std::size_t f = 0; f < entities.size() && !ambiguous; ++f) {
      if (f != s && surnames[f].contains(key)) {
        ambiguous = full.has_value();
        full = f;
      }
    }
    if (!full || ambiguous) {
      continue;
    }
    const auto from = single.id;
    const auto& to = entities[*full].entity.id;
    for (auto& relation : relations) {
      relation.subject = relation.subject == from ? to : relation.subject;
      relation.object = relation.object == from ? to : relation.object;
    }
    for (std::size_t e = 0; e < entities.size(); ++e) {
      auto& event = entities[e].entity;
      event.subject = event.subject == from ? to : event.subject;
      event.object = event.object == from ? to : event.object;
    }
    for (auto& mention : single.mentions) {
      entities.add_mention(*full, mention.span, std::move(mention.text));
    }
    single.mentions.clear();
  }
}

Extraction assemble(const Document& document,
                    const std::string& lang,
                    DocumentEntities& entities,
                    std::vector<Relation> relations)
{
  deduplicate(relations);
  std::set<std::string> used;
  for (const auto& relation : relations) {
    used.insert(relation.subject);
    used.insert(relation.object);
  }
  Extraction extraction{.doc = document.id,
                        .lang = lang,
                        .title = document.title,
                        .date = document.date,
                        .url = document.url};
  for (std::size_t i = 0; i < entities.size(); ++i) {
    auto& entity = entities[i].entity;
    if (!entity.mentions.empty() || used.contains(entity.id)) {
      extraction.entities.push_back(std::move(entity));
    }
  }
  extraction.relations = std::move(relations);
  return extraction;
}

// The latest year from 1950 to 2035 written as a number of four digits
// (ASCII or Arabic-Indic) among `tokens`, 0 when none.
int latest_year(std::span<const Token> tokens)
{
  constexpr int first = 1950;
  constexpr int last = 2035;
  int latest = 0;
  for (const auto& token : tokens) {
    if (token.kind != TokenKind::number) {
      continue;
    }
    const auto digits = to_u32(token.text);
    if (digits.size() != 4) {
      continue;
    }
    int year = 0;
    for (const auto d : digits) {
      const char32_t zero = d >= U'0' && d <= U'9'             ? U'0'
                            : d >= U'\u0660' && d <= U'\u0669' ? U'\u0660'
                                                               : 0;
      if (zero == 0) {
        year = -1;
        break;
      }
      year = year * 10 + static_cast<int>(d - zero);
    }
    if (year >= first && year <= last) {
      latest = std::max(latest, year);
    }
  }
  return latest;
}

// latest_year of the whole document, as "YYYY", empty when none; its
// tokens read one block at a time (numbers are tokens of their own: no
// later step of TokenWindow changes them).
std::string latest_year(const std::u32string& original)
{
  int latest = 0;
  TokenizedText block;
  for (std::size_t begin = 0; begin < original.size();) {
    const auto end = next_block_end(original, begin);
    tokenize_block(original, begin, end, block);
    latest = std::max(latest, latest_year(block.tokens));
    begin = end;
  }
  return latest == 0 ? std::string() : std::to_string(latest);
}

// What each item of a sentence stands for, as explain shows it.
std::vector<MentionTrace> trace_items(const std::vector<Item>& items,
                                      std::span<const Token> tokens,
                                      const DocumentEntities& entities)
{
  std::vector<MentionTrace> out;
  for (const auto& item : items) {
    MentionTrace mention{.span =
                           Span{tokens[item.begin].span.begin, tokens[item.end - 1].span.end}};
    switch (item.kind) {
    case ItemKind::entity: {
      const auto& entity = entities[item.entity].entity;
      mention.what =
        entity.label + " (" + std::string(to_string(entity.type)) + ", " + entity.id + ")";
      if (item.demonym) {
        mention.what = "a demonym of " + mention.what;
      }
      break;
    }
    case ItemKind::parties:
      mention.what = "the two sides: the last two parties";
      break;
    case ItemKind::own:
      mention.what = "the speaker's own country";
      break;
    case ItemKind::unnamed:
      mention.what = "a title with no name: someone the text does not name";
      break;
    case ItemKind::author:
      mention.what = "we: who issues the document";
      break;
    }
    out.push_back(std::move(mention));
  }
  return out;
}

} // namespace

Extraction extract(const Document& document, const Resources& resources, Trace* trace)
{
  const auto& impl = resources.impl();
  const auto lang = document.lang.empty() ? detect_language(document.text) : document.lang;
  const auto* language = impl.language(lang);
  if (language == nullptr) {
    throw InputError(document.source + ": no language data for '" + lang + "'");
  }
  const auto original = to_u32(document.text);
  // Sentences first: segmenting holds the whole text once more, as UTF-16,
  // and is done before the tokens exist.
  const auto segmentation = segment(original, language->pack.words.abbreviations);
  const auto& sentences = segmentation.sentences;
  TokenWindow window(original, language->pack);
  // Which country a named person's title is of is read at the document's date;
  // without one, at the latest year the text names ("... 2017 ..."). Who holds
  // a title the text names nobody for is read at the document's date only
  // (SentenceView::dated): never guessed.
  std::string date = document.date;
  if (date.empty() && next_block_end(original, 0) == original.size()) {
    window.cover(0, original.size()); // one block: its tokens are read once
    const auto year = latest_year(window.tokens());
    date = year == 0 ? std::string() : std::to_string(year);
  } else if (date.empty()) {
    date = latest_year(original);
  }

  DocumentEntities entities(impl.gazetteer, &language->pack.romanizer);
  Discourse discourse;
  std::vector<Relation> relations;
  std::size_t next_token = 0; // the document's index of the first token after the last sentence
  constexpr std::size_t dateline_sentences = 3; // a headline or two may stand before it
  std::optional<std::size_t> dateline;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    // A token belongs to the sentence its first code point is in.
    window.cover(sentences[s].begin, sentences[s].end);
    const auto tokens = window.tokens();
    const auto base = window.base();
    auto t = std::max(next_token, base) - base;
    while (t < tokens.size() && tokens[t].span.begin < sentences[s].begin) {
      ++t;
    }
    const auto first = t;
    while (t < tokens.size() && tokens[t].span.begin < sentences[s].end) {
      ++t;
    }
    next_token = base + t;
    const SentenceView sentence{.tokens = tokens,
                                .begin = first,
                                .end = t,
                                .index = s,
                                .span = sentences[s],
                                .original = original,
                                .date = date,
                                .dated = !document.date.empty()};
    const auto items = language->finder.find(sentence, original, entities, relations);
    if (!dateline && s < dateline_sentences) {
      dateline = dateline_country(sentence, items, entities, impl.gazetteer, language->pack);
    }
    std::vector<CueTrace>* cues = nullptr;
    if (trace != nullptr) {
      trace->push_back(SentenceTrace{
        .index = s, .span = sentences[s], .mentions = trace_items(items, tokens, entities)});
      cues = &trace->back().cues;
    }
    language->engine.apply(sentence, items, entities, discourse, relations, cues);
  }
  close_open_roles(entities, impl.gazetteer, language->pack, dateline, relations);
  close_neighbours(entities, impl.gazetteer, impl.ontology, dateline, relations);
  fold_surnames(entities, lang, relations);
  auto extraction = assemble(document, lang, entities, std::move(relations));
  extraction.sentences_split = segmentation.split;
  return extraction;
}

namespace {

enum class LetterScript : std::uint8_t { none, arabic, other };

LetterScript letter_script(char32_t c)
{
  if (!u_isalpha(static_cast<UChar32>(c))) {
    return LetterScript::none;
  }
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_ARABIC
           ? LetterScript::arabic
           : LetterScript::other;
}

} // namespace

std::string detect_language(std::string_view text)
{
  std::size_t arabic = 0;
  std::size_t other = 0;
  // The code points of to_u32(head), decoded in place: ASCII and two-byte
  // sequences (the Arabic block) here, the rest by next_code_point.
  const auto head = text.substr(0, 4096);
  std::size_t at = 0;
  while (at < head.size()) {
    const auto byte = static_cast<unsigned char>(head[at]);
    char32_t c = byte;
    if (byte < 0x80U) {
      ++at;
    } else if (byte >= 0xC2U && byte <= 0xDFU && at + 1 < head.size()
               && (static_cast<unsigned char>(head[at + 1]) & 0xC0U) == 0x80U) {
      c = (char32_t{byte} & 0x1FU) << 6U | (static_cast<unsigned char>(head[at + 1]) & 0x3FU);
      at += 2;
    } else {
      c = next_code_point(head, at);
    }
    const auto script = from_table<LetterScript, letter_script>(c);
    if (script != LetterScript::none) {
      (script == LetterScript::arabic ? arabic : other)++;
    }
  }
  return arabic > other ? "ar" : "en";
}

std::string match_key(std::string_view text)
{
  return match_key_of(to_u32(text));
}

} // namespace newskg::extract
