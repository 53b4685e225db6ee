/* TorchInterop native shim: the innermost layer of functorch's DynamicLayer stack, for custom autograd Functions
 * under transforms (PyTorch 2's custom_function_call: the vmap staticmethod sees unbatched tensors one level lower).
 * Conventions as in torchinterop.h. */
#ifndef TI_FUNCTORCH_LAYERS_H
#define TI_FUNCTORCH_LAYERS_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* 1 and the layer's level, kind (1 vmap, 2 grad, 3 jvp, 0 another), batch size and randomness (vmap layers only;
 * 0 error, 1 same, 2 different) when a transform is active; 0 when none is. */
TI_API int32_t ti_func_current_layer(int64_t* level, int32_t* transform, int64_t* batch_size, int32_t* randomness);
/* The tensor under its batch dimension of `level` and that dimension; the tensor itself and -1 when it has none. */
TI_API int32_t ti_func_unwrap_batched(ti_tensor t, int64_t level, ti_tensor* value, int64_t* bdim);
/* Pops the innermost layer (PyTorch's interpreter.lower()); ti_func_raise pushes it back. LibTorch 2.x only. */
TI_API void* ti_func_lower(void);
TI_API int32_t ti_func_raise(void* layer);

#ifdef __cplusplus
}
#endif

#endif
