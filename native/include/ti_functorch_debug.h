/* TorchInterop native shim: functorch's debugging helpers (torch.func.debug_unwrap, and what printing needs). Conventions as in torchinterop.h. */
#ifndef TI_FUNCTORCH_DEBUG_H
#define TI_FUNCTORCH_DEBUG_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The tensor under its functorch wrapper (a vmap level's BatchedTensor, a grad/jvp level's TensorWrapper or a
 * functionalize level's FunctionalTensorWrapper), every wrapper when recurse is non-zero; the tensor itself when it
 * has none. */
TI_API ti_tensor ti_func_debug_unwrap(ti_tensor t, int32_t recurse);

/* What wraps the tensor at its outermost functorch level: kind 0 nothing, 1 a BatchedTensor (bdim set), 2 a
 * TensorWrapper (GradTrackingTensor), 3 a FunctionalTensorWrapper of functionalize; level is that wrapper's level. */
TI_API int32_t ti_func_wrapper_info(ti_tensor t, int32_t* kind, int64_t* level, int64_t* bdim);
/* torch._C._DisableFuncTorch: the DynamicLayer dispatch keys excluded while the guard lives (printing does this). */
TI_API ti_guard ti_func_disable_enter(void);
TI_API void ti_func_disable_exit(ti_guard guard);

#ifdef __cplusplus
}
#endif

#endif
