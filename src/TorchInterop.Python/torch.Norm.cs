namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>
/// <c>torch.norm(input, p="fro", dim=None, keepdim=False, dtype=None)</c> as torch/functional.py writes it: a string
/// <c>p</c> is the Frobenius or nuclear norm, a number the vector p-norm over <c>dim</c> (all dimensions when None).
/// PyTorch 1.13 calls <c>frobenius_norm</c>, <c>nuclear_norm</c> and <c>norm</c>; 2.x calls
/// <c>linalg.vector_norm</c> and <c>linalg.matrix_norm</c>, so the grad_fn names follow the version.
/// </summary>
public static partial class torch
{
    /// <summary><c>torch.norm(input, "fro" | "nuc", dim=None, keepdim=False, dtype=None)</c></summary>
    public static Tensor norm(Tensor input, string p, long[]? dim = null, bool keepdim = false, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(p);
#if LIBTORCH_2
        if (p == "fro" && (dim is null || dim.Length <= 2))
            return Torch.LinalgVectorNorm(input, 2, dim, keepdim, dtype);
        return Torch.LinalgMatrixNorm(input, p, dim ?? AllDims(input), keepdim, dtype);
#else
        if (dim is null && dtype is null && p == "fro") return Torch.FrobeniusNorm(input, [], keepdim);
        if (p == "fro")
        {
            if (dtype is not null) throw new TorchException("dtype argument is not supported in frobenius norm", TorchErrorKind.ValueError);
            return Torch.FrobeniusNorm(input, dim ?? AllDims(input), keepdim);
        }
        if (p == "nuc")
        {
            if (dtype is not null) throw new TorchException("dtype argument is not supported in nuclear norm", TorchErrorKind.ValueError);
            return dim is null ? Torch.NuclearNorm(input, keepdim) : Torch.NuclearNorm(input, dim, keepdim);
        }
        throw new TorchException($"only valid string values are 'fro' and 'nuc', found {p}");
#endif
    }

    /// <summary><c>torch.norm(input, "fro" | "nuc", dim, keepdim=False, dtype=None)</c> with one int <c>dim</c>.</summary>
    public static Tensor norm(Tensor input, string p, long dim, bool keepdim = false, DType? dtype = null) =>
        norm(input, p, [dim], keepdim, dtype);

    /// <summary><c>torch.norm(input, p, dim=None, keepdim=False)</c> with a number <c>p</c> (inf included): the vector p-norm.</summary>
    public static Tensor norm(Tensor input, double p, long[]? dim = null, bool keepdim = false)
    {
        ArgumentNullException.ThrowIfNull(input);
#if LIBTORCH_2
        return Torch.LinalgVectorNorm(input, p, dim, keepdim);
#else
        return input.Norm(p, dim ?? AllDims(input), keepdim);
#endif
    }

    /// <summary><c>torch.norm(input, p, dim, keepdim=False)</c> with one int <c>dim</c>.</summary>
    public static Tensor norm(Tensor input, double p, long dim, bool keepdim = false) => norm(input, p, [dim], keepdim);

    private static long[] AllDims(Tensor input) => Enumerable.Range(0, input.Dim).Select(i => (long)i).ToArray();

}
#pragma warning restore CS8981, IDE1006
