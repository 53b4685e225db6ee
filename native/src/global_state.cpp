// LibTorch's switches behind torch's module-level functions: anomaly mode, autocast per device type, the default dtype,
// float32 matmul precision. 1.x has device-specific autocast functions, 2.x functions of a device type.
#include <torch/csrc/api/include/torch/version.h>
#include <ATen/autocast_mode.h>
#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <c10/core/DefaultDtype.h>
#include <torch/csrc/autograd/anomaly_mode.h>
#include <torch/csrc/autograd/engine.h>
#if TORCH_VERSION_MAJOR >= 2
#include <torch/csrc/autograd/graph_task.h>
#endif

#include "common.h"
#include "ti_global_state.h"

using ti::Borrowed;
using ti::guard;

namespace {

c10::DeviceType device_type_of(int32_t code) {
  TORCH_CHECK(code >= 0 && code < static_cast<int32_t>(c10::DeviceType::COMPILE_TIME_MAX_DEVICE_TYPES),
              "unknown device type ", code);
  return static_cast<c10::DeviceType>(code);
}

#if TORCH_VERSION_MAJOR < 2
void check_legacy_device(c10::DeviceType type) {
  TORCH_CHECK(type == c10::DeviceType::CPU || type == c10::DeviceType::CUDA || type == c10::DeviceType::XPU,
              "autocast of device type ", type, " is not available in LibTorch 1.x");
}
#endif

}  // namespace

extern "C" {

TI_API int32_t ti_is_checkpoint_valid(void) {
  return guard(int32_t{TI_ERROR}, [] { return int32_t{torch::autograd::Engine::get_default_engine().is_checkpoint_valid() ? 1 : 0}; });
}

TI_API int64_t ti_current_graph_task_id(void) {
#if TORCH_VERSION_MAJOR >= 2
  return torch::autograd::get_current_graph_task_id();
#else
  return -1;
#endif
}

TI_API int32_t ti_anomaly_state(int32_t* enabled, int32_t* check_nan) {
  return guard(int32_t{TI_ERROR}, [&] {
    *enabled = torch::autograd::AnomalyMode::is_enabled() ? 1 : 0;
    *check_nan = torch::autograd::AnomalyMode::should_check_nan() ? 1 : 0;
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_set_anomaly(int32_t enabled, int32_t check_nan) {
  return guard(int32_t{TI_ERROR}, [&] {
    torch::autograd::AnomalyMode::set_enabled(enabled != 0, check_nan != 0);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_autocast_state(int32_t device_type, int32_t* enabled, int32_t* dtype) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto type = device_type_of(device_type);
#if TORCH_VERSION_MAJOR >= 2
    *enabled = at::autocast::is_autocast_enabled(type) ? 1 : 0;
    *dtype = static_cast<int32_t>(at::autocast::get_autocast_dtype(type));
#else
    check_legacy_device(type);
    if (type == c10::DeviceType::CPU) {
      *enabled = at::autocast::is_cpu_enabled();
      *dtype = static_cast<int32_t>(at::autocast::get_autocast_cpu_dtype());
    } else if (type == c10::DeviceType::CUDA) {
      *enabled = at::autocast::is_enabled();
      *dtype = static_cast<int32_t>(at::autocast::get_autocast_gpu_dtype());
    } else {
      *enabled = at::autocast::is_xpu_enabled();
      *dtype = static_cast<int32_t>(at::autocast::get_autocast_xpu_dtype());
    }
#endif
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_autocast_set(int32_t device_type, int32_t enabled, int32_t dtype) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto type = device_type_of(device_type);
    auto scalar = ti::scalar_type(dtype);
#if TORCH_VERSION_MAJOR >= 2
    at::autocast::set_autocast_enabled(type, enabled != 0);
    at::autocast::set_autocast_dtype(type, scalar);
#else
    check_legacy_device(type);
    if (type == c10::DeviceType::CPU) {
      at::autocast::set_cpu_enabled(enabled != 0);
      at::autocast::set_autocast_cpu_dtype(scalar);
    } else if (type == c10::DeviceType::CUDA) {
      at::autocast::set_enabled(enabled != 0);
      at::autocast::set_autocast_gpu_dtype(scalar);
    } else {
      at::autocast::set_xpu_enabled(enabled != 0);
      at::autocast::set_autocast_xpu_dtype(scalar);
    }
#endif
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_autocast_cache(int32_t* enabled) {
  return guard(int32_t{TI_ERROR}, [&] {
    *enabled = at::autocast::is_autocast_cache_enabled() ? 1 : 0;
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_autocast_set_cache(int32_t enabled) {
  return guard(int32_t{TI_ERROR}, [&] {
    at::autocast::set_autocast_cache_enabled(enabled != 0);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_autocast_clear_cache(void) {
  return guard(int32_t{TI_ERROR}, [&] {
    at::autocast::clear_cache();
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_autocast_nesting(int32_t increment) {
  return guard(int32_t{TI_ERROR}, [&] {
    return static_cast<int32_t>(increment ? at::autocast::increment_nesting() : at::autocast::decrement_nesting());
  });
}

TI_API int32_t ti_default_dtype(void) {
  return guard(int32_t{-1}, [&] { return static_cast<int32_t>(c10::typeMetaToScalarType(c10::get_default_dtype())); });
}

TI_API int32_t ti_set_default_dtype(int32_t dtype) {
  return guard(int32_t{TI_ERROR}, [&] {
    c10::set_default_dtype(c10::scalarTypeToTypeMeta(ti::scalar_type(dtype)));
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_float32_matmul_precision(void) {
  return guard(int32_t{-1}, [&] { return static_cast<int32_t>(at::globalContext().float32MatmulPrecision()); });
}

TI_API int32_t ti_set_float32_matmul_precision(int32_t precision) {
  return guard(int32_t{TI_ERROR}, [&] {
    static const char* names[] = {"highest", "high", "medium"};
    TORCH_CHECK(precision >= 0 && precision < 3, "unknown float32 matmul precision ", precision);
    at::globalContext().setFloat32MatmulPrecision(names[precision]);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_init_num_threads(void) {
  return guard(int32_t{TI_ERROR}, [&] {
    at::init_num_threads();
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_is_nested(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] { return int32_t{Borrowed(t)->is_nested() ? 1 : 0}; });
}
}
