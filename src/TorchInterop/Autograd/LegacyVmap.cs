using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// ATen's prototype (legacy) vmap, run as <c>torch._vmap_internals._vmap(func, 0, 0)</c> runs it: every argument
/// batched along its dimension 0 at a fresh level, every output unbatched back into dimension 0. PyTorch drives this
/// vmap, not functorch's, for <c>autograd.grad(..., is_grads_batched=True)</c> and for the vectorized Jacobians of
/// <c>torch.autograd.functional</c>, in 1.13 and 2.x alike.
/// </summary>
internal static class LegacyVmap
{
    /// <summary>
    /// Calls <paramref name="func"/> on the batched <paramref name="args"/>; null outputs pass through (PyTorch's
    /// <c>allow_none_pass_through</c>, which only batched gradients ask for).
    /// </summary>
    internal static Tensor?[] Run(Func<Tensor[], Tensor?[]> func, Tensor[] args)
    {
        long level = Check.Status(NativeMethods.ti_legacy_vmap_increment_nesting());
        try
        {
            long batchSize = args[0].Shape[0];
            var outputs = func([.. args.Select(a => Torch._AddBatchDim(a, 0, level))]);
            return [.. outputs.Select(o => o is null ? null : Torch._RemoveBatchDim(o, level, batchSize, 0))];
        }
        finally
        {
            Check.Status(NativeMethods.ti_legacy_vmap_decrement_nesting());
        }
    }
}
