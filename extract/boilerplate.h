// Private to extract/: which lines of an article are the article. Comment prompts,
// share widgets, social-media embeds and teaser blocks ("Top stories", "Related")
// are recognised by the general rules of data/boilerplate.json, never per site.
#pragma once

#include <string_view>
#include <vector>

#include "common/schema.h"
#include "extract/extraction.h"
#include "extract/lexicon.h"

namespace kg {

// The content lines of `text` (SplitLines minus boilerplate); counts what was
// skipped into `stats`.
std::vector<Span> ContentLines(std::string_view text, const BoilerplateRules& rules,
                               ExtractStats& stats);

}  // namespace kg
