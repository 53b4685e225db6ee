// LibTorch's global context behind torch's module-level flags.
#include <torch/csrc/api/include/torch/version.h>
#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <c10/util/Exception.h>

#include "common.h"
#include "ti_context.h"

using ti::guard;

namespace {

void set_warn_always_flag(bool on) {
#if TORCH_VERSION_MAJOR >= 2
  c10::WarningUtils::set_warnAlways(on);
#else
  c10::Warning::set_warnAlways(on);
#endif
}

bool warn_always_flag() {
#if TORCH_VERSION_MAJOR >= 2
  return c10::WarningUtils::get_warnAlways();
#else
  return c10::Warning::get_warnAlways();
#endif
}

}  // namespace

extern "C" {

TI_API int32_t ti_build_features(void) {
  return guard(int32_t{-1}, [&] {
    auto& context = at::globalContext();
    bool cuda = context.hasCUDA();
    return int32_t{(at::Context::hasOpenMP() ? 1 : 0) | (at::Context::hasMKL() ? 2 : 0) | (at::Context::hasLAPACK() ? 4 : 0) |
                   (at::Context::hasMKLDNN() ? 8 : 0) | (at::Context::hasMPS() ? 16 : 0) | (cuda ? 32 : 0) |
                   (cuda && at::detail::getCUDAHooks().hasCuDNN() ? 64 : 0)};
  });
}

TI_API int32_t ti_deterministic_algorithms(int32_t* enabled, int32_t* warn_only) {
  return guard(int32_t{TI_ERROR}, [&] {
    *enabled = at::globalContext().deterministicAlgorithms() ? 1 : 0;
    *warn_only = at::globalContext().deterministicAlgorithmsWarnOnly() ? 1 : 0;
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_set_deterministic_algorithms(int32_t enabled, int32_t warn_only) {
  return guard(int32_t{TI_ERROR}, [&] {
    at::globalContext().setDeterministicAlgorithms(enabled != 0, warn_only != 0);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_set_flush_denormal(int32_t on) {
  return guard(int32_t{TI_ERROR}, [&] { return int32_t{at::globalContext().setFlushDenormal(on != 0)}; });
}

TI_API int32_t ti_warn_always(void) {
  return guard(int32_t{TI_ERROR}, [&] { return int32_t{warn_always_flag()}; });
}

TI_API int32_t ti_set_warn_always(int32_t on) {
  return guard(int32_t{TI_ERROR}, [&] {
    set_warn_always_flag(on != 0);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_get_num_interop_threads(void) {
  return guard(int32_t{TI_ERROR}, [&] { return static_cast<int32_t>(at::get_num_interop_threads()); });
}

TI_API int32_t ti_set_num_interop_threads(int32_t n) {
  return guard(int32_t{TI_ERROR}, [&] {
    at::set_num_interop_threads(n);
    return int32_t{TI_OK};
  });
}
}
