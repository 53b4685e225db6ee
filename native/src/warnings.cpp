// LibTorch warnings, forwarded to .NET (which shows or records them as Python does).
#include <torch/csrc/api/include/torch/version.h>

#include <variant>

#include "common.h"

namespace {

ti_warning_fn warning_callback = nullptr;

// flags: 1 verbatim, 2 a DeprecationWarning (2.x tells them apart; 1.x's are all UserWarnings).
void forward(const c10::SourceLocation& location, const std::string& message, bool verbatim, bool deprecation) {
  warning_callback(message.c_str(), location.file, static_cast<int32_t>(location.line), (verbatim ? 1 : 0) | (deprecation ? 2 : 0));
}

// LibTorch 2.x hands the handler a c10::Warning; 1.x its parts.
struct ForwardingHandler : c10::WarningHandler {
#if TORCH_VERSION_MAJOR >= 2
  void process(const c10::Warning& warning) override {
    if (!warning_callback) return c10::WarningHandler::process(warning);
    forward(warning.source_location(), warning.msg(), warning.verbatim(),
            std::holds_alternative<c10::DeprecationWarning>(warning.type()));
  }
#else
  void process(const c10::SourceLocation& location, const std::string& message, const bool verbatim) override {
    if (!warning_callback) return c10::WarningHandler::process(location, message, verbatim);
    forward(location, message, verbatim, false);
  }
#endif
};

ForwardingHandler handler;

}  // namespace

namespace ti {
// LibTorch keeps the warning handler per thread: install ours on each thread that calls in.
void install_warning_handler() {
#if TORCH_VERSION_MAJOR >= 2
  c10::WarningUtils::set_warning_handler(&handler);
#else
  c10::Warning::set_warning_handler(&handler);
#endif
}
}  // namespace ti

extern "C" {
TI_API void ti_set_warning_callback(ti_warning_fn callback) { warning_callback = callback; }
}
