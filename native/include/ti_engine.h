/* TorchInterop native shim: our subclass of LibTorch's autograd Engine, installed as the default engine when the
 * library loads (as PyTorch's Python installs its PythonEngine). It gives anomaly mode the .NET stack of each node's
 * forward call and gives saved tensors the pack/unpack hooks of torch.autograd.graph.saved_tensors_hooks.
 * Conventions as in torchinterop.h. */
#ifndef TI_ENGINE_H
#define TI_ENGINE_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* 1 when LibTorch's default engine (the one backward and autograd.grad run on) is ours. */
TI_API int32_t ti_engine_is_default(void);

/* ---- anomaly mode: the forward call's stack ---- */
/* Asked, while anomaly mode is on, for the stack of the call creating a node: it formats the caller's stack and
 * hands the text back with ti_anomaly_store_stack(sink, text) before returning. It must not fail. */
typedef void (*ti_stack_fn)(void* sink);
TI_API void ti_set_anomaly_stack_callback(ti_stack_fn callback);
TI_API void ti_anomaly_store_stack(void* sink, const char* text);

/* ---- saved-tensor hooks (a stack per thread, as PyTorch's) ---- */
/* Called with the pushed hooks' state and an owned handle to the tensor being saved; returns the state of the packed
 * value (released with the release callback when the saved tensor is freed). A failing callback sets *failed to 1
 * after ti_set_hook_error. */
typedef void* (*ti_pack_fn)(void* hooks_state, ti_tensor tensor, int32_t* failed);
/* Called with a packed value's state; returns an owned handle to the unpacked tensor (or fails as ti_pack_fn). */
typedef ti_tensor (*ti_unpack_fn)(void* packed_state, int32_t* failed);

/* Makes the hooks apply to every tensor saved on this thread until the matching pop. Fails with the message given to
 * ti_saved_tensors_hooks_disable while hooks are disabled. `state` stays the caller's: it must outlive the push. */
TI_API int32_t ti_saved_tensors_hooks_push(ti_pack_fn pack, ti_unpack_fn unpack, ti_release_fn release, void* state);
/* Removes this thread's innermost hooks; writes the state they were pushed with. */
TI_API int32_t ti_saved_tensors_hooks_pop(void** state);
/* LibTorch's switch (at::SavedTensorDefaultHooks): while disabled, pushing hooks fails with `message`; disabling
 * while hooks are pushed fails with it too (the switch stays set, as in LibTorch). */
TI_API int32_t ti_saved_tensors_hooks_disable(const char* message);
TI_API int32_t ti_saved_tensors_hooks_enable(void);
/* The message hooks are disabled with on this thread, or NULL when they are enabled; valid until the switch changes. */
TI_API const char* ti_saved_tensors_hooks_disabled_message(void);
/* Packed values alive now (for leak checks). */
TI_API int64_t ti_saved_tensors_packed_alive(void);

#ifdef __cplusplus
}
#endif

#endif
