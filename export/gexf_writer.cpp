#include "export/gexf_writer.h"

#include <ostream>

namespace kg {

// TODO(export): placeholder until the real writer lands.
void WriteGexf(const KnowledgeGraph&, std::ostream&) {}

}  // namespace kg
