namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>
/// Functions Python writes in <c>torch/functional.py</c> whose result's shape depends on flags: C# cannot vary a
/// return type with a value, so each flag that adds a result picks its own overload. <c>torch.unique(x)</c> is a
/// tensor; <c>return_inverse: true</c> gives a tuple (of three with <c>return_counts: true</c>);
/// <c>return_counts: true</c> alone gives (output, counts).
/// </summary>
public static partial class torch
{
    /// <summary><c>torch.unique(input, sorted=True, dim=None)</c></summary>
    public static Tensor unique(Tensor input, bool sorted = true, long? dim = null)
    {
        var (output, inverse, counts) = Checked(input).Unique(sorted, false, false, dim);
        inverse.Dispose();
        counts.Dispose();
        return output;
    }

    /// <summary><c>output, inverse = torch.unique(input, return_inverse=True)</c>; three results with <c>return_counts=True</c>.</summary>
    public static TensorTuple unique(Tensor input, bool return_inverse, bool sorted = true, bool return_counts = false, long? dim = null)
    {
        var (output, inverse, counts) = Checked(input).Unique(sorted, return_inverse, return_counts, dim);
        return Flagged(output, inverse, counts, return_inverse, return_counts);
    }

    /// <summary><c>output, counts = torch.unique(input, return_counts=True)</c></summary>
    /// <param name="input">The tensor.</param>
    /// <param name="return_counts">Whether to return the counts (the results are a pair either way).</param>
    /// <param name="sorted">Whether the distinct elements come sorted.</param>
    /// <param name="dim">The dimension whose distinct slices to find.</param>
    /// <param name="_">Unused: it keeps this overload apart from the one with <c>return_inverse</c>.</param>
    public static (Tensor output, Tensor counts) unique(Tensor input, bool return_counts, bool sorted = true, long? dim = null, bool _ = false)
    {
        var (output, inverse, counts) = Checked(input).Unique(sorted, false, return_counts, dim);
        inverse.Dispose();
        return (output, counts);
    }

    /// <summary><c>torch.unique_consecutive(input, dim=None)</c></summary>
    public static Tensor unique_consecutive(Tensor input, long? dim = null)
    {
        var (output, inverse, counts) = Torch.UniqueConsecutive(Checked(input), false, false, dim);
        inverse.Dispose();
        counts.Dispose();
        return output;
    }

    /// <summary><c>output, inverse = torch.unique_consecutive(input, return_inverse=True)</c>; three results with <c>return_counts=True</c>.</summary>
    public static TensorTuple unique_consecutive(Tensor input, bool return_inverse, bool return_counts = false, long? dim = null)
    {
        var (output, inverse, counts) = Torch.UniqueConsecutive(Checked(input), return_inverse, return_counts, dim);
        return Flagged(output, inverse, counts, return_inverse, return_counts);
    }

    /// <summary><c>output, counts = torch.unique_consecutive(input, return_counts=True)</c></summary>
    /// <param name="input">The tensor.</param>
    /// <param name="return_counts">Whether to return the counts (the results are a pair either way).</param>
    /// <param name="dim">The dimension along which to collapse.</param>
    /// <param name="_">Unused: it keeps this overload apart from the one with <c>return_inverse</c>.</param>
    public static (Tensor output, Tensor counts) unique_consecutive(Tensor input, bool return_counts, long? dim = null, bool _ = false)
    {
        var (output, inverse, counts) = Torch.UniqueConsecutive(Checked(input), false, return_counts, dim);
        inverse.Dispose();
        return (output, counts);
    }

    /// <summary><c>LU, pivots = torch.lu(A, pivot=True, get_infos=False)</c>; three results with <c>get_infos=True</c>.</summary>
    public static TensorTuple lu(Tensor A, bool pivot = true, bool get_infos = false)
    {
        var (lu, pivots, infos) = Torch._LuWithInfo(Checked(A), pivot, checkErrors: !get_infos);
        if (get_infos) return new TensorTuple(lu, pivots, infos);
        infos.Dispose();
        return new TensorTuple(lu, pivots);
    }

    private static Tensor Checked(Tensor input) => input ?? throw new ArgumentNullException(nameof(input));

    private static TensorTuple Flagged(Tensor output, Tensor inverse, Tensor counts, bool returnInverse, bool returnCounts)
    {
        var results = new List<Tensor> { output };
        if (returnInverse) results.Add(inverse); else inverse.Dispose();
        if (returnCounts) results.Add(counts); else counts.Dispose();
        return results.Count == 1 ? new TensorTuple(output) : new TensorTuple([.. results]);
    }
}
#pragma warning restore CS8981, IDE1006
