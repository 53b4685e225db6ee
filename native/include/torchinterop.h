/* TorchInterop native shim: a plain C ABI over LibTorch.
 *
 * Conventions
 * - Every function catches every C++ exception. Failure is reported in-band:
 *   functions returning ti_tensor / ti_node return NULL, functions returning
 *   int32_t return TI_ERROR (-1). The message is then read with
 *   ti_last_error(); it is owned by the shim (thread-local) and stays valid
 *   until the next failing call on the same thread, so callers copy it and
 *   never free it.
 * - ti_tensor is an owned reference (a TensorImpl* whose reference count we
 *   hold); release it with ti_tensor_free. Parameters of type ti_tensor are
 *   borrowed; a NULL optional tensor parameter means "undefined".
 * - Booleans are int32_t (0/1). Optional integers use an explicit has_* flag.
 */
#ifndef TORCHINTEROP_H
#define TORCHINTEROP_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define TI_API __declspec(dllexport)
#else
#define TI_API __attribute__((visibility("default")))
#endif

#define TI_OK 0
#define TI_ERROR (-1)

typedef void* ti_tensor;
typedef void* ti_node;
typedef void* ti_guard;

/* A Python-like number: kind 0 = float (d), 1 = int (i), 2 = bool (i != 0). */
typedef struct ti_scalar {
  double d;
  int64_t i;
  int32_t kind;
} ti_scalar;

/* ---- errors, lifetime, diagnostics ---- */
TI_API const char* ti_last_error(void);
/* Python's exception class for the last error: 0 RuntimeError, 1 IndexError, 2 ValueError, 3 TypeError,
 * 4 NotImplementedError, 5 LinAlgError. */
TI_API int32_t ti_last_error_kind(void);
TI_API void ti_tensor_free(ti_tensor t);
/* A second owned reference to the same tensor. */
TI_API ti_tensor ti_tensor_share(ti_tensor t);
/* Frees n handles (used to release tensors the .NET finalizer collected, in batches, on a computing thread). */
TI_API void ti_tensor_free_batch(const ti_tensor* handles, int32_t n);
TI_API int64_t ti_live_tensors(void);
/* Estimated bytes kept alive by live handles: the trigger for collecting undisposed tensors. */
TI_API int64_t ti_live_bytes(void);
TI_API int32_t ti_set_num_threads(int32_t n);
TI_API int32_t ti_get_num_threads(void);
TI_API int64_t ti_live_nodes(void);
TI_API const char* ti_version(void);

/* Bumped whenever an exported function's signature changes; the .NET side refuses a library with another value. */
#define TI_ABI_VERSION 1
TI_API int32_t ti_abi_version(void);

/* ---- creation (dtype -1 = default; device_type 0 = CPU) ---- */
TI_API ti_tensor ti_empty(const int64_t* shape, int32_t ndim, int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad);
TI_API ti_tensor ti_zeros(const int64_t* shape, int32_t ndim, int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad);
TI_API ti_tensor ti_ones(const int64_t* shape, int32_t ndim, int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad);
TI_API ti_tensor ti_full(const int64_t* shape, int32_t ndim, ti_scalar value, int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad);
TI_API ti_tensor ti_rand(const int64_t* shape, int32_t ndim, int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad);
TI_API ti_tensor ti_randn(const int64_t* shape, int32_t ndim, int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad);
TI_API ti_tensor ti_arange(ti_scalar start, ti_scalar end, ti_scalar step, int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad);
TI_API ti_tensor ti_linspace(ti_scalar start, ti_scalar end, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad);
TI_API ti_tensor ti_eye(int64_t n, int64_t m, int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad);
/* Copies nbytes of host data laid out contiguously in `dtype`. */
TI_API ti_tensor ti_from_data(const void* data, int64_t nbytes, const int64_t* shape, int32_t ndim, int32_t dtype, int32_t requires_grad);
TI_API ti_tensor ti_scalar_tensor(ti_scalar value, int32_t dtype, int32_t requires_grad);
/* A number passed where a tensor is expected, as Python's argument parser makes it (a "wrapped number"). */
TI_API ti_tensor ti_wrapped_number(ti_scalar value);
TI_API int32_t ti_is_wrapped_number(ti_tensor t);
/* Python's `x[i] = number`: the number as a tensor of x's dtype and device (overflow is an error). */
TI_API ti_tensor ti_number_like(ti_tensor number, ti_tensor like);
TI_API int32_t ti_manual_seed(uint64_t seed);

/* Autocast on the CPU (thread-local, as in LibTorch). ti_autocast_nest(1) enters a scope, (0) leaves one; both
 * return the new depth, and leaving the outermost clears the cast cache. */
TI_API int32_t ti_autocast_cpu_state(int32_t* enabled, int32_t* dtype, int32_t* cache_enabled);
TI_API int32_t ti_autocast_cpu_set(int32_t enabled, int32_t dtype, int32_t cache_enabled);
TI_API int32_t ti_autocast_nest(int32_t enter);

