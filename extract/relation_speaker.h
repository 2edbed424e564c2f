// Private to extract/relations*: who a sentence quotes. Relations keep the
// speaker on their evidence, so "..., Xi said" or "according to the Kremlin" is
// not mistaken for the narrator's own claim.
#pragma once

#include <cstddef>

#include "extract/relation_view.h"

namespace kg {

// The entity (index into the article's entities) the sentence attributes its
// statement to, or RelationView::kNone. A verb of saying takes the name right
// before it ("Xi said", "Putin also wrote", "Xi told Putin") or, inverted, right
// after it (", said Putin"); otherwise "according to X" / "quoted X" name it.
std::size_t FindSpeaker(const RelationView& view);

}  // namespace kg
