using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_distributed.h: c10d's stores, ProcessGroupGloo and Work (timeouts in milliseconds, -1 = default).
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial int ti_distributed_is_available();
    [LibraryImport(Library)] internal static partial long ti_distributed_live_handles();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial StoreHandle ti_store_tcp_new(string host, int port, int worldSize, int isMaster, long timeoutMs,
        int waitForWorkers, int multiTenant, int useLibuv);
    [LibraryImport(Library)] internal static partial int ti_store_tcp_port(StoreHandle store);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial StoreHandle ti_store_file_new(string path, int worldSize);
    [LibraryImport(Library)] internal static partial StoreHandle ti_store_hash_new();
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial StoreHandle ti_store_prefix_new(string prefix, StoreHandle inner);
    [LibraryImport(Library)] internal static partial void ti_store_free(IntPtr store);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ti_store_set(StoreHandle store, string key, byte* value, long length);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial long ti_store_get(StoreHandle store, string key, out IntPtr value);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial long ti_store_compare_set(StoreHandle store, string key, byte* expected, long expectedLength,
        byte* desired, long desiredLength, out IntPtr value);
    [LibraryImport(Library)] internal static partial void ti_distributed_buffer_free(IntPtr buffer);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ti_store_add(StoreHandle store, string key, long amount, out long result);
    [LibraryImport(Library)] internal static partial int ti_store_wait(StoreHandle store, IntPtr* keys, int n, long timeoutMs);
    [LibraryImport(Library)] internal static partial int ti_store_check(StoreHandle store, IntPtr* keys, int n);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ti_store_delete_key(StoreHandle store, string key);
    [LibraryImport(Library)] internal static partial long ti_store_num_keys(StoreHandle store);
    [LibraryImport(Library)] internal static partial int ti_store_set_timeout(StoreHandle store, long timeoutMs);
    [LibraryImport(Library)] internal static partial long ti_store_get_timeout(StoreHandle store);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ProcessGroupHandle ti_process_group_gloo_new(StoreHandle store, int rank, int size, long timeoutMs,
        string? hostname);
    [LibraryImport(Library)] internal static partial void ti_process_group_free(IntPtr group);
    [LibraryImport(Library)] internal static partial int ti_process_group_rank(ProcessGroupHandle group);
    [LibraryImport(Library)] internal static partial int ti_process_group_size(ProcessGroupHandle group);
    [LibraryImport(Library)] internal static partial int ti_process_group_set_sequence_number(ProcessGroupHandle group);
    [LibraryImport(Library)] internal static partial long ti_process_group_get_sequence_number(ProcessGroupHandle group);

    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_allreduce(ProcessGroupHandle group, IntPtr* tensors, int n, int op, long timeoutMs);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_broadcast(ProcessGroupHandle group, IntPtr* tensors, int n, long root, long timeoutMs);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_reduce(ProcessGroupHandle group, Tensor tensor, long root, int op, long timeoutMs);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_allgather(ProcessGroupHandle group, IntPtr* outputs, int nOutputs, Tensor input, long timeoutMs);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_allgather_base(ProcessGroupHandle group, Tensor output, Tensor input, long timeoutMs);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_gather(ProcessGroupHandle group, IntPtr* outputs, int nOutputs, Tensor input, long root, long timeoutMs);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_scatter(ProcessGroupHandle group, Tensor output, IntPtr* inputs, int nInputs, long root, long timeoutMs);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_reduce_scatter(ProcessGroupHandle group, Tensor output, IntPtr* inputs, int nInputs, int op, long timeoutMs);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_alltoall_base(ProcessGroupHandle group, Tensor output, Tensor input,
        long* outputSplits, int nOutputSplits, long* inputSplits, int nInputSplits, long timeoutMs);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_alltoall(ProcessGroupHandle group, IntPtr* outputs, int nOutputs, IntPtr* inputs, int nInputs, long timeoutMs);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_barrier(ProcessGroupHandle group, long timeoutMs);
    [LibraryImport(Library)] internal static partial int ti_pg_monitored_barrier(ProcessGroupHandle group, long timeoutMs, int waitAllRanks);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_send(ProcessGroupHandle group, IntPtr* tensors, int n, int dst, int tag);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_recv(ProcessGroupHandle group, IntPtr* tensors, int n, int src, int tag);
    [LibraryImport(Library)] internal static partial WorkHandle ti_pg_recv_anysource(ProcessGroupHandle group, IntPtr* tensors, int n, int tag);

    [LibraryImport(Library)] internal static partial void ti_work_free(IntPtr work);
    [LibraryImport(Library)] internal static partial int ti_work_wait(WorkHandle work, long timeoutMs);
    [LibraryImport(Library)] internal static partial int ti_work_is_completed(WorkHandle work);
    [LibraryImport(Library)] internal static partial int ti_work_is_success(WorkHandle work);
    [LibraryImport(Library)] internal static partial int ti_work_exception(WorkHandle work);
    [LibraryImport(Library)] internal static partial int ti_work_source_rank(WorkHandle work);
}
