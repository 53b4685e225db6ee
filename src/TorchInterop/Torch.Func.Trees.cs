using TorchInterop.Functorch;

namespace TorchInterop;

public static partial class Torch
{
    public static partial class Func
    {
        /// <summary>
        /// <c>torch.func.vmap</c> of a function whose arguments and result are pytrees: a tensor, a tuple
        /// of tensors (<c>Tensor[]</c>) or a dict of them (<c>IReadOnlyDictionary&lt;string, Tensor&gt;</c>). An
        /// argument's in_dim applies to each of its tensors, as in Python: ensembling is
        /// <c>Vmap((Tensor[] p, Tensor[] b, Tensor x) =&gt; fmodel.Forward(p, b, x), inDims: (0, 0, null))</c>.
        /// </summary>
        public static System.Func<T1, T2, TResult> Vmap<T1, T2, TResult>(System.Func<T1, T2, TResult> function, Dims inDims = default,
                                                                         Dims outDims = default, string randomness = "error", int? chunkSize = null)
        {
            var map = TreeMapper(function, inDims, outDims, randomness, chunkSize);
            return (a, b) => (TResult)map(args => function((T1)args[0], (T2)args[1])!, [a, b]);
        }

        /// <summary><c>torch.func.vmap</c> of a function of three pytrees (see the two-argument form).</summary>
        public static System.Func<T1, T2, T3, TResult> Vmap<T1, T2, T3, TResult>(System.Func<T1, T2, T3, TResult> function,
                                                                                 Dims inDims = default, Dims outDims = default,
                                                                                 string randomness = "error", int? chunkSize = null)
        {
            var map = TreeMapper(function, inDims, outDims, randomness, chunkSize);
            return (a, b, c) => (TResult)map(args => function((T1)args[0], (T2)args[1], (T3)args[2])!, [a, b, c]);
        }

        /// <summary><c>torch.func.vmap</c> of a function of four pytrees: per-sample gradients are
        /// <c>Vmap(Grad(loss), inDims: [null, null, 0, 0])(parameters, buffers, data, targets)</c>.</summary>
        public static System.Func<T1, T2, T3, T4, TResult> Vmap<T1, T2, T3, T4, TResult>(System.Func<T1, T2, T3, T4, TResult> function,
                                                                                         Dims inDims = default, Dims outDims = default,
                                                                                         string randomness = "error", int? chunkSize = null)
        {
            var map = TreeMapper(function, inDims, outDims, randomness, chunkSize);
            return (a, b, c, d) => (TResult)map(args => function((T1)args[0], (T2)args[1], (T3)args[2], (T4)args[3])!, [a, b, c, d]);
        }

        /// <summary>
        /// <c>torch.func.grad(f)</c> of a function of two pytrees: the gradient with respect to the first, in its shape
        /// (a tuple of parameters gives a tuple of gradients): <c>Grad((Tensor[] p, Tensor x) =&gt; Loss(fmodel.Forward(p, x)))</c>.
        /// </summary>
        public static System.Func<T1, T2, T1> Grad<T1, T2>(System.Func<T1, T2, Tensor> function)
        {
            ArgumentNullException.ThrowIfNull(function);
            return (a, b) => (T1)TreeGrad(args => function((T1)args[0], (T2)args[1]), [a, b]);
        }

        /// <summary><c>torch.func.grad(f)</c> of a function of three pytrees, with respect to the first.</summary>
        public static System.Func<T1, T2, T3, T1> Grad<T1, T2, T3>(System.Func<T1, T2, T3, Tensor> function)
        {
            ArgumentNullException.ThrowIfNull(function);
            return (a, b, c) => (T1)TreeGrad(args => function((T1)args[0], (T2)args[1], (T3)args[2]), [a, b, c]);
        }

        /// <summary><c>torch.func.grad(f)</c> of a function of four pytrees, with respect to the first.</summary>
        public static System.Func<T1, T2, T3, T4, T1> Grad<T1, T2, T3, T4>(System.Func<T1, T2, T3, T4, Tensor> function)
        {
            ArgumentNullException.ThrowIfNull(function);
            return (a, b, c, d) => (T1)TreeGrad(args => function((T1)args[0], (T2)args[1], (T3)args[2], (T4)args[3]), [a, b, c, d]);
        }

        // vmap over pytrees: each argument's in_dim repeated for its leaves, the result rebuilt in the shape f returned.
        private static System.Func<System.Func<object[], object>, object?[], object> TreeMapper(
            Delegate function, Dims inDims, Dims outDims, string randomness, int? chunkSize)
        {
            ArgumentNullException.ThrowIfNull(function);
            ArgumentNullException.ThrowIfNull(randomness);
            var mode = VmapTransform.ParseRandomness(randomness);
            VmapTransform.CheckChunkSize(chunkSize);
            string name = TreeSpecs.NameOf(function);
            return (call, args) =>
            {
                if (inDims.IsTuple && inDims.Count != args.Length)
                    throw new TorchException(
                        $"vmap({name}, in_dims={inDims}, ...)(<inputs>): in_dims is not compatible with the structure of `inputs`. " +
                        $"in_dims has structure {TreeSpecs.Of(inDims)} but inputs has structure {TreeSpecs.Tuple(args.Length)}.",
                        TorchErrorKind.ValueError);
                var (leaves, offsets) = Pytree.Flatten(args);
                var leafDims = new int?[leaves.Length];
                for (int i = 0; i < args.Length; i++)
                    for (int j = offsets[i]; j < offsets[i + 1]; j++) leafDims[j] = inDims[i];
                object? shape = null;
                var flat = VmapTransform.Apply(batched =>
                {
                    shape = call(Pytree.Unflatten(args, offsets, batched));
                    return Pytree.Leaves(shape);
                }, leaves, Dims.Create(leafDims), outDims, mode, chunkSize, name, tupleOutput: outDims.IsTuple, shownInDims: inDims);
                return Pytree.Rebuild(shape!, flat);
            };
        }

        // grad over pytrees: every leaf of the first argument differentiated, the gradients in its shape.
        private static object TreeGrad(System.Func<object[], Tensor> call, object?[] args)
        {
            var (leaves, offsets) = Pytree.Flatten(args);
            var argnums = Enumerable.Range(0, offsets[1]).ToArray();
            var grads = GradTransform.GradAndValue(flat => [call(Pytree.Unflatten(args, offsets, flat))], leaves, argnums, false).Grads;
            return Pytree.Rebuild(args[0]!, grads);
        }
    }
}
