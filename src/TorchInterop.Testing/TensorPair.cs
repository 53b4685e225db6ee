namespace TorchInterop.Testing;

/// <summary>Two tensors to compare, where they sit in the inputs, and the tolerances chosen for their dtypes.</summary>
internal sealed class TensorPair
{
    private readonly Tensor actual;
    private readonly Tensor expected;
    private readonly ItemPath item;
    private readonly CloseOptions options;
    private readonly double rtol;
    private readonly double atol;

    /// <exception cref="ArgumentException">Only one of rtol and atol is given.</exception>
    public TensorPair(Tensor actual, Tensor expected, ItemPath item, CloseOptions options)
    {
        this.actual = actual;
        this.expected = expected;
        this.item = item;
        this.options = options;
        (rtol, atol) = Tolerances.Resolve(options.Rtol, options.Atol, actual.Dtype, expected.Dtype, item);
    }

    /// <summary>PyTorch's message for the first difference (naming the item when nested), or null when the tensors are close.</summary>
    public string? Compare()
    {
        string? mismatch = TensorAttributes.FindMismatch(actual, expected, options.CheckDevice, options.CheckDtype, options.CheckStride)
            ?? ValueComparison.FindMismatch(actual, expected, rtol, atol, options.EqualNan);
        return mismatch is null ? null : item.Annotate(mismatch);
    }
}
