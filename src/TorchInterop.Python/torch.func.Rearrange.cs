namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class func
    {
        /// <summary>
        /// 2.x's <c>torch.func.rearrange(tensor, pattern, **axes_lengths)</c>, einops' rearrange:
        /// <c>rearrange(x, "b c h w -> b h w c")</c>. Python's keyword lengths <c>h1=2, w1=2</c> are name-length
        /// pairs: <c>rearrange(x, "b (h1 h) (w1 w) c -> (b h1 w1) h w c", ("h1", 2), ("w1", 2))</c>.
        /// </summary>
        public static Tensor rearrange(Tensor tensor, string pattern, params (string Name, long Length)[] axes_lengths)
        {
            LibTorch.Require("torch.func.rearrange", 2, 1);
            return Torch.Func.Rearrange(tensor, pattern, RearrangeLengths.From(axes_lengths));
        }

        /// <summary>
        /// <c>torch.func.rearrange([t1, t2], pattern, **axes_lengths)</c> (a list or tuple of tensors): the tensors
        /// stacked, then rearranged.
        /// </summary>
        public static Tensor rearrange(IReadOnlyList<Tensor> tensor, string pattern, params (string Name, long Length)[] axes_lengths)
        {
            LibTorch.Require("torch.func.rearrange", 2, 1);
            return Torch.Func.Rearrange(tensor, pattern, RearrangeLengths.From(axes_lengths));
        }
    }
}

#pragma warning restore CS8981, IDE1006

internal static class RearrangeLengths
{
    /// <summary>Python's keyword arguments as a dictionary, in their order; a name given twice is refused as Python refuses it.</summary>
    public static IReadOnlyDictionary<string, long> From((string Name, long Length)[] axesLengths)
    {
        ArgumentNullException.ThrowIfNull(axesLengths);
        var lengths = new Dictionary<string, long>();
        foreach (var (name, length) in axesLengths)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(axesLengths));
            if (!lengths.TryAdd(name, length))
                throw new ArgumentException($"keyword argument repeated: {name}", nameof(axesLengths));
        }
        return lengths;
    }
}
