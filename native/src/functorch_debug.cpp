// torch.func.debug_unwrap: PyTorch's is_functorch_wrapped_tensor and get_unwrapped (torch/csrc/functorch/init.cpp)
// over the wrappers this library makes, BatchedTensorImpl and TensorWrapper.
#include <ATen/functorch/BatchedTensorImpl.h>
#include <ATen/functorch/TensorWrapper.h>

#include "common.h"
#include "ti_functorch_debug.h"

using ti::Borrowed;
using ti::guard;
namespace ft = at::functorch;

namespace {

// One wrapper off, or nothing when the tensor has none.
c10::optional<at::Tensor> unwrap_once(const at::Tensor& tensor) {
  if (auto* batched = ft::maybeGetBatchedImpl(tensor)) return batched->value();
  if (auto* wrapper = ft::maybeGetTensorWrapper(tensor)) return wrapper->value();
  return c10::nullopt;
}

}  // namespace

extern "C" {

TI_API ti_tensor ti_func_debug_unwrap(ti_tensor t, int32_t recurse) {
  return guard(static_cast<ti_tensor>(nullptr), [&] {
    Borrowed b(t);
    at::Tensor current = *b;
    while (auto inner = unwrap_once(current)) {
      current = *inner;
      if (recurse == 0) break;
    }
    return ti::give(current);
  });
}

}  // extern "C"
