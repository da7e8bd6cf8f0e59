# Every third-party library is found here, once.
find_package(Boost 1.74 REQUIRED COMPONENTS graph)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(SQLiteCpp REQUIRED)
find_package(Threads REQUIRED)

find_package(RapidJSON 1.1 REQUIRED)
# Debian's RapidJSON config sets a variable but no target: make one.
add_library(newskg_dep_rapidjson INTERFACE)
target_include_directories(newskg_dep_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIRS})
add_library(newskg::dep_rapidjson ALIAS newskg_dep_rapidjson)

# libcsv (Debian's libcsv-dev) reads the CSV and TSV of --meta; it ships no
# CMake config or pkg-config file: find its header and library.
find_path(NEWSKG_CSV_INCLUDE_DIR csv.h)
find_library(NEWSKG_CSV_LIBRARY csv)
if(NOT NEWSKG_CSV_INCLUDE_DIR OR NOT NEWSKG_CSV_LIBRARY)
  message(FATAL_ERROR "libcsv not found: apt-get install libcsv-dev (scripts/setup.sh does)")
endif()
add_library(newskg_dep_csv INTERFACE)
target_include_directories(newskg_dep_csv SYSTEM INTERFACE ${NEWSKG_CSV_INCLUDE_DIR})
target_link_libraries(newskg_dep_csv INTERFACE ${NEWSKG_CSV_LIBRARY})
add_library(newskg::dep_csv ALIAS newskg_dep_csv)

# Hunspell (Debian's libhunspell-dev) tells a word of a language from a word
# it does not know (extract/spelling.hpp); its pkg-config file names it.
find_package(PkgConfig REQUIRED)
pkg_check_modules(NEWSKG_HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
add_library(newskg_dep_hunspell INTERFACE)
target_link_libraries(newskg_dep_hunspell INTERFACE PkgConfig::NEWSKG_HUNSPELL)
add_library(newskg::dep_hunspell ALIAS newskg_dep_hunspell)

if(NEWSKG_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED)
  include(Catch)
endif()
