namespace TorchInterop.Testing;

/// <summary>Closeness of floating-point values, compared in float64 as PyTorch 1.13 promotes them.</summary>
internal static class FloatComparison
{
    /// <summary><c>torch.isclose</c> for one pair of float64 values.</summary>
    public static bool IsClose(double actual, double expected, double rtol, double atol, bool equalNan)
    {
        if (actual == expected) return true;
        if (equalNan && double.IsNaN(actual) && double.IsNaN(expected)) return true;
        if (rtol == 0 && atol == 0) return false;
        double error = Math.Abs(actual - expected);
        return double.IsFinite(error) && error <= atol + Math.Abs(rtol * expected);
    }

    /// <summary>PyTorch's message for the values that are not close, or null when all are.</summary>
    public static string? FindMismatch(double[] actual, double[] expected, long[] shape, double rtol, double atol, bool equalNan)
    {
        var mismatches = new bool[actual.Length];
        long mismatched = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            mismatches[i] = !IsClose(actual[i], expected[i], rtol, atol, equalNan);
            if (mismatches[i]) mismatched++;
        }
        if (mismatched == 0) return null;

        if (shape.Length == 0)
        {
            var (difference, relative) = ScalarDifferences.OfFloats(actual[0], expected[0]);
            return MismatchMessage.ForScalars(difference, relative, rtol, atol);
        }

        // Elements that are close count as no difference at all.
        var absolute = new double[actual.Length];
        var relativeDiffs = new double[actual.Length];
        for (int i = 0; i < actual.Length; i++)
        {
            if (!mismatches[i]) continue;
            absolute[i] = Math.Abs(actual[i] - expected[i]);
            relativeDiffs[i] = absolute[i] / Math.Abs(expected[i]);
        }
        int absIndex = GreatestDifference.IndexOf<double>(absolute);
        int relIndex = GreatestDifference.IndexOf<double>(relativeDiffs);
        return MismatchMessage.ForTensors(mismatched, actual.Length,
            new Difference(PythonText.Float(absolute[absIndex]), GreatestDifference.Unravel(absIndex, shape)),
            new Difference(PythonText.Float(relativeDiffs[relIndex]), GreatestDifference.Unravel(relIndex, shape)),
            rtol, atol);
    }
}