/* torch.func's transforms: layers of functorch's DynamicLayer stack. Each enter returns the new level (-1 on error);
 * exit pops the innermost layer, which must be `level` of the kind `transform` (1 vmap, 2 grad, 3 jvp). Tensors are
 * wrapped for a grad or jvp level and unwrapped from it (a tensor of another level comes back as it is).
 * randomness: 0 error, 1 same, 2 different. ti_func_is_batched: 1 when the tensor carries a batch dimension of
 * `level` (any level when level < 0). */
TI_API int64_t ti_func_grad_enter(void);
TI_API int64_t ti_func_jvp_enter(void);
TI_API int64_t ti_func_vmap_enter(int64_t batch_size, int32_t randomness);
TI_API int32_t ti_func_exit(int64_t level, int32_t transform);
TI_API int32_t ti_func_is_batched(ti_tensor t, int64_t level);
TI_API ti_tensor ti_func_add_batch_dim(ti_tensor t, int64_t dim, int64_t level);
TI_API ti_tensor ti_func_remove_batch_dim(ti_tensor t, int64_t level, int64_t batch_size, int64_t out_dim);

/* Forward-mode AD (torch.autograd.forward_ad): dual levels, the thread's forward-grad mode (set returns the previous
 * mode, -1 on error) and unpacking a dual tensor (*tangent is null when it has none at that level). */
TI_API int64_t ti_fwad_enter_level(void);
TI_API int32_t ti_fwad_exit_level(int64_t level);
TI_API int32_t ti_fwad_set_enabled(int32_t enabled);
TI_API int32_t ti_fwad_is_enabled(void);
TI_API int32_t ti_fwad_unpack(ti_tensor dual, int64_t level, ti_tensor* primal, ti_tensor* tangent);
TI_API ti_tensor ti_func_wrap(ti_tensor t, int64_t level);
TI_API ti_tensor ti_func_unwrap(ti_tensor t, int64_t level);
TI_API int32_t ti_func_make_differentiable(ti_tensor t);
TI_API int32_t ti_initial_seed(uint64_t* seed);
TI_API ti_tensor ti_get_rng_state(void);
TI_API int32_t ti_set_rng_state(ti_tensor state);

/* ---- metadata and data access ---- */
TI_API int32_t ti_dim(ti_tensor t);
TI_API int32_t ti_sizes(ti_tensor t, int64_t* out, int32_t capacity);
TI_API int32_t ti_strides(ti_tensor t, int64_t* out, int32_t capacity);
TI_API int64_t ti_storage_offset(ti_tensor t);
TI_API int64_t ti_numel(ti_tensor t);
TI_API int32_t ti_dtype(ti_tensor t);
TI_API int32_t ti_device(ti_tensor t, int32_t* type, int32_t* index);
TI_API int64_t ti_nbytes(ti_tensor t);
TI_API int32_t ti_item(ti_tensor t, ti_scalar* out);
/* Converts to `dtype`, makes contiguous, copies numel elements into dst (capacity in bytes). */
TI_API int32_t ti_copy_to_host(ti_tensor t, int32_t dtype, void* dst, int64_t capacity);

/* ---- autograd ---- */
TI_API int32_t ti_requires_grad(ti_tensor t);
/* as_method: 1 for Python's requires_grad_() (its checks and wording), 0 for the property setter,
 * 2 for a factory's requires_grad=True. */
TI_API int32_t ti_set_requires_grad(ti_tensor t, int32_t requires_grad, int32_t as_method);
TI_API int32_t ti_is_leaf(ti_tensor t);
/* Writes an owned handle to the gradient, or NULL when it is undefined. */
TI_API int32_t ti_grad(ti_tensor t, ti_tensor* out);
/* The gradient's identity (TensorImpl address, 0 when undefined); no reference is taken. */
TI_API void* ti_grad_identity(ti_tensor t);
TI_API int32_t ti_set_grad(ti_tensor t, ti_tensor grad);
TI_API int32_t ti_retain_grad(ti_tensor t);
TI_API int32_t ti_retains_grad(ti_tensor t);
TI_API ti_tensor ti_detach(ti_tensor t);
TI_API int32_t ti_detach_(ti_tensor t);
/* grads and inputs may be NULL arrays; entries of grads may be NULL. retain_graph: -1 = default (create_graph). */
TI_API int32_t ti_backward(const ti_tensor* tensors, int32_t n, const ti_tensor* grads, int32_t retain_graph, int32_t create_graph, const ti_tensor* inputs, int32_t ninputs);
/* results receives ninputs owned handles (NULL for unused inputs when allow_unused). */
TI_API int32_t ti_autograd_grad(const ti_tensor* outputs, int32_t n, const ti_tensor* inputs, int32_t ninputs, const ti_tensor* grad_outputs, int32_t retain_graph, int32_t create_graph, int32_t allow_unused, ti_tensor* results);
TI_API int32_t ti_is_grad_enabled(void);
TI_API int32_t ti_set_grad_enabled(int32_t enabled);
TI_API int32_t ti_is_inference_mode_enabled(void);
TI_API ti_guard ti_inference_mode_enter(int32_t enabled);
TI_API void ti_inference_mode_exit(ti_guard guard);
TI_API int32_t ti_is_inference(ti_tensor t);

