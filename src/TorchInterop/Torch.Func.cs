using TorchInterop.Native;

namespace TorchInterop;

public static partial class Torch
{
    /// <summary>
    /// <c>torch.func</c> (functorch's transforms): <see cref="Grad(System.Func{Tensor, Tensor})"/> and
    /// <see cref="GradAndValue(System.Func{Tensor, Tensor})"/> run on LibTorch's own functorch machinery (a Grad layer
    /// of its DynamicLayer stack, with inputs wrapped for that level), as PyTorch's <c>grad_and_value_impl</c> does,
    /// so transforms nest: <c>Grad(Grad(f))</c> is the second derivative.
    /// </summary>
    public static class Func
    {
        /// <summary><c>torch.func.grad(f)</c>: a function that returns the gradient of the scalar <c>f(x)</c> at x.</summary>
        public static System.Func<Tensor, Tensor> Grad(System.Func<Tensor, Tensor> function)
        {
            ArgumentNullException.ThrowIfNull(function);
            return x => GradAndValueOf(args => function(args[0]), [x], [0]).Grads[0];
        }

        /// <summary><c>torch.func.grad(f, argnums=argnums)</c> for a function of two tensors: the gradient with respect to argument <paramref name="argnums"/>.</summary>
        public static System.Func<Tensor, Tensor, Tensor> Grad(System.Func<Tensor, Tensor, Tensor> function, int argnums = 0)
        {
            ArgumentNullException.ThrowIfNull(function);
            ArgumentOutOfRangeException.ThrowIfNegative(argnums);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(argnums, 1);
            return (x, y) => GradAndValueOf(args => function(args[0], args[1]), [x, y], [argnums]).Grads[0];
        }

        /// <summary><c>torch.func.grad_and_value(f)</c>: the gradient and the value of the scalar <c>f(x)</c>.</summary>
        public static System.Func<Tensor, (Tensor Grad, Tensor Value)> GradAndValue(System.Func<Tensor, Tensor> function)
        {
            ArgumentNullException.ThrowIfNull(function);
            return x =>
            {
                var (grads, value) = GradAndValueOf(args => function(args[0]), [x], [0]);
                return (grads[0], value);
            };
        }

        // PyTorch's grad_and_value_impl, step by step.
        private static (Tensor[] Grads, Tensor Value) GradAndValueOf(System.Func<Tensor[], Tensor> function, Tensor[] args, int[] argnums)
        {
            foreach (var arg in args) ArgumentNullException.ThrowIfNull(arg);
            long level = NativeMethods.ti_func_grad_enter();
            if (level < 0) throw Check.LastError();
            try
            {
                using var grad = Autograd.EnableGrad();
                var wrapped = args.Select(a => global::TorchInterop.Tensor.From(NativeMethods.ti_func_wrap(a, level))).ToArray();
                var differentiable = argnums.Select(i => wrapped[i]).ToArray();
                foreach (var x in differentiable) Check.Status(NativeMethods.ti_func_make_differentiable(x));
                var output = function(wrapped) ?? throw new TorchException(
                    "grad_and_value(f)(*args): Expected f(*args) to return a Tensor, got <class 'NoneType'>");
                if (output.Dim != 0)
                    throw new TorchException("grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got tensor with " +
                                             $"{output.Dim} dims. Maybe you wanted to use the vjp or jacrev APIs instead?");
                // create_graph keeps the backward pass differentiable for an enclosing transform; an output that does not
                // depend on the inputs has zero gradients (functorch's _autograd_grad).
                var grads = output.RequiresGrad
                    ? Autograd.Grad([output], differentiable, createGraph: true, allowUnused: true)
                    : new global::TorchInterop.Tensor?[differentiable.Length];
                var result = grads.Select((g, i) => Unwrap(g ?? ZerosLike(differentiable[i]), level)).ToArray();
                return (result, Unwrap(output, level));
            }
            finally
            {
                Check.Status(NativeMethods.ti_func_grad_exit(level));
            }
        }

        private static Tensor Unwrap(Tensor tensor, long level) => global::TorchInterop.Tensor.From(NativeMethods.ti_func_unwrap(tensor, level));
    }
}
