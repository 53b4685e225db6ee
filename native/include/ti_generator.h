/* TorchInterop native shim: torch.Generator and the random ops that take one.
 *
 * ti_generator is an owned CPU generator (at::make_generator<at::CPUGeneratorImpl>); release it with
 * ti_generator_free. A NULL ti_generator parameter means the default CPU generator, as Python's
 * generator=None does. Conventions otherwise as in torchinterop.h.
 */
#ifndef TI_GENERATOR_H
#define TI_GENERATOR_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef void* ti_generator;

/* torch.Generator(): a new CPU generator (seeded with PyTorch's default seed 67280421310721). */
TI_API ti_generator ti_generator_new(void);
TI_API void ti_generator_free(ti_generator g);
/* Makes g the calling thread's default generator (NULL: LibTorch's global one again): what generator=None, the
 * generated ops and ti_manual_seed/ti_initial_seed/ti_get_rng_state/ti_set_rng_state use on this thread. The thread
 * keeps g's generator alive until it is replaced; PyTorch's DataLoader workers are processes with a generator each,
 * and ours are threads that set one here. */
TI_API int32_t ti_generator_set_thread_default(ti_generator g);
TI_API int32_t ti_generator_manual_seed(ti_generator g, uint64_t seed);
TI_API int32_t ti_generator_initial_seed(ti_generator g, uint64_t* seed);
/* generator.seed(): a non-deterministic seed, set and returned. */
TI_API int32_t ti_generator_seed(ti_generator g, uint64_t* seed);
/* generator.get_state() as a uint8 tensor, and generator.set_state(state). */
TI_API ti_tensor ti_generator_get_state(ti_generator g);
TI_API int32_t ti_generator_set_state(ti_generator g, ti_tensor state);

/* The random ops with generator=...; dtype is a ScalarType number. */
TI_API ti_tensor ti_randperm_generator(int64_t n, ti_generator g, int32_t dtype);
TI_API ti_tensor ti_randint_generator(int64_t low, int64_t high, const int64_t* shape, int32_t ndim, ti_generator g, int32_t dtype);
TI_API ti_tensor ti_multinomial_generator(ti_tensor input, int64_t num_samples, int32_t replacement, ti_generator g);
/* self.random_(generator=g): the full range of self's dtype. */
TI_API int32_t ti_random_generator_(ti_tensor self, ti_generator g);

#ifdef __cplusplus
}
#endif
#endif
