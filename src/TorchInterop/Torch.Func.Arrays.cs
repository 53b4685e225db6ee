using TorchInterop.Functorch;

namespace TorchInterop;

public static partial class Torch
{
    public static partial class Func
    {
        /// <summary>
        /// <c>torch.func.grad(f, argnums=(...))</c> for a function of any number of tensors, given as an array: the
        /// result takes the same array and returns one gradient per index of <paramref name="argnums"/>. This is the
        /// form for functions of many parameters (<c>loss(w1, b1, w2, b2, x, t)</c>), which compose with
        /// <see cref="Vmap(System.Func{Tensor[], Tensor[]}, Dims, Dims, string, int?)"/> for per-sample gradients.
        /// </summary>
        public static System.Func<Tensor[], Tensor[]> Grad(System.Func<Tensor[], Tensor> function, int[] argnums)
        {
            ArgumentNullException.ThrowIfNull(function);
            ArgumentNullException.ThrowIfNull(argnums);
            return args =>
            {
                ArgumentNullException.ThrowIfNull(args);
                return GradTransform.GradAndValue(a => [function(a)], args, Argnums.Validate(argnums, args.Length, true), false).Grads;
            };
        }

        /// <summary>
        /// <c>torch.func.vmap</c> of a function of any number of tensors returning a tuple of tensors, both given as
        /// arrays; <paramref name="inDims"/> has one entry per argument (or one for all), <paramref name="outDims"/> one
        /// per output (or one for all), as Python's tuples.
        /// </summary>
        public static System.Func<Tensor[], Tensor[]> Vmap(System.Func<Tensor[], Tensor[]> function, Dims inDims = default,
                                                          Dims outDims = default, string randomness = "error", int? chunkSize = null)
        {
            var map = Mapper(function, inDims, outDims, randomness, chunkSize, tupleOutput: true);
            return args =>
            {
                ArgumentNullException.ThrowIfNull(args);
                return map(function, args);
            };
        }
    }
}
