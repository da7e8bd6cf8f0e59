#include "export/xml_text.hpp"

#include "core/byte_escape.hpp"
#include "core/utf8.hpp"

#include <algorithm>

namespace newskg::exports {

namespace {

// XML 1.0 §2.2 [2] Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// (surrogates never come out of next_code_point).
bool allowed_in_xml(char32_t c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}

bool plain_nmtoken_char(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
         || c == ':' || c == '-';
}

} // namespace

std::string xml_nmtoken(std::string_view id)
{
  if (id.empty()) {
    return "_";
  }
  if (std::all_of(id.begin(), id.end(), plain_nmtoken_char)) {
    return std::string(id);
  }
  // '_' escapes, so an escaped id holds '_' only before two hex digits and
  // never equals a plain one: the map stays one to one.
  return escape_bytes(id, '_', plain_nmtoken_char);
}

std::string xml_escape(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  append_xml_escaped(out, text);
  return out;
}

void append_xml_escaped(std::string& out, std::string_view text)
{
  // Issue 9: bytes that stay as they are (all but XML's specials, control
  // characters, U+FFFE, U+FFFF and malformed UTF-8) are copied a run at a
  // time rather than decoded and encoded again; a well-formed sequence is the
  // one encoding of its code point (core/utf8.cpp), so the result is the same.
  std::size_t run = 0;
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0x20U && byte < 0x80U && byte != '&' && byte != '<' && byte != '>' && byte != '"') {
      ++at;
      continue;
    }
    // A well-formed two-byte sequence (U+0080 to U+07FF, the Arabic block
    // among them) is always allowed: checked here, as invalid_utf8_at does,
    // without decoding it.
    if (byte >= 0xC2U && byte <= 0xDFU && at + 1 < text.size()
        && (static_cast<unsigned char>(text[at + 1]) & 0xC0U) == 0x80U) {
      at += 2;
      continue;
    }
    const auto start = at;
    const char32_t c = next_code_point(text, at);
    if (c >= 0x80U && c != replacement_character && allowed_in_xml(c)) {
      continue; // copied with its run
    }
    out.append(text.substr(run, start - run));
    run = at;
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
    // exports.md §10 item 1: references keep TAB/LF/CR through attribute
    // normalisation; in element content they are harmless.
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
      // U+FFFD, read or standing for malformed bytes, is written as itself.
      if (allowed_in_xml(c)) {
        append_utf8(out, c);
      }
    }
  }
  out.append(text.substr(run));
}

} // namespace newskg::exports
