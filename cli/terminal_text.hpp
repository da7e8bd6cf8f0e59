#pragma once

// Text from articles made safe to print where a person reads it: the table
// format of query and entities, and explain.

#include <string>
#include <string_view>

namespace newskg::cli {

// `text` with every control character that a terminal would act on shown as
// an escape instead: C0 controls other than TAB and LF, and DEL, as \xHH; the
// C1 controls U+0080-U+009F (CSI is U+009B) as \u00HH. So an ESC sequence in
// an article cannot clear, recolour or retitle the reader's terminal:
//   "a\x1b[2Jb\r" => "a\\x1b[2Jb\\x0d"
// Everything else, malformed UTF-8 included, is copied unchanged.
[[nodiscard]] std::string terminal_text(std::string_view text);

} // namespace newskg::cli
