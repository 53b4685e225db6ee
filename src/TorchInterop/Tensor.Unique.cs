namespace TorchInterop;

public sealed partial class Tensor
{
    /// <summary>
    /// The distinct elements (Python's <c>torch.unique</c>), sorted unless <paramref name="sorted"/> is false, along
    /// <paramref name="dim"/> when given (distinct slices); with the inverse indices and the counts when asked for.
    /// </summary>
    public (Tensor Output, Tensor InverseIndices, Tensor Counts) Unique(bool sorted, bool returnInverse, bool returnCounts, long? dim = null) =>
        dim is long d ? Torch.UniqueDim(this, d, sorted, returnInverse, returnCounts) : Torch._Unique2(this, sorted, returnInverse, returnCounts);
}
