/* TorchInterop native shim: torch.func.functionalize (functorch.functionalize in 1.13) on functorch's Functionalize
 * layer and LibTorch's FunctionalTensorWrapper, as torch._C._functorch's _func_increment_nesting,
 * _wrap_functional_tensor, _unwrap_functional_tensor and _propagate_functional_input_mutation do.
 * Conventions as in torchinterop.h. */
#ifndef TI_FUNCTORCH_FUNCTIONALIZE_H
#define TI_FUNCTORCH_FUNCTIONALIZE_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Pushes a Functionalize layer and returns its level (-1 on failure). reapply_views non-zero is remove='mutations'
 * (views stay views); zero is remove='mutations_and_views' (views become their *_copy ops). */
TI_API int64_t ti_func_functionalize_enter(int32_t reapply_views);
/* Pops the innermost layer, which must be the Functionalize layer of `level`. */
TI_API int32_t ti_func_functionalize_exit(int64_t level);
/* The tensor wrapped in a FunctionalTensorWrapper of `level` (_wrap_functional_tensor, checked as
 * _assert_wrapped_functional checks it). */
TI_API ti_tensor ti_func_functional_wrap(ti_tensor t, int64_t level);
/* 1 when the tensor is a FunctionalTensorWrapper (torch._is_functional_tensor), 0 when not. */
TI_API int32_t ti_func_is_functional(ti_tensor t);
/* torch._sync: applies the pending updates of the wrapper's aliases; nothing for a tensor that is no wrapper. */
TI_API int32_t ti_func_functional_sync(ti_tensor t);
/* _unwrap_functional_tensor: the wrapper's up-to-date value; reapply_views as in ti_func_functionalize_enter. */
TI_API ti_tensor ti_func_functional_unwrap(ti_tensor t, int32_t reapply_views);
/* _propagate_functional_input_mutation: copies what the function did to the wrapped input back to the caller's
 * tensor (resized and restrided first when the function changed its size). */
TI_API int32_t ti_func_functional_propagate_input_mutation(ti_tensor unwrapped, ti_tensor wrapped);

#ifdef __cplusplus
}
#endif

#endif
