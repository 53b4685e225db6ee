/* TorchInterop native shim: torch.distributed over LibTorch's own c10d (stores, ProcessGroupGloo, Work). Nothing
 * here communicates by itself: every byte goes through c10d::TCPStore/FileStore/HashStore/PrefixStore and Gloo.
 * Conventions as in torchinterop.h; timeouts are in milliseconds, and -1 means "the object's own default".
 * The ABI is the same for LibTorch 1.x and 2.x. */
#ifndef TI_DISTRIBUTED_H
#define TI_DISTRIBUTED_H

#include "torchinterop.h"

#ifdef __cplusplus
extern "C" {
#endif

/* An owned reference to a c10d::Store. */
typedef void* ti_store;
/* An owned reference to a c10d::ProcessGroupGloo (in 1.x a c10d::ProcessGroup, in 2.x a c10d::Backend), so that
 * DDP's c10d::Reducer can later be given the same object. */
typedef void* ti_process_group;
/* An owned reference to a c10d::Work (one collective or point-to-point operation in flight). */
typedef void* ti_work;

/* 1 when this LibTorch has c10d with Gloo. */
TI_API int32_t ti_distributed_is_available(void);
/* Stores, process groups and works alive now (for leak checks). */
TI_API int64_t ti_distributed_live_handles(void);

/* ---- stores ---- */
/* c10d::TCPStore: the server when is_master (port 0 picks a free one), else a client that connects to host:port.
 * world_size -1 = unknown; wait_for_workers makes the server wait for world_size clients. */
TI_API ti_store ti_store_tcp_new(const char* host, int32_t port, int32_t world_size, int32_t is_master,
                                 int64_t timeout_ms, int32_t wait_for_workers, int32_t multi_tenant, int32_t use_libuv);
/* The port a TCPStore listens on or connects to; -1 for another store. */
TI_API int32_t ti_store_tcp_port(ti_store store);
TI_API ti_store ti_store_file_new(const char* path, int32_t world_size);
TI_API ti_store ti_store_hash_new(void);
/* A store that prefixes every key with `prefix` + "/" and forwards to `inner` (which it keeps alive). */
TI_API ti_store ti_store_prefix_new(const char* prefix, ti_store inner);
TI_API void ti_store_free(ti_store store);

TI_API int32_t ti_store_set(ti_store store, const char* key, const uint8_t* value, int64_t length);
/* The value of `key` (waiting for it up to the store's timeout) in a buffer the caller releases with
 * ti_distributed_buffer_free; returns its length, or -1. */
TI_API int64_t ti_store_get(ti_store store, const char* key, uint8_t** value);
/* compare_set: sets `desired` if the value equals `expected` (or the key is missing and expected is empty); gives
 * the value now stored, like ti_store_get. */
TI_API int64_t ti_store_compare_set(ti_store store, const char* key, const uint8_t* expected, int64_t expected_length,
                                    const uint8_t* desired, int64_t desired_length, uint8_t** value);
TI_API void ti_distributed_buffer_free(uint8_t* buffer);
/* Adds `amount` to the counter at `key` and writes the new value to *result. */
TI_API int32_t ti_store_add(ti_store store, const char* key, int64_t amount, int64_t* result);
/* Waits until every key exists; timeout_ms -1 = the store's timeout. */
TI_API int32_t ti_store_wait(ti_store store, const char* const* keys, int32_t n, int64_t timeout_ms);
/* 1 when every key exists, 0 if not, -1 on error. */
TI_API int32_t ti_store_check(ti_store store, const char* const* keys, int32_t n);
/* 1 when the key existed and was deleted, 0 if not, -1 on error. */
TI_API int32_t ti_store_delete_key(ti_store store, const char* key);
TI_API int64_t ti_store_num_keys(ti_store store);
TI_API int32_t ti_store_set_timeout(ti_store store, int64_t timeout_ms);
TI_API int64_t ti_store_get_timeout(ti_store store);

/* ---- process groups ---- */
/* c10d::ProcessGroupGloo over `store` (kept alive by the group). hostname NULL: Gloo's default device (or the
 * interfaces in GLOO_SOCKET_IFNAME), as PyTorch's Python binding chooses; else a device bound to that address. */
TI_API ti_process_group ti_process_group_gloo_new(ti_store store, int32_t rank, int32_t size, int64_t timeout_ms,
                                                  const char* hostname);
TI_API void ti_process_group_free(ti_process_group group);
TI_API int32_t ti_process_group_rank(ti_process_group group);
TI_API int32_t ti_process_group_size(ti_process_group group);
/* The group's backend name ("gloo"), owned by the shim (static). */
TI_API const char* ti_process_group_backend_name(ti_process_group group);
/* Agrees on a sequence number across the group through its store, as PyTorch 1.x does after creating a group. */
TI_API int32_t ti_process_group_set_sequence_number(ti_process_group group);
TI_API int64_t ti_process_group_get_sequence_number(ti_process_group group);

/* ---- collectives (reduce_op: c10d::ReduceOp::RedOpType, SUM 0, AVG 1, PRODUCT 2, MIN 3, MAX 4, BAND 5, BOR 6,
 * BXOR 7; timeout_ms -1 = the group's). Each returns a Work, or NULL with the error set. ---- */
TI_API ti_work ti_pg_allreduce(ti_process_group group, const ti_tensor* tensors, int32_t n, int32_t reduce_op,
                               int64_t timeout_ms);
TI_API ti_work ti_pg_broadcast(ti_process_group group, const ti_tensor* tensors, int32_t n, int64_t root_rank,
                               int64_t timeout_ms);
TI_API ti_work ti_pg_reduce(ti_process_group group, ti_tensor tensor, int64_t root_rank, int32_t reduce_op,
                            int64_t timeout_ms);
/* outputs: one tensor per rank, receiving each rank's input. */
TI_API ti_work ti_pg_allgather(ti_process_group group, const ti_tensor* outputs, int32_t n_outputs, ti_tensor input,
                               int64_t timeout_ms);
/* output: the inputs of all ranks concatenated along dim 0 (all_gather_into_tensor / _all_gather_base). */
TI_API ti_work ti_pg_allgather_base(ti_process_group group, ti_tensor output, ti_tensor input, int64_t timeout_ms);
/* outputs: one per rank on the root, none (n_outputs 0) elsewhere. */
TI_API ti_work ti_pg_gather(ti_process_group group, const ti_tensor* outputs, int32_t n_outputs, ti_tensor input,
                            int64_t root_rank, int64_t timeout_ms);
/* inputs: one per rank on the root, none (n_inputs 0) elsewhere. */
TI_API ti_work ti_pg_scatter(ti_process_group group, ti_tensor output, const ti_tensor* inputs, int32_t n_inputs,
                             int64_t root_rank, int64_t timeout_ms);
TI_API ti_work ti_pg_reduce_scatter(ti_process_group group, ti_tensor output, const ti_tensor* inputs, int32_t n_inputs,
                                    int32_t reduce_op, int64_t timeout_ms);
/* all_to_all_single: split sizes along dim 0 (n 0 = equal splits). */
TI_API ti_work ti_pg_alltoall_base(ti_process_group group, ti_tensor output, ti_tensor input,
                                   const int64_t* output_splits, int32_t n_output_splits, const int64_t* input_splits,
                                   int32_t n_input_splits, int64_t timeout_ms);
TI_API ti_work ti_pg_alltoall(ti_process_group group, const ti_tensor* outputs, int32_t n_outputs,
                              const ti_tensor* inputs, int32_t n_inputs, int64_t timeout_ms);
TI_API ti_work ti_pg_barrier(ti_process_group group, int64_t timeout_ms);
/* Blocks rank 0 until every rank has checked in; reports the rank(s) that did not. */
TI_API int32_t ti_pg_monitored_barrier(ti_process_group group, int64_t timeout_ms, int32_t wait_all_ranks);
TI_API ti_work ti_pg_send(ti_process_group group, const ti_tensor* tensors, int32_t n, int32_t dst_rank, int32_t tag);
TI_API ti_work ti_pg_recv(ti_process_group group, const ti_tensor* tensors, int32_t n, int32_t src_rank, int32_t tag);
TI_API ti_work ti_pg_recv_anysource(ti_process_group group, const ti_tensor* tensors, int32_t n, int32_t tag);

/* ---- works ---- */
TI_API void ti_work_free(ti_work work);
/* Waits for completion; timeout_ms -1 = no limit beyond the operation's own timeout. Returns 1, or -1 with the
 * operation's error (a timeout, a peer that closed its connection, ...) set. */
TI_API int32_t ti_work_wait(ti_work work, int64_t timeout_ms);
/* 1 / 0, or -1 on error. */
TI_API int32_t ti_work_is_completed(ti_work work);
TI_API int32_t ti_work_is_success(ti_work work);
/* 0 when the work has no exception; -1 with the exception's message set when it has one. */
TI_API int32_t ti_work_exception(ti_work work);
/* The rank a recv_anysource received from. */
TI_API int32_t ti_work_source_rank(ti_work work);

#ifdef __cplusplus
}
#endif

#endif
