// torch.func.debug_unwrap: PyTorch's is_functorch_wrapped_tensor and get_unwrapped (torch/csrc/functorch/init.cpp)
// over the wrappers this library makes: BatchedTensorImpl, TensorWrapper and functionalize's FunctionalTensorWrapper.
#include <ATen/FunctionalTensorWrapper.h>
#include <ATen/functorch/BatchedTensorImpl.h>
#include <ATen/functorch/TensorWrapper.h>
#include <c10/core/impl/LocalDispatchKeySet.h>

#include "common.h"
#include "ti_functorch_debug.h"

using ti::Borrowed;
using ti::guard;
namespace ft = at::functorch;

namespace {

// A FunctionalTensorWrapper of a functionalize level; one made outside functorch (torch._to_functional_tensor) has
// level -1 and is no functorch wrapper, as maybe_get_level reports it.
at::FunctionalTensorWrapper* functorch_functional(const at::Tensor& tensor) {
  if (!at::functionalization::impl::isFunctionalTensor(tensor)) return nullptr;
  auto* functional = at::functionalization::impl::unsafeGetFunctionalWrapper(tensor);
  return functional->level() == -1 ? nullptr : functional;
}

// One wrapper off, or nothing when the tensor has none.
c10::optional<at::Tensor> unwrap_once(const at::Tensor& tensor) {
  if (auto* batched = ft::maybeGetBatchedImpl(tensor)) return batched->value();
  if (auto* wrapper = ft::maybeGetTensorWrapper(tensor)) return wrapper->value();
  if (auto* functional = functorch_functional(tensor)) return functional->value();
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

TI_API int32_t ti_func_wrapper_info(ti_tensor t, int32_t* kind, int64_t* level, int64_t* bdim) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed b(t);
    *kind = 0;
    *level = -1;
    *bdim = -1;
    if (auto* batched = ft::maybeGetBatchedImpl(*b)) {
      *kind = 1;
      *level = batched->level();
      *bdim = batched->bdim();
    } else if (auto* wrapper = ft::maybeGetTensorWrapper(*b)) {
      *kind = 2;
      *level = wrapper->level().value_or(-1);
    } else if (auto* functional = functorch_functional(*b)) {
      *kind = 3;
      *level = functional->level();
    }
    return int32_t{TI_OK};
  });
}

TI_API ti_guard ti_func_disable_enter(void) {
  return guard(ti_guard{nullptr}, [] {
    return static_cast<ti_guard>(new c10::impl::ExcludeDispatchKeyGuard(
        c10::DispatchKeySet({c10::DispatchKey::FuncTorchDynamicLayerFrontMode, c10::DispatchKey::FuncTorchDynamicLayerBackMode})));
  });
}

TI_API void ti_func_disable_exit(ti_guard g) { delete static_cast<c10::impl::ExcludeDispatchKeyGuard*>(g); }

}  // extern "C"
