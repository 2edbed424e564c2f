// RapidJSON's output stream concept over an std::ostream, through a buffer of its own:
// RapidJSON's OStreamWrapper calls ostream::put, sentry and all, for every character,
// which made writing graph.json slower than GraphML, GEXF and DOT together.
//
//   kg::JsonOStream stream(out);
//   rapidjson::Writer<kg::JsonOStream> writer(stream);
//   ... writer.StartObject(); ...
//   stream.Flush();   // also on destruction
#pragma once

#include <cstddef>
#include <ostream>

namespace kg {

class JsonOStream {
 public:
  using Ch = char;
  explicit JsonOStream(std::ostream& out) : out_(out) {}
  ~JsonOStream() { Flush(); }
  JsonOStream(const JsonOStream&) = delete;
  JsonOStream& operator=(const JsonOStream&) = delete;

  void Put(char c) {
    if (used_ == sizeof buffer_) Flush();
    buffer_[used_++] = c;
  }
  // Writes what is buffered to the ostream (whose own buffer and errors are its own).
  void Flush() {
    if (used_ > 0) out_.write(buffer_, static_cast<std::streamsize>(used_));
    used_ = 0;
  }

 private:
  std::ostream& out_;
  char buffer_[8192];
  std::size_t used_ = 0;
};

}  // namespace kg
