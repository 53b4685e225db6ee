namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>
/// <c>torch.tensordot(a, b, dims=2)</c> as torch/functional.py writes it: an int <c>dims</c> contracts the last
/// <c>dims</c> dimensions of <c>a</c> with the first of <c>b</c>; a pair of lists names the dimensions of each; a tensor
/// is either of those.
/// </summary>
public static partial class torch
{
    /// <summary><c>torch.tensordot(a, b, dims=2)</c> with an int <c>dims</c>.</summary>
    public static Tensor tensordot(Tensor a, Tensor b, long dims = 2)
    {
        if (dims < 0) throw new TorchException($"tensordot expects dims >= 0, but got dims={dims}");
        var dimsA = Enumerable.Range(0, (int)dims).Select(i => (long)i - dims).ToArray();
        var dimsB = Enumerable.Range(0, (int)dims).Select(i => (long)i).ToArray();
        return Torch.Tensordot(a, b, dimsA, dimsB);
    }

    /// <summary><c>torch.tensordot(a, b, dims=([1, 0], [0, 1]))</c>: the dimensions of <c>a</c> and of <c>b</c> to contract.</summary>
    public static Tensor tensordot(Tensor a, Tensor b, long[][] dims)
    {
        ArgumentNullException.ThrowIfNull(dims);
        // Python unpacks dims_a, dims_b = dims
        if (dims.Length > 2) throw new TorchException("too many values to unpack (expected 2)", TorchErrorKind.ValueError);
        if (dims.Length < 2) throw new TorchException($"not enough values to unpack (expected 2, got {dims.Length})", TorchErrorKind.ValueError);
        return Torch.Tensordot(a, b, dims[0], dims[1]);
    }

    /// <summary><c>torch.tensordot(a, b, dims=torch.tensor(...))</c>: a one-element tensor is the int form, a 2-row tensor the pair of lists.</summary>
    public static Tensor tensordot(Tensor a, Tensor b, Tensor dims)
    {
        ArgumentNullException.ThrowIfNull(dims);
        using var values = dims.To(DType.Int64).Contiguous();
        if (dims.NumEl > 1)
        {
            if (dims.Shape[0] != 2) throw new TorchException("", TorchErrorKind.AssertionError);
            using var first = values[0];
            using var second = values[1];
            return Torch.Tensordot(a, b, first.Contiguous().ToArray<long>(), second.Contiguous().ToArray<long>());
        }
        long count = values.Item<long>();
        if (count < 0) throw new TorchException($"tensordot expects dims >= 0, but got dims={Builtins.str(dims)}");
        return tensordot(a, b, count);
    }
}
#pragma warning restore CS8981, IDE1006
