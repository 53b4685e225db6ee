namespace TorchInterop.Python;

/// <summary>
/// What <c>torch.histogramdd</c> returns (Python's <c>torch.return_types.histogramdd</c>): the counts and one tensor
/// of bin edges per dimension; deconstructs as <c>var (hist, bin_edges) = torch.histogramdd(x, 3);</c>.
/// </summary>
#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public sealed record HistogramddResult(Tensor hist, TensorTuple bin_edges)
{
    /// <summary>Python's repr of the named tuple.</summary>
    public override string ToString() => $"torch.return_types.histogramdd(\nhist={hist},\nbin_edges={Builtins.repr(bin_edges)})";
}

public static partial class torch
{
    /// <summary><c>torch.histogramdd(input, bins=10, range=None, weight=None, density=False)</c> with one bin count for every dimension.</summary>
    public static HistogramddResult histogramdd(Tensor input, long bins = 10, double[]? range = null, Tensor? weight = null, bool density = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return histogramdd(input, Enumerable.Repeat(bins, checked((int)input.Size(-1))).ToArray(), range, weight, density);
    }

    /// <summary><c>torch.histogramdd(input, bins=[2, 3], ...)</c>: a bin count per dimension (and <c>bins: []</c>, LibTorch's error).</summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public static HistogramddResult histogramdd(Tensor input, long[] bins, double[]? range = null, Tensor? weight = null, bool density = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(bins);
        var hist = Torch._HistogramddFromBinCts(input, bins, range, weight, density);
        var edges = Torch._HistogramddBinEdges(input, bins, range, weight, density);
        return new HistogramddResult(hist, new TensorTuple(edges));
    }

    /// <summary><c>torch.histogramdd(input, bins=[edges0, edges1], ...)</c>: the bin edges of each dimension given.</summary>
    public static HistogramddResult histogramdd(Tensor input, IReadOnlyList<Tensor> bins, Tensor? weight = null, bool density = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(bins);
        var hist = Torch._HistogramddFromBinTensors(input, bins, weight, density);
        return new HistogramddResult(hist, new TensorTuple([.. bins]));
    }

    // ---- sparse aliases Python binds by hand ------------------------------------------------------------------
    /// <summary><c>torch.dsmm(input, mat2)</c>: a sparse matrix times a dense one (the same as <c>torch.mm</c>).</summary>
    public static Tensor dsmm(Tensor input, Tensor mat2) => Torch.Mm(input, mat2);

    /// <summary><c>torch.spmm(input, mat2)</c>: the same as <c>torch.mm</c>.</summary>
    public static Tensor spmm(Tensor input, Tensor mat2) => Torch.Mm(input, mat2);

    /// <summary><c>torch.hsmm(mat1, mat2)</c>: <c>torch.hspmm</c>, a hybrid sparse result.</summary>
    public static Tensor hsmm(Tensor mat1, Tensor mat2) => Torch.Hspmm(mat1, mat2);

    /// <summary><c>torch.saddmm(input, mat1, mat2, beta=1, alpha=1)</c>: <c>torch.sspaddmm</c>.</summary>
    public static Tensor saddmm(Tensor input, Tensor mat1, Tensor mat2, Scalar? beta = null, Scalar? alpha = null) =>
        Torch.Sspaddmm(input, mat1, mat2, beta, alpha);

#if LIBTORCH_2
    /// <summary>
    /// <c>torch.thread_safe_generator()</c>: None, as in PyTorch's process workers (the dialect's default); a
    /// DataLoader worker already draws from a default generator of its own, so ops without a generator are safe.
    /// </summary>
    public static global::TorchInterop.Generator? thread_safe_generator() => null;
#endif
}
#pragma warning restore CS8981, IDE1006
