// LibTorch's intra-op thread pool size.
#include <ATen/Parallel.h>

#include "common.h"

extern "C" {

TI_API int32_t ti_set_num_threads(int32_t n) {
  return ti::guard(int32_t{TI_ERROR}, [&] {
    at::set_num_threads(n);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_get_num_threads(void) { return at::get_num_threads(); }
}
