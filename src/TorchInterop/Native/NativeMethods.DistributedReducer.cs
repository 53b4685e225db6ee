using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_distributed_reducer.h: DDP's c10d::Reducer and the c10d helpers DDP calls at construction.
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial long ti_ddp_default_first_bucket_bytes();
    [LibraryImport(Library)] internal static partial DdpGroupHandle ti_ddp_group_new(ProcessGroupHandle group, StoreHandle store);
    [LibraryImport(Library)] internal static partial void ti_ddp_group_free(IntPtr group);
    [LibraryImport(Library)] internal static partial int ti_ddp_verify_params(DdpGroupHandle group, IntPtr* parameters, int n);
    [LibraryImport(Library)] internal static partial int ti_ddp_broadcast_coalesced(DdpGroupHandle group, IntPtr* tensors, int n, long bufferSize, int root);

    [LibraryImport(Library)]
    internal static partial ReducerHandle ti_reducer_new(DdpGroupHandle group, IntPtr* parameters, int n, long* bucketSizeLimits, int nLimits,
        long bucketBytesCap, long firstBucketBytesCap, int findUnusedParameters, int gradientAsBucketView);
    [LibraryImport(Library)] internal static partial void ti_reducer_free(IntPtr reducer);
    [LibraryImport(Library)] internal static partial int ti_reducer_initial_bucket_count(ReducerHandle reducer);
    [LibraryImport(Library)] internal static partial int ti_reducer_prepare_for_forward(ReducerHandle reducer);
    [LibraryImport(Library)] internal static partial int ti_reducer_rebuild_buckets(ReducerHandle reducer);
    [LibraryImport(Library)] internal static partial int ti_reducer_prepare_for_backward(ReducerHandle reducer, IntPtr* outputs, int n);
    [LibraryImport(Library)] internal static partial int ti_reducer_set_static_graph(ReducerHandle reducer);
    [LibraryImport(Library)] internal static partial int ti_reducer_delay_all_reduce_on_backward(ReducerHandle reducer, IntPtr* outputs, int n);
}
