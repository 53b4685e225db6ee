// DistributedDataParallel's engine: LibTorch's c10d::Reducer and the c10d helpers Python's DDP calls at
// construction (torch/nn/parallel/distributed.py; the bindings are in torch/csrc/distributed/c10d/init.cpp).
// The Reducer registers its own hooks on the parameters' grad accumulators and all-reduces each bucket through the
// group as soon as its gradients are ready; finalize_backward (queued on the autograd engine) waits for them, so a
// peer that fails mid-backward surfaces as an exception out of backward, within the group's timeout.
#include <atomic>
#include <limits>
#include <memory>
#include <unordered_map>
#include <vector>

#include <torch/csrc/autograd/engine.h>
#include <torch/csrc/autograd/function_hook.h>
#include <torch/csrc/distributed/c10d/comm.hpp>
#include <torch/csrc/distributed/c10d/reducer.hpp>

#include "distributed_handles.h"
#include "ti_distributed_reducer.h"

using ti::distributed::guard;

namespace {

using GroupPtr = c10::intrusive_ptr<c10d::ProcessGroup>;

struct ReducerHandle {
  GroupPtr group;
  std::shared_ptr<c10d::Reducer> reducer;
  int32_t initial_buckets = 0;
};

const GroupPtr& ddp_group_of(ti_ddp_group g) { return ti::distributed::handle_ref<c10d::ProcessGroup>(g, "DDP group"); }

ReducerHandle& reducer_of(ti_reducer r) {
  TORCH_CHECK(r != nullptr, "null reducer handle");
  return *static_cast<ReducerHandle*>(r);
}

// Python's _DDPSink in a static graph's first iteration: the hooks do not reduce then, so once backward reaches the
// outputs, delay_all_reduce is queued to reduce every bucket after the graph has run.
class QueueDelayedAllReduce : public torch::autograd::FunctionPreHook {
 public:
  QueueDelayedAllReduce(std::weak_ptr<c10d::Reducer> reducer, std::shared_ptr<std::atomic<bool>> queued)
      : reducer_(std::move(reducer)), queued_(std::move(queued)) {}

  torch::autograd::variable_list operator()(const torch::autograd::variable_list& grads) override {
    if (!queued_->exchange(true)) {
      if (auto reducer = reducer_.lock()) {
        torch::autograd::Engine::get_default_engine().queue_callback([reducer] { reducer->delay_all_reduce(); });
      }
    }
    return grads;
  }

 private:
  std::weak_ptr<c10d::Reducer> reducer_;
  std::shared_ptr<std::atomic<bool>> queued_;
};

}  // namespace

