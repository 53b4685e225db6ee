// Automatic mixed precision on the CPU (torch.autocast("cpu")): LibTorch's thread-local autocast state. 1.x has
// CPU-specific functions, 2.x functions of a device type.
#include <ATen/autocast_mode.h>
#include <torch/csrc/api/include/torch/version.h>

#include "common.h"

using ti::guard;

extern "C" {

TI_API int32_t ti_autocast_cpu_state(int32_t* enabled, int32_t* dtype, int32_t* cache_enabled) {
  return guard(int32_t{TI_ERROR}, [&] {
#if TORCH_VERSION_MAJOR >= 2
    *enabled = at::autocast::is_autocast_enabled(at::kCPU) ? 1 : 0;
    *dtype = static_cast<int32_t>(at::autocast::get_autocast_dtype(at::kCPU));
#else
    *enabled = at::autocast::is_cpu_enabled() ? 1 : 0;
    *dtype = static_cast<int32_t>(at::autocast::get_autocast_cpu_dtype());
#endif
    *cache_enabled = at::autocast::is_autocast_cache_enabled() ? 1 : 0;
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_autocast_cpu_set(int32_t enabled, int32_t dtype, int32_t cache_enabled) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto type = ti::scalar_type(dtype);
#if TORCH_VERSION_MAJOR >= 2
    at::autocast::set_autocast_enabled(at::kCPU, enabled != 0);
    at::autocast::set_autocast_dtype(at::kCPU, type);
#else
    at::autocast::set_cpu_enabled(enabled != 0);
    at::autocast::set_autocast_cpu_dtype(type);
#endif
    at::autocast::set_autocast_cache_enabled(cache_enabled != 0);
    return int32_t{TI_OK};
  });
}

// The nesting depth after the change; leaving the outermost scope clears the cache of casted weights, as Python does.
TI_API int32_t ti_autocast_nest(int32_t enter) {
  return guard(int32_t{TI_ERROR}, [&] {
    if (enter) return static_cast<int32_t>(at::autocast::increment_nesting());
    int depth = at::autocast::decrement_nesting();
    if (depth == 0) at::autocast::clear_cache();
    return static_cast<int32_t>(depth);
  });
}
}
