namespace TorchInterop.Testing;

/// <summary>
/// Compares the values of two tensors of the same shape after bringing both to their common dtype, as the PyTorch of
/// this LibTorch does: 1.13 reads them to the host in the comparison dtype (float64 for floating point, int64 for
/// integers and bool) and compares there; 2.x compares in the common dtype itself (<see cref="InDtypeComparison"/>).
/// </summary>
internal static class ValueComparison
{
    /// <summary>PyTorch's message for the values that are not close, or null when all are.</summary>
    public static string? FindMismatch(Tensor actual, Tensor expected, double rtol, double atol, bool equalNan)
    {
        DType common = DTypePromotion.Promote(actual.Dtype, expected.Dtype);
        if (common.IsComplex()) throw ComplexSupport.NotSupported();

        if (LibTorch.IsAtLeast(2))
        {
            using Tensor? actualConverted = actual.Dtype == common ? null : actual.To(common);
            using Tensor? expectedConverted = expected.Dtype == common ? null : expected.To(common);
            return InDtypeComparison.FindMismatch(actualConverted ?? actual, expectedConverted ?? expected, rtol, atol,
                equalNan);
        }

        long[] shape = actual.Shape;
        if (common.IsFloatingPoint())
            return FloatComparison.FindMismatch(Read<double>(actual, common), Read<double>(expected, common), shape,
                rtol, atol, equalNan);
        return IntegerComparison.FindMismatch(Read<long>(actual, common), Read<long>(expected, common), shape, rtol, atol);
    }

    // Converting through the common dtype first matters: int64 values compared with float16 ones are rounded to
    // float16 as PyTorch rounds them.
    private static T[] Read<T>(Tensor tensor, DType common) where T : unmanaged
    {
        if (tensor.Dtype == common) return tensor.ToArray<T>();
        using Tensor converted = tensor.To(common);
        return converted.ToArray<T>();
    }
}
