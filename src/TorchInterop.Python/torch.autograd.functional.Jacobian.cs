namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class autograd
    {
        public static partial class functional
        {
            private const string JacobianStrategyMessage =
                "Expected strategy to be either \"forward-mode\" or \"reverse-mode\". Hint: If your function has more outputs than " +
                "inputs, \"forward-mode\" tends to be more performant. Otherwise, prefer to use \"reverse-mode\".";

            private const string HessianStrategyMessage = "Expected strategy to be either \"forward-mode\" or \"reverse-mode\".";

            /// <summary>
            /// <c>jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode")</c> of
            /// a function of one tensor returning one: a tensor shaped as the output then the input.
            /// </summary>
            /// <exception cref="TorchException">PyTorch's errors: AssertionError for an unknown strategy,
            /// NotImplementedError for forward mode with create_graph or without vectorize, RuntimeError in strict mode.</exception>
            public static Tensor jacobian(Func<Tensor, Tensor> func, Tensor inputs, bool create_graph = false, bool strict = false,
                                          bool vectorize = false, string strategy = "reverse-mode") =>
                FunctionalAutograd.Jacobian(One(func), [inputs], create_graph, strict, vectorize,
                                            Strategy(strategy, JacobianStrategyMessage))[0][0];

            /// <summary>
            /// <c>jacobian(func, (x, y))</c> for a function of two tensors returning one: one Jacobian per input, a tuple
            /// (in forward mode a list, as PyTorch returns it there).
            /// </summary>
            public static IReadOnlyList<Tensor?> jacobian(Func<Tensor, Tensor, Tensor> func, (Tensor, Tensor) inputs,
                                                          bool create_graph = false, bool strict = false, bool vectorize = false,
                                                          string strategy = "reverse-mode")
            {
                var mode = Strategy(strategy, JacobianStrategyMessage);
                var rows = FunctionalAutograd.Jacobian(Two(func), [inputs.Item1, inputs.Item2], create_graph, strict, vectorize, mode);
                return Sequence(rows[0], mode);
            }

            /// <summary><c>jacobian(func, x)</c> for a function returning two tensors: a tuple with one Jacobian per output.</summary>
            public static TensorTuple jacobian(Func<Tensor, (Tensor, Tensor)> func, Tensor inputs, bool create_graph = false,
                                               bool strict = false, bool vectorize = false, string strategy = "reverse-mode")
            {
                var rows = FunctionalAutograd.Jacobian(OneToTwo(func), [inputs], create_graph, strict, vectorize,
                                                       Strategy(strategy, JacobianStrategyMessage));
                return new TensorTuple([.. rows.Select(r => r[0])]);
            }

            /// <summary>
            /// <c>jacobian(func, (x, y))</c> for a function of two tensors returning two: <c>result[i][j]</c> is output
            /// i's Jacobian with respect to input j; tuples of tuples (lists of lists in forward mode, as in PyTorch).
            /// </summary>
            public static IReadOnlyList<IReadOnlyList<Tensor?>> jacobian(Func<Tensor, Tensor, (Tensor, Tensor)> func, (Tensor, Tensor) inputs,
                                                                         bool create_graph = false, bool strict = false,
                                                                         bool vectorize = false, string strategy = "reverse-mode")
            {
                var mode = Strategy(strategy, JacobianStrategyMessage);
                var rows = FunctionalAutograd.Jacobian(TwoToTwo(func), [inputs.Item1, inputs.Item2], create_graph, strict, vectorize, mode);
                return Nested(rows, mode);
            }

            /// <summary>
            /// <c>hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy="reverse-mode")</c>
            /// of a function of one tensor returning a single-element tensor: a tensor shaped as the input twice.
            /// </summary>
            /// <exception cref="TorchException">PyTorch's errors, among them "The Tensor returned by the function given to
            /// hessian should contain a single element".</exception>
            public static Tensor hessian(Func<Tensor, Tensor> func, Tensor inputs, bool create_graph = false, bool strict = false,
                                         bool vectorize = false, string outer_jacobian_strategy = "reverse-mode") =>
                FunctionalAutograd.Hessian(One(func), [inputs], create_graph, strict, vectorize,
                                           Strategy(outer_jacobian_strategy, HessianStrategyMessage))[0][0];

            /// <summary>
            /// <c>hessian(func, (x, y))</c> for a function of two tensors: <c>result[i][j]</c> is the second derivative
            /// by inputs i and j; tuples of tuples (lists of lists with a forward-mode outer Jacobian, as in PyTorch).
            /// </summary>
            public static IReadOnlyList<IReadOnlyList<Tensor?>> hessian(Func<Tensor, Tensor, Tensor> func, (Tensor, Tensor) inputs,
                                                                        bool create_graph = false, bool strict = false,
                                                                        bool vectorize = false,
                                                                        string outer_jacobian_strategy = "reverse-mode")
            {
                var mode = Strategy(outer_jacobian_strategy, HessianStrategyMessage);
                var rows = FunctionalAutograd.Hessian(Two(func), [inputs.Item1, inputs.Item2], create_graph, strict, vectorize, mode);
                return Nested(rows, mode);
            }

            /// <summary>
            /// <c>hessian(func, x)</c> for a function returning a tuple, which PyTorch refuses once it has called it:
            /// "The function given to hessian should return a single Tensor" (after strict mode's checks of the outputs).
            /// </summary>
            public static Tensor hessian(Func<Tensor, (Tensor, Tensor)> func, Tensor inputs, bool create_graph = false, bool strict = false,
                                         bool vectorize = false, string outer_jacobian_strategy = "reverse-mode") =>
                FunctionalAutograd.Hessian(OneToTwo(func), [inputs], create_graph, strict, vectorize,
                                           Strategy(outer_jacobian_strategy, HessianStrategyMessage), outputsTuple: true)[0][0];

            private static Func<Tensor[], Tensor[]> OneToTwo(Func<Tensor, (Tensor, Tensor)> func) => a =>
            {
                var (first, second) = func(a[0]);
                return [first, second];
            };

            private static Func<Tensor[], Tensor[]> TwoToTwo(Func<Tensor, Tensor, (Tensor, Tensor)> func) => a =>
            {
                var (first, second) = func(a[0], a[1]);
                return [first, second];
            };

            // PyTorch asserts the strategy's spelling; its message for hessian is the shorter one.
            private static JacobianStrategy Strategy(string strategy, string message) => strategy switch
            {
                "reverse-mode" => JacobianStrategy.ReverseMode,
                "forward-mode" => JacobianStrategy.ForwardMode,
                _ => throw new TorchException(message, TorchErrorKind.AssertionError),
            };

            // _jacfwd builds Python lists and never turns them into tuples; reverse mode returns tuples.
            private static IReadOnlyList<Tensor?> Sequence(Tensor[] items, JacobianStrategy mode) =>
                mode == JacobianStrategy.ForwardMode ? new List<Tensor?>(items) : new TensorTuple(items);

            private static IReadOnlyList<IReadOnlyList<Tensor?>> Nested(Tensor[][] rows, JacobianStrategy mode)
            {
                IReadOnlyList<Tensor?>[] items = [.. rows.Select(r => Sequence(r, mode))];
                return mode == JacobianStrategy.ForwardMode ? new List<IReadOnlyList<Tensor?>>(items) : new PyTuple<IReadOnlyList<Tensor?>>(items);
            }
        }
    }
}
#pragma warning restore CS8981, IDE1006
