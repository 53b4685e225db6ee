using TorchInterop.Native;
using TorchInterop.NN;

namespace TorchInterop;

public static partial class Torch
{
    public static partial class Func
    {
        /// <summary>
        /// PyTorch 2's <c>torch.func.debug_unwrap(tensor, recurse=True)</c>: inside a transform, the tensor under its
        /// functorch wrapper (vmap's BatchedTensor, grad's and jvp's wrapper), under all of them with
        /// <paramref name="recurse"/>; a plain tensor comes back as it is. For debugging only: computing with the result
        /// inside the transform escapes it.
        /// </summary>
        public static Tensor DebugUnwrap(Tensor tensor, bool recurse = true)
        {
            ArgumentNullException.ThrowIfNull(tensor);
            return global::TorchInterop.Tensor.From(NativeMethods.ti_func_debug_unwrap(tensor, recurse ? 1 : 0));
        }

        /// <summary>
        /// PyTorch 2's <c>torch.func.replace_all_batch_norm_modules_(root)</c>: every batch norm in
        /// <paramref name="root"/> (itself included) that tracks running statistics stops doing so, its
        /// <c>running_mean</c>, <c>running_var</c> and <c>num_batches_tracked</c> becoming None, so that it normalizes
        /// with batch statistics under vmap. Returns <paramref name="root"/>.
        /// </summary>
        public static TModule ReplaceAllBatchNormModules_<TModule>(TModule root) where TModule : Module
        {
            ArgumentNullException.ThrowIfNull(root);
            foreach (var module in root.Modules())
                if (module is BatchNorm { TrackRunningStats: true } batchNorm) batchNorm.DropRunningStats();
            return root;
        }
    }
}
