// torch.func.functionalize on LibTorch's own functionalization: a Functionalize layer of functorch's DynamicLayer
// stack, whose interpreter turns mutations (and, without reapplied views, views) of FunctionalTensorWrappers of its
// level into out-of-place ops. The steps are those of torch._C._functorch (torch/csrc/functorch/init.cpp), which
// PyTorch's eager_transforms.functionalize calls in order.
#include <torch/csrc/api/include/torch/version.h>
#include <ATen/FunctionalTensorWrapper.h>
#include <ATen/functorch/DynamicLayer.h>

#include "common.h"
#include "ti_functorch_functionalize.h"

using ti::Borrowed;
using ti::guard;
namespace ft = at::functorch;
namespace fimpl = at::functionalization::impl;

extern "C" {

TI_API int64_t ti_func_functionalize_enter(int32_t reapply_views) {
  return guard(int64_t{-1}, [&] {
    return ft::initAndPushDynamicLayer(ft::TransformType::Functionalize, {}, {}, {}, {},
                                       /*functionalize_add_back_views=*/reapply_views != 0);
  });
}

TI_API int32_t ti_func_functionalize_exit(int64_t level) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto layer = ft::popDynamicLayerAndDeleteMetadata();
    TORCH_CHECK(layer.key() == ft::TransformType::Functionalize && layer.layerId() == level,
                "torch.func: transform levels were exited out of order");
    return int32_t{TI_OK};
  });
}

TI_API ti_tensor ti_func_functional_wrap(ti_tensor t, int64_t level) {
  return guard(ti_tensor{nullptr}, [&] {
    Borrowed b(t);
    auto wrapped = fimpl::to_functional_tensor(*b);
    auto* wrapper = fimpl::unsafeGetFunctionalWrapper(wrapped);
    wrapper->set_level(level);
    // _assert_wrapped_functional: a fresh wrapper directly around the caller's tensor.
    TORCH_INTERNAL_ASSERT(fimpl::isFunctionalTensor(wrapped));
    TORCH_INTERNAL_ASSERT(!fimpl::isFunctionalTensor(*b));
    TORCH_INTERNAL_ASSERT(b->unsafeGetTensorImpl() == wrapper->value().unsafeGetTensorImpl());
    return ti::give(wrapped);
  });
}

TI_API int32_t ti_func_is_functional(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] { return int32_t{fimpl::isFunctionalTensor(*Borrowed(t))}; });
}

TI_API int32_t ti_func_functional_sync(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] {
    fimpl::sync(*Borrowed(t));
    return int32_t{TI_OK};
  });
}

TI_API ti_tensor ti_func_functional_unwrap(ti_tensor t, int32_t reapply_views) {
  return guard(ti_tensor{nullptr}, [&] {
    Borrowed b(t);
    TORCH_INTERNAL_ASSERT(fimpl::isFunctionalTensor(*b));
    auto* wrapper = fimpl::unsafeGetFunctionalWrapper(*b);
    // Regenerating from the base replays the view chain; with reapplied views those are views again, not *_copy ops.
    fimpl::FunctionalizationReapplyViewsGuard views(reapply_views != 0);
    if (wrapper->apply_updates()) wrapper->regenerate_from_base();
    return ti::give(wrapper->value());
  });
}

TI_API int32_t ti_func_functional_propagate_input_mutation(ti_tensor unwrapped, ti_tensor wrapped) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed original(unwrapped);
    Borrowed functional(wrapped);
    TORCH_INTERNAL_ASSERT(fimpl::isFunctionalTensor(*functional));
    TORCH_INTERNAL_ASSERT(!fimpl::isFunctionalTensor(*original));
    auto* wrapper = fimpl::unsafeGetFunctionalWrapper(*functional);
    wrapper->sync_();
    const at::Tensor& updated = wrapper->value();
    // The same TensorImpl underneath: the function never changed the input, nothing to copy.
    if (original->unsafeGetTensorImpl() == updated.unsafeGetTensorImpl()) return int32_t{TI_OK};
#if TORCH_VERSION_MAJOR >= 2
    if (original->sym_nbytes() != updated.sym_nbytes()) original->resize__symint(updated.sym_sizes());
    if (original->sym_sizes() != updated.sym_sizes()) original->as_strided__symint(updated.sym_sizes(), updated.sym_strides());
#else
    if (original->nbytes() != updated.nbytes()) original->resize_(updated.sizes());
    if (original->sizes() != updated.sizes()) original->as_strided_(updated.sizes(), updated.strides());
#endif
    original->copy_(updated);
    return int32_t{TI_OK};
  });
}
}
