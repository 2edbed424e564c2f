#include "export/graphml_writer.h"

#include <ostream>

namespace kg {

// TODO(export): placeholder until the real writer lands.
void WriteGraphML(const KnowledgeGraph&, std::ostream&) {}

}  // namespace kg
