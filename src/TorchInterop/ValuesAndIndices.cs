namespace TorchInterop;

/// <summary>
/// What max/min along a dimension return (Python's <c>torch.return_types.max</c>): deconstructs as
/// <c>var (values, indices) = x.Max(1);</c> and prints as Python does.
/// </summary>
/// <param name="Values">The values.</param>
/// <param name="Indices">Their positions along the dimension (int64).</param>
public readonly record struct ValuesAndIndices(Tensor Values, Tensor Indices)
{
    internal string Operation { get; init; } = "max";

    /// <summary>Python's repr: <c>torch.return_types.max(\nvalues=...,\nindices=...)</c>.</summary>
    public override string ToString() => $"torch.return_types.{Operation}(\nvalues={Values},\nindices={Indices})";
}
