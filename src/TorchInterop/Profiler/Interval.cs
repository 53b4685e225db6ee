namespace TorchInterop.Profiler;

/// <summary>An event's time span in microseconds from the trace's start (Python's <c>profiler_util.Interval</c>).</summary>
/// <param name="Start">When the event began.</param>
/// <param name="End">When it ended.</param>
public readonly record struct Interval(double Start, double End)
{
    /// <summary>The span's length (Python's <c>elapsed_us()</c>).</summary>
    public double ElapsedUs() => End - Start;
}
