#include "graph/resolve.h"

namespace kg {

// TODO(entities): the real rule lands with the entity issue.
void ResolveAcrossArticles(KnowledgeGraph&) {}

}  // namespace kg
