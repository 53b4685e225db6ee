namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class optim
    {
#if LIBTORCH_2
        /// <summary>
        /// <c>torch.optim.LBFGS(params, lr=1, max_iter=20, max_eval=None, tolerance_grad=1e-7, tolerance_change=1e-9,
        /// history_size=100, line_search_fn=None, *, maximize=False)</c>; step with <c>optimizer.step(closure)</c>.
        /// </summary>
        [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
        public static Optim.LBFGS LBFGS(IEnumerable<Tensor> @params, Scalar? lr = null, long max_iter = 20, long? max_eval = null,
            double tolerance_grad = 1e-7, double tolerance_change = 1e-9, long history_size = 100, string? line_search_fn = null,
            bool maximize = false) =>
            new(@params, lr, max_iter, max_eval, tolerance_grad, tolerance_change, history_size, line_search_fn, maximize);

        /// <summary><c>torch.optim.LBFGS</c> over parameter groups given as dictionaries (PyTorch accepts exactly one).</summary>
        public static Optim.LBFGS LBFGS(IEnumerable<Dictionary<string, object>> @params, Scalar? lr = null, long max_iter = 20, long? max_eval = null,
            double tolerance_grad = 1e-7, double tolerance_change = 1e-9, long history_size = 100, string? line_search_fn = null,
            bool maximize = false) =>
            new(Groups(@params), lr, max_iter, max_eval, tolerance_grad, tolerance_change, history_size, line_search_fn, maximize);
#else
        /// <summary>
        /// <c>torch.optim.LBFGS(params, lr=1, max_iter=20, max_eval=None, tolerance_grad=1e-7, tolerance_change=1e-9,
        /// history_size=100, line_search_fn=None)</c>; step with <c>optimizer.step(closure)</c>.
        /// </summary>
        [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
        public static Optim.LBFGS LBFGS(IEnumerable<Tensor> @params, Scalar? lr = null, long max_iter = 20, long? max_eval = null,
            double tolerance_grad = 1e-7, double tolerance_change = 1e-9, long history_size = 100, string? line_search_fn = null) =>
            new(@params, lr, max_iter, max_eval, tolerance_grad, tolerance_change, history_size, line_search_fn);

        /// <summary><c>torch.optim.LBFGS</c> over parameter groups given as dictionaries (PyTorch accepts exactly one).</summary>
        public static Optim.LBFGS LBFGS(IEnumerable<Dictionary<string, object>> @params, Scalar? lr = null, long max_iter = 20, long? max_eval = null,
            double tolerance_grad = 1e-7, double tolerance_change = 1e-9, long history_size = 100, string? line_search_fn = null) =>
            new(Groups(@params), lr, max_iter, max_eval, tolerance_grad, tolerance_change, history_size, line_search_fn);
#endif
    }
}

/// <summary>L-BFGS's Python names.</summary>
public static class LbfgsExtensions
{
    extension(Optim.LBFGS optimizer)
    {
        /// <summary><c>optimizer.step(closure)</c>: the closure re-evaluates the loss (and its gradients) and returns it.</summary>
        public Tensor step(Func<Tensor> closure) => optimizer.Step(closure);
    }
}
#pragma warning restore CS8981, IDE1006
