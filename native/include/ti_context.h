/* TorchInterop native shim: LibTorch's global context as torch's module-level flags show it (torch.has_mkl,
 * torch.use_deterministic_algorithms, ...). Conventions as in torchinterop.h. */
#ifndef TI_CONTEXT_H
#define TI_CONTEXT_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What the build has, as bits: 1 OpenMP, 2 MKL, 4 LAPACK, 8 oneDNN (MKLDNN), 16 MPS, 32 CUDA, 64 cuDNN; -1 on error. */
TI_API int32_t ti_build_features(void);
TI_API int32_t ti_deterministic_algorithms(int32_t* enabled, int32_t* warn_only);
TI_API int32_t ti_set_deterministic_algorithms(int32_t enabled, int32_t warn_only);
/* Returns 1 when the CPU supports flushing denormals (and the mode was set), 0 when it does not, -1 on error. */
TI_API int32_t ti_set_flush_denormal(int32_t on);
TI_API int32_t ti_warn_always(void);
TI_API int32_t ti_set_warn_always(int32_t on);
TI_API int32_t ti_get_num_interop_threads(void);
TI_API int32_t ti_set_num_interop_threads(int32_t n);

#ifdef __cplusplus
}
#endif

#endif
