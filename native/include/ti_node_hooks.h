/* TorchInterop native shim: hooks on autograd graph nodes (Python's grad_fn.register_hook / register_prehook) and,
 * on LibTorch 2.x, a leaf's post-accumulate-grad hooks. The hooks are LibTorch FunctionPostHook / FunctionPreHook /
 * PostAccumulateGradHook objects owned by the node (or the leaf) that call back into .NET. Conventions as in
 * torchinterop.h. */
#ifndef TI_NODE_HOOKS_H
#define TI_NODE_HOOKS_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The .NET side of a node hook. A post-hook gets the node's grad_inputs (`first`) and grad_outputs (`second`); a
 * pre-hook gets the grad_outputs (`first`, `second` NULL); a post-accumulate-grad hook gets the leaf (`first`, one
 * handle). Handles are owned by the callee (NULL for an undefined gradient). To replace `first`, the callback writes
 * n_first owned handles (NULL for None) into `results` and returns 1; it returns 0 to keep them, or -1 after
 * ti_set_hook_error when it failed. */
typedef int32_t (*ti_node_hook_fn)(void* state, ti_tensor* first, int32_t n_first, ti_tensor* second, int32_t n_second,
                                   ti_tensor* results);

/* Hook kinds of ti_node_register_hook. */
#define TI_NODE_POST_HOOK 0
#define TI_NODE_PRE_HOOK 1

/* Adds a hook of `kind` to the node; the node owns `state` (released with the hook: when the node dies or the hook is
 * removed). Writes a key for ti_node_hook_remove. */
TI_API int32_t ti_node_register_hook(ti_node node, int32_t kind, ti_node_hook_fn hook, ti_release_fn release,
                                     void* state, int64_t* key);

/* Python's register_post_accumulate_grad_hook (LibTorch 2.x): called with the leaf after its .grad was accumulated.
 * Python's checks and wording for tensors without grad and non-leaves. Writes a key for ti_node_hook_remove. */
TI_API int32_t ti_register_post_accumulate_grad_hook(ti_tensor t, ti_node_hook_fn hook, ti_release_fn release,
                                                     void* state, int64_t* key);

/* Disables the hook with `key` and releases its state; 1 if it was live, 0 if already removed or dead. */
TI_API int32_t ti_node_hook_remove(int64_t key);

/* Number of node hooks whose .NET state is held now (for leak checks). */
TI_API int64_t ti_node_hooks_alive(void);

#ifdef __cplusplus
}
#endif

#endif
