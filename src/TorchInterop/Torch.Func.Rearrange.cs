using TorchInterop.Functorch.Einops;

namespace TorchInterop;

public static partial class Torch
{
    public static partial class Func
    {
        /// <summary>
        /// <c>torch.func.rearrange(tensor, pattern, **axes_lengths)</c> (functorch's einops-style rearrange): reorders,
        /// splits and merges dimensions as the pattern says, e.g. <c>Rearrange(images, "b h w c -> b c h w")</c>,
        /// <c>Rearrange(x, "(b1 b2) h -> b1 b2 h", new Dictionary&lt;string, long&gt; { ["b1"] = 2 })</c>,
        /// <c>Rearrange(x, "... h w -> ... (h w)")</c>; a <c>1</c> or <c>()</c> is an axis of length 1. The result
        /// is a view when the layout allows (a copy otherwise), made by the same operations as PyTorch's, so its
        /// <c>grad_fn</c> is the one Python shows; a pattern that changes nothing gives <paramref name="tensor"/> itself.
        /// </summary>
        /// <param name="tensor">The tensor to rearrange.</param>
        /// <param name="pattern">The einops pattern, <c>"left -> right"</c>.</param>
        /// <param name="axesLengths">Lengths of axes of the left side that its dimensions' sizes do not determine.</param>
        /// <exception cref="TorchException">
        /// PyTorch's message: a ValueError for a malformed pattern, a DimensionBindError for lengths that do not fit
        /// the tensor.
        /// </exception>
        public static Tensor Rearrange(Tensor tensor, string pattern, IReadOnlyDictionary<string, long>? axesLengths = null)
        {
            ArgumentNullException.ThrowIfNull(tensor);
            ArgumentNullException.ThrowIfNull(pattern);
            KeyValuePair<string, long>[] lengths = axesLengths is null ? [] : [.. axesLengths];
            return RearrangeRecipe.For(tensor.Dim, pattern, lengths).Apply(tensor);
        }

        /// <summary>
        /// <c>torch.func.rearrange([t1, t2, ...], pattern, **axes_lengths)</c>: the tensors stacked along a new first
        /// dimension (<c>torch.stack</c>), then rearranged, e.g. <c>Rearrange([a, b], "n h w -> h (n w)")</c>.
        /// </summary>
        public static Tensor Rearrange(IReadOnlyList<Tensor> tensors, string pattern, IReadOnlyDictionary<string, long>? axesLengths = null)
        {
            ArgumentNullException.ThrowIfNull(tensors);
            var stacked = Torch.Stack(tensors);
            try
            {
                var result = Rearrange(stacked, pattern, axesLengths);
                if (!ReferenceEquals(result, stacked)) stacked.Dispose();
                return result;
            }
            catch
            {
                stacked.Dispose();
                throw;
            }
        }
    }
}
