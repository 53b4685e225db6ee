using TorchInterop.Functorch;

namespace TorchInterop;

public static partial class Torch
{
    public static partial class Func
    {
        /// <summary>
        /// <c>torch.func.vjp(f, x)</c>: <c>f(x)</c> and the function that maps a cotangent of the output to the
        /// vector-Jacobian product (Python's <c>vjp_fn(ct)</c>, whose one-element tuple is here the tensor itself).
        /// </summary>
        public static (Tensor Output, System.Func<Tensor, Tensor> VjpFn) Vjp(System.Func<Tensor, Tensor> function, Tensor primal)
        {
            ArgumentNullException.ThrowIfNull(function);
            var (outputs, vjp, _) = GradTransform.Vjp(a => [function(a[0])], [primal], null, false);
            return (outputs[0], ct => vjp([ct])[0]);
        }

        /// <summary><c>torch.func.vjp(f, x, y)</c>: the output, and a function from its cotangent to both products.</summary>
        public static (Tensor Output, System.Func<Tensor, (Tensor, Tensor)> VjpFn) Vjp(System.Func<Tensor, Tensor, Tensor> function,
                                                                                     Tensor x, Tensor y)
        {
            ArgumentNullException.ThrowIfNull(function);
            var (outputs, vjp, _) = GradTransform.Vjp(a => [function(a[0], a[1])], [x, y], null, false);
            return (outputs[0], ct =>
            {
                var g = vjp([ct]);
                return (g[0], g[1]);
            });
        }

        /// <summary><c>torch.func.vjp(f, x, has_aux=True)</c>: f returns <c>(output, aux)</c>.</summary>
        public static (Tensor Output, System.Func<Tensor, Tensor> VjpFn, Tensor Aux) Vjp(System.Func<Tensor, (Tensor Output, Tensor Aux)> function,
                                                                                       Tensor primal, bool hasAux)
        {
            ArgumentNullException.ThrowIfNull(function);
            var (outputs, vjp, aux) = GradTransform.Vjp(WithAux(function, hasAux, "vjp(f, *primals)"), [primal], null, true);
            return (outputs[0], ct => vjp([ct])[0], aux!);
        }

        /// <summary>
        /// <c>torch.func.jvp(f, (x,), (t,))</c>: <c>f(x)</c> and the Jacobian-vector product with tangent t, by
        /// forward-mode AD; <paramref name="strict"/> rejects an output that does not depend on x.
        /// </summary>
        public static (Tensor Output, Tensor JvpOut) Jvp(System.Func<Tensor, Tensor> function, Tensor primal, Tensor tangent, bool strict = false)
        {
            ArgumentNullException.ThrowIfNull(function);
            var (outputs, tangents, _) = JvpTransform.Jvp(a => [function(a[0])], [primal], [tangent], null, strict, false);
            return (outputs[0], tangents[0]);
        }

        /// <summary><c>torch.func.jvp(f, (x, y), (tx, ty))</c>.</summary>
        public static (Tensor Output, Tensor JvpOut) Jvp(System.Func<Tensor, Tensor, Tensor> function, (Tensor, Tensor) primals,
                                                         (Tensor, Tensor) tangents, bool strict = false)
        {
            ArgumentNullException.ThrowIfNull(function);
            var (outputs, jvps, _) = JvpTransform.Jvp(a => [function(a[0], a[1])], [primals.Item1, primals.Item2],
                                                      [tangents.Item1, tangents.Item2], null, strict, false);
            return (outputs[0], jvps[0]);
        }

        /// <summary><c>torch.func.jvp(f, (x,), (t,), has_aux=True)</c>: f returns <c>(output, aux)</c>.</summary>
        public static (Tensor Output, Tensor JvpOut, Tensor Aux) Jvp(System.Func<Tensor, (Tensor Output, Tensor Aux)> function,
                                                                     Tensor primal, Tensor tangent, bool hasAux, bool strict = false)
        {
            ArgumentNullException.ThrowIfNull(function);
            var (outputs, jvps, aux) = JvpTransform.Jvp(WithAux(function, hasAux, "jvp(f, primals, tangents)"), [primal], [tangent],
                                                        null, strict, true);
            return (outputs[0], jvps[0], aux!);
        }
    }
}
