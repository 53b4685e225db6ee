// LibTorch warnings, forwarded to .NET (which shows or records them as Python does).
#include "common.h"

namespace {

ti_warning_fn warning_callback = nullptr;

struct ForwardingHandler : c10::WarningHandler {
  void process(const c10::SourceLocation& location, const std::string& message, const bool verbatim) override {
    ti_warning_fn callback = warning_callback;
    if (!callback) return c10::WarningHandler::process(location, message, verbatim);
    callback(message.c_str(), location.file, static_cast<int32_t>(location.line), verbatim ? 1 : 0);
  }
};

ForwardingHandler handler;

}  // namespace

namespace ti {
// LibTorch 1.13 keeps the warning handler per thread: install ours on each thread that calls in.
void install_warning_handler() { c10::Warning::set_warning_handler(&handler); }
}  // namespace ti

extern "C" {
TI_API void ti_set_warning_callback(ti_warning_fn callback) { warning_callback = callback; }
}
