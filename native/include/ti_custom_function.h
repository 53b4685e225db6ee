/* TorchInterop native shim: torch.autograd.Function, a .NET forward and backward in LibTorch's graph. The node is a
 * torch::autograd::Node whose apply calls back into .NET, as PyTorch's PyNode calls back into Python. Conventions as
 * in torchinterop.h. */
#ifndef TI_CUSTOM_FUNCTION_H
#define TI_CUSTOM_FUNCTION_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The .NET backward of one node: the saved tensors (unpacked, with their version check) and the output gradients
 * (owned handles; NULL for an undefined gradient when grads are not materialized), and room for one result per
 * forward argument. It writes owned handles (NULL for None) and returns how many results the user's backward gave,
 * or -1 after ti_set_hook_error when it failed. */
typedef int32_t (*ti_backward_fn)(void* state, ti_tensor* saved, int32_t n_saved, ti_tensor* grads, int32_t n_grads,
                                  ti_tensor* results, int32_t capacity);

/* The .NET jvp of a custom Function (forward-mode AD), called while the outputs are connected when an input has a
 * tangent at the current dual level: one tangent per forward argument (owned handles; NULL for a non-tensor argument
 * and, when grads are not materialized, for an input without tangent) and room for one result per tensor output. It
 * writes owned handles (NULL for None) and returns how many tangents the user's jvp gave, or -1 after
 * ti_set_hook_error when it failed. */
typedef int32_t (*ti_jvp_fn)(void* state, ti_tensor* tangents, int32_t n_tangents, ti_tensor* results, int32_t capacity);

/* Connects a custom Function's outputs, computed by .NET without grad, to the graph. `inputs` are the forward's
 * arguments (NULL where an argument is not a tensor); `outputs` are replaced in place by the tensors to return (an
 * output that is an input comes back as a view of it) and get the node as their grad_fn unless
 * non_differentiable[i]; dirty[i] marks an input the forward modified in place (its history is rebased onto the
 * node). LibTorch's torch::autograd::_wrap_outputs does the wiring; `to_save` are saved with the version check (outputs among them as outputs). The node is
 * named `name` and owns `state`, released with the node. With no input requiring grad (or grad mode off), no node
 * is recorded (outputs are still wired as LibTorch wires them, tangents included) and `state` is released before
 * returning. Where an input has a tangent, `jvp` (given `state`) computes the outputs' tangents; NULL raises
 * PyTorch's NotImplementedError then. */
TI_API int32_t ti_custom_function_apply(const char* name, const ti_tensor* inputs, int32_t n_inputs, ti_tensor* outputs,
                                        int32_t n_outputs, const int32_t* non_differentiable, const int32_t* dirty,
                                        const ti_tensor* to_save,
                                        int32_t n_save, int32_t materialize_grads, ti_backward_fn backward,
                                        ti_jvp_fn jvp, ti_release_fn release, void* state);

/* 1 when the node is a custom Function's (Python's reprs name them torch.autograd.function.XBackward), 0 if not. */
TI_API int32_t ti_node_is_custom(ti_node node);

/* Python's once_differentiable: replaces each (owned) handle by an alias whose grad_fn fails with `message` when
 * differentiated (LibTorch's DelayedError). NULL entries stay NULL. */
TI_API int32_t ti_delayed_error(const char* message, ti_tensor* tensors, int32_t n);

/* Number of nodes of custom Functions alive now (for leak checks). */
TI_API int64_t ti_custom_nodes_alive(void);

#ifdef __cplusplus
}
#endif

#endif
