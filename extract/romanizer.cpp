#include "extract/romanizer.hpp"

#include "core/error.hpp"
#include "core/hash.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <atomic>
#include <unordered_map>

namespace newskg::extract {

namespace {

std::atomic<std::size_t> next_serial{1};

std::unique_ptr<icu::Transliterator>
compile(const std::string& rules, UParseError* where, UErrorCode& status)
{
  return std::unique_ptr<icu::Transliterator>(icu::Transliterator::createFromRules(
    "newskg-romanize", icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, *where, status));
}

} // namespace

Romanizer::Romanizer(const std::string& rules, std::string_view source)
  : m_rules(rules),
    m_serial(next_serial++)
{
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  if (!compile(rules, &where, status) || U_FAILURE(status)) {
    // ICU gives a line only for some errors (0 otherwise), and the rule text before the fault.
    std::string before;
    icu::UnicodeString(where.preContext).toUTF8String(before);
    std::replace_if(
      before.begin(),
      before.end(),
      [](char c) { return c == '\n' || c == '\r' || c == '\t'; },
      ' ');
    throw DataError(std::string(source)
                    + (where.line > 0 ? ":" + std::to_string(where.line) : std::string())
                    + ": transliteration rules do not compile (" + u_errorName(status) + ")"
                    + (before.empty() ? std::string() : " after '" + before + "'"));
  }
}

Romanizer::Romanizer(Romanizer&&) noexcept = default;
Romanizer& Romanizer::operator=(Romanizer&&) noexcept = default;
Romanizer::~Romanizer() = default;

std::string Romanizer::romanize(std::string_view name) const
{
  if (m_rules.empty()) {
    return {};
  }
  // Each thread keeps the answers it gave (news repeats its names), up to
  // max_cached names, for one Romanizer at a time.
  thread_local std::size_t answered_for = 0;
  thread_local std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> answers;
  if (answered_for != m_serial || answers.size() >= max_cached) {
    answers.clear();
    answered_for = m_serial;
  }
  if (const auto it = answers.find(name); it != answers.end()) {
    return it->second;
  }
  // One compiled transliterator per thread and Romanizer: ICU's are not
  // meant to be shared between threads.
  thread_local std::unordered_map<std::size_t, std::unique_ptr<icu::Transliterator>> compiled;
  auto& transliterator = compiled[m_serial];
  if (!transliterator) {
    UParseError where{};
    UErrorCode status = U_ZERO_ERROR;
    transliterator = compile(m_rules, &where, status);
    if (U_FAILURE(status)) {
      transliterator.reset();
      return {};
    }
  }
  // One space on each side marks the word edges for the rules.
  std::string padded = " ";
  padded += name;
  padded += ' ';
  auto text = icu::UnicodeString::fromUTF8(
    icu::StringPiece(padded.data(), static_cast<std::int32_t>(padded.size())));
  transliterator->transliterate(text);
  std::string out;
  text.trim().toUTF8String(out);
  answers.emplace(name, out);
  return out;
}

} // namespace newskg::extract
