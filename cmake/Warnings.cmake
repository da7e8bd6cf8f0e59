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
if(NEWSKG_SANITIZE)
  target_compile_options(newskg_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(newskg_warnings INTERFACE -fsanitize=address,undefined)
endif()
add_library(newskg::warnings ALIAS newskg_warnings)
