namespace TorchInterop.Native;

/// <summary>
/// Decides when to collect undisposed tensors. The GC sees a tensor as a 56-byte object and would let hundreds of
/// thousands of them (and their native memory) pile up between collections; freeing them then runs cold through
/// the native allocator and the caches. So every few dozen creations we look at the live native handles: when
/// their number grew by more than <see cref="HandleBudget"/> or their bytes by more than <see cref="ByteBudget"/>,
/// we collect, let the finalizers queue the dead handles and free them at once, on this thread, while the memory
/// is still warm. A collection that frees little means the tensors are really alive or outlived the youngest
/// generation: the next collection looks one generation older, and past the oldest the budgets grow, so code
/// that keeps many tensors does not pay for useless collections.
/// </summary>
internal static class CollectionPolicy
{
    private const int CheckInterval = 64;
    private const int MaxBudgetGrowth = 64;

    [ThreadStatic] private static int t_creations;

    private static readonly Lock s_gate = new();
    private static long s_handleThreshold = -1;
    private static long s_byteThreshold = -1;
    private static int s_generation;
    private static int s_growth = 1;

    /// <summary>Undisposed handles that may accumulate before a collection (scaled up while collections find little).</summary>
    public static long HandleBudget { get; set; } = 512;

    /// <summary>Native bytes that may accumulate in undisposed tensors before a collection.</summary>
    public static long ByteBudget { get; set; } = 64L << 20;

    /// <summary>Called for every tensor created.</summary>
    public static void OnCreated()
    {
        if (++t_creations < CheckInterval) return;
        t_creations = 0;
        long handles = NativeMethods.ti_live_tensors();
        long bytes = NativeMethods.ti_live_bytes();
        if (handles > Volatile.Read(ref s_handleThreshold) || bytes > Volatile.Read(ref s_byteThreshold)
            || handles + HandleBudget * s_growth < s_handleThreshold)
            Adjust(handles, bytes);
    }

    private static void Adjust(long handles, long bytes)
    {
        lock (s_gate)
        {
            bool initialized = s_handleThreshold >= 0;
            if (initialized && (handles > s_handleThreshold || bytes > s_byteThreshold))
            {
                GC.Collect(s_generation, GCCollectionMode.Forced, blocking: true);
                GC.WaitForPendingFinalizers();
                PendingFrees.Drain();
                long handlesAfter = NativeMethods.ti_live_tensors();
                long bytesAfter = NativeMethods.ti_live_bytes();
                bool effective = handlesAfter < handles - HandleBudget * s_growth / 2 || bytesAfter < bytes - ByteBudget / 2;
                if (effective)
                {
                    s_generation = 0;
                    s_growth = 1;
                }
                else if (s_generation < GC.MaxGeneration) s_generation++;
                else s_growth = Math.Min(MaxBudgetGrowth, s_growth * 2);
                (handles, bytes) = (handlesAfter, bytesAfter);
            }
            // Measured from where we are now, following the live counts down as well as up.
            Volatile.Write(ref s_handleThreshold, handles + HandleBudget * s_growth);
            Volatile.Write(ref s_byteThreshold, bytes + ByteBudget * s_growth);
        }
    }
}
