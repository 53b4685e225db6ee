/* TorchInterop native shim: which accelerators the loaded LibTorch can use (torch.cuda.is_available()).
 * Conventions as in torchinterop.h. */
#ifndef TI_DEVICES_H
#define TI_DEVICES_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The number of CUDA devices LibTorch sees: 0 for a CPU-only build (Debian's), -1 on error. */
TI_API int64_t ti_cuda_device_count(void);

#ifdef __cplusplus
}
#endif

#endif
