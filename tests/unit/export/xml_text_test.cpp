#include "export/xml_text.hpp"

#include "core/utf8.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace {

// xml_escape as it was written before issue 9: every code point decoded and
// encoded again.
std::string escaped_per_code_point(std::string_view text)
{
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const char32_t c = newskg::next_code_point(text, at);
    switch (c) {
    case U'&':
      out += "&amp;";
      break;
    case U'<':
      out += "&lt;";
      break;
    case U'>':
      out += "&gt;";
      break;
    case U'"':
      out += "&quot;";
      break;
    case U'\t':
      out += "&#9;";
      break;
    case U'\n':
      out += "&#10;";
      break;
    case U'\r':
      out += "&#13;";
      break;
    default:
      if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
        newskg::append_utf8(out, c);
      }
    }
  }
  return out;
}

} // namespace

TEST_CASE("xml_escape escapes specials and drops what XML forbids", "[export][unit][arabic]")
{
  using newskg::exports::xml_escape;

  CHECK(xml_escape("زنغيلان <&\"> x") == "زنغيلان &lt;&amp;&quot;&gt; x");
  CHECK(xml_escape("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
  CHECK(xml_escape(std::string("a\x0B\x01z", 4)) == "az");
  CHECK(xml_escape("\xEF\xBF\xBE\xEF\xBF\xBF.") == "."); // U+FFFE, U+FFFF
  CHECK(xml_escape("\xC3(") == "\xEF\xBF\xBD(");         // malformed: U+FFFD
  CHECK(xml_escape("\xEF\xBF\xBD") == "\xEF\xBF\xBD");
  CHECK(xml_escape("").empty());
}

TEST_CASE("xml_escape copies runs as the code point loop wrote them", "[export][unit]")
{
  // Issue 9: the faster xml_escape writes the same bytes for any input.
  std::mt19937_64 random(9); // NOLINT(cert-msc51-cpp): the same texts every run
  const std::string pieces[] = {"a",
                                "<",
                                "&",
                                "\"",
                                "\t",
                                "\x01",
                                "ش",
                                "\xEF\xBF\xBE",
                                "\xEF\xBF\xBD",
                                "\xC3",
                                "\xE2\x82",
                                "\x80",
                                "\xF0\x9F\x98\x80",
                                "\xED\xA0\x80",
                                " ",
                                ">"};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const auto length = random() % 12;
    for (std::uint64_t i = 0; i < length; ++i) {
      text += pieces[random() % std::size(pieces)];
    }
    INFO("round " << round);
    CHECK(newskg::exports::xml_escape(text) == escaped_per_code_point(text));
  }
}
