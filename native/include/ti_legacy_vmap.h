/* TorchInterop native shim: ATen's legacy vmap mode (torch._C._vmapmode_increment_nesting and its decrement), the
 * prototype vmap that torch._vmap_internals._vmap drives for autograd.grad's is_grads_batched and for
 * torch.autograd.functional.jacobian's vectorized forward mode. Conventions as in torchinterop.h. */
#ifndef TI_LEGACY_VMAP_H
#define TI_LEGACY_VMAP_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Enters one more level of legacy vmap; the new level (1 for the outermost), TI_ERROR on failure. */
TI_API int64_t ti_legacy_vmap_increment_nesting(void);
/* Leaves the innermost level; the level left, TI_ERROR on failure (none entered). */
TI_API int64_t ti_legacy_vmap_decrement_nesting(void);

#ifdef __cplusplus
}
#endif

#endif
