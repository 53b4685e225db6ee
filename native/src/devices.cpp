// What torch.cuda asks LibTorch: whether a CUDA runtime is loaded, and how many devices it has.
#include <ATen/Context.h>
#include <ATen/detail/CUDAHooksInterface.h>

#include "common.h"
#include "ti_devices.h"

extern "C" {

TI_API int64_t ti_cuda_device_count(void) {
  return ti::guard(int64_t{-1}, [&] {
    if (!at::globalContext().hasCUDA()) return int64_t{0};
    return static_cast<int64_t>(at::detail::getCUDAHooks().getNumGPUs());
  });
}
}
