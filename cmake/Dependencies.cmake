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

if(NEWSKG_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED)
  include(Catch)
endif()
