#pragma once

#include <stdexcept>
#include <string>

namespace newskg {

// A data file (gazetteer, lexicon, ontology) is malformed. The message starts
// with "file:line: ".
class DataError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

// User input is unusable: a missing file, invalid UTF-8, broken JSON Lines, a
// bad option. The message names the file (and line for JSON Lines).
class InputError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

// An output could not be written: a full disk, /dev/full, a refused
// destination. The message names the output ("error writing standard output:
// No space left on device"); it exits like an InputError, with 4.
class OutputError : public InputError
{
public:
  using InputError::InputError;
};

} // namespace newskg
