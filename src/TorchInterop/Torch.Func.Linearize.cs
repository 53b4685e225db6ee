using TorchInterop.Functorch;

namespace TorchInterop;

public static partial class Torch
{
    public static partial class Func
    {
        /// <summary>
        /// PyTorch 2's <c>torch.func.linearize(f, x)</c>: <c>f(x)</c> and the function that gives the jvp of f at x for
        /// a tangent. PyTorch traces the jvp once with make_fx; here each call runs the jvp, with the same results
        /// and the same checks on the tangent.
        /// </summary>
        public static (Tensor Output, System.Func<Tensor, Tensor> JvpFn) Linearize(System.Func<Tensor, Tensor> function, Tensor primal)
        {
            ArgumentNullException.ThrowIfNull(function);
            ArgumentNullException.ThrowIfNull(primal);
            var output = function(primal);
            var primals = new[] { primal };
            return (output, tangent => LinearJvp(a => [function(a[0])], primals, [tangent])[0]);
        }

        /// <summary><c>torch.func.linearize(f, x, y)</c>: the jvp function takes one tangent per primal.</summary>
        public static (Tensor Output, System.Func<Tensor, Tensor, Tensor> JvpFn) Linearize(System.Func<Tensor, Tensor, Tensor> function,
                                                                                        Tensor x, Tensor y)
        {
            ArgumentNullException.ThrowIfNull(function);
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var output = function(x, y);
            var primals = new[] { x, y };
            return (output, (tx, ty) => LinearJvp(a => [function(a[0], a[1])], primals, [tx, ty])[0]);
        }

        // linearize's jvp_fn: forward_ad_checks on each tangent, then the tangents of the outputs.
        private static Tensor[] LinearJvp(System.Func<Tensor[], Tensor[]> function, Tensor[] primals, Tensor[] tangents)
        {
            for (int i = 0; i < tangents.Length; i++)
            {
                var (t, p) = (tangents[i] ?? throw new ArgumentNullException(nameof(tangents)), primals[i]);
                if (!t.Shape.SequenceEqual(p.Shape))
                    throw new TorchException($"tangent:{i} with shape {SizeRepr(t.Shape)} in flattened pytree doesn't match the shape " +
                                             $"{SizeRepr(p.Shape)} of the corresponding primal.");
                if (t.Device != p.Device)
                    throw new TorchException($"tangent:{i} with device {t.Device} in flattened pytree doesn't match the device " +
                                             $"{p.Device} of the corresponding primal.");
                if (t.Dtype != p.Dtype)
                    throw new TorchException($"tangent:{i} with dtype {t.Dtype.PythonName()} in flattened pytree doesn't match the dtype " +
                                             $"{p.Dtype.PythonName()} of the corresponding primal.");
            }
            return JvpTransform.Jvp(function, primals, tangents, argnums: null, strict: false, hasAux: false).TangentsOut;
        }

        private static string SizeRepr(long[] shape) => "torch.Size([" + string.Join(", ", shape) + "])";
    }
}
