using System.Globalization;
using TorchInterop.Formatting;

namespace TorchInterop.Profiler;

/// <summary>
/// The texts of torch/autograd/profiler_util.py: <c>_format_time</c>, <c>_format_time_share</c>,
/// <c>_format_memory</c> and Python's <c>str()</c> of input shapes, rounded as Python rounds (half to even on the
/// double's exact value).
/// </summary>
internal static class ProfilerFormat
{
    private const double MicrosecondsPerSecond = 1000.0 * 1000.0;
    private const double MicrosecondsPerMillisecond = 1000.0;

    /// <summary><c>_format_time</c>: <c>1.234s</c>, <c>5.600ms</c> or <c>12.000us</c>.</summary>
    public static string Time(double microseconds)
    {
        if (microseconds >= MicrosecondsPerSecond) return PythonNumberFormat.Fixed(microseconds / MicrosecondsPerSecond, 3) + "s";
        if (microseconds >= MicrosecondsPerMillisecond) return PythonNumberFormat.Fixed(microseconds / MicrosecondsPerMillisecond, 3) + "ms";
        return PythonNumberFormat.Fixed(microseconds, 3) + "us";
    }

    /// <summary><c>_format_time_share</c>: <c>12.34%</c>, or <c>NaN</c> when the total is zero.</summary>
    public static string TimeShare(double microseconds, double totalMicroseconds)
    {
        if (totalMicroseconds == 0)
        {
            if (microseconds != 0) throw new TorchException($"Expected time_us == 0 but got {PythonNumberFormat.Repr(microseconds)}", TorchErrorKind.AssertionError);
            return "NaN";
        }
        return PythonNumberFormat.Fixed(microseconds * 100.0 / totalMicroseconds, 2) + "%";
    }

    /// <summary><c>_format_memory</c>: <c>1.50 Mb</c> in 1.x, <c>1.50 MB</c> in 2.x; bytes as a whole number.</summary>
    public static string Memory(long bytes)
    {
        const double KB = 1024, MB = 1024 * KB, GB = 1024 * MB;
        double size = Math.Abs((double)bytes);
#if LIBTORCH_2
        const string Gb = " GB", Mb = " MB", Kb = " KB", B = " B";
#else
        const string Gb = " Gb", Mb = " Mb", Kb = " Kb", B = " b";
#endif
        if (size >= GB) return PythonNumberFormat.Fixed(bytes / GB, 2) + Gb;
        if (size >= MB) return PythonNumberFormat.Fixed(bytes / MB, 2) + Mb;
        if (size >= KB) return PythonNumberFormat.Fixed(bytes / KB, 2) + Kb;
        return bytes.ToString(CultureInfo.InvariantCulture) + B;
    }

    /// <summary>Python's <c>str()</c> of a list of shapes: <c>[[3, 4], [], [5]]</c>.</summary>
    public static string Shapes(IReadOnlyList<IReadOnlyList<long>> shapes) =>
        "[" + string.Join(", ", shapes.Select(s => "[" + string.Join(", ", s.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]")) + "]";

    /// <summary>A time as Python prints the number: 1.x keeps whole microseconds (ints), 2.x floats.</summary>
    public static string Number(double microseconds)
    {
#if LIBTORCH_2
        return PythonNumberFormat.Repr(microseconds);
#else
        return ((long)microseconds).ToString(CultureInfo.InvariantCulture);
#endif
    }

    /// <summary>Python's <c>True</c>/<c>False</c>.</summary>
    public static string Bool(bool value) => value ? "True" : "False";
}
