/* TorchInterop native shim: DistributedDataParallel's engine, LibTorch's own c10d::Reducer (gradient buckets
 * all-reduced from autograd hooks while backward runs), with c10d's helpers DDP calls at construction
 * (verify_params_across_processes, broadcast_coalesced, compute_bucket_assignment_by_size). Nothing here
 * communicates by itself: every byte goes through the Gloo group of ti_distributed.h.
 * Conventions as in torchinterop.h. The ABI is the same for LibTorch 1.x and 2.x. */
#ifndef TI_DISTRIBUTED_REDUCER_H
#define TI_DISTRIBUTED_REDUCER_H

#include "ti_distributed.h"

#ifdef __cplusplus
extern "C" {
#endif

/* An owned reference to the c10d::ProcessGroup DDP runs on: in 1.x the Gloo group itself, in 2.x a ProcessGroup
 * whose CPU backend is the Gloo group (as Python's init_process_group builds it). */
typedef void* ti_ddp_group;
/* An owned c10d::Reducer (with the group it reduces over). */
typedef void* ti_reducer;

/* PyTorch's dist._DEFAULT_FIRST_BUCKET_BYTES (c10d::kDefaultFirstBucketBytes, 1 MiB). */
TI_API int64_t ti_ddp_default_first_bucket_bytes(void);

/* The group DDP uses over `group`; `store` is the one the group met through (2.x's ProcessGroup keeps it). */
TI_API ti_ddp_group ti_ddp_group_new(ti_process_group group, ti_store store);
TI_API void ti_ddp_group_free(ti_ddp_group group);

/* c10d::verify_params_across_processes: fails (with PyTorch's message) when a rank's parameters differ from rank
 * 0's in number, size or strides. */
TI_API int32_t ti_ddp_verify_params(ti_ddp_group group, const ti_tensor* params, int32_t n);
/* c10d::broadcast_coalesced: copies rank `root`'s tensors into every rank's, in buckets of buffer_size bytes. */
TI_API int32_t ti_ddp_broadcast_coalesced(ti_ddp_group group, const ti_tensor* tensors, int32_t n, int64_t buffer_size,
                                          int32_t root);

/* A Reducer over `params` (the gradients of which it averages across the group). Buckets come from
 * c10d::compute_bucket_assignment_by_size with `bucket_size_limits` (n_limits values, as Python's DDP chooses them),
 * reversed as Python's DDP passes them. */
TI_API ti_reducer ti_reducer_new(ti_ddp_group group, const ti_tensor* params, int32_t n, const int64_t* bucket_size_limits,
                                 int32_t n_limits, int64_t bucket_bytes_cap, int64_t first_bucket_bytes_cap,
                                 int32_t find_unused_parameters, int32_t gradient_as_bucket_view);
TI_API void ti_reducer_free(ti_reducer reducer);
/* The number of buckets the reducer starts with (the assignment's). */
TI_API int32_t ti_reducer_initial_bucket_count(ti_reducer reducer);
TI_API int32_t ti_reducer_prepare_for_forward(ti_reducer reducer);
/* Rebuilds the buckets in the order gradients came in the first iteration (once); 1 when it did, 0 if not. */
TI_API int32_t ti_reducer_rebuild_buckets(ti_reducer reducer);
/* Arms the reducer for the next backward; with find_unused_parameters it walks the graph from `outputs`. */
TI_API int32_t ti_reducer_prepare_for_backward(ti_reducer reducer, const ti_tensor* outputs, int32_t n);
TI_API int32_t ti_reducer_set_static_graph(ti_reducer reducer);
/* Python's _DDPSink in a static graph's first iteration: when backward reaches the outputs, queue the reducer's
 * delay_all_reduce to run at the end of that backward. */
TI_API int32_t ti_reducer_delay_all_reduce_on_backward(ti_reducer reducer, const ti_tensor* outputs, int32_t n);

#ifdef __cplusplus
}
#endif

#endif
