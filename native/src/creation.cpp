// Tensor factories and the random seed.
#include <ATen/CPUGeneratorImpl.h>
#include <cstring>
#include <mutex>

#include "common.h"

using ti::Borrowed;
using ti::guard;

#define TI_SHAPE_FACTORY(name, expr)                                                                        \
  TI_API ti_tensor name(const int64_t* shape, int32_t ndim, int32_t dtype, int32_t device_type,             \
                        int32_t device_index, int32_t requires_grad) {                                      \
    return guard<>(ti_tensor{nullptr}, [&] {                                                                 \
      auto size = ti::dims(shape, ndim);                                                                    \
      auto opts = ti::options(dtype, device_type, device_index);                                            \
      return ti::give_created(expr, requires_grad);                                                         \
    });                                                                                                     \
  }

extern "C" {

TI_SHAPE_FACTORY(ti_empty, at::empty(size, opts))
TI_SHAPE_FACTORY(ti_zeros, at::zeros(size, opts))
TI_SHAPE_FACTORY(ti_ones, at::ones(size, opts))
TI_SHAPE_FACTORY(ti_rand, at::rand(size, ti::thread_generator(), opts))
TI_SHAPE_FACTORY(ti_randn, at::randn(size, ti::thread_generator(), opts))

TI_API ti_tensor ti_full(const int64_t* shape, int32_t ndim, ti_scalar value, int32_t dtype, int32_t device_type,
                         int32_t device_index, int32_t requires_grad) {
  return guard(ti_tensor{nullptr}, [&] {
    return ti::give_created(at::full(ti::dims(shape, ndim), ti::to_scalar(value), ti::options(dtype, device_type, device_index)),
                            requires_grad);
  });
}

TI_API ti_tensor ti_arange(ti_scalar start, ti_scalar end, ti_scalar step, int32_t dtype, int32_t device_type,
                           int32_t device_index, int32_t requires_grad) {
  return guard(ti_tensor{nullptr}, [&] {
    return ti::give_created(
        at::arange(ti::to_scalar(start), ti::to_scalar(end), ti::to_scalar(step), ti::options(dtype, device_type, device_index)),
        requires_grad);
  });
}

TI_API ti_tensor ti_linspace(ti_scalar start, ti_scalar end, int64_t steps, int32_t dtype, int32_t device_type,
                             int32_t device_index, int32_t requires_grad) {
  return guard(ti_tensor{nullptr}, [&] {
    return ti::give_created(
        at::linspace(ti::to_scalar(start), ti::to_scalar(end), steps, ti::options(dtype, device_type, device_index)),
        requires_grad);
  });
}

TI_API ti_tensor ti_eye(int64_t n, int64_t m, int32_t dtype, int32_t device_type, int32_t device_index,
                        int32_t requires_grad) {
  return guard(ti_tensor{nullptr}, [&] {
    return ti::give_created(at::eye(n, m, ti::options(dtype, device_type, device_index)), requires_grad);
  });
}

TI_API ti_tensor ti_from_data(const void* data, int64_t nbytes, const int64_t* shape, int32_t ndim, int32_t dtype,
                              int32_t requires_grad) {
  return guard(ti_tensor{nullptr}, [&] {
    at::Tensor t = at::empty(ti::dims(shape, ndim), at::TensorOptions().dtype(ti::scalar_type(dtype)));
    TORCH_CHECK(static_cast<int64_t>(t.nbytes()) == nbytes, "data has ", nbytes, " bytes but the shape ",
                t.sizes(), " needs ", t.nbytes());
    if (nbytes > 0) std::memcpy(t.data_ptr(), data, nbytes);
    return ti::give_created(std::move(t), requires_grad);
  });
}

TI_API ti_tensor ti_scalar_tensor(ti_scalar value, int32_t dtype, int32_t requires_grad) {
  return guard(ti_tensor{nullptr}, [&] {
    return ti::give_created(at::scalar_tensor(ti::to_scalar(value), at::TensorOptions().dtype(ti::scalar_type(dtype))),
                            requires_grad);
  });
}

TI_API ti_tensor ti_wrapped_number(ti_scalar value) {
  return guard(ti_tensor{nullptr}, [&] { return ti::give(ti::wrapped(value)); });
}

TI_API int32_t ti_is_wrapped_number(ti_tensor t) {
  return guard(int32_t{-1}, [&] { return int32_t{Borrowed(t)->unsafeGetTensorImpl()->is_wrapped_number()}; });
}

TI_API ti_tensor ti_number_like(ti_tensor number, ti_tensor like) {
  return guard(ti_tensor{nullptr}, [&] {
    return ti::give(at::scalar_tensor(Borrowed(number)->item(), Borrowed(like)->options()));
  });
}

TI_API int32_t ti_manual_seed(uint64_t seed) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto gen = ti::default_generator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_current_seed(seed);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_initial_seed(uint64_t* seed) {
  return guard(int32_t{TI_ERROR}, [&] {
    *seed = ti::default_generator().current_seed();
    return int32_t{TI_OK};
  });
}

// torch.get_rng_state / set_rng_state: the default CPU generator's state as a uint8 tensor.
TI_API ti_tensor ti_get_rng_state(void) {
  return guard(ti_tensor{nullptr}, [&] {
    auto gen = ti::default_generator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    return ti::give(gen.get_state());
  });
}

TI_API int32_t ti_set_rng_state(ti_tensor state) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto gen = ti::default_generator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(*Borrowed(state));
    return int32_t{TI_OK};
  });
}
}
