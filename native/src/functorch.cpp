// torch.func's transforms on functorch's C++ (ATen/functorch, in libtorch_cpu for 1.13 and 2.x): layers of the
// DynamicLayer stack and tensors wrapped for them, as PyTorch's _grad/_jvp/_vmap_increment_nesting, _wrap_for_grad,
// _unwrap_for_grad and the matching decrements do. The batching itself (_add_batch_dim, _remove_batch_dim) is ATen's.
#include <ATen/functorch/BatchedTensorImpl.h>
#include <ATen/functorch/DynamicLayer.h>
#include <ATen/functorch/TensorWrapper.h>
#include <c10/core/AutogradState.h>
#include <c10/core/GradMode.h>

#include "common.h"

using ti::Borrowed;
using ti::guard;
namespace ft = at::functorch;

namespace {

ft::RandomnessType randomness_of(int32_t code) {
  switch (code) {
    case 0: return ft::RandomnessType::Error;
    case 1: return ft::RandomnessType::Same;
    case 2: return ft::RandomnessType::Different;
  }
  TORCH_CHECK(false, "Only allowed values for randomness are 'error', 'different', or 'same'.");
}

ft::TransformType transform_of(int32_t code) {
  switch (code) {
    case 1: return ft::TransformType::Vmap;
    case 2: return ft::TransformType::Grad;
    case 3: return ft::TransformType::Jvp;
  }
  TORCH_CHECK(false, "unknown functorch transform ", code);
}

}  // namespace

extern "C" {

TI_API int64_t ti_func_grad_enter(void) {
  return guard(int64_t{-1}, [&] {
    bool prev_grad_mode = c10::GradMode::is_enabled();
    return ft::initAndPushDynamicLayer(ft::TransformType::Grad, {}, {}, prev_grad_mode);
  });
}

TI_API int64_t ti_func_jvp_enter(void) {
  return guard(int64_t{-1}, [&] {
    bool prev_fwd_grad_mode = c10::AutogradState::get_tls_state().get_fw_grad_mode();
    return ft::initAndPushDynamicLayer(ft::TransformType::Jvp, {}, {}, {}, prev_fwd_grad_mode);
  });
}

TI_API int64_t ti_func_vmap_enter(int64_t batch_size, int32_t randomness) {
  return guard(int64_t{-1}, [&] {
    return ft::initAndPushDynamicLayer(ft::TransformType::Vmap, batch_size, randomness_of(randomness));
  });
}

TI_API int32_t ti_func_exit(int64_t level, int32_t transform) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto expected = transform_of(transform);
    auto layer = ft::popDynamicLayerAndDeleteMetadata();
    TORCH_CHECK(layer.key() == expected && layer.layerId() == level,
                "torch.func: transform levels were exited out of order");
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_func_is_batched(ti_tensor t, int64_t level) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed b(t);
    const auto* batched = ft::maybeGetBatchedImpl(*b);
    if (level < 0) return int32_t{batched != nullptr};
    for (; batched != nullptr; batched = ft::maybeGetBatchedImpl(batched->value()))
      if (batched->level() == level) return int32_t{1};
    return int32_t{0};
  });
}

// functorch's _add_batch_dim and _remove_batch_dim (torch._C._functorch's, not ATen's ops of those names, which in
// 1.13 belong to the legacy vmap of torch._vmap_internals).
TI_API ti_tensor ti_func_add_batch_dim(ti_tensor t, int64_t dim, int64_t level) {
  return guard(ti_tensor{nullptr}, [&] { return ti::give(ft::addBatchDim(*Borrowed(t), dim, level)); });
}

TI_API ti_tensor ti_func_remove_batch_dim(ti_tensor t, int64_t level, int64_t batch_size, int64_t out_dim) {
  return guard(ti_tensor{nullptr}, [&] {
    Borrowed b(t);
    const auto* batched = ft::maybeGetBatchedImpl(*b);
    if (batched == nullptr || batched->level() < level) {
      // Not mapped at this level (the function ignored its mapped input): the same value for every batch entry.
      auto sizes = b->sizes().vec();
      TORCH_CHECK(out_dim >= 0 && out_dim <= static_cast<int64_t>(sizes.size()), "out_dim out of range");
      sizes.insert(sizes.begin() + out_dim, batch_size);
      return ti::give(b->expand(sizes));
    }
    TORCH_INTERNAL_ASSERT(batched->level() == level);
    const at::Tensor& value = batched->value();
    int64_t rank = value.dim();
    int64_t src = batched->bdim();
    TORCH_CHECK(out_dim >= 0 && out_dim < rank, "out_dim out of range");
    if (src == out_dim) return ti::give(value);
    std::vector<int64_t> permutation;
    for (int64_t d = 0; d < rank; ++d)
      if (d != src) permutation.push_back(d);
    permutation.insert(permutation.begin() + out_dim, src);
    return ti::give(value.permute(permutation));
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