extern "C" {

TI_API int64_t ti_ddp_default_first_bucket_bytes(void) { return c10d::kDefaultFirstBucketBytes; }

TI_API ti_ddp_group ti_ddp_group_new(ti_process_group group, ti_store store) {
  return guard(ti_ddp_group{nullptr}, [&] {
    const auto& gloo = ti::distributed::group_of(group);
#if TORCH_VERSION_MAJOR >= 2
    // 2.x: Gloo is a c10d::Backend; the Reducer takes a ProcessGroup that dispatches CPU tensors to it, built the
    // way Python's _new_process_group_helper does.
    const auto& s = ti::distributed::store_of(store);
    auto wrapper = c10::make_intrusive<c10d::ProcessGroup>(s, gloo->getRank(), gloo->getSize());
    wrapper->setBackend(c10::DeviceType::CPU, c10d::ProcessGroup::BackendType::GLOO, gloo);
    wrapper->setDefaultBackend(c10d::ProcessGroup::BackendType::GLOO);
    return ti::distributed::give_handle<c10d::ProcessGroup>(std::move(wrapper));
#else
    return ti::distributed::give_handle<c10d::ProcessGroup>(GroupPtr(gloo));
#endif
  });
}

TI_API void ti_ddp_group_free(ti_ddp_group group) { ti::distributed::free_handle<c10d::ProcessGroup>(group); }

TI_API int32_t ti_ddp_verify_params(ti_ddp_group group, const ti_tensor* params, int32_t n) {
  return guard(TI_ERROR, [&] {
    auto list = ti::borrow_list(params, n);
    c10d::verify_params_across_processes(ddp_group_of(group), list, {});
    return TI_OK;
  });
}

TI_API int32_t ti_ddp_broadcast_coalesced(ti_ddp_group group, const ti_tensor* tensors, int32_t n, int64_t buffer_size,
                                          int32_t root) {
  return guard(TI_ERROR, [&] {
    TORCH_CHECK_VALUE(buffer_size > 0, "broadcast bucket size must be positive, got ", buffer_size);
    auto list = ti::borrow_list(tensors, n);
    c10d::broadcast_coalesced(ddp_group_of(group), list, static_cast<size_t>(buffer_size), root);
    return TI_OK;
  });
}

TI_API ti_reducer ti_reducer_new(ti_ddp_group group, const ti_tensor* params, int32_t n, const int64_t* bucket_size_limits,
                                 int32_t n_limits, int64_t bucket_bytes_cap, int64_t first_bucket_bytes_cap,
                                 int32_t find_unused_parameters, int32_t gradient_as_bucket_view) {
  return guard(ti_reducer{nullptr}, [&] {
    const auto& pg = ddp_group_of(group);
    auto list = ti::borrow_list(params, n);
    std::vector<size_t> limits;
    for (int32_t i = 0; i < n_limits; ++i) {
      limits.push_back(bucket_size_limits[i] < 0 ? std::numeric_limits<size_t>::max()
                                                 : static_cast<size_t>(bucket_size_limits[i]));
    }
    std::vector<bool> expect_sparse(list.size(), false);
    auto [indices, per_bucket_limits] = c10d::compute_bucket_assignment_by_size(list, limits, expect_sparse);
    // Python's DDP reverses both: gradients come roughly in the reverse order of the parameters.
    std::vector<std::vector<size_t>> reversed_indices(indices.rbegin(), indices.rend());
    std::vector<size_t> reversed_limits(per_bucket_limits.rbegin(), per_bucket_limits.rend());
    std::unordered_map<size_t, std::string> names;
    auto handle = std::make_unique<ReducerHandle>();
    handle->group = pg;
    handle->initial_buckets = static_cast<int32_t>(reversed_indices.size());
#if TORCH_VERSION_MAJOR >= 2
    (void)reversed_limits;
    handle->reducer = std::make_shared<c10d::Reducer>(
        std::move(list), std::move(reversed_indices), pg, std::move(expect_sparse), bucket_bytes_cap,
        find_unused_parameters != 0, gradient_as_bucket_view != 0, std::move(names), first_bucket_bytes_cap,
        /*skip_all_reduce_unused_params=*/false, /*use_python_reducer=*/false, std::vector<int64_t>{});
#else
    handle->reducer = std::make_shared<c10d::Reducer>(
        std::move(list), std::move(reversed_indices), std::move(reversed_limits), pg, std::move(expect_sparse),
        bucket_bytes_cap, find_unused_parameters != 0, gradient_as_bucket_view != 0, std::move(names),
        first_bucket_bytes_cap);
#endif
    ti::distributed::live_handles.fetch_add(1, std::memory_order_relaxed);
    return static_cast<ti_reducer>(handle.release());
  });
}

TI_API void ti_reducer_free(ti_reducer reducer) {
  if (!reducer) return;
  // ~Reducer is noexcept(false): it must not unwind through the C ABI.
  guard(TI_ERROR, [&] {
    std::unique_ptr<ReducerHandle> owned(static_cast<ReducerHandle*>(reducer));
    ti::distributed::live_handles.fetch_sub(1, std::memory_order_relaxed);
    owned.reset();
    return TI_OK;
  });
}

TI_API int32_t ti_reducer_initial_bucket_count(ti_reducer reducer) {
  return guard(TI_ERROR, [&] { return reducer_of(reducer).initial_buckets; });
}

TI_API int32_t ti_reducer_prepare_for_forward(ti_reducer reducer) {
  return guard(TI_ERROR, [&] {
    reducer_of(reducer).reducer->prepare_for_forward();
    return TI_OK;
  });
}

TI_API int32_t ti_reducer_rebuild_buckets(ti_reducer reducer) {
  return guard(TI_ERROR, [&] { return reducer_of(reducer).reducer->rebuild_buckets() ? 1 : 0; });
}

TI_API int32_t ti_reducer_prepare_for_backward(ti_reducer reducer, const ti_tensor* outputs, int32_t n) {
  return guard(TI_ERROR, [&] {
    auto list = ti::borrow_list(outputs, n);
    reducer_of(reducer).reducer->prepare_for_backward(list);
    return TI_OK;
  });
}

TI_API int32_t ti_reducer_set_static_graph(ti_reducer reducer) {
  return guard(TI_ERROR, [&] {
    reducer_of(reducer).reducer->set_static_graph();
    return TI_OK;
  });
}

TI_API int32_t ti_reducer_delay_all_reduce_on_backward(ti_reducer reducer, const ti_tensor* outputs, int32_t n) {
  return guard(TI_ERROR, [&] {
    auto& handle = reducer_of(reducer);
    auto queued = std::make_shared<std::atomic<bool>>(false);
    for (const auto& output : ti::borrow_list(outputs, n)) {
      if (!output.defined() || !output.grad_fn()) continue;
      output.grad_fn()->add_pre_hook(
          std::make_unique<QueueDelayedAllReduce>(std::weak_ptr<c10d::Reducer>(handle.reducer), queued));
    }
    return TI_OK;
  });
}

}  // extern "C"
