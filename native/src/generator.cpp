// torch.Generator over at::CPUGeneratorImpl, and the random ops that take one (the generated ops always use the default).
#include <ATen/CPUGeneratorImpl.h>
#include <mutex>

#include "common.h"
#include "ti_generator.h"

using ti::Borrowed;
using ti::guard;

namespace {

// NULL is the thread's default generator (torch.default_generator: LibTorch's global one outside DataLoader workers);
// at::Generator is a shared handle, so a copy is the same generator.
at::Generator owned(ti_generator g) {
  if (g == nullptr) return ti::default_generator();
  return *static_cast<at::Generator*>(g);
}

// NULL means Python's generator=None: the op draws from the thread's default generator.
c10::optional<at::Generator> optional_generator(ti_generator g) {
  if (g == nullptr) return ti::thread_generator();
  return *static_cast<at::Generator*>(g);
}

// A DataLoader worker thread's own default generator (empty on every other thread).
thread_local c10::optional<at::Generator> t_thread_generator;

}  // namespace

namespace ti {

c10::optional<at::Generator> thread_generator() { return t_thread_generator; }

at::Generator default_generator() {
  return t_thread_generator ? *t_thread_generator : at::detail::getDefaultCPUGenerator();
}

}  // namespace ti

extern "C" {

TI_API ti_generator ti_generator_new(void) {
  return guard(ti_generator{nullptr}, [&] {
    return static_cast<ti_generator>(new at::Generator(at::make_generator<at::CPUGeneratorImpl>()));
  });
}

TI_API void ti_generator_free(ti_generator g) { delete static_cast<at::Generator*>(g); }

TI_API int32_t ti_generator_set_thread_default(ti_generator g) {
  return guard(int32_t{TI_ERROR}, [&] {
    if (g == nullptr) {
      t_thread_generator.reset();
    } else {
      t_thread_generator = owned(g);
    }
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_generator_manual_seed(ti_generator g, uint64_t seed) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto gen = owned(g);
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_current_seed(seed);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_generator_initial_seed(ti_generator g, uint64_t* seed) {
  return guard(int32_t{TI_ERROR}, [&] {
    *seed = owned(g).current_seed();
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_generator_seed(ti_generator g, uint64_t* seed) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto gen = owned(g);
    std::lock_guard<std::mutex> lock(gen.mutex());
    *seed = gen.seed();
    return int32_t{TI_OK};
  });
}

TI_API ti_tensor ti_generator_get_state(ti_generator g) {
  return guard(ti_tensor{nullptr}, [&] {
    auto gen = owned(g);
    std::lock_guard<std::mutex> lock(gen.mutex());
    return ti::give(gen.get_state());
  });
}

TI_API int32_t ti_generator_set_state(ti_generator g, ti_tensor state) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto gen = owned(g);
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(*Borrowed(state));
    return int32_t{TI_OK};
  });
}

TI_API ti_tensor ti_randperm_generator(int64_t n, ti_generator g, int32_t dtype) {
  return guard(ti_tensor{nullptr}, [&] {
    return ti::give(at::randperm(n, optional_generator(g), at::TensorOptions().dtype(ti::scalar_type(dtype))));
  });
}

TI_API ti_tensor ti_randint_generator(int64_t low, int64_t high, const int64_t* shape, int32_t ndim, ti_generator g, int32_t dtype) {
  return guard(ti_tensor{nullptr}, [&] {
    return ti::give(at::randint(low, high, ti::dims(shape, ndim), optional_generator(g),
                                at::TensorOptions().dtype(ti::scalar_type(dtype))));
  });
}

TI_API ti_tensor ti_multinomial_generator(ti_tensor input, int64_t num_samples, int32_t replacement, ti_generator g) {
  return guard(ti_tensor{nullptr}, [&] {
    return ti::give(at::multinomial(*Borrowed(input), num_samples, replacement != 0, optional_generator(g)));
  });
}

TI_API int32_t ti_random_generator_(ti_tensor self, ti_generator g) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed(self)->random_(optional_generator(g));
    return int32_t{TI_OK};
  });
}
}
