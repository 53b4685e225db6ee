// torch.distributed's process groups: LibTorch's c10d::ProcessGroupGloo, its collectives and point-to-point
// operations, and the c10d::Work each one returns. Python's torch/csrc/distributed/c10d/init.cpp makes the same calls.
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include "distributed_handles.h"

using ti::Borrowed;
using ti::distributed::guard;
using ti::distributed::give_handle;
using ti::distributed::group_of;
using ti::distributed::timeout_or;

namespace {

const c10::intrusive_ptr<c10d::Work>& work_of(ti_work w) { return ti::distributed::handle_ref<c10d::Work>(w, "work"); }

ti_work give_work(c10::intrusive_ptr<c10d::Work> work) { return give_handle<c10d::Work>(std::move(work)); }

std::vector<at::Tensor> tensor_list(const ti_tensor* handles, int32_t n) { return ti::borrow_list(handles, n); }

// The operation's own timeout when the caller gives none (c10d::kUnsetTimeout: the group's).
std::chrono::milliseconds op_timeout(int64_t ms) { return timeout_or(ms, c10d::kUnsetTimeout); }

c10d::ReduceOp reduce_op(int32_t op) {
  TORCH_CHECK_VALUE(op >= 0 && op <= static_cast<int32_t>(c10d::ReduceOp::BXOR), "unknown ReduceOp number ", op);
  return c10d::ReduceOp(static_cast<c10d::ReduceOp::RedOpType>(op));
}

// PyTorch's Python binding picks the devices this way: the interfaces named in GLOO_SOCKET_IFNAME, else the default.
std::vector<std::shared_ptr<::gloo::transport::Device>> gloo_devices(const char* hostname) {
  std::vector<std::shared_ptr<::gloo::transport::Device>> devices;
  if (hostname && *hostname) {
    devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname(hostname));
    return devices;
  }
  const char* interfaces = std::getenv("GLOO_SOCKET_IFNAME");
  if (interfaces && std::strlen(interfaces) > 1) {
    std::stringstream names(interfaces);
    std::string name;
    while (std::getline(names, name, ',')) {
      if (!name.empty()) devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(name));
    }
  }
  if (devices.empty()) devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
  return devices;
}

}  // namespace

