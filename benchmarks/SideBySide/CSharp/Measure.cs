using System.Diagnostics;
using System.Globalization;

namespace SideBySide;

/// <summary>What a workload reports: one number and its unit.</summary>
internal readonly record struct Result(double Value, string Unit);

internal static class Measure
{
    /// <summary>
    /// Runs <paramref name="loop"/>(n / 10) as a warm-up, then times <paramref name="loop"/>(n); returns seconds per
    /// iteration. The garbage the loop leaves is paid for inside the measured time: it starts after a full
    /// collection (so the warm-up's garbage is not billed) and ends with one, with pending finalizers run.
    /// </summary>
    public static double SecondsPerIteration(long n, Action<long> loop)
    {
        loop(Math.Max(n / 10, 1));
        CollectEverything();
        long start = Stopwatch.GetTimestamp();
        loop(n);
        CollectEverything();
        return Stopwatch.GetElapsedTime(start).TotalSeconds / n;
    }

    private static void CollectEverything()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>Resets VmHWM to the current VmRSS (Linux 4.0+), so the peak read after a loop is the loop's own.</summary>
    private static void ResetPeakRss() => File.WriteAllText("/proc/self/clear_refs", "5");

    /// <summary>A field of /proc/self/status in kB (VmRSS, VmHWM).</summary>
    public static double StatusKb(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
                return double.Parse(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        throw new InvalidOperationException($"no {field} in /proc/self/status");
    }

    /// <summary>Peak resident memory growth while <paramref name="run"/> runs, in MB (2^20 bytes).</summary>
    public static double PeakGrowthMb(Action run)
    {
        ResetPeakRss();
        double beforeKb = StatusKb("VmRSS");
        run();
        return (StatusKb("VmHWM") - beforeKb) / 1024;
    }
}
