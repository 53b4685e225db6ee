using TorchInterop.Functorch;

namespace TorchInterop;

public static partial class Torch
{
    public static partial class Func
    {
        /// <summary><c>torch.func.jacrev(f, chunk_size=...)</c>: the Jacobian by reverse mode, shaped <c>output.shape + x.shape</c>.</summary>
        public static System.Func<Tensor, Tensor> Jacrev(System.Func<Tensor, Tensor> function, int? chunkSize = null)
        {
            ArgumentNullException.ThrowIfNull(function);
            return x => Jacobians.Reverse(a => [function(a[0])], [x], [0], false, chunkSize).Jacobians[0][0];
        }

        /// <summary><c>torch.func.jacrev(f, argnums)</c> for a function of two tensors.</summary>
        public static System.Func<Tensor, Tensor, Tensor> Jacrev(System.Func<Tensor, Tensor, Tensor> function, int argnums = 0, int? chunkSize = null)
        {
            ArgumentNullException.ThrowIfNull(function);
            return (x, y) => Jacobians.Reverse(a => [function(a[0], a[1])], [x, y], Argnums.Validate([argnums], 2, false), false, chunkSize)
                .Jacobians[0][0];
        }

        /// <summary><c>torch.func.jacrev(f, argnums=(0, 1))</c>: one Jacobian per argument in <paramref name="argnums"/>.</summary>
        public static System.Func<Tensor, Tensor, Tensor[]> Jacrev(System.Func<Tensor, Tensor, Tensor> function, int[] argnums, int? chunkSize = null)
        {
            ArgumentNullException.ThrowIfNull(function);
            ArgumentNullException.ThrowIfNull(argnums);
            return (x, y) => Jacobians.Reverse(a => [function(a[0], a[1])], [x, y], Argnums.Validate(argnums, 2, true), false, chunkSize)
                .Jacobians[0];
        }

        /// <summary><c>torch.func.jacrev</c> of a function with two outputs: one Jacobian per output.</summary>
        public static System.Func<Tensor, (Tensor, Tensor)> Jacrev(System.Func<Tensor, (Tensor, Tensor)> function, int? chunkSize = null)
        {
            ArgumentNullException.ThrowIfNull(function);
            return x =>
            {
                var j = Jacobians.Reverse(a => Flat(function(a[0])), [x], [0], false, chunkSize).Jacobians;
                return (j[0][0], j[1][0]);
            };
        }

        /// <summary><c>torch.func.jacrev(f, has_aux=True)</c>: f returns <c>(output, aux)</c>; the result is <c>(jacobian, aux)</c>.</summary>
        public static System.Func<Tensor, (Tensor Jacobian, Tensor Aux)> Jacrev(System.Func<Tensor, (Tensor Output, Tensor Aux)> function,
                                                                              bool hasAux, int? chunkSize = null)
        {
            ArgumentNullException.ThrowIfNull(function);
            return x =>
            {
                var (j, aux) = Jacobians.Reverse(WithAux(function, hasAux, "vjp(f, *primals)"), [x], [0], true, chunkSize);
                return (j[0][0], aux!);
            };
        }

        /// <summary><c>torch.func.jacfwd(f, randomness=...)</c>: the Jacobian by forward mode.</summary>
        public static System.Func<Tensor, Tensor> Jacfwd(System.Func<Tensor, Tensor> function, string randomness = "error")
        {
            ArgumentNullException.ThrowIfNull(function);
            var mode = VmapTransform.ParseRandomness(randomness);
            return x => Jacobians.Forward(a => [function(a[0])], [x], [0], false, mode).Jacobians[0][0];
        }

        /// <summary><c>torch.func.jacfwd(f, argnums)</c> for a function of two tensors.</summary>
        public static System.Func<Tensor, Tensor, Tensor> Jacfwd(System.Func<Tensor, Tensor, Tensor> function, int argnums = 0, string randomness = "error")
        {
            ArgumentNullException.ThrowIfNull(function);
            var mode = VmapTransform.ParseRandomness(randomness);
            return (x, y) => Jacobians.Forward(a => [function(a[0], a[1])], [x, y], Argnums.Validate([argnums], 2, false), false, mode)
                .Jacobians[0][0];
        }

        /// <summary><c>torch.func.jacfwd(f, argnums=(0, 1))</c>: one Jacobian per argument in <paramref name="argnums"/>.</summary>
        public static System.Func<Tensor, Tensor, Tensor[]> Jacfwd(System.Func<Tensor, Tensor, Tensor> function, int[] argnums, string randomness = "error")
        {
            ArgumentNullException.ThrowIfNull(function);
            ArgumentNullException.ThrowIfNull(argnums);
            var mode = VmapTransform.ParseRandomness(randomness);
            return (x, y) => Jacobians.Forward(a => [function(a[0], a[1])], [x, y], Argnums.Validate(argnums, 2, true), false, mode)
                .Jacobians[0];
        }

        /// <summary><c>torch.func.jacfwd</c> of a function with two outputs: one Jacobian per output.</summary>
        public static System.Func<Tensor, (Tensor, Tensor)> Jacfwd(System.Func<Tensor, (Tensor, Tensor)> function, string randomness = "error")
        {
            ArgumentNullException.ThrowIfNull(function);
            var mode = VmapTransform.ParseRandomness(randomness);
            return x =>
            {
                var j = Jacobians.Forward(a => Flat(function(a[0])), [x], [0], false, mode).Jacobians;
                return (j[0][0], j[1][0]);
            };
        }

        /// <summary><c>torch.func.jacfwd(f, has_aux=True)</c>: <c>(jacobian, aux)</c>.</summary>
        public static System.Func<Tensor, (Tensor Jacobian, Tensor Aux)> Jacfwd(System.Func<Tensor, (Tensor Output, Tensor Aux)> function,
                                                                              bool hasAux, string randomness = "error")
        {
            ArgumentNullException.ThrowIfNull(function);
            var mode = VmapTransform.ParseRandomness(randomness);
            return x =>
            {
                var (j, aux) = Jacobians.Forward(WithAux(function, hasAux, "jvp(f, primals, tangents)"), [x], [0], true, mode);
                return (j[0][0], aux!);
            };
        }

        /// <summary><c>torch.func.hessian(f)</c>: <c>jacfwd(jacrev(f))</c>.</summary>
        public static System.Func<Tensor, Tensor> Hessian(System.Func<Tensor, Tensor> function) => Jacfwd(Jacrev(function));

        /// <summary><c>torch.func.hessian(f, argnums)</c> for a function of two tensors.</summary>
        public static System.Func<Tensor, Tensor, Tensor> Hessian(System.Func<Tensor, Tensor, Tensor> function, int argnums = 0) =>
            Jacfwd(Jacrev(function, argnums), argnums);
    }
}
