/* TorchInterop native shim: tensor facts Python reads as attributes (x.is_contiguous(), x.data_ptr()).
 * Conventions as in torchinterop.h. */
#ifndef TI_TENSOR_INFO_H
#define TI_TENSOR_INFO_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* 1 when the tensor is contiguous in `memory_format` (0 contiguous, 1 channels_last, 2 channels_last_3d), -1 on error. */
TI_API int32_t ti_is_contiguous(ti_tensor t, int32_t memory_format);
/* The address of the tensor's first element (0 for an empty storage). */
TI_API int32_t ti_data_ptr(ti_tensor t, uint64_t* address);
/* The tensor's layout: 0 strided, 1 sparse COO, 2 sparse CSR, other values for other layouts. */
TI_API int32_t ti_layout(ti_tensor t);

#ifdef __cplusplus
}
#endif

#endif
