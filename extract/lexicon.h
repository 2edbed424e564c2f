// Private to extract/: the loaded lexicon tables behind Resources.
#pragma once

namespace kg {

struct Lexicon {};

}  // namespace kg
