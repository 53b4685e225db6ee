using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>2.x's <c>torch.vmap</c>, the same as <c>torch.func.vmap</c>.</summary>
    public static Func<Tensor, Tensor> vmap(Func<Tensor, Tensor> func, Dims in_dims = default, Dims out_dims = default,
                                            string randomness = "error", int? chunk_size = null)
    {
        LibTorch.Require("torch.vmap", 2, 0);
        return torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);
    }

    /// <summary>2.x's <c>torch.vmap</c> of a function of two tensors.</summary>
    public static Func<Tensor, Tensor, Tensor> vmap(Func<Tensor, Tensor, Tensor> func, Dims in_dims = default, Dims out_dims = default,
                                                    string randomness = "error", int? chunk_size = null)
    {
        LibTorch.Require("torch.vmap", 2, 0);
        return torch.func.vmap(func, in_dims, out_dims, randomness, chunk_size);
    }

    /// <summary>
    /// Python's <c>torch.func</c> (2.x), which is 1.13's <c>functorch</c> package under its 2.x name (1.13's spelling,
    /// <c>functorch.vmap(...)</c>, is the <see cref="functorch"/> class, on both versions).
    /// Python's tuples of dims are C# tuples (<c>in_dims: (0, null)</c>); tuples of argnums are arrays (<c>argnums: [0, 1]</c>);
    /// <c>jvp</c>'s one-element tuples <c>(x,)</c> are arrays <c>[x]</c>.
    /// </summary>
    public static partial class func
    {
        /// <summary><c>torch.func.grad(f)</c></summary>
        public static Func<Tensor, Tensor> grad(Func<Tensor, Tensor> func) => Torch.Func.Grad(func);

        /// <summary><c>torch.func.grad(f, argnums=argnums)</c> for a function of two tensors.</summary>
        public static Func<Tensor, Tensor, Tensor> grad(Func<Tensor, Tensor, Tensor> func, int argnums = 0) => Torch.Func.Grad(func, argnums);

        /// <summary><c>torch.func.grad(f, argnums=argnums)</c> for a function of three tensors.</summary>
        public static Func<Tensor, Tensor, Tensor, Tensor> grad(Func<Tensor, Tensor, Tensor, Tensor> func, int argnums = 0) =>
            Torch.Func.Grad(func, argnums);

        /// <summary><c>torch.func.grad(f, argnums=(0, 1))</c>: a tuple of gradients.</summary>
        public static Func<Tensor, Tensor, TensorTuple> grad(Func<Tensor, Tensor, Tensor> func, int[] argnums)
        {
            var inner = Torch.Func.Grad(func, argnums);
            return (x, y) => new TensorTuple(inner(x, y));
        }

        /// <summary><c>torch.func.grad(f, has_aux=True)</c>: <c>(grad, aux)</c>.</summary>
        public static Func<Tensor, (Tensor, Tensor)> grad(Func<Tensor, (Tensor, Tensor)> func, bool has_aux)
        {
            var inner = Torch.Func.Grad(x => { var (o, a) = func(x); return (o, a); }, has_aux);
            return x => inner(x);
        }

        /// <summary><c>torch.func.grad_and_value(f)</c>: <c>(grad, value)</c>.</summary>
        public static Func<Tensor, (Tensor, Tensor)> grad_and_value(Func<Tensor, Tensor> func)
        {
            var inner = Torch.Func.GradAndValue(func);
            return x => inner(x);
        }

        /// <summary><c>torch.func.grad_and_value(f, argnums=argnums)</c> for a function of two tensors.</summary>
        public static Func<Tensor, Tensor, (Tensor, Tensor)> grad_and_value(Func<Tensor, Tensor, Tensor> func, int argnums = 0)
        {
            var inner = Torch.Func.GradAndValue(func, argnums);
            return (x, y) => inner(x, y);
        }

        /// <summary><c>torch.func.grad_and_value(f, has_aux=True)</c>: <c>(grad, (value, aux))</c>.</summary>
        public static Func<Tensor, (Tensor, (Tensor, Tensor))> grad_and_value(Func<Tensor, (Tensor, Tensor)> func, bool has_aux)
        {
            var inner = Torch.Func.GradAndValue(x => { var (o, a) = func(x); return (o, a); }, has_aux);
            return x => inner(x);
        }

        /// <summary><c>torch.func.vmap(f, in_dims=0, out_dims=0, randomness='error', chunk_size=None)</c></summary>
        public static Func<Tensor, Tensor> vmap(Func<Tensor, Tensor> func, Dims in_dims = default, Dims out_dims = default,
                                                string randomness = "error", int? chunk_size = null) =>
            Torch.Func.Vmap(func, in_dims, out_dims, randomness, chunk_size);

        /// <summary><c>torch.func.vmap</c> of a function of two tensors (<c>in_dims: (0, null)</c>).</summary>
        public static Func<Tensor, Tensor, Tensor> vmap(Func<Tensor, Tensor, Tensor> func, Dims in_dims = default, Dims out_dims = default,
                                                        string randomness = "error", int? chunk_size = null) =>
            Torch.Func.Vmap(func, in_dims, out_dims, randomness, chunk_size);

        /// <summary><c>torch.func.vmap</c> of a function of three tensors.</summary>
        public static Func<Tensor, Tensor, Tensor, Tensor> vmap(Func<Tensor, Tensor, Tensor, Tensor> func, Dims in_dims = default,
                                                                Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
            Torch.Func.Vmap(func, in_dims, out_dims, randomness, chunk_size);

        /// <summary><c>torch.func.vmap</c> of a function with two outputs.</summary>
        public static Func<Tensor, (Tensor, Tensor)> vmap(Func<Tensor, (Tensor, Tensor)> func, Dims in_dims = default, Dims out_dims = default,
                                                          string randomness = "error", int? chunk_size = null) =>
            Torch.Func.Vmap(func, in_dims, out_dims, randomness, chunk_size);

        /// <summary><c>torch.func.vmap</c> of a function of two tensors with two outputs.</summary>
        public static Func<Tensor, Tensor, (Tensor, Tensor)> vmap(Func<Tensor, Tensor, (Tensor, Tensor)> func, Dims in_dims = default,
                                                                  Dims out_dims = default, string randomness = "error", int? chunk_size = null) =>
            Torch.Func.Vmap(func, in_dims, out_dims, randomness, chunk_size);

        /// <summary><c>torch.func.vjp(f, x)</c>: <c>(output, vjp_fn)</c>; <c>vjp_fn(ct)</c> is a tuple, as in Python.</summary>
        public static (Tensor, Func<Tensor, TensorTuple>) vjp(Func<Tensor, Tensor> func, Tensor primal)
        {
            var (output, fn) = Torch.Func.Vjp(func, primal);
            return (output, ct => new TensorTuple(fn(ct)));
        }

        /// <summary><c>torch.func.vjp(f, x, y)</c></summary>
        public static (Tensor, Func<Tensor, TensorTuple>) vjp(Func<Tensor, Tensor, Tensor> func, Tensor x, Tensor y)
        {
            var (output, fn) = Torch.Func.Vjp(func, x, y);
            return (output, ct => { var (a, b) = fn(ct); return new TensorTuple(a, b); });
        }

        /// <summary><c>torch.func.vjp(f, x, has_aux=True)</c>: <c>(output, vjp_fn, aux)</c>.</summary>
        public static (Tensor, Func<Tensor, TensorTuple>, Tensor) vjp(Func<Tensor, (Tensor, Tensor)> func, Tensor primal, bool has_aux)
        {
            var (output, fn, aux) = Torch.Func.Vjp(x => { var (o, a) = func(x); return (o, a); }, primal, has_aux);
            return (output, ct => new TensorTuple(fn(ct)), aux);
        }

        /// <summary><c>torch.func.jvp(f, (x,), (t,))</c> written <c>jvp(f, [x], [t])</c>: <c>(output, jvp_out)</c>.</summary>
        public static (Tensor, Tensor) jvp(Func<Tensor, Tensor> func, Tensor[] primals, Tensor[] tangents, bool strict = false)
        {
            var (x, t) = One(primals, tangents);
            return Torch.Func.Jvp(func, x, t, strict);
        }

        /// <summary><c>torch.func.jvp(f, (x, y), (tx, ty))</c></summary>
        public static (Tensor, Tensor) jvp(Func<Tensor, Tensor, Tensor> func, (Tensor, Tensor) primals, (Tensor, Tensor) tangents,
                                           bool strict = false) =>
            Torch.Func.Jvp(func, primals, tangents, strict);

        /// <summary><c>torch.func.jvp(f, (x,), (t,), has_aux=True)</c>: <c>(output, jvp_out, aux)</c>.</summary>
        public static (Tensor, Tensor, Tensor) jvp(Func<Tensor, (Tensor, Tensor)> func, Tensor[] primals, Tensor[] tangents, bool has_aux,
                                                   bool strict = false)
        {
            var (x, t) = One(primals, tangents);
            return Torch.Func.Jvp(p => { var (o, a) = func(p); return (o, a); }, x, t, has_aux, strict);
        }

        /// <summary><c>torch.func.jacrev(f, chunk_size=None)</c></summary>
        public static Func<Tensor, Tensor> jacrev(Func<Tensor, Tensor> func, int? chunk_size = null) => Torch.Func.Jacrev(func, chunk_size);

        /// <summary><c>torch.func.jacrev(f, argnums)</c> for a function of two tensors.</summary>
        public static Func<Tensor, Tensor, Tensor> jacrev(Func<Tensor, Tensor, Tensor> func, int argnums = 0, int? chunk_size = null) =>
            Torch.Func.Jacrev(func, argnums, chunk_size);

        /// <summary><c>torch.func.jacrev(f, argnums=(0, 1))</c>: a tuple of Jacobians.</summary>
        public static Func<Tensor, Tensor, TensorTuple> jacrev(Func<Tensor, Tensor, Tensor> func, int[] argnums, int? chunk_size = null)
        {
            var inner = Torch.Func.Jacrev(func, argnums, chunk_size);
            return (x, y) => new TensorTuple(inner(x, y));
        }

        /// <summary><c>torch.func.jacrev</c> of a function with two outputs.</summary>
        public static Func<Tensor, (Tensor, Tensor)> jacrev(Func<Tensor, (Tensor, Tensor)> func, int? chunk_size = null) =>
            Torch.Func.Jacrev(func, chunk_size);

        /// <summary><c>torch.func.jacrev(f, has_aux=True)</c>: <c>(jacobian, aux)</c>.</summary>
        public static Func<Tensor, (Tensor, Tensor)> jacrev(Func<Tensor, (Tensor, Tensor)> func, bool has_aux, int? chunk_size = null)
        {
            var inner = Torch.Func.Jacrev(x => { var (o, a) = func(x); return (o, a); }, has_aux, chunk_size);
            return x => inner(x);
        }

        /// <summary><c>torch.func.jacfwd(f, randomness='error')</c></summary>
        public static Func<Tensor, Tensor> jacfwd(Func<Tensor, Tensor> func, string randomness = "error") => Torch.Func.Jacfwd(func, randomness);

        /// <summary><c>torch.func.jacfwd(f, argnums)</c> for a function of two tensors.</summary>
        public static Func<Tensor, Tensor, Tensor> jacfwd(Func<Tensor, Tensor, Tensor> func, int argnums = 0, string randomness = "error") =>
            Torch.Func.Jacfwd(func, argnums, randomness);

        /// <summary><c>torch.func.jacfwd(f, argnums=(0, 1))</c>: a tuple of Jacobians.</summary>
        public static Func<Tensor, Tensor, TensorTuple> jacfwd(Func<Tensor, Tensor, Tensor> func, int[] argnums, string randomness = "error")
        {
            var inner = Torch.Func.Jacfwd(func, argnums, randomness);
            return (x, y) => new TensorTuple(inner(x, y));
        }

        /// <summary><c>torch.func.jacfwd</c> of a function with two outputs.</summary>
        public static Func<Tensor, (Tensor, Tensor)> jacfwd(Func<Tensor, (Tensor, Tensor)> func, string randomness = "error") =>
            Torch.Func.Jacfwd(func, randomness);

        /// <summary><c>torch.func.jacfwd(f, has_aux=True)</c>: <c>(jacobian, aux)</c>.</summary>
        public static Func<Tensor, (Tensor, Tensor)> jacfwd(Func<Tensor, (Tensor, Tensor)> func, bool has_aux, string randomness = "error")
        {
            var inner = Torch.Func.Jacfwd(x => { var (o, a) = func(x); return (o, a); }, has_aux, randomness);
            return x => inner(x);
        }

        /// <summary><c>torch.func.hessian(f)</c></summary>
        public static Func<Tensor, Tensor> hessian(Func<Tensor, Tensor> func) => Torch.Func.Hessian(func);

        /// <summary><c>torch.func.hessian(f, argnums)</c> for a function of two tensors.</summary>
        public static Func<Tensor, Tensor, Tensor> hessian(Func<Tensor, Tensor, Tensor> func, int argnums = 0) => Torch.Func.Hessian(func, argnums);

        /// <summary><c>torch.func.functional_call(module, parameters_and_buffers, (x,))</c>, the argument written <c>x</c>.</summary>
        public static TOutput functional_call<TInput, TOutput>(Module<TInput, TOutput> module, IReadOnlyDictionary<string, Tensor> parameter_and_buffer_dicts,
                                                               TInput args, bool tie_weights = true, bool strict = false) =>
            Torch.Func.FunctionalCall(module, parameter_and_buffer_dicts, args, tie_weights, strict);

        private static (Tensor, Tensor) One(Tensor[] primals, Tensor[] tangents)
        {
            ArgumentNullException.ThrowIfNull(primals);
            ArgumentNullException.ThrowIfNull(tangents);
            if (primals.Length != tangents.Length)
                throw new TorchException("jvp(f, primals, tangents): Expected primals and tangents to have the same python structure. " +
                                         "For example, if primals is a tuple of 3 tensors, tangents also must be.");
            if (primals.Length != 1)
                throw new ArgumentException($"<lambda>() takes 1 positional argument but {primals.Length} were given", nameof(primals));
            return (primals[0], tangents[0]);
        }
    }
}
#pragma warning restore CS8981, IDE1006
