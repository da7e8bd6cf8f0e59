# newskg::warnings: the warning set every target links PRIVATE.
add_library(newskg_warnings INTERFACE)
target_compile_options(newskg_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
  -Wnon-virtual-dtor -Woverloaded-virtual
  # Designated initializers may leave members at their defaults.
  -Wno-missing-field-initializers)
if(NEWSKG_WERROR)
  target_compile_options(newskg_warnings INTERFACE -Werror)
endif()
# ASan and UBSan (NEWSKG_SANITIZE, and every fuzzing build): any report stops
# the program (no recovery), so a test or a fuzz run fails on it, and the
# library's own bounds checks (_GLIBCXX_ASSERTIONS: operator[] past the end)
# catch what ASan cannot see inside a vector's capacity.
if(NEWSKG_SANITIZE OR NEWSKG_FUZZ)
  set(newskg_sanitizers address,undefined)
  if(NEWSKG_FUZZ)
    # Coverage for libFuzzer in every object; fuzz/ links the fuzzer itself.
    set(newskg_compile_sanitizers fuzzer-no-link,${newskg_sanitizers})
  else()
    set(newskg_compile_sanitizers ${newskg_sanitizers})
  endif()
  target_compile_options(newskg_warnings INTERFACE
    -fsanitize=${newskg_compile_sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_definitions(newskg_warnings INTERFACE _GLIBCXX_ASSERTIONS)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(newskg_warnings INTERFACE
      -fsanitize-ignorelist=${CMAKE_CURRENT_LIST_DIR}/sanitizer-ignorelist.txt)
  endif()
  target_link_options(newskg_warnings INTERFACE -fsanitize=${newskg_sanitizers})
endif()
add_library(newskg::warnings ALIAS newskg_warnings)
