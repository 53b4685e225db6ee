using System.Text;

namespace TorchInterop.Testing;

/// <summary>One greatest difference of a tensor comparison: its value as Python prints it, and where it is.</summary>
internal readonly record struct Difference(string Value, long[] Index);

/// <summary>The text of PyTorch's "are not close!" / "are not equal!" assertion for tensors and 0-dim tensors.</summary>
internal static class MismatchMessage
{
    public static string ForTensors(long mismatched, long total, Difference absolute, Difference relative, double rtol, double atol)
    {
        var sb = Header("Tensor-likes", rtol, atol);
        sb.Append("Mismatched elements: ").Append(PythonText.Int(mismatched)).Append(" / ").Append(PythonText.Int(total))
            .Append(" (").Append(PythonText.Percent((double)mismatched / total)).Append(")\n");
        AppendDifference(sb, "Greatest absolute difference: ", absolute.Value, absolute.Index, atol, rtol, atol);
        sb.Append('\n');
        AppendDifference(sb, "Greatest relative difference: ", relative.Value, relative.Index, rtol, rtol, atol);
        return sb.ToString();
    }

    // extra: PyTorch 2.x's line naming both values (Expected 1.5 but got 1.0.), which 1.13 does not print.
    public static string ForScalars(string absolute, string relative, double rtol, double atol, string? extra = null)
    {
        var sb = Header("Scalars", rtol, atol);
        if (extra is not null) sb.Append(extra).Append('\n');
        AppendDifference(sb, "Absolute difference: ", absolute, null, atol, rtol, atol);
        sb.Append('\n');
        AppendDifference(sb, "Relative difference: ", relative, null, rtol, rtol, atol);
        return sb.ToString();
    }

    // Zero tolerances make the comparison an equality check, and the message says so and omits "(up to ... allowed)".
    private static bool IsEquality(double rtol, double atol) => rtol == 0 && atol == 0;

    private static StringBuilder Header(string subject, double rtol, double atol) =>
        new StringBuilder(subject).Append(IsEquality(rtol, atol) ? " are not equal!\n\n" : " are not close!\n\n");

    private static void AppendDifference(StringBuilder sb, string label, string value, long[]? index, double tolerance,
        double rtol, double atol)
    {
        sb.Append(label).Append(value);
        if (index is not null) sb.Append(" at index ").Append(PythonText.Tuple(index));
        if (!IsEquality(rtol, atol)) sb.Append(" (up to ").Append(PythonText.Float(tolerance)).Append(" allowed)");
    }
}
