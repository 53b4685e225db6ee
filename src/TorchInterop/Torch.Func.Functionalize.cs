using TorchInterop.Functorch;

namespace TorchInterop;

public static partial class Torch
{
    public static partial class Func
    {
        /// <summary>
        /// <c>torch.func.functionalize(f, remove='mutations')</c> (<c>functorch.functionalize</c> in 1.13): f with its
        /// in-place operations replaced by out-of-place ones (and, with <c>remove: "mutations_and_views"</c>, its views by
        /// copies), the same results, and mutations of the input copied back to the caller's tensor afterwards.
        /// <code>var y = Torch.Func.Functionalize(x => { var b = x + 1; b.Mul_(2); return b; })(x);</code>
        /// </summary>
        public static System.Func<Tensor, Tensor> Functionalize(System.Func<Tensor, Tensor> function, string remove = "mutations")
        {
            var run = Functionalizer(function, remove);
            return x => run(a => [function(a[0]!)], [x])[0]!;
        }

        /// <summary><c>torch.func.functionalize</c> of a function of two tensors.</summary>
        public static System.Func<Tensor, Tensor, Tensor> Functionalize(System.Func<Tensor, Tensor, Tensor> function,
                                                                       string remove = "mutations")
        {
            var run = Functionalizer(function, remove);
            return (x, y) => run(a => [function(a[0]!, a[1]!)], [x, y])[0]!;
        }

        /// <summary><c>torch.func.functionalize</c> of a function with two outputs.</summary>
        public static System.Func<Tensor, (Tensor, Tensor)> Functionalize(System.Func<Tensor, (Tensor, Tensor)> function,
                                                                         string remove = "mutations")
        {
            var run = Functionalizer(function, remove);
            return x =>
            {
                var r = run(a => Flat(function(a[0]!)), [x]);
                return (r[0]!, r[1]!);
            };
        }

        /// <summary><c>torch.func.functionalize</c> of a function of two tensors with two outputs.</summary>
        public static System.Func<Tensor, Tensor, (Tensor, Tensor)> Functionalize(System.Func<Tensor, Tensor, (Tensor, Tensor)> function,
                                                                                 string remove = "mutations")
        {
            var run = Functionalizer(function, remove);
            return (x, y) =>
            {
                var r = run(a => Flat(function(a[0]!, a[1]!)), [x, y]);
                return (r[0]!, r[1]!);
            };
        }

        // remove is checked when the function is transformed, as Python checks it.
        private static System.Func<System.Func<Tensor?[], Tensor?[]>, Tensor?[], Tensor?[]> Functionalizer(Delegate function, string remove)
        {
            ArgumentNullException.ThrowIfNull(function);
            bool reapplyViews = FunctionalizeTransform.ReapplyViews(remove);
            return (flat, args) => FunctionalizeTransform.Apply(flat, args, reapplyViews);
        }
    }
}
