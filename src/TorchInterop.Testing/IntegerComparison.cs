namespace TorchInterop.Testing;

/// <summary>
/// Closeness of integer and bool values, compared in int64 as PyTorch 1.13 promotes them, with PyTorch's arithmetic:
/// int64 differences wrap around, and tolerances and relative differences are float32 (the default dtype that
/// int64 tensors meet double scalars and true division in).
/// </summary>
internal static class IntegerComparison
{
    /// <summary><c>torch.isclose</c> for one pair of int64 values.</summary>
    public static bool IsClose(long actual, long expected, double rtol, double atol)
    {
        if (actual == expected) return true;
        if (rtol == 0 && atol == 0) return false;
        float allowed = (float)atol + MathF.Abs((float)rtol * expected);
        return (float)WrappingAbsDifference(actual, expected) <= allowed;
    }

    /// <summary>PyTorch's message for the values that are not close, or null when all are.</summary>
    public static string? FindMismatch(long[] actual, long[] expected, long[] shape, double rtol, double atol)
    {
        var mismatches = new bool[actual.Length];
        long mismatched = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            mismatches[i] = !IsClose(actual[i], expected[i], rtol, atol);
            if (mismatches[i]) mismatched++;
        }
        if (mismatched == 0) return null;

        if (shape.Length == 0)
        {
            // A 0-dim tensor's values are compared as Python ints, which never overflow.
            var (difference, relative) = ScalarDifferences.OfInts(actual[0], expected[0]);
            return MismatchMessage.ForScalars(difference, relative, rtol, atol);
        }

        var absolute = new long[actual.Length];
        var relativeDiffs = new float[actual.Length];
        for (int i = 0; i < actual.Length; i++)
        {
            if (!mismatches[i]) continue;
            absolute[i] = WrappingAbsDifference(actual[i], expected[i]);
            relativeDiffs[i] = (float)absolute[i] / (float)WrappingAbs(expected[i]);
        }
        int absIndex = GreatestDifference.IndexOf<long>(absolute);
        int relIndex = GreatestDifference.IndexOf<float>(relativeDiffs);
        return MismatchMessage.ForTensors(mismatched, actual.Length,
            new Difference(PythonText.Int(absolute[absIndex]), GreatestDifference.Unravel(absIndex, shape)),
            new Difference(PythonText.Float(relativeDiffs[relIndex]), GreatestDifference.Unravel(relIndex, shape)),
            rtol, atol);
    }

    // torch.abs(a - b) on int64: both the subtraction and the negation of long.MinValue wrap.
    private static long WrappingAbsDifference(long a, long b) => WrappingAbs(unchecked(a - b));

    private static long WrappingAbs(long value) => value < 0 ? unchecked(-value) : value;
}
