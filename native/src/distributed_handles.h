// Shared plumbing of the torch.distributed shim (distributed_store.cpp, distributed_process_group.cpp): the heap
// objects behind ti_store / ti_process_group / ti_work and the conversions of the C ABI's numbers.
#pragma once

#include <atomic>
#include <chrono>

#include <torch/csrc/api/include/torch/version.h>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/Store.hpp>
#include <torch/csrc/distributed/c10d/Types.hpp>
#include <torch/csrc/distributed/c10d/Work.hpp>

#include "common.h"
#include "ti_distributed.h"

namespace ti::distributed {

extern std::atomic<int64_t> live_handles;

// Each handle is one owned intrusive reference on the heap; the counter lets tests prove none leaks.
template <typename T>
inline void* give_handle(c10::intrusive_ptr<T> object) {
  live_handles.fetch_add(1, std::memory_order_relaxed);
  return new c10::intrusive_ptr<T>(std::move(object));
}

template <typename T>
inline void free_handle(void* handle) {
  if (!handle) return;
  delete static_cast<c10::intrusive_ptr<T>*>(handle);
  live_handles.fetch_sub(1, std::memory_order_relaxed);
}

template <typename T>
inline const c10::intrusive_ptr<T>& handle_ref(void* handle, const char* what) {
  TORCH_CHECK(handle != nullptr, "null ", what, " handle");
  return *static_cast<c10::intrusive_ptr<T>*>(handle);
}

inline const c10::intrusive_ptr<c10d::Store>& store_of(ti_store s) { return handle_ref<c10d::Store>(s, "store"); }
inline const c10::intrusive_ptr<c10d::ProcessGroupGloo>& group_of(ti_process_group g) {
  return handle_ref<c10d::ProcessGroupGloo>(g, "process group");
}

// ti::guard, reporting 2.x's distributed errors as their own Python classes (DistBackendError, DistStoreError,
// DistNetworkError: RuntimeErrors in Python); the numbers are TorchErrorKind's.
template <typename F, typename R>
inline auto guard(R failure, F&& body) noexcept -> R {
  return ti::guard(failure, [&]() -> R {
#if TORCH_VERSION_MAJOR >= 2
    try {
      return body();
    } catch (const c10::DistBackendError& e) {
      ti::set_error(e.what_without_backtrace(), static_cast<ti::ErrorKind>(11));
    } catch (const c10::DistStoreError& e) {
      ti::set_error(e.what_without_backtrace(), static_cast<ti::ErrorKind>(12));
    } catch (const c10::DistNetworkError& e) {
      ti::set_error(e.what_without_backtrace(), static_cast<ti::ErrorKind>(13));
    }
    return failure;
#else
    return body();
#endif
  });
}

// -1 means "unset": the object's own default.
inline std::chrono::milliseconds timeout_or(int64_t ms, std::chrono::milliseconds unset) {
  return ms < 0 ? unset : std::chrono::milliseconds(ms);
}

}  // namespace ti::distributed
