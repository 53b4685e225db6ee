using System.Collections.Concurrent;

namespace TorchInterop.Native;

/// <summary>
/// Handles of tensors that were never disposed. The finalizer thread only queues them; a thread that is
/// creating tensors anyway releases them in batches. That keeps frees off the finalizer thread, where they would
/// contend with the computing thread for reference counts and the allocator.
/// </summary>
internal static class PendingFrees
{
    private const int BatchSize = 256;
    private static readonly ConcurrentQueue<IntPtr> Queue = new();

    /// <summary>Called by finalizers: queue only, never call into LibTorch.</summary>
    public static void Enqueue(IntPtr handle) => Queue.Enqueue(handle);

    /// <summary>True when there is something to release (cheap enough for every tensor creation).</summary>
    public static bool Any => !Queue.IsEmpty;

    /// <summary>Releases every queued handle on the calling thread.</summary>
    public static unsafe void Drain()
    {
        IntPtr* batch = stackalloc IntPtr[BatchSize];
        while (true)
        {
            int n = 0;
            while (n < BatchSize && Queue.TryDequeue(out IntPtr handle)) batch[n++] = handle;
            if (n == 0) return;
            NativeMethods.ti_tensor_free_batch(batch, n);
        }
    }
}
