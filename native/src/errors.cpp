// Error storage, handle release and live-handle counters.
#include <torch/csrc/api/include/torch/version.h>

#include "common.h"

namespace ti {
std::atomic<int64_t> live_tensors{0};
std::atomic<int64_t> live_nodes{0};
std::atomic<int64_t> live_bytes{0};

namespace {
thread_local std::string last_error;
thread_local int32_t last_error_kind = kRuntimeError;
}  // namespace

void set_error(const char* message, ErrorKind kind) {
  last_error_kind = kind;
  try {
    last_error = message ? message : "";
  } catch (...) {
    // Out of memory while storing the message: leave the previous text.
  }
}
}  // namespace ti

extern "C" {

TI_API const char* ti_last_error(void) { return ti::last_error.c_str(); }
TI_API int32_t ti_last_error_kind(void) { return ti::last_error_kind; }

TI_API void ti_tensor_free(ti_tensor t) {
  if (!t) return;
  auto* impl = static_cast<c10::TensorImpl*>(t);
  ti::live_tensors.fetch_sub(1, std::memory_order_relaxed);
  ti::live_bytes.fetch_sub(ti::estimated_bytes(impl), std::memory_order_relaxed);
  // Reclaiming the reference and letting it go out of scope releases it.
  (void)c10::intrusive_ptr<c10::TensorImpl, c10::UndefinedTensorImpl>::reclaim(impl);
}

TI_API void ti_tensor_free_batch(const ti_tensor* handles, int32_t n) {
  for (int32_t i = 0; i < n; ++i) ti_tensor_free(handles[i]);
}

TI_API int64_t ti_live_bytes(void) { return ti::live_bytes.load(std::memory_order_relaxed); }

TI_API ti_tensor ti_tensor_share(ti_tensor t) {
  return ti::guard(ti_tensor{nullptr}, [&] { return ti::give(*ti::Borrowed(t)); });
}

TI_API int64_t ti_live_tensors(void) { return ti::live_tensors.load(); }
TI_API int64_t ti_live_nodes(void) { return ti::live_nodes.load(); }
TI_API const char* ti_version(void) { return TORCH_VERSION; }
TI_API int32_t ti_abi_version(void) { return TI_ABI_VERSION; }
}
