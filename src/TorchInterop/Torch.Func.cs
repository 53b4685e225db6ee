using TorchInterop.Functorch;

namespace TorchInterop;

public static partial class Torch
{
    /// <summary>
    /// <c>torch.func</c> (functorch's transforms): <c>grad</c>, <c>grad_and_value</c>, <c>vmap</c>, <c>vjp</c>,
    /// <c>jvp</c>, <c>jacrev</c>, <c>jacfwd</c>, <c>hessian</c> and <c>functional_call</c>, on LibTorch's own functorch
    /// machinery (the layers of its DynamicLayer stack and its batching rules), as PyTorch's Python layer drives it.
    /// Transforms compose: <c>Vmap(Grad(f))</c> gives per-sample gradients, <c>Grad(Grad(f))</c> the second derivative.
    /// Python's tuples of arguments and of results are C# tuples; Python's <c>argnums=(0, 1)</c> is <c>argnums: [0, 1]</c>.
    /// </summary>
    public static partial class Func
    {
        /// <summary><c>torch.func.grad(f)</c>: a function that returns the gradient of the scalar <c>f(x)</c> at x.</summary>
        public static System.Func<Tensor, Tensor> Grad(System.Func<Tensor, Tensor> function)
        {
            ArgumentNullException.ThrowIfNull(function);
            return x => GradTransform.GradAndValue(a => [function(a[0])], [x], [0], false).Grads[0];
        }

        /// <summary><c>torch.func.grad(f, argnums=argnums)</c> for a function of two tensors.</summary>
        public static System.Func<Tensor, Tensor, Tensor> Grad(System.Func<Tensor, Tensor, Tensor> function, int argnums = 0)
        {
            ArgumentNullException.ThrowIfNull(function);
            return (x, y) => GradTransform.GradAndValue(a => [function(a[0], a[1])], [x, y], Argnums.Validate([argnums], 2, false), false).Grads[0];
        }

        /// <summary><c>torch.func.grad(f, argnums=argnums)</c> for a function of three tensors.</summary>
        public static System.Func<Tensor, Tensor, Tensor, Tensor> Grad(System.Func<Tensor, Tensor, Tensor, Tensor> function, int argnums = 0)
        {
            ArgumentNullException.ThrowIfNull(function);
            return (x, y, z) => GradTransform.GradAndValue(a => [function(a[0], a[1], a[2])], [x, y, z],
                                                           Argnums.Validate([argnums], 3, false), false).Grads[0];
        }

        /// <summary><c>torch.func.grad(f, argnums=(0, 1))</c>: one gradient per argument in <paramref name="argnums"/>.</summary>
        public static System.Func<Tensor, Tensor, Tensor[]> Grad(System.Func<Tensor, Tensor, Tensor> function, int[] argnums)
        {
            ArgumentNullException.ThrowIfNull(function);
            ArgumentNullException.ThrowIfNull(argnums);
            return (x, y) => GradTransform.GradAndValue(a => [function(a[0], a[1])], [x, y], Argnums.Validate(argnums, 2, true), false).Grads;
        }

        /// <summary><c>torch.func.grad(f, has_aux=True)</c>: f returns <c>(output, aux)</c>; the result is <c>(grad, aux)</c>.</summary>
        public static System.Func<Tensor, (Tensor Grad, Tensor Aux)> Grad(System.Func<Tensor, (Tensor Output, Tensor Aux)> function, bool hasAux)
        {
            ArgumentNullException.ThrowIfNull(function);
            return x =>
            {
                var (grads, _, aux) = GradTransform.GradAndValue(WithAux(function, hasAux, "grad_and_value(f)(*args)"), [x], [0], true);
                return (grads[0], aux!);
            };
        }

        /// <summary><c>torch.func.grad_and_value(f)</c>: the gradient and the value of the scalar <c>f(x)</c>.</summary>
        public static System.Func<Tensor, (Tensor Grad, Tensor Value)> GradAndValue(System.Func<Tensor, Tensor> function)
        {
            ArgumentNullException.ThrowIfNull(function);
            return x =>
            {
                var (grads, value, _) = GradTransform.GradAndValue(a => [function(a[0])], [x], [0], false);
                return (grads[0], value);
            };
        }

        /// <summary><c>torch.func.grad_and_value(f, argnums=argnums)</c> for a function of two tensors.</summary>
        public static System.Func<Tensor, Tensor, (Tensor Grad, Tensor Value)> GradAndValue(System.Func<Tensor, Tensor, Tensor> function, int argnums = 0)
        {
            ArgumentNullException.ThrowIfNull(function);
            return (x, y) =>
            {
                var (grads, value, _) = GradTransform.GradAndValue(a => [function(a[0], a[1])], [x, y], Argnums.Validate([argnums], 2, false), false);
                return (grads[0], value);
            };
        }

        /// <summary><c>torch.func.grad_and_value(f, has_aux=True)</c>: <c>(grad, (value, aux))</c>.</summary>
        public static System.Func<Tensor, (Tensor Grad, (Tensor Value, Tensor Aux) ValueAndAux)> GradAndValue(
            System.Func<Tensor, (Tensor Output, Tensor Aux)> function, bool hasAux)
        {
            ArgumentNullException.ThrowIfNull(function);
            return x =>
            {
                var (grads, value, aux) = GradTransform.GradAndValue(WithAux(function, hasAux, "grad_and_value(f)(*args)"), [x], [0], true);
                return (grads[0], (value, aux!));
            };
        }

        // A C# function that returns (output, aux) is Python's has_aux=True function; without has_aux its tuple is not the
        // Tensor grad expects.
        private static System.Func<Tensor[], Tensor[]> WithAux(System.Func<Tensor, (Tensor Output, Tensor Aux)> function, bool hasAux, string api)
        {
            if (!hasAux) throw new TorchException($"{api}: Expected f(*args) to return a Tensor, got <class 'tuple'>");
            return a =>
            {
                var (output, aux) = function(a[0]);
                return [output, aux];
            };
        }
    }
}
