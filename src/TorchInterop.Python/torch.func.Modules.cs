using TorchInterop.NN;
using Dict = System.Collections.Generic.IReadOnlyDictionary<string, TorchInterop.Tensor>;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    // torch.func over modules' state: transforms of functions of tuples (and dicts) of tensors, stack_module_state,
    // linearize and the debugging helpers.
    public static partial class func
    {
        /// <summary><c>grad(f)(params, x)</c> for <c>f(params, x)</c> with params a tuple: a tuple of gradients.</summary>
        public static Func<TensorTuple, Tensor, TensorTuple> grad(Func<TensorTuple, Tensor, Tensor> func)
        {
            ArgumentNullException.ThrowIfNull(func);
            var inner = Torch.Func.Grad((Tensor[] p, Tensor x) => func(FuncTrees.Tuple(p), x));
            return (p, x) => FuncTrees.Tuple(inner(FuncTrees.Leaves(p), x));
        }

        /// <summary><c>grad(f)(params, x, t)</c> for <c>f(params, x, t)</c> with params a tuple.</summary>
        public static Func<TensorTuple, Tensor, Tensor, TensorTuple> grad(Func<TensorTuple, Tensor, Tensor, Tensor> func)
        {
            ArgumentNullException.ThrowIfNull(func);
            var inner = Torch.Func.Grad((Tensor[] p, Tensor x, Tensor t) => func(FuncTrees.Tuple(p), x, t));
            return (p, x, t) => FuncTrees.Tuple(inner(FuncTrees.Leaves(p), x, t));
        }

        /// <summary><c>grad(f)(params, buffers, x, t)</c>, functorch's per-sample-gradient loss: gradients for params.</summary>
        public static Func<TensorTuple, TensorTuple, Tensor, Tensor, TensorTuple> grad(Func<TensorTuple, TensorTuple, Tensor, Tensor, Tensor> func)
        {
            ArgumentNullException.ThrowIfNull(func);
            var inner = Torch.Func.Grad((Tensor[] p, Tensor[] b, Tensor x, Tensor t) => func(FuncTrees.Tuple(p), FuncTrees.Tuple(b), x, t));
            return (p, b, x, t) => FuncTrees.Tuple(inner(FuncTrees.Leaves(p), FuncTrees.Leaves(b), x, t));
        }

        /// <summary><c>vmap(fmodel, in_dims=(0, None))(params, x)</c>: a functional module mapped (an in_dim applies to every tensor of params).</summary>
        public static Func<TensorTuple, Tensor, Tensor> vmap(FunctionalModule func, Dims in_dims = default, Dims out_dims = default,
                                                             string randomness = "error", int? chunk_size = null)
        {
            ArgumentNullException.ThrowIfNull(func);
            var inner = Torch.Func.Vmap<Tensor[], Tensor, Tensor>(func.Forward, in_dims, out_dims, randomness, chunk_size);
            return (p, x) => inner(FuncTrees.Leaves(p), x);
        }

        /// <summary><c>vmap(fmodel, in_dims=(0, 0, None))(params, buffers, x)</c>: an ensemble of models over one input.</summary>
        public static Func<TensorTuple, TensorTuple, Tensor, Tensor> vmap(FunctionalModuleWithBuffers func, Dims in_dims = default,
                                                                          Dims out_dims = default, string randomness = "error",
                                                                          int? chunk_size = null)
        {
            ArgumentNullException.ThrowIfNull(func);
            var inner = Torch.Func.Vmap<Tensor[], Tensor[], Tensor, Tensor>(func.Forward, in_dims, out_dims, randomness, chunk_size);
            return (p, b, x) => inner(FuncTrees.Leaves(p), FuncTrees.Leaves(b), x);
        }

        /// <summary><c>vmap(f, in_dims=(None, 0, 0))(params, x, t)</c> for f giving a tuple (per-sample gradients).</summary>
        public static Func<TensorTuple, Tensor, Tensor, TensorTuple> vmap(Func<TensorTuple, Tensor, Tensor, TensorTuple> func, Dims in_dims = default,
                                                                          Dims out_dims = default, string randomness = "error",
                                                                          int? chunk_size = null)
        {
            ArgumentNullException.ThrowIfNull(func);
            var inner = Torch.Func.Vmap((Tensor[] p, Tensor x, Tensor t) => FuncTrees.Leaves(func(FuncTrees.Tuple(p), x, t)),
                                        in_dims, out_dims, randomness, chunk_size);
            return (p, x, t) => FuncTrees.Tuple(inner(FuncTrees.Leaves(p), x, t));
        }

        /// <summary><c>vmap(f, in_dims=(None, None, 0, 0))(params, buffers, data, targets)</c>: functorch's per-sample gradients.</summary>
        public static Func<TensorTuple, TensorTuple, Tensor, Tensor, TensorTuple> vmap(Func<TensorTuple, TensorTuple, Tensor, Tensor, TensorTuple> func,
                                                                                       Dims in_dims = default, Dims out_dims = default,
                                                                                       string randomness = "error", int? chunk_size = null)
        {
            ArgumentNullException.ThrowIfNull(func);
            var inner = Torch.Func.Vmap((Tensor[] p, Tensor[] b, Tensor x, Tensor t) =>
                                            FuncTrees.Leaves(func(FuncTrees.Tuple(p), FuncTrees.Tuple(b), x, t)),
                                        in_dims, out_dims, randomness, chunk_size);
            return (p, b, x, t) => FuncTrees.Tuple(inner(FuncTrees.Leaves(p), FuncTrees.Leaves(b), x, t));
        }

        /// <summary><c>vmap(wrapper, (0, 0, None))(params, buffers, x)</c> over the dicts <c>stack_module_state</c> gives.</summary>
        public static Func<Dict, Dict, Tensor, Tensor> vmap(Func<Dict, Dict, Tensor, Tensor> func, Dims in_dims = default, Dims out_dims = default,
                                                            string randomness = "error", int? chunk_size = null) =>
            Torch.Func.Vmap(func, in_dims, out_dims, randomness, chunk_size);

        /// <summary>2.x's <c>functional_call(module, (params, buffers), (x,))</c>: two dicts, whose keys must not repeat.</summary>
        public static TOutput functional_call<TInput, TOutput>(Module<TInput, TOutput> module, (Dict, Dict) parameter_and_buffer_dicts,
                                                               TInput args, bool tie_weights = true, bool strict = false)
        {
            var (first, second) = parameter_and_buffer_dicts;
            ArgumentNullException.ThrowIfNull(first);
            ArgumentNullException.ThrowIfNull(second);
            var repeated = first.Keys.Where(second.ContainsKey).Select(k => $"'{k}'").ToList();
            if (repeated.Count > 0)
                throw new TorchException($"[{string.Join(", ", repeated)}] appeared in multiple dictionaries; behavior of functional call is ambiguous",
                                         TorchErrorKind.ValueError);
            var merged = new Dictionary<string, Tensor>(first);
            foreach (var (key, value) in second) merged[key] = value;
            return Torch.Func.FunctionalCall(module, merged, args, tie_weights, strict);
        }

        /// <summary>2.x's <c>stack_module_state(models)</c>: <c>(params, buffers)</c>, dicts of the models' state stacked by name.</summary>
        public static (Dictionary<string, Tensor> Params, Dictionary<string, Tensor> Buffers) stack_module_state<TModule>(IReadOnlyList<TModule> models)
            where TModule : NN.Module
        {
            LibTorch.Require("torch.func.stack_module_state", 2, 0);
            return Torch.Func.StackModuleState(models);
        }

        /// <summary>2.x's <c>linearize(f, x)</c>: <c>(output, jvp_fn)</c>.</summary>
        public static (Tensor, Func<Tensor, Tensor>) linearize(Func<Tensor, Tensor> func, Tensor primal)
        {
            LibTorch.Require("torch.func.linearize", 2, 0);
            return Torch.Func.Linearize(func, primal);
        }

        /// <summary>2.x's <c>linearize(f, x, y)</c>: <c>jvp_fn(tx, ty)</c> takes a tangent per primal.</summary>
        public static (Tensor, Func<Tensor, Tensor, Tensor>) linearize(Func<Tensor, Tensor, Tensor> func, Tensor x, Tensor y)
        {
            LibTorch.Require("torch.func.linearize", 2, 0);
            return Torch.Func.Linearize(func, x, y);
        }

        /// <summary>2.x's <c>debug_unwrap(tensor, *, recurse=True)</c>: the tensor under its functorch wrappers.</summary>
        public static Tensor debug_unwrap(Tensor tensor, bool recurse = true)
        {
            LibTorch.Require("torch.func.debug_unwrap", 2, 0);
            return Torch.Func.DebugUnwrap(tensor, recurse);
        }

        /// <summary>2.x's <c>replace_all_batch_norm_modules_(root)</c>: batch norms stop tracking running statistics.</summary>
        public static TModule replace_all_batch_norm_modules_<TModule>(TModule root) where TModule : NN.Module
        {
            LibTorch.Require("torch.func.replace_all_batch_norm_modules_", 2, 0);
            return Torch.Func.ReplaceAllBatchNormModules_(root);
        }
    }
}
#pragma warning restore CS8981, IDE1006
