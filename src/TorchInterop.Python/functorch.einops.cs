namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class functorch
{
    /// <summary>Python's <c>functorch.einops</c> (2.x): <c>from functorch.einops import rearrange</c>.</summary>
    public static class einops
    {
        /// <summary><c>functorch.einops.rearrange(tensor, pattern, **axes_lengths)</c>, the same as <see cref="torch.func.rearrange(Tensor, string, ValueTuple{string, long}[])"/>.</summary>
        public static Tensor rearrange(Tensor tensor, string pattern, params (string Name, long Length)[] axes_lengths)
        {
            LibTorch.Require("functorch.einops.rearrange", 2, 1);
            return Torch.Func.Rearrange(tensor, pattern, RearrangeLengths.From(axes_lengths));
        }

        /// <summary><c>functorch.einops.rearrange([t1, t2], pattern, **axes_lengths)</c>: the tensors stacked, then rearranged.</summary>
        public static Tensor rearrange(IReadOnlyList<Tensor> tensor, string pattern, params (string Name, long Length)[] axes_lengths)
        {
            LibTorch.Require("functorch.einops.rearrange", 2, 1);
            return Torch.Func.Rearrange(tensor, pattern, RearrangeLengths.From(axes_lengths));
        }
    }
}
#pragma warning restore CS8981, IDE1006
