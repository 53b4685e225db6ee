/* TorchInterop native shim: LibTorch's process- and thread-wide state behind torch's module-level switches
 * (anomaly mode, autocast per device type, the default dtype, matmul precision). Conventions as in torchinterop.h. */
#ifndef TI_GLOBAL_STATE_H
#define TI_GLOBAL_STATE_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* 0 inside a backward run for autograd.grad or with inputs=, where reentrant checkpoints cannot work; 1 otherwise. */
TI_API int32_t ti_is_checkpoint_valid(void);

/* The id of the backward run executing on this thread, -1 outside one (and always in LibTorch 1.x). */
TI_API int64_t ti_current_graph_task_id(void);

TI_API int32_t ti_anomaly_state(int32_t* enabled, int32_t* check_nan);
TI_API int32_t ti_set_anomaly(int32_t enabled, int32_t check_nan);

/* Autocast of one device type (c10::DeviceType's number: 0 CPU, 1 CUDA, 12 XPU, ...). 1.x knows CPU, CUDA and XPU only. */
TI_API int32_t ti_autocast_state(int32_t device_type, int32_t* enabled, int32_t* dtype);
TI_API int32_t ti_autocast_set(int32_t device_type, int32_t enabled, int32_t dtype);
/* The cast cache switch and the raw nesting counter (torch.autocast_increment_nesting()/decrement_nesting()). */
TI_API int32_t ti_autocast_cache(int32_t* enabled);
TI_API int32_t ti_autocast_set_cache(int32_t enabled);
TI_API int32_t ti_autocast_clear_cache(void);
/* The depth after the change; unlike ti_autocast_nest it leaves the cache alone. */
TI_API int32_t ti_autocast_nesting(int32_t increment);

/* ScalarType number of the default floating dtype, -1 on error; setting accepts what c10 accepts. */
TI_API int32_t ti_default_dtype(void);
TI_API int32_t ti_set_default_dtype(int32_t dtype);

/* 0 highest, 1 high, 2 medium; -1 on error. */
TI_API int32_t ti_float32_matmul_precision(void);
TI_API int32_t ti_set_float32_matmul_precision(int32_t precision);

TI_API int32_t ti_init_num_threads(void);

/* 1 when the tensor is a nested tensor, 0 when not, -1 on error. */
TI_API int32_t ti_is_nested(ti_tensor t);

#ifdef __cplusplus
}
#endif

#endif