/* ---- warnings ---- */
/* Receives every LibTorch warning (message, C++ file and line, flags: 1 verbatim, 2 a DeprecationWarning) on the
 * thread that raised it. */
typedef void (*ti_warning_fn)(const char* message, const char* file, int32_t line, int32_t flags);
TI_API void ti_set_warning_callback(ti_warning_fn callback);

/* ---- hooks ---- */
/* Called with the owning state and an owned handle to the gradient; returns an owned handle to a replacement, or
 * NULL to keep the gradient. A callback that fails returns NULL and sets *failed to 1 with a message in
 * ti_set_hook_error. The release callback runs when LibTorch drops the hook. */
typedef ti_tensor (*ti_hook_fn)(void* state, ti_tensor grad, int32_t* failed);
typedef void (*ti_release_fn)(void* state);
/* Writes the hook's position (for ti_remove_hook). Python's check and wording for tensors without grad. */
TI_API int32_t ti_register_hook(ti_tensor t, ti_hook_fn hook, ti_release_fn release, void* state, int32_t* position);
TI_API int32_t ti_remove_hook(ti_tensor t, int32_t position);
/* Lets a failing hook callback report its message; the backward call then fails with it. */
TI_API void ti_set_hook_error(const char* message);

/* ---- grad_fn nodes ---- */
/* Writes an owned node handle, or NULL for tensors without grad_fn. */
TI_API int32_t ti_grad_fn(ti_tensor t, ti_node* out);
/* The grad_fn's identity (Node address, 0 when none); no reference is taken. */
TI_API void* ti_grad_fn_identity(ti_tensor t);
TI_API void ti_node_free(ti_node node);
TI_API void* ti_node_identity(ti_node node);
/* Python's class name of the node (namespace stripped); valid until the next call on this thread. */
TI_API const char* ti_node_name(ti_node node);
TI_API int32_t ti_node_num_next(ti_node node);
/* For an AccumulateGrad node: writes an owned handle to the leaf it accumulates into (NULL for other nodes). */
TI_API int32_t ti_node_variable(ti_node node, ti_tensor* out);
/* Writes an owned handle to next function i (NULL when None) and its input_nr. */
TI_API int32_t ti_node_next(ti_node node, int32_t i, ti_node* fn, int32_t* input_nr);

/* ---- operators ---- */
/* Python's scalar semantics: `other` becomes a wrapped-number tensor. */
TI_API ti_tensor ti_add_scalar(ti_tensor a, ti_scalar b, ti_scalar alpha);
TI_API ti_tensor ti_sub_scalar(ti_tensor a, ti_scalar b, ti_scalar alpha);
TI_API ti_tensor ti_rsub_scalar(ti_tensor a, ti_scalar b);
TI_API ti_tensor ti_mul_scalar(ti_tensor a, ti_scalar b);
TI_API ti_tensor ti_div_scalar(ti_tensor a, ti_scalar b);
TI_API ti_tensor ti_rdiv_scalar(ti_tensor a, ti_scalar b);
TI_API ti_tensor ti_rpow_scalar(ti_tensor a, ti_scalar b);
/* torch.pow(number, tensor): the Scalar-self overload (PowBackward2). */
TI_API int32_t ti_add_scalar_(ti_tensor a, ti_scalar b, ti_scalar alpha);
TI_API int32_t ti_sub_scalar_(ti_tensor a, ti_scalar b, ti_scalar alpha);
TI_API int32_t ti_mul_scalar_(ti_tensor a, ti_scalar b);
TI_API int32_t ti_div_scalar_(ti_tensor a, ti_scalar b);
/* op: 0 eq, 1 ne, 2 lt, 3 le, 4 gt, 5 ge */
/* op: see TI_UNARY_OPS in ops.cpp (neg, sin, cos, exp, log, sqrt, abs, tanh, sigmoid, relu, ...) */
/* p_is_fro: Frobenius norm as Python's default `norm()`; otherwise p-norm over dims (ndims 0 = all). */
TI_API ti_tensor ti_norm(ti_tensor a, int32_t p_is_fro, ti_scalar p, const int64_t* dims, int32_t ndims, int32_t keepdim);
/* torch.max(a) (all elements) and torch.max(a, dim, keepdim) -> (values, indices); the same for min. */
/* A view of a's storage with the given sizes, strides and storage offset (torch.as_strided). */
/* Advanced indexing (Python's x[mask], x[idx]): indices[i] indexes dimension i; a NULL entry leaves it whole. */
TI_API ti_tensor ti_contiguous(ti_tensor a);
/* torch.nn.functional.cross_entropy with class-index targets; reduction 0 none, 1 mean, 2 sum. */
TI_API ti_tensor ti_cross_entropy(ti_tensor input, ti_tensor target, int32_t reduction);

#ifdef __cplusplus
}
#endif
#endif
