#include "export/dot_writer.h"

#include <ostream>

namespace kg {

// TODO(export): placeholder until the real writer lands.
void WriteDot(const KnowledgeGraph&, std::ostream&) {}

}  // namespace kg
