// torch.func's grad transform on functorch's C++ (ATen/functorch, in libtorch_cpu for 1.13 and 2.x): a Grad layer on
// the DynamicLayer stack, and tensors wrapped for it, as PyTorch's _grad_increment_nesting, _wrap_for_grad,
// _unwrap_for_grad and _grad_decrement_nesting do.
#include <ATen/functorch/DynamicLayer.h>
#include <ATen/functorch/TensorWrapper.h>
#include <c10/core/GradMode.h>

#include "common.h"

using ti::Borrowed;
using ti::guard;
namespace ft = at::functorch;

extern "C" {

TI_API int64_t ti_func_grad_enter(void) {
  return guard(int64_t{-1}, [&] {
    bool prev_grad_mode = c10::GradMode::is_enabled();
    return ft::initAndPushDynamicLayer(ft::TransformType::Grad, {}, {}, prev_grad_mode);
  });
}

TI_API int32_t ti_func_grad_exit(int64_t level) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto layer = ft::popDynamicLayerAndDeleteMetadata();
    TORCH_CHECK(layer.key() == ft::TransformType::Grad && layer.layerId() == level,
                "torch.func.grad: transform levels were exited out of order");
    return int32_t{TI_OK};
  });
}

TI_API ti_tensor ti_func_wrap(ti_tensor t, int64_t level) {
  return guard(ti_tensor{nullptr}, [&] { return ti::give(ft::makeTensorWrapper(*Borrowed(t), level)); });
}

// PyTorch's _create_differentiable: requires_grad_() on a wrapper, which functorch allows only inside this flag.
TI_API int32_t ti_func_make_differentiable(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] {
    bool previous = ft::getInplaceRequiresGradAllowed();
    ft::setInplaceRequiresGradAllowed(true);
    try {
      Borrowed(t)->requires_grad_(true);
    } catch (...) {
      ft::setInplaceRequiresGradAllowed(previous);
      throw;
    }
    ft::setInplaceRequiresGradAllowed(previous);
    return int32_t{TI_OK};
  });
}

TI_API ti_tensor ti_func_unwrap(ti_tensor t, int64_t level) {
  return guard(ti_tensor{nullptr}, [&] {
    Borrowed b(t);
    auto* wrapper = ft::maybeGetTensorWrapper(*b);
    if (wrapper && wrapper->level().has_value() && wrapper->level().value() == level) return ti::give(wrapper->value());
    return ti::give(*b);
  });
}
}
