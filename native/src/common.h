// Shared plumbing of the shim: handle conversion and exception containment.
#pragma once

#include <ATen/ATen.h>
#include <ATen/ScalarOps.h>
#include <atomic>
#include <string>
#include <utility>

#include "torchinterop.h"

namespace ti {

extern std::atomic<int64_t> live_tensors;
extern std::atomic<int64_t> live_nodes;
extern std::atomic<int64_t> live_bytes;

// What one handle keeps alive, roughly: its elements plus the TensorImpl, storage and autograd bookkeeping.
// A heuristic for when the managed side should collect undisposed tensors, not an exact count.
inline int64_t estimated_bytes(const c10::TensorImpl* impl) {
  constexpr int64_t kPerHandleOverhead = 512;
  return kPerHandleOverhead + static_cast<int64_t>(impl->numel()) * static_cast<int64_t>(impl->itemsize());
}

// Python's exception class for the error, as ti_last_error_kind reports it.
enum ErrorKind : int32_t { kRuntimeError = 0, kIndexError = 1, kValueError = 2, kTypeError = 3, kNotImplementedError = 4, kLinAlgError = 5 };

void set_error(const char* message, ErrorKind kind = kRuntimeError);
void install_warning_handler();

// Once per thread, before the first call does any work.
inline void ensure_thread_setup() {
  static thread_local bool done = (install_warning_handler(), true);
  (void)done;
}

// Runs `body`; on any C++ exception stores its message and returns `failure`.
template <typename F, typename R>
inline auto guard(R failure, F&& body) noexcept -> R {
  try {
    ensure_thread_setup();
    return body();
  } catch (const c10::IndexError& e) {
    set_error(e.what_without_backtrace(), kIndexError);
  } catch (const c10::ValueError& e) {
    set_error(e.what_without_backtrace(), kValueError);
  } catch (const c10::TypeError& e) {
    set_error(e.what_without_backtrace(), kTypeError);
  } catch (const c10::NotImplementedError& e) {
    set_error(e.what_without_backtrace(), kNotImplementedError);
  } catch (const c10::LinAlgError& e) {
    set_error(e.what_without_backtrace(), kLinAlgError);
  } catch (const c10::Error& e) {
    set_error(e.what_without_backtrace());
  } catch (const std::exception& e) {
    set_error(e.what());
  } catch (...) {
    set_error("unknown C++ exception in the TorchInterop native shim");
  }
  return failure;
}

// The generator Python's generator=None means on the calling thread. PyTorch's DataLoader workers are processes,
// each with a default generator of its own; ours are threads, so a worker thread sets its own here
// (ti_generator_set_thread_default) and every op called with generator=None on that thread draws from it.
// nullopt: LibTorch's global default generator.
c10::optional<at::Generator> thread_generator();

// The thread's own default generator if it has one, else LibTorch's global default (what torch.manual_seed seeds).
at::Generator default_generator();

// A borrowed view of a caller's handle: no reference count traffic.
class Borrowed {
 public:
  explicit Borrowed(ti_tensor handle)
      : tensor_(c10::intrusive_ptr<c10::TensorImpl, c10::UndefinedTensorImpl>::reclaim(
            handle ? static_cast<c10::TensorImpl*>(handle) : c10::UndefinedTensorImpl::singleton())) {}
  ~Borrowed() { tensor_.unsafeReleaseTensorImpl(); }
  Borrowed(const Borrowed&) = delete;
  Borrowed& operator=(const Borrowed&) = delete;
  const at::Tensor& operator*() const { return tensor_; }
  const at::Tensor* operator->() const { return &tensor_; }

 private:
  at::Tensor tensor_;
};

// Hands ownership of a tensor to the caller.
inline ti_tensor give(at::Tensor tensor) {
  if (!tensor.defined()) return nullptr;
  live_tensors.fetch_add(1, std::memory_order_relaxed);
  live_bytes.fetch_add(estimated_bytes(tensor.unsafeGetTensorImpl()), std::memory_order_relaxed);
  return tensor.unsafeReleaseTensorImpl();
}

// Takes ownership of a handle .NET handed over (a callback's result); null gives an undefined tensor.
inline at::Tensor take(ti_tensor handle) {
  if (!handle) return at::Tensor();
  at::Tensor result(c10::intrusive_ptr<c10::TensorImpl, c10::UndefinedTensorImpl>::reclaim(static_cast<c10::TensorImpl*>(handle)));
  live_tensors.fetch_sub(1, std::memory_order_relaxed);
  live_bytes.fetch_sub(estimated_bytes(result.unsafeGetTensorImpl()), std::memory_order_relaxed);
  return result;
}

inline std::vector<at::Tensor> borrow_list(const ti_tensor* handles, int32_t n) {
  std::vector<at::Tensor> list;
  list.reserve(n > 0 ? n : 0);
  for (int32_t i = 0; i < n; ++i) list.push_back(*Borrowed(handles ? handles[i] : nullptr));
  return list;
}

inline c10::Scalar to_scalar(ti_scalar s) {
  switch (s.kind) {
    case 1: return c10::Scalar(s.i);
    case 2: return c10::Scalar(s.i != 0);
    default: return c10::Scalar(s.d);
  }
}

inline ti_scalar from_scalar(const c10::Scalar& s) {
  ti_scalar out{0.0, 0, 0};
  if (s.isBoolean()) {
    out.kind = 2;
    out.i = s.toBool() ? 1 : 0;
  } else if (s.isIntegral(false)) {
    out.kind = 1;
    out.i = s.toLong();
  } else {
    out.d = s.toDouble();
  }
  return out;
}

// Python binds a number passed for a Tensor parameter as a "wrapped number".
inline at::Tensor wrapped(ti_scalar s) { return at::native::wrapped_scalar_tensor(to_scalar(s)); }

// Numbers from the caller are checked before they become enums: an unknown dtype would be undefined behaviour.
inline at::ScalarType scalar_type(int32_t dtype) {
  TORCH_CHECK_VALUE(dtype >= 0 && dtype < static_cast<int32_t>(at::ScalarType::NumOptions) &&
                        dtype != static_cast<int32_t>(at::ScalarType::Undefined),
                    "unknown dtype number ", dtype);
  return static_cast<at::ScalarType>(dtype);
}

inline c10::DeviceType device_type(int32_t type) {
  TORCH_CHECK_VALUE(type >= 0 && type < static_cast<int32_t>(c10::DeviceType::COMPILE_TIME_MAX_DEVICE_TYPES),
                    "unknown device type number ", type);
  return static_cast<c10::DeviceType>(type);
}

inline at::TensorOptions options(int32_t dtype, int32_t device_type, int32_t device_index) {
  at::TensorOptions o;
  if (dtype >= 0) o = o.dtype(scalar_type(dtype));
  TORCH_CHECK_VALUE(device_index >= -1 && device_index < 128, "invalid device index ", device_index);
  o = o.device(at::Device(ti::device_type(device_type), static_cast<c10::DeviceIndex>(device_index)));
  return o;
}

inline at::IntArrayRef dims(const int64_t* data, int32_t n) { return at::IntArrayRef(data, n > 0 ? n : 0); }

inline c10::optional<at::ScalarType> optional_dtype(int32_t dtype) {
  if (dtype < 0) return c10::nullopt;
  return scalar_type(dtype);
}

// Factories with requires_grad=True use autograd's own check, whose text matches Python's factories.
inline ti_tensor give_created(at::Tensor t, int32_t requires_grad) {
  if (requires_grad) t.set_requires_grad(true);
  return give(std::move(t));
}

}  // namespace ti
