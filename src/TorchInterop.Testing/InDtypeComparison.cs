namespace TorchInterop.Testing;

/// <summary>
/// PyTorch 2.x's value comparison: <c>torch.isclose</c> and the mismatch statistics run in the compared dtype itself
/// (1.13 first promoted to float64 or int64; 2.x dropped <c>_promote_for_comparison</c>), so a float32 relative
/// difference is a float32 quotient. The steps are LibTorch's own ops, as <c>_compare_regular_values_close</c> and
/// <c>make_tensor_mismatch_msg</c> call them, rather than a host imitation of each dtype's rounding.
/// </summary>
internal static class InDtypeComparison
{
    /// <summary>
    /// PyTorch's message for the values of <paramref name="actual"/> and <paramref name="expected"/> (both already in
    /// their common dtype) that are not close, or null when all are.
    /// </summary>
    public static string? FindMismatch(Tensor actual, Tensor expected, double rtol, double atol, bool equalNan)
    {
        // Every intermediate is released here, whether the values match or not; grad mode would only add graph nodes.
        using var scope = Torch.NewDisposeScope();
        using var noGrad = Autograd.NoGrad();

        Tensor matches = actual.Isclose(expected, rtol, atol, equalNan);
        long total = matches.NumEl, matched = matches.Sum().Item<long>();
        if (matched == total) return null;

        if (actual.Shape.Length == 0)
            return ScalarMismatch(actual.Item(), expected.Item(), rtol, atol);

        Tensor actualFlat = actual.Flatten(), expectedFlat = expected.Flatten(), matchesFlat = matches.Flatten();
        // Integers and bools are widened to int64 before subtracting (PyTorch's guard against overflow).
        if (!actual.Dtype.IsFloatingPoint())
        {
            actualFlat = actualFlat.To(DType.Int64);
            expectedFlat = expectedFlat.To(DType.Int64);
        }

        // Matching elements count as no difference (0 / 0 would otherwise put a NaN into the relative maximum).
        Tensor absolute = (actualFlat - expectedFlat).Abs().MaskedFill_(matchesFlat, 0L);
        var (maxAbsolute, absoluteIndex) = absolute.Max(0);
        Tensor relative = (absolute / expectedFlat.Abs()).MaskedFill_(matchesFlat, 0L);
        var (maxRelative, relativeIndex) = relative.Max(0);

        long[] shape = actual.Shape;
        return MismatchMessage.ForTensors(total - matched, total,
            new Difference(PythonText.Number(maxAbsolute.Item()), GreatestDifference.Unravel(absoluteIndex.Item<long>(), shape)),
            new Difference(PythonText.Number(maxRelative.Item()), GreatestDifference.Unravel(relativeIndex.Item<long>(), shape)),
            rtol, atol);
    }

    // make_scalar_mismatch_msg on actual.item() and expected.item(): Python numbers of the tensors' own kind.
    private static string ScalarMismatch(Scalar actual, Scalar expected, double rtol, double atol)
    {
        var (absolute, relative) = actual.Kind == ScalarKind.Float
            ? ScalarDifferences.OfFloats(actual.ToDouble(), expected.ToDouble())
            : ScalarDifferences.OfInts(actual.ToInt64(), expected.ToInt64());
        string extra = $"Expected {PythonText.Number(expected)} but got {PythonText.Number(actual)}.";
        return MismatchMessage.ForScalars(absolute, relative, rtol, atol, extra);
    }
}
