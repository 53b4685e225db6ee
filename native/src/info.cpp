// Tensor metadata and copying data out to the host.
#include <c10/core/GradMode.h>
#include <torch/csrc/api/include/torch/version.h>
#include <cstring>

#include "common.h"

using ti::Borrowed;
using ti::guard;

extern "C" {

TI_API int32_t ti_dim(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] { return static_cast<int32_t>((*Borrowed(t)).dim()); });
}

TI_API int32_t ti_sizes(ti_tensor t, int64_t* out, int32_t capacity) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed b(t);
    auto sizes = b->sizes();
    TORCH_CHECK(static_cast<int64_t>(sizes.size()) <= capacity, "sizes buffer too small");
    std::copy(sizes.begin(), sizes.end(), out);
    return static_cast<int32_t>(sizes.size());
  });
}

TI_API int32_t ti_strides(ti_tensor t, int64_t* out, int32_t capacity) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed b(t);
    auto strides = b->strides();
    TORCH_CHECK(static_cast<int64_t>(strides.size()) <= capacity, "strides buffer too small");
    std::copy(strides.begin(), strides.end(), out);
    return static_cast<int32_t>(strides.size());
  });
}

TI_API int64_t ti_storage_offset(ti_tensor t) {
  return guard(int64_t{TI_ERROR}, [&] { return static_cast<int64_t>(Borrowed(t)->storage_offset()); });
}

TI_API int64_t ti_numel(ti_tensor t) {
  return guard(int64_t{TI_ERROR}, [&] { return static_cast<int64_t>(Borrowed(t)->numel()); });
}

TI_API int32_t ti_dtype(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] { return static_cast<int32_t>(Borrowed(t)->scalar_type()); });
}

TI_API int32_t ti_device(ti_tensor t, int32_t* type, int32_t* index) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto device = Borrowed(t)->device();
    *type = static_cast<int32_t>(device.type());
    *index = device.has_index() ? device.index() : -1;
    return int32_t{TI_OK};
  });
}

TI_API int64_t ti_nbytes(ti_tensor t) {
  return guard(int64_t{TI_ERROR}, [&] {
    Borrowed b(t);
    return static_cast<int64_t>(b->numel() * b->element_size());
  });
}

TI_API int32_t ti_item(ti_tensor t, ti_scalar* out) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed b(t);
#if TORCH_VERSION_MAJOR < 2
    // Python 1.x raises ValueError with this text; 2.x lets LibTorch's own RuntimeError through.
    TORCH_CHECK_VALUE(b->numel() == 1, "only one element tensors can be converted to Python scalars");
#endif
    *out = ti::from_scalar(b->item());
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_copy_to_host(ti_tensor t, int32_t dtype, void* dst, int64_t capacity) {
  return guard(int32_t{TI_ERROR}, [&] {
    c10::NoGradGuard no_grad;
    // Lazy conjugate/negative views must be materialized before their bytes are copied.
    at::Tensor src = Borrowed(t)->resolve_conj().resolve_neg();
    // Some backward formulas return efficient zero tensors (sgn's for real inputs): they have no storage to copy.
    if (src._is_zerotensor()) src = at::zeros(src.sizes(), src.options());
    src = src.to(at::kCPU, ti::scalar_type(dtype)).contiguous();
    int64_t bytes = static_cast<int64_t>(src.nbytes());
    TORCH_CHECK(bytes <= capacity, "destination holds ", capacity, " bytes but the tensor needs ", bytes);
    if (bytes > 0) std::memcpy(dst, src.data_ptr(), bytes);
    return int32_t{TI_OK};
  });
}

}
