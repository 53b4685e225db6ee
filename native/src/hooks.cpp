// Tensor hooks: .NET functions of the gradient, called by the autograd engine.
#include <memory>

#include "common.h"

using ti::Borrowed;
using ti::guard;

namespace {

thread_local std::string hook_error;

// Owns the .NET side of a hook: released when LibTorch drops the last copy of the hook function.
struct HookState {
  HookState(ti_release_fn release_fn, void* managed_state) : release(release_fn), state(managed_state) {}
  HookState(const HookState&) = delete;
  HookState& operator=(const HookState&) = delete;
  ~HookState() { release(state); }
  ti_release_fn release;
  void* state;
};

}  // namespace

namespace ti {
const std::string& hook_error_message() { return hook_error; }
}  // namespace ti

extern "C" {

TI_API void ti_set_hook_error(const char* message) { hook_error = message ? message : ""; }

TI_API int32_t ti_register_hook(ti_tensor t, ti_hook_fn hook, ti_release_fn release, void* state, int32_t* position) {
  std::shared_ptr<HookState> owner;
  try {
    owner = std::make_shared<HookState>(release, state);
  } catch (...) {
    release(state);
    ti::set_error("out of memory registering a hook");
    return TI_ERROR;
  }
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed b(t);
    TORCH_CHECK(b->requires_grad(), "cannot register a hook on a tensor that doesn't require gradient");
    unsigned pos = b->register_hook([hook, owner](at::Tensor grad) -> at::Tensor {
      int32_t failed = 0;
      ti_tensor replacement = hook(owner->state, ti::give(std::move(grad)), &failed);
      TORCH_CHECK(!failed, hook_error);
      if (!replacement) return at::Tensor();  // undefined: the engine keeps the gradient
      // The callback handed us a reference of its own; take it over.
      at::Tensor result(c10::intrusive_ptr<c10::TensorImpl, c10::UndefinedTensorImpl>::reclaim(
          static_cast<c10::TensorImpl*>(replacement)));
      ti::live_tensors.fetch_sub(1, std::memory_order_relaxed);
      ti::live_bytes.fetch_sub(ti::estimated_bytes(result.unsafeGetTensorImpl()), std::memory_order_relaxed);
      return result;
    });
    *position = static_cast<int32_t>(pos);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_remove_hook(ti_tensor t, int32_t position) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed(t)->remove_hook(static_cast<unsigned>(position));
    return int32_t{TI_OK};
  });
}
}
