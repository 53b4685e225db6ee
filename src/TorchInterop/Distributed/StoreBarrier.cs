using System.Diagnostics;

namespace TorchInterop.Distributed;

/// <summary>
/// Python's <c>_store_based_barrier</c>: after creating a group every rank adds 1 to a counter in the store and waits
/// until it reaches the world size, so that Python ranks and .NET ranks of one job leave group creation together.
/// </summary>
internal static class StoreBarrier
{
    internal static void Wait(Store store, string key, int rank, int worldSize, TimeSpan timeout, bool lastWorkerKey)
    {
        store.Add(key, 1);
        long workers = store.Add(key, 0);
        var clock = Stopwatch.StartNew();
        if (lastWorkerKey)
        {
            // 2.x: the last rank to arrive sets "<key>:last_worker", the others wait for that key.
            string last = key + ":last_worker";
            if (workers == worldSize) store.Set(last, "1");
            while (true)
            {
                try
                {
                    store.Wait([last], TimeSpan.FromSeconds(10));
                    return;
                }
                catch (TorchException)
                {
                    workers = store.Add(key, 0);
                    if (clock.Elapsed > timeout) throw TimedOut(rank, key, worldSize, workers, timeout);
                }
            }
        }
        while (workers != worldSize)
        {
            Thread.Sleep(10);
            workers = store.Add(key, 0);
            if (clock.Elapsed > timeout) throw TimedOut(rank, key, worldSize, workers, timeout);
        }
    }

    private static TorchException TimedOut(int rank, string key, int worldSize, long workers, TimeSpan timeout) => new(
        $"Timed out initializing process group in store based barrier on rank: {rank}, for key: {key} " +
        $"(world_size={worldSize}, worker_count={workers}, timeout={PythonTimedelta(timeout)})");

    // str(datetime.timedelta): "0:00:05", "1 day, 2:03:04", "0:00:01.500000".
    internal static string PythonTimedelta(TimeSpan t)
    {
        string clock = $"{(int)t.Hours}:{t.Minutes:00}:{t.Seconds:00}";
        long micro = t.Ticks % TimeSpan.TicksPerSecond / 10;
        if (micro != 0) clock += $".{micro:000000}";
        return t.Days switch { 0 => clock, 1 => $"1 day, {clock}", _ => $"{t.Days} days, {clock}" };
    }
}
