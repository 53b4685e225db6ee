namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class autograd
    {
        /// <summary>
        /// Python's <c>torch.autograd.functional</c>: vector products of a function's Jacobian and Hessian, forwarding
        /// to <see cref="FunctionalAutograd"/>. A function of one tensor takes a tensor; a function of two takes a C#
        /// tuple <c>(x, y)</c> where Python passes <c>(x, y)</c>, and the per-input results come back as a tuple.
        /// </summary>
        public static partial class functional
        {
            /// <summary><c>vjp(func, inputs, v=None, create_graph=False, strict=False)</c>: <c>(func(inputs), vᵀJ)</c>.</summary>
            public static (Tensor, Tensor) vjp(Func<Tensor, Tensor> func, Tensor inputs, Tensor? v = null, bool create_graph = false,
                                               bool strict = false)
            {
                var (outputs, vjp) = FunctionalAutograd.Vjp(One(func), [inputs], Maybe(v), create_graph, strict);
                return (outputs[0], vjp[0]);
            }

            /// <summary><c>vjp(func, (x, y), v)</c> for a function of two tensors: the output and a tuple of two products.</summary>
            public static (Tensor, TensorTuple) vjp(Func<Tensor, Tensor, Tensor> func, (Tensor, Tensor) inputs, Tensor? v = null,
                                                    bool create_graph = false, bool strict = false)
            {
                var (outputs, vjp) = FunctionalAutograd.Vjp(Two(func), [inputs.Item1, inputs.Item2], Maybe(v), create_graph, strict);
                return (outputs[0], new TensorTuple(vjp));
            }

            /// <summary><c>jvp(func, inputs, v=None, create_graph=False, strict=False)</c>: <c>(func(inputs), Jv)</c>.</summary>
            public static (Tensor, Tensor) jvp(Func<Tensor, Tensor> func, Tensor inputs, Tensor? v = null, bool create_graph = false,
                                               bool strict = false)
            {
                var (outputs, jvp) = FunctionalAutograd.Jvp(One(func), [inputs], Maybe(v), create_graph, strict);
                return (outputs[0], jvp[0]);
            }

            /// <summary><c>jvp(func, (x, y), (vx, vy))</c> for a function of two tensors.</summary>
            public static (Tensor, Tensor) jvp(Func<Tensor, Tensor, Tensor> func, (Tensor, Tensor) inputs, (Tensor, Tensor)? v = null,
                                               bool create_graph = false, bool strict = false)
            {
                var (outputs, jvp) = FunctionalAutograd.Jvp(Two(func), [inputs.Item1, inputs.Item2], Pair(v), create_graph, strict,
                                                            inputsTuple: true);
                return (outputs[0], jvp[0]);
            }

            /// <summary><c>vhp(func, inputs, v=None, create_graph=False, strict=False)</c>: <c>(func(inputs), vᵀH)</c>.</summary>
            public static (Tensor, Tensor) vhp(Func<Tensor, Tensor> func, Tensor inputs, Tensor? v = null, bool create_graph = false,
                                               bool strict = false)
            {
                var (outputs, vhp) = FunctionalAutograd.Vhp(One(func), [inputs], Maybe(v), create_graph, strict);
                return (outputs[0], vhp[0]);
            }

            /// <summary><c>vhp(func, (x, y), (vx, vy))</c> for a function of two tensors.</summary>
            public static (Tensor, TensorTuple) vhp(Func<Tensor, Tensor, Tensor> func, (Tensor, Tensor) inputs, (Tensor, Tensor)? v = null,
                                                    bool create_graph = false, bool strict = false)
            {
                var (outputs, vhp) = FunctionalAutograd.Vhp(Two(func), [inputs.Item1, inputs.Item2], Pair(v), create_graph, strict,
                                                            inputsTuple: true);
                return (outputs[0], new TensorTuple(vhp));
            }

            /// <summary><c>hvp(func, inputs, v=None, create_graph=False, strict=False)</c>: <c>(func(inputs), Hv)</c>.</summary>
            public static (Tensor, Tensor) hvp(Func<Tensor, Tensor> func, Tensor inputs, Tensor? v = null, bool create_graph = false,
                                               bool strict = false)
            {
                var (outputs, hvp) = FunctionalAutograd.Hvp(One(func), [inputs], Maybe(v), create_graph, strict);
                return (outputs[0], hvp[0]);
            }

            /// <summary><c>hvp(func, (x, y), (vx, vy))</c> for a function of two tensors.</summary>
            public static (Tensor, TensorTuple) hvp(Func<Tensor, Tensor, Tensor> func, (Tensor, Tensor) inputs, (Tensor, Tensor)? v = null,
                                                    bool create_graph = false, bool strict = false)
            {
                var (outputs, hvp) = FunctionalAutograd.Hvp(Two(func), [inputs.Item1, inputs.Item2], Pair(v), create_graph, strict,
                                                            inputsTuple: true);
                return (outputs[0], new TensorTuple(hvp));
            }

            private static Func<Tensor[], Tensor[]> One(Func<Tensor, Tensor> func) => a => [func(a[0])];

            private static Func<Tensor[], Tensor[]> Two(Func<Tensor, Tensor, Tensor> func) => a => [func(a[0], a[1])];

            private static Tensor[]? Maybe(Tensor? v) => v is null ? null : [v];

            private static Tensor[]? Pair((Tensor, Tensor)? v) => v is { } p ? [p.Item1, p.Item2] : null;
        }
    }
}
#pragma warning restore CS8981, IDE1006