extern "C" {

TI_API ti_process_group ti_process_group_gloo_new(ti_store store, int32_t rank, int32_t size, int64_t timeout_ms,
                                                  const char* hostname) {
  return guard(ti_process_group{nullptr}, [&] {
    const auto& s = ti::distributed::store_of(store);
    auto options = c10d::ProcessGroupGloo::Options::create();
    if (timeout_ms >= 0) options->timeout = std::chrono::milliseconds(timeout_ms);
    options->devices = gloo_devices(hostname);
    options->threads = static_cast<int>(options->devices.size() * 2);
    return give_handle<c10d::ProcessGroupGloo>(c10::make_intrusive<c10d::ProcessGroupGloo>(s, rank, size, options));
  });
}

TI_API void ti_process_group_free(ti_process_group group) {
  ti::distributed::free_handle<c10d::ProcessGroupGloo>(group);
}

TI_API int32_t ti_process_group_rank(ti_process_group group) {
  return guard(TI_ERROR, [&] { return static_cast<int32_t>(group_of(group)->getRank()); });
}

TI_API int32_t ti_process_group_size(ti_process_group group) {
  return guard(TI_ERROR, [&] { return static_cast<int32_t>(group_of(group)->getSize()); });
}

TI_API const char* ti_process_group_backend_name(ti_process_group group) { return c10d::GLOO_BACKEND_NAME; }

TI_API int32_t ti_process_group_set_sequence_number(ti_process_group group) {
  return guard(TI_ERROR, [&] {
    group_of(group)->setSequenceNumberForGroup();
    return TI_OK;
  });
}

TI_API int64_t ti_process_group_get_sequence_number(ti_process_group group) {
  return guard(int64_t{TI_ERROR}, [&] { return static_cast<int64_t>(group_of(group)->getSequenceNumberForGroup()); });
}

TI_API ti_work ti_pg_allreduce(ti_process_group group, const ti_tensor* tensors, int32_t n, int32_t op,
                               int64_t timeout_ms) {
  return guard(ti_work{nullptr}, [&] {
    auto list = tensor_list(tensors, n);
    c10d::AllreduceOptions options;
    options.reduceOp = reduce_op(op);
    options.timeout = op_timeout(timeout_ms);
    return give_work(group_of(group)->allreduce(list, options));
  });
}

TI_API ti_work ti_pg_broadcast(ti_process_group group, const ti_tensor* tensors, int32_t n, int64_t root_rank,
                               int64_t timeout_ms) {
  return guard(ti_work{nullptr}, [&] {
    auto list = tensor_list(tensors, n);
    c10d::BroadcastOptions options;
    options.rootRank = root_rank;
    options.timeout = op_timeout(timeout_ms);
    return give_work(group_of(group)->broadcast(list, options));
  });
}

TI_API ti_work ti_pg_reduce(ti_process_group group, ti_tensor tensor, int64_t root_rank, int32_t op,
                            int64_t timeout_ms) {
  return guard(ti_work{nullptr}, [&] {
    std::vector<at::Tensor> list{*Borrowed(tensor)};
    c10d::ReduceOptions options;
    options.reduceOp = reduce_op(op);
    options.rootRank = root_rank;
    options.timeout = op_timeout(timeout_ms);
    return give_work(group_of(group)->reduce(list, options));
  });
}

TI_API ti_work ti_pg_allgather(ti_process_group group, const ti_tensor* outputs, int32_t n_outputs, ti_tensor input,
                               int64_t timeout_ms) {
  return guard(ti_work{nullptr}, [&] {
    std::vector<std::vector<at::Tensor>> output_lists{tensor_list(outputs, n_outputs)};
    std::vector<at::Tensor> inputs{*Borrowed(input)};
    c10d::AllgatherOptions options;
    options.timeout = op_timeout(timeout_ms);
    return give_work(group_of(group)->allgather(output_lists, inputs, options));
  });
}

TI_API ti_work ti_pg_allgather_base(ti_process_group group, ti_tensor output, ti_tensor input, int64_t timeout_ms) {
  return guard(ti_work{nullptr}, [&] {
    at::Tensor out = *Borrowed(output);
    at::Tensor in = *Borrowed(input);
    c10d::AllgatherOptions options;
    options.timeout = op_timeout(timeout_ms);
    return give_work(group_of(group)->_allgather_base(out, in, options));
  });
}

TI_API ti_work ti_pg_gather(ti_process_group group, const ti_tensor* outputs, int32_t n_outputs, ti_tensor input,
                            int64_t root_rank, int64_t timeout_ms) {
  return guard(ti_work{nullptr}, [&] {
    std::vector<std::vector<at::Tensor>> output_lists;
    if (n_outputs > 0) output_lists.push_back(tensor_list(outputs, n_outputs));
    std::vector<at::Tensor> inputs{*Borrowed(input)};
    c10d::GatherOptions options;
    options.rootRank = root_rank;
    options.timeout = op_timeout(timeout_ms);
    return give_work(group_of(group)->gather(output_lists, inputs, options));
  });
}

TI_API ti_work ti_pg_scatter(ti_process_group group, ti_tensor output, const ti_tensor* inputs, int32_t n_inputs,
                             int64_t root_rank, int64_t timeout_ms) {
  return guard(ti_work{nullptr}, [&] {
    std::vector<at::Tensor> outputs{*Borrowed(output)};
    std::vector<std::vector<at::Tensor>> input_lists;
    if (n_inputs > 0) input_lists.push_back(tensor_list(inputs, n_inputs));
    c10d::ScatterOptions options;
    options.rootRank = root_rank;
    options.timeout = op_timeout(timeout_ms);
    return give_work(group_of(group)->scatter(outputs, input_lists, options));
  });
}

TI_API ti_work ti_pg_reduce_scatter(ti_process_group group, ti_tensor output, const ti_tensor* inputs, int32_t n_inputs,
                                    int32_t op, int64_t timeout_ms) {
  return guard(ti_work{nullptr}, [&] {
    std::vector<at::Tensor> outputs{*Borrowed(output)};
    std::vector<std::vector<at::Tensor>> input_lists{tensor_list(inputs, n_inputs)};
    c10d::ReduceScatterOptions options;
    options.reduceOp = reduce_op(op);
    options.timeout = op_timeout(timeout_ms);
    return give_work(group_of(group)->reduce_scatter(outputs, input_lists, options));
  });
}

TI_API ti_work ti_pg_alltoall_base(ti_process_group group, ti_tensor output, ti_tensor input,
                                   const int64_t* output_splits, int32_t n_output_splits, const int64_t* input_splits,
                                   int32_t n_input_splits, int64_t timeout_ms) {
  return guard(ti_work{nullptr}, [&] {
    at::Tensor out = *Borrowed(output);
    at::Tensor in = *Borrowed(input);
    std::vector<int64_t> out_counts(output_splits, output_splits + (n_output_splits > 0 ? n_output_splits : 0));
    std::vector<int64_t> in_counts(input_splits, input_splits + (n_input_splits > 0 ? n_input_splits : 0));
    c10d::AllToAllOptions options;
    options.timeout = op_timeout(timeout_ms);
    return give_work(group_of(group)->alltoall_base(out, in, out_counts, in_counts, options));
  });
}

TI_API ti_work ti_pg_alltoall(ti_process_group group, const ti_tensor* outputs, int32_t n_outputs,
                              const ti_tensor* inputs, int32_t n_inputs, int64_t timeout_ms) {
  return guard(ti_work{nullptr}, [&] {
    auto out = tensor_list(outputs, n_outputs);
    auto in = tensor_list(inputs, n_inputs);
    c10d::AllToAllOptions options;
    options.timeout = op_timeout(timeout_ms);
    return give_work(group_of(group)->alltoall(out, in, options));
  });
}

TI_API ti_work ti_pg_barrier(ti_process_group group, int64_t timeout_ms) {
  return guard(ti_work{nullptr}, [&] {
    c10d::BarrierOptions options;
    options.timeout = op_timeout(timeout_ms);
    return give_work(group_of(group)->barrier(options));
  });
}

TI_API int32_t ti_pg_monitored_barrier(ti_process_group group, int64_t timeout_ms, int32_t wait_all_ranks) {
  return guard(TI_ERROR, [&] {
    c10d::BarrierOptions options;
    options.timeout = op_timeout(timeout_ms);
    group_of(group)->monitoredBarrier(options, wait_all_ranks != 0);
    return TI_OK;
  });
}

TI_API ti_work ti_pg_send(ti_process_group group, const ti_tensor* tensors, int32_t n, int32_t dst_rank, int32_t tag) {
  return guard(ti_work{nullptr}, [&] {
    auto list = tensor_list(tensors, n);
    return give_work(group_of(group)->send(list, dst_rank, tag));
  });
}

TI_API ti_work ti_pg_recv(ti_process_group group, const ti_tensor* tensors, int32_t n, int32_t src_rank, int32_t tag) {
  return guard(ti_work{nullptr}, [&] {
    auto list = tensor_list(tensors, n);
    return give_work(group_of(group)->recv(list, src_rank, tag));
  });
}

TI_API ti_work ti_pg_recv_anysource(ti_process_group group, const ti_tensor* tensors, int32_t n, int32_t tag) {
  return guard(ti_work{nullptr}, [&] {
    auto list = tensor_list(tensors, n);
    return give_work(group_of(group)->recvAnysource(list, tag));
  });
}

TI_API void ti_work_free(ti_work work) { ti::distributed::free_handle<c10d::Work>(work); }

TI_API int32_t ti_work_wait(ti_work work, int64_t timeout_ms) {
  return guard(TI_ERROR, [&] {
    return work_of(work)->wait(timeout_or(timeout_ms, ::kNoTimeout)) ? 1 : 0;
  });
}

TI_API int32_t ti_work_is_completed(ti_work work) {
  return guard(TI_ERROR, [&] { return work_of(work)->isCompleted() ? 1 : 0; });
}

TI_API int32_t ti_work_is_success(ti_work work) {
  return guard(TI_ERROR, [&] { return work_of(work)->isSuccess() ? 1 : 0; });
}

TI_API int32_t ti_work_exception(ti_work work) {
  return guard(TI_ERROR, [&] {
    auto error = work_of(work)->exception();
    if (error) std::rethrow_exception(error);
    return TI_OK;
  });
}

TI_API int32_t ti_work_source_rank(ti_work work) {
  return guard(TI_ERROR, [&] { return static_cast<int32_t>(work_of(work)->sourceRank()); });
}

}  // extern "C"
