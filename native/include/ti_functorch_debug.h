/* TorchInterop native shim: functorch's debugging helpers (torch.func.debug_unwrap). Conventions as in torchinterop.h. */
#ifndef TI_FUNCTORCH_DEBUG_H
#define TI_FUNCTORCH_DEBUG_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The tensor under its functorch wrapper (a vmap level's BatchedTensor or a grad/jvp level's TensorWrapper), every
 * wrapper when recurse is non-zero; the tensor itself when it has none. */
TI_API ti_tensor ti_func_debug_unwrap(ti_tensor t, int32_t recurse);

#ifdef __cplusplus
}
#endif

#endif
