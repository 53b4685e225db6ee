using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class optim
    {
#if LIBTORCH_2
        /// <summary><c>torch.optim.Adadelta(params, lr=1.0, rho=0.9, eps=1e-6, weight_decay=0, foreach=None, *, maximize=False, differentiable=False)</c>.</summary>
        [OverloadResolutionPriority(1)] // Adadelta([]) is a list of tensors (PyTorch's empty-list error), not of groups
        public static Optim.Adadelta Adadelta(IEnumerable<Tensor> @params, double lr = 1.0, double rho = 0.9, double eps = 1e-6,
            double weight_decay = 0, bool? @foreach = null, bool maximize = false, bool differentiable = false) =>
            new(@params, lr, rho, eps, weight_decay, @foreach, maximize, differentiable);

        /// <summary><c>torch.optim.Adadelta</c> over parameter groups given as dictionaries.</summary>
        public static Optim.Adadelta Adadelta(IEnumerable<Dictionary<string, object>> @params, double lr = 1.0, double rho = 0.9, double eps = 1e-6,
            double weight_decay = 0, bool? @foreach = null, bool maximize = false, bool differentiable = false) =>
            new(Groups(@params), lr, rho, eps, weight_decay, @foreach, maximize, differentiable);

        /// <summary><c>torch.optim.Adamax(params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, foreach=None, *, maximize=False, differentiable=False)</c>.</summary>
        [OverloadResolutionPriority(1)]
        public static Optim.Adamax Adamax(IEnumerable<Tensor> @params, double lr = 2e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, bool? @foreach = null, bool maximize = false, bool differentiable = false) =>
            new(@params, lr, betas, eps, weight_decay, @foreach, maximize, differentiable);

        /// <summary><c>torch.optim.Adamax</c> over parameter groups given as dictionaries.</summary>
        public static Optim.Adamax Adamax(IEnumerable<Dictionary<string, object>> @params, double lr = 2e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, bool? @foreach = null, bool maximize = false, bool differentiable = false) =>
            new(Groups(@params), lr, betas, eps, weight_decay, @foreach, maximize, differentiable);

        /// <summary><c>torch.optim.ASGD(params, lr=1e-2, lambd=1e-4, alpha=0.75, t0=1e6, weight_decay=0, foreach=None, maximize=False, differentiable=False)</c>.</summary>
        [OverloadResolutionPriority(1)]
        public static Optim.ASGD ASGD(IEnumerable<Tensor> @params, double lr = 1e-2, double lambd = 1e-4, double alpha = 0.75, double t0 = 1e6,
            double weight_decay = 0, bool? @foreach = null, bool maximize = false, bool differentiable = false) =>
            new(@params, lr, lambd, alpha, t0, weight_decay, @foreach, maximize, differentiable);

        /// <summary><c>torch.optim.ASGD</c> over parameter groups given as dictionaries.</summary>
        public static Optim.ASGD ASGD(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-2, double lambd = 1e-4, double alpha = 0.75,
            double t0 = 1e6, double weight_decay = 0, bool? @foreach = null, bool maximize = false, bool differentiable = false) =>
            new(Groups(@params), lr, lambd, alpha, t0, weight_decay, @foreach, maximize, differentiable);

        /// <summary>
        /// <c>torch.optim.NAdam(params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, momentum_decay=4e-3,
        /// decoupled_weight_decay=False, *, foreach=None, maximize=False, differentiable=False)</c>.
        /// </summary>
        [OverloadResolutionPriority(1)]
        public static Optim.NAdam NAdam(IEnumerable<Tensor> @params, double lr = 2e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, double momentum_decay = 4e-3, bool decoupled_weight_decay = false, bool? @foreach = null,
            bool maximize = false, bool differentiable = false) =>
            new(@params, lr, betas, eps, weight_decay, momentum_decay, decoupled_weight_decay, @foreach, maximize, differentiable);

        /// <summary><c>torch.optim.NAdam</c> over parameter groups given as dictionaries.</summary>
        public static Optim.NAdam NAdam(IEnumerable<Dictionary<string, object>> @params, double lr = 2e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, double momentum_decay = 4e-3, bool decoupled_weight_decay = false, bool? @foreach = null,
            bool maximize = false, bool differentiable = false) =>
            new(Groups(@params), lr, betas, eps, weight_decay, momentum_decay, decoupled_weight_decay, @foreach, maximize, differentiable);

        /// <summary>
        /// <c>torch.optim.RAdam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, decoupled_weight_decay=False,
        /// *, foreach=None, maximize=False, differentiable=False)</c>.
        /// </summary>
        [OverloadResolutionPriority(1)]
        public static Optim.RAdam RAdam(IEnumerable<Tensor> @params, double lr = 1e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, bool decoupled_weight_decay = false, bool? @foreach = null, bool maximize = false, bool differentiable = false) =>
            new(@params, lr, betas, eps, weight_decay, decoupled_weight_decay, @foreach, maximize, differentiable);

        /// <summary><c>torch.optim.RAdam</c> over parameter groups given as dictionaries.</summary>
        public static Optim.RAdam RAdam(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, bool decoupled_weight_decay = false, bool? @foreach = null, bool maximize = false, bool differentiable = false) =>
            new(Groups(@params), lr, betas, eps, weight_decay, decoupled_weight_decay, @foreach, maximize, differentiable);

        /// <summary>
        /// <c>torch.optim.Rprop(params, lr=1e-2, etas=(0.5, 1.2), step_sizes=(1e-6, 50), *, foreach=None, maximize=False,
        /// differentiable=False)</c>.
        /// </summary>
        [OverloadResolutionPriority(1)]
        public static Optim.Rprop Rprop(IEnumerable<Tensor> @params, double lr = 1e-2, (double, double)? etas = null, (double, double)? step_sizes = null,
            bool? @foreach = null, bool maximize = false, bool differentiable = false) =>
            new(@params, lr, etas, step_sizes, @foreach, maximize, differentiable);

        /// <summary><c>torch.optim.Rprop</c> over parameter groups given as dictionaries.</summary>
        public static Optim.Rprop Rprop(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-2, (double, double)? etas = null,
            (double, double)? step_sizes = null, bool? @foreach = null, bool maximize = false, bool differentiable = false) =>
            new(Groups(@params), lr, etas, step_sizes, @foreach, maximize, differentiable);
#else
        /// <summary><c>torch.optim.Adadelta(params, lr=1.0, rho=0.9, eps=1e-6, weight_decay=0, foreach=None, *, maximize=False)</c>.</summary>
        [OverloadResolutionPriority(1)] // Adadelta([]) is a list of tensors (PyTorch's empty-list error), not of groups
        public static Optim.Adadelta Adadelta(IEnumerable<Tensor> @params, double lr = 1.0, double rho = 0.9, double eps = 1e-6,
            double weight_decay = 0, bool? @foreach = null, bool maximize = false) =>
            new(@params, lr, rho, eps, weight_decay, @foreach, maximize);

        /// <summary><c>torch.optim.Adadelta</c> over parameter groups given as dictionaries.</summary>
        public static Optim.Adadelta Adadelta(IEnumerable<Dictionary<string, object>> @params, double lr = 1.0, double rho = 0.9, double eps = 1e-6,
            double weight_decay = 0, bool? @foreach = null, bool maximize = false) =>
            new(Groups(@params), lr, rho, eps, weight_decay, @foreach, maximize);

        /// <summary><c>torch.optim.Adamax(params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, foreach=None, *, maximize=False)</c>.</summary>
        [OverloadResolutionPriority(1)]
        public static Optim.Adamax Adamax(IEnumerable<Tensor> @params, double lr = 2e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, bool? @foreach = null, bool maximize = false) =>
            new(@params, lr, betas, eps, weight_decay, @foreach, maximize);

        /// <summary><c>torch.optim.Adamax</c> over parameter groups given as dictionaries.</summary>
        public static Optim.Adamax Adamax(IEnumerable<Dictionary<string, object>> @params, double lr = 2e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, bool? @foreach = null, bool maximize = false) =>
            new(Groups(@params), lr, betas, eps, weight_decay, @foreach, maximize);

        /// <summary><c>torch.optim.ASGD(params, lr=1e-2, lambd=1e-4, alpha=0.75, t0=1e6, weight_decay=0, foreach=None, maximize=False)</c>.</summary>
        [OverloadResolutionPriority(1)]
        public static Optim.ASGD ASGD(IEnumerable<Tensor> @params, double lr = 1e-2, double lambd = 1e-4, double alpha = 0.75, double t0 = 1e6,
            double weight_decay = 0, bool? @foreach = null, bool maximize = false) =>
            new(@params, lr, lambd, alpha, t0, weight_decay, @foreach, maximize);

        /// <summary><c>torch.optim.ASGD</c> over parameter groups given as dictionaries.</summary>
        public static Optim.ASGD ASGD(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-2, double lambd = 1e-4, double alpha = 0.75,
            double t0 = 1e6, double weight_decay = 0, bool? @foreach = null, bool maximize = false) =>
            new(Groups(@params), lr, lambd, alpha, t0, weight_decay, @foreach, maximize);

        /// <summary><c>torch.optim.NAdam(params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, momentum_decay=4e-3, foreach=None)</c>.</summary>
        [OverloadResolutionPriority(1)]
        public static Optim.NAdam NAdam(IEnumerable<Tensor> @params, double lr = 2e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, double momentum_decay = 4e-3, bool? @foreach = null) =>
            new(@params, lr, betas, eps, weight_decay, momentum_decay, useForeach: @foreach);

        /// <summary><c>torch.optim.NAdam</c> over parameter groups given as dictionaries.</summary>
        public static Optim.NAdam NAdam(IEnumerable<Dictionary<string, object>> @params, double lr = 2e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, double momentum_decay = 4e-3, bool? @foreach = null) =>
            new(Groups(@params), lr, betas, eps, weight_decay, momentum_decay, useForeach: @foreach);

        /// <summary><c>torch.optim.RAdam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, foreach=None)</c>.</summary>
        [OverloadResolutionPriority(1)]
        public static Optim.RAdam RAdam(IEnumerable<Tensor> @params, double lr = 1e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, bool? @foreach = null) =>
            new(@params, lr, betas, eps, weight_decay, useForeach: @foreach);

        /// <summary><c>torch.optim.RAdam</c> over parameter groups given as dictionaries.</summary>
        public static Optim.RAdam RAdam(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-3, (double, double)? betas = null, double eps = 1e-8,
            double weight_decay = 0, bool? @foreach = null) =>
            new(Groups(@params), lr, betas, eps, weight_decay, useForeach: @foreach);

        /// <summary><c>torch.optim.Rprop(params, lr=1e-2, etas=(0.5, 1.2), step_sizes=(1e-6, 50), foreach=None, maximize=False)</c>.</summary>
        [OverloadResolutionPriority(1)]
        public static Optim.Rprop Rprop(IEnumerable<Tensor> @params, double lr = 1e-2, (double, double)? etas = null, (double, double)? step_sizes = null,
            bool? @foreach = null, bool maximize = false) =>
            new(@params, lr, etas, step_sizes, @foreach, maximize);

        /// <summary><c>torch.optim.Rprop</c> over parameter groups given as dictionaries.</summary>
        public static Optim.Rprop Rprop(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-2, (double, double)? etas = null,
            (double, double)? step_sizes = null, bool? @foreach = null, bool maximize = false) =>
            new(Groups(@params), lr, etas, step_sizes, @foreach, maximize);
#endif

        /// <summary><c>torch.optim.SparseAdam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, maximize=False)</c>.</summary>
        [OverloadResolutionPriority(1)]
        public static Optim.SparseAdam SparseAdam(IEnumerable<Tensor> @params, double lr = 1e-3, (double, double)? betas = null, double eps = 1e-8,
            bool maximize = false) =>
            new(@params, lr, betas, eps, maximize);

        /// <summary><c>torch.optim.SparseAdam</c> over parameter groups given as dictionaries.</summary>
        public static Optim.SparseAdam SparseAdam(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-3, (double, double)? betas = null,
            double eps = 1e-8, bool maximize = false) =>
            new(Groups(@params), lr, betas, eps, maximize);
    }
}
#pragma warning restore CS8981, IDE1006
