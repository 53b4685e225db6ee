using System.Numerics;

namespace TorchInterop.Testing;

/// <summary>
/// The absolute and relative difference of two 0-dim tensors as PyTorch reports them: from their
/// <c>.item()</c> values, with Python-number arithmetic (<c>abs(actual - expected)</c>, and <c>inf</c> when expected
/// is zero, else <c>abs_diff / abs(expected)</c>).
/// </summary>
internal static class ScalarDifferences
{
    /// <summary>Python floats: double arithmetic.</summary>
    public static (string Absolute, string Relative) OfFloats(double actual, double expected)
    {
        double difference = Math.Abs(actual - expected);
        double relative = expected == 0 ? double.PositiveInfinity : difference / Math.Abs(expected);
        return (PythonText.Float(difference), PythonText.Float(relative));
    }

    /// <summary>Python ints (and bools, which subtract as ints): unbounded, divided once into a double.</summary>
    public static (string Absolute, string Relative) OfInts(long actual, long expected)
    {
        BigInteger difference = BigInteger.Abs((BigInteger)actual - expected);
        string relative = expected == 0
            ? PythonText.Float(double.PositiveInfinity)
            : PythonText.Float(IntegerDivision.Divide(difference, BigInteger.Abs(expected)));
        return (PythonText.Int(difference), relative);
    }
}
