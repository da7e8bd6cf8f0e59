#include "extract/clitics.hpp"

#include "core/tsv.hpp"
#include "core/utf8.hpp"

#include <algorithm>

namespace newskg::extract {

namespace {

// Two letters of Arabic script are four bytes of UTF-8; Latin two bytes.
constexpr std::size_t min_stem_bytes = 4;

// Compared byte by byte: prefixes are a few bytes, shorter than a call to memcmp.
bool starts_with(std::string_view text, std::string_view prefix)
{
  return prefix.size() <= text.size()
         && std::mismatch(prefix.begin(), prefix.end(), text.begin()).first == prefix.end();
}

void push_unique(std::vector<std::string_view>& out, std::string_view form)
{
  if (form.size() >= min_stem_bytes && std::find(out.begin(), out.end(), form) == out.end()) {
    out.push_back(form);
  }
}

} // namespace

Clitics Clitics::parse(std::istream& in, std::string_view source)
{
  Clitics clitics;
  TsvReader reader(in, source);
  while (reader.next()) {
    reader.require(2);
    const auto kind = reader.fields()[0];
    std::string form(reader.fields()[1]);
    if (kind == "conj") {
      clitics.m_conj.push_back(std::move(form));
    } else if (kind == "prep") {
      clitics.m_prep.push_back(std::move(form));
    } else if (kind == "article") {
      clitics.m_article.push_back(std::move(form));
    } else if (kind == "prep-article") {
      clitics.m_prep_article.push_back(std::move(form));
    } else if (kind == "suffix") {
      clitics.m_suffix.push_back(std::move(form));
    } else if (kind == "enclitic") {
      clitics.m_enclitic.push_back(std::move(form));
    } else if (kind == "case-ending") {
      clitics.m_case_ending.push_back(std::move(form));
    } else if (kind == "imperfect") {
      clitics.m_imperfect.push_back(std::move(form));
    } else if (kind == "imperfect-we") {
      clitics.m_imperfect_we.push_back(std::move(form));
    } else if (kind == "weak-initial") {
      clitics.m_weak_initial.push_back(std::move(form));
    } else if (kind == "ta-marbuta" || kind == "ta-bound") {
      auto& letter = kind == "ta-marbuta" ? clitics.m_ta_marbuta : clitics.m_ta_bound;
      if (!letter.empty()) {
        reader.fail("a second " + std::string(kind));
      }
      letter = std::move(form);
    } else if (kind == "participle-ending") {
      clitics.m_participle_ending.push_back(std::move(form));
    } else {
      reader.fail("unknown clitic kind '" + std::string(kind) + "'");
    }
  }
  clitics.index_openings();
  for (const auto* list : {&clitics.m_suffix, &clitics.m_enclitic}) {
    for (const auto& ending : *list) {
      auto& lengths = clitics.m_ending_lengths;
      if (std::find(lengths.begin(), lengths.end(), ending.size()) == lengths.end()) {
        lengths.push_back(ending.size());
      }
    }
  }
  return clitics;
}

bool Clitics::is_proclitic(std::string_view word) const
{
  const auto same = [&](const std::string& form) {
    return form == word;
  };
  return std::ranges::any_of(m_conj, same) || std::ranges::any_of(m_prep, same);
}

std::pair<std::size_t, std::string> Clitics::proclitic_length(std::string_view word) const
{
  std::size_t bytes = 0;
  for (const auto& conj : m_conj) {
    if (starts_with(word, conj) && word.size() - conj.size() >= min_stem_bytes) {
      bytes = conj.size();
      break;
    }
  }
  const auto rest = word.substr(bytes);
  for (const auto& fused : m_prep_article) {
    if (starts_with(rest, fused) && rest.size() - fused.size() >= min_stem_bytes
        && !m_article.empty()) {
      // The fused form is a preposition plus the article with its first letter
      // elided: take the whole fused form off and put the article back.
      for (const auto& prep : m_prep) {
        if (starts_with(fused, prep)) {
          return {code_points(word.substr(0, bytes + fused.size())), m_article.front()};
        }
      }
    }
  }
  for (const auto& prep : m_prep) {
    if (starts_with(rest, prep) && rest.size() - prep.size() >= min_stem_bytes) {
      return {code_points(word.substr(0, bytes + prep.size())), ""};
    }
  }
  return {code_points(word.substr(0, bytes)), ""};
}

bool Clitics::governed(const Token& token) const
{
  const auto forms = token.forms();
  return std::any_of(forms.begin(), forms.end(), [&](std::string_view form) {
    return lost_preposition(token.text, form);
  });
}

bool Clitics::lost_preposition(std::string_view word, std::string_view form) const
{
  if (form.size() >= word.size() || !word.ends_with(form)) {
    return false;
  }
  auto prefix = word.substr(0, word.size() - form.size());
  for (const auto& conj : m_conj) {
    if (starts_with(prefix, conj)) {
      prefix.remove_prefix(conj.size());
      break;
    }
  }
  const auto is = [&](const std::vector<std::string>& list) {
    return std::any_of(
      list.begin(), list.end(), [&](const std::string& p) { return starts_with(prefix, p); });
  };
  return !prefix.empty() && (is(m_prep) || is(m_prep_article));
}

bool Clitics::is_ending(std::string_view ending) const
{
  const auto same = [&](const std::string& e) {
    return e == ending;
  };
  return std::any_of(m_suffix.begin(), m_suffix.end(), same)
         || std::any_of(m_enclitic.begin(), m_enclitic.end(), same);
}

// Proclitic chains: (conj)? (prep)? (article)?, or (conj)? prep-article.
//   "وللامم" => "للامم", "امم";  "فبالجيش" => "بالجيش", "الجيش", "جيش"
void Clitics::forms(std::string_view word, std::vector<std::string_view>& out) const
{
  out.clear();
  out.push_back(word);
  if (may_open_with_proclitic(word)) { // else no proclitic comes off
    proclitic_forms(word, out);
  }
  // The indefinite accusative: "هاتفياً" => "هاتفي", "إسرائيلياً" => "إسرائيلي".
  const auto count = out.size();
  for (std::size_t k = 0; k < count; ++k) {
    for (const auto& ending : m_case_ending) {
      if (out[k].ends_with(ending)) {
        push_unique(out, out[k].substr(0, out[k].size() - ending.size()));
      }
    }
  }
}

void Clitics::proclitic_forms(std::string_view word, std::vector<std::string_view>& out) const
{
  // Reused: forms() is asked of every word of every document.
  thread_local std::vector<std::string_view> after_conj;
  thread_local std::vector<std::string_view> after_prep;
  after_conj.assign(1, word);
  for (const auto& conj : m_conj) {
    if (starts_with(word, conj)) {
      after_conj.push_back(word.substr(conj.size()));
    }
  }
  for (const auto base : after_conj) {
    push_unique(out, base);
    after_prep.assign(1, base);
    for (const auto& prep : m_prep) {
      if (starts_with(base, prep)) {
        after_prep.push_back(base.substr(prep.size()));
      }
    }
    for (const auto& fused : m_prep_article) {
      if (starts_with(base, fused)) {
        push_unique(out, base.substr(fused.size()));
      }
    }
    for (const auto stem : after_prep) {
      push_unique(out, stem);
      for (const auto& article : m_article) {
        if (starts_with(stem, article)) {
          push_unique(out, stem.substr(article.size()));
        }
      }
    }
  }
}

void Clitics::add_articles(const Clitics& other)
{
  m_article.insert(m_article.end(), other.m_article.begin(), other.m_article.end());
  index_openings();
}

namespace {

// The first two bytes of `word` (at least two long), as one number below 65,536.
std::size_t opening_of(std::string_view word)
{
  return std::size_t{static_cast<unsigned char>(word[0])} << 8U
         | std::size_t{static_cast<unsigned char>(word[1])};
}

} // namespace

void Clitics::index_openings()
{
  constexpr std::size_t openings = std::size_t{1} << 16U;
  m_openings.assign(openings / 64, 0);
  for (const auto* list : {&m_conj, &m_prep, &m_prep_article, &m_article}) {
    for (const auto& proclitic : *list) {
      if (proclitic.size() < 2) {
        m_openings.clear();
        return;
      }
      const auto opening = opening_of(proclitic);
      m_openings[opening / 64] |= std::uint64_t{1} << (opening % 64);
    }
  }
}

bool Clitics::may_open_with_proclitic(std::string_view word) const
{
  if (m_openings.empty() || word.size() < 2) {
    return true;
  }
  const auto opening = opening_of(word);
  return (m_openings[opening / 64] >> (opening % 64) & 1U) != 0;
}

void Clitics::fill_forms(TokenizedText& text) const
{
  text.forms.clear();
  std::vector<std::string_view> forms;
  for (auto& token : text.tokens) {
    token.form_begin = nullptr;
    token.form_count = 1;
    if (token.kind != TokenKind::word) {
      continue;
    }
    this->forms(token.text, forms);
    if (forms.size() == 1) {
      continue; // forms() is the token's own text: "قال", "putin"
    }
    const auto count = std::min(forms.size(), max_token_forms);
    text.forms.insert(
      text.forms.end(), forms.begin(), forms.begin() + static_cast<std::ptrdiff_t>(count));
    token.form_count = static_cast<std::uint8_t>(count);
  }
  // Views are taken once `text.forms` has stopped growing.
  const auto* next = text.forms.data();
  for (auto& token : text.tokens) {
    if (token.form_count > 1) {
      token.form_begin = next;
      next += token.form_count;
    }
    token.article = TokenArticle::unknown;
    token.article = definite(token) ? TokenArticle::some : TokenArticle::none;
  }
}

std::span<const std::string_view>
Clitics::computed_forms(const Token& token, std::vector<std::string_view>& scratch) const
{
  if (token.kind != TokenKind::word) {
    scratch.assign(1, token.text);
  } else {
    forms(token.text, scratch);
  }
  return scratch;
}

std::string_view Clitics::without_article(std::string_view word) const
{
  for (const auto& article : m_article) {
    if (starts_with(word, article) && word.size() - article.size() >= min_stem_bytes) {
      return word.substr(article.size());
    }
  }
  return word;
}

std::string_view Clitics::without_conjunction(std::string_view word) const
{
  for (const auto& conj : m_conj) {
    if (starts_with(word, conj) && word.size() - conj.size() >= min_stem_bytes) {
      return word.substr(conj.size());
    }
  }
  return word;
}

bool Clitics::definite(const Token& token) const
{
  if (token.article != TokenArticle::unknown) {
    return token.article == TokenArticle::some; // fill_forms asked this once
  }
  // "للرئيس" carries the article fused with its preposition. A form that no
  // proclitic may open carries neither (most, asked first).
  const auto forms = token.forms();
  return std::any_of(forms.begin(), forms.end(), [&](std::string_view form) {
    return may_open_with_proclitic(form)
           && (without_article(form) != form
               || std::any_of(m_prep_article.begin(), m_prep_article.end(), [&](const auto& fused) {
                    return starts_with(form, fused) && form.size() - fused.size() >= min_stem_bytes;
                  }));
  });
}

bool Clitics::conjoined(std::string_view word) const
{
  return std::any_of(m_conj.begin(), m_conj.end(), [&](const auto& conj) {
    if (!starts_with(word, conj)) {
      return false;
    }
    const auto rest = word.substr(conj.size());
    const auto opens = [&](const auto& list) {
      return std::any_of(list.begin(), list.end(), [&](const auto& a) {
        return starts_with(rest, a) && rest.size() - a.size() >= min_stem_bytes;
      });
    };
    return opens(m_article) || opens(m_prep_article);
  });
}

bool Clitics::fused_article(std::string_view word) const
{
  return std::any_of(m_prep_article.begin(), m_prep_article.end(), [&](const auto& fused) {
    return starts_with(word, fused) && word.size() - fused.size() >= min_stem_bytes;
  });
}

bool Clitics::imperfect_shape(std::string_view word) const
{
  return std::any_of(m_imperfect.begin(), m_imperfect.end(), [&](const auto& prefix) {
    return starts_with(word, prefix) && code_points(word.substr(prefix.size())) >= 3;
  });
}

std::vector<std::string> Clitics::imperfect_of(std::string_view perfect) const
{
  return prefixed_stem(m_imperfect, perfect);
}

std::vector<std::string> Clitics::imperfect_we_of(std::string_view perfect) const
{
  return prefixed_stem(m_imperfect_we, perfect);
}

std::vector<std::string> Clitics::imperfect_persons(std::string_view imperfect, bool we) const
{
  std::vector<std::string> out;
  for (const auto& own : m_imperfect) {
    if (starts_with(imperfect, own) && imperfect.size() > own.size()) {
      const auto stem = imperfect.substr(own.size());
      for (const auto& prefix : we ? m_imperfect_we : m_imperfect) {
        if (we || prefix != own) {
          out.push_back(prefix + std::string(stem));
        }
      }
      break;
    }
  }
  return out;
}

std::optional<std::string> Clitics::bound_form(std::string_view noun) const
{
  if (m_ta_marbuta.empty() || m_ta_bound.empty() || !noun.ends_with(m_ta_marbuta)
      || noun.size() == m_ta_marbuta.size()) {
    return std::nullopt;
  }
  return std::string(noun.substr(0, noun.size() - m_ta_marbuta.size())) + m_ta_bound;
}

std::vector<std::string> Clitics::participle_forms(std::string_view stem) const
{
  std::vector<std::string> out;
  out.reserve(m_participle_ending.size());
  for (const auto& ending : m_participle_ending) {
    out.push_back(std::string(stem) + ending);
  }
  return out;
}

std::vector<std::string> Clitics::prefixed_stem(const std::vector<std::string>& prefixes,
                                                std::string_view perfect) const
{
  // "اعلن" => "يعلن", "تعلن": the prefix, and the stem without its weak
  // initial letter (the alef of forms IV, VII, VIII, X); "قصف" => "يقصف".
  std::string_view stem = perfect;
  for (const auto& weak : m_weak_initial) {
    if (starts_with(stem, weak) && stem.size() > weak.size()) {
      stem.remove_prefix(weak.size());
      break;
    }
  }
  std::vector<std::string> out;
  out.reserve(prefixes.size());
  for (const auto& prefix : prefixes) {
    out.push_back(prefix + std::string(stem));
  }
  return out;
}

bool Clitics::has_stem(std::string_view word, std::string_view stem) const
{
  if (!starts_with(word, stem)) {
    return false;
  }
  const auto rest = word.substr(stem.size());
  return rest.empty() || std::find(m_suffix.begin(), m_suffix.end(), rest) != m_suffix.end();
}

bool Clitics::has_case_ending(std::string_view word, std::string_view stem) const
{
  return std::any_of(m_case_ending.begin(), m_case_ending.end(), [&](const std::string& ending) {
    return word.size() >= stem.size() + ending.size() && word.ends_with(ending)
           && word.substr(0, word.size() - ending.size()).ends_with(stem);
  });
}

bool Clitics::has_enclitic(std::string_view word, std::string_view stem) const
{
  if (!starts_with(word, stem)) {
    return false;
  }
  const auto rest = word.substr(stem.size());
  return std::find(m_enclitic.begin(), m_enclitic.end(), rest) != m_enclitic.end();
}

bool Clitics::starts_with_prep(std::string_view word, std::string_view prep) const
{
  for (const auto& conj : m_conj) {
    if (starts_with(word, conj) && starts_with(word.substr(conj.size()), prep)) {
      return true;
    }
  }
  return starts_with(word, prep);
}

} // namespace newskg::extract
