namespace TorchInterop.Tests;

/// <summary>
/// Leak checks count every native handle of the process: tensors that earlier tests left to the garbage collector
/// must be released before a count is taken, or their finalizers lower it in the middle of the check.
/// </summary>
internal static class LiveHandles
{
    /// <summary>Collects and finalizes what is unreachable, then counts the live handles.</summary>
    public static long CountAfterCollecting()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return Tensor.LiveHandleCount;
    }
}
