using System.Collections;
using TorchInterop.Optim;
using TorchInterop.Optim.Schedulers;

using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>Python's <c>torch.optim</c>.</summary>
    public static partial class optim
    {
        /// <summary>
        /// <c>torch.optim.SGD(params, lr, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False)</c>;
        /// <c>lr</c> is required in 1.13 and defaults to 1e-3 from 2.0 on.
        /// </summary>
        [OverloadResolutionPriority(1)] // SGD([]) is a list of tensors (PyTorch's empty-list error), not of groups
        public static Optim.SGD SGD(IEnumerable<Tensor> @params, double? lr = null, double momentum = 0, double dampening = 0,
            double weight_decay = 0, bool nesterov = false, bool maximize = false) =>
            new(@params, lr, momentum, dampening, weight_decay, nesterov, maximize);

        /// <summary><c>torch.optim.Adam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False, *, maximize=False)</c>.</summary>
        [OverloadResolutionPriority(1)] // SGD([]) is a list of tensors (PyTorch's empty-list error), not of groups
        public static Optim.Adam Adam(IEnumerable<Tensor> @params, double lr = 1e-3, (double, double)? betas = null,
            double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false) =>
            new(@params, lr, betas, eps, weight_decay, amsgrad, maximize);

        /// <summary><c>torch.optim.AdamW(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False, *, maximize=False)</c>.</summary>
        [OverloadResolutionPriority(1)] // SGD([]) is a list of tensors (PyTorch's empty-list error), not of groups
        public static Optim.AdamW AdamW(IEnumerable<Tensor> @params, double lr = 1e-3, (double, double)? betas = null,
            double eps = 1e-8, double weight_decay = 1e-2, bool amsgrad = false, bool maximize = false) =>
            new(@params, lr, betas, eps, weight_decay, amsgrad, maximize);

        /// <summary><c>torch.optim.RMSprop(params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False, *, maximize=False)</c>.</summary>
        [OverloadResolutionPriority(1)] // SGD([]) is a list of tensors (PyTorch's empty-list error), not of groups
        public static Optim.RMSprop RMSprop(IEnumerable<Tensor> @params, double lr = 1e-2, double alpha = 0.99,
            double eps = 1e-8, double weight_decay = 0, double momentum = 0, bool centered = false, bool maximize = false) =>
            new(@params, lr, alpha, eps, weight_decay, momentum, centered, maximize);

        /// <summary><c>torch.optim.Adagrad(params, lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10, *, maximize=False)</c>.</summary>
        [OverloadResolutionPriority(1)] // SGD([]) is a list of tensors (PyTorch's empty-list error), not of groups
        public static Optim.Adagrad Adagrad(IEnumerable<Tensor> @params, double lr = 1e-2, double lr_decay = 0,
            double weight_decay = 0, double initial_accumulator_value = 0, double eps = 1e-10, bool maximize = false) =>
            new(@params, lr, lr_decay, weight_decay, initial_accumulator_value, eps, maximize);

        /// <summary>
        /// <c>torch.optim.SGD([{'params': ...}, {'params': ..., 'lr': 1e-3}], lr, ...)</c>: parameter groups as
        /// dictionaries, <c>[dict(@params: model.features.parameters()), dict(@params: model.fc.parameters(), lr: 1e-3)]</c>.
        /// </summary>
        public static Optim.SGD SGD(IEnumerable<Dictionary<string, object>> @params, double? lr = null, double momentum = 0, double dampening = 0,
            double weight_decay = 0, bool nesterov = false, bool maximize = false) =>
            new(Groups(@params), lr, momentum, dampening, weight_decay, nesterov, maximize);

        /// <summary><c>torch.optim.Adam</c> over parameter groups given as dictionaries.</summary>
        public static Optim.Adam Adam(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-3, (double, double)? betas = null,
            double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false) =>
            new(Groups(@params), lr, betas, eps, weight_decay, amsgrad, maximize);

        /// <summary><c>torch.optim.AdamW</c> over parameter groups given as dictionaries.</summary>
        public static Optim.AdamW AdamW(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-3, (double, double)? betas = null,
            double eps = 1e-8, double weight_decay = 1e-2, bool amsgrad = false, bool maximize = false) =>
            new(Groups(@params), lr, betas, eps, weight_decay, amsgrad, maximize);

        /// <summary><c>torch.optim.RMSprop</c> over parameter groups given as dictionaries.</summary>
        public static Optim.RMSprop RMSprop(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-2, double alpha = 0.99,
            double eps = 1e-8, double weight_decay = 0, double momentum = 0, bool centered = false, bool maximize = false) =>
            new(Groups(@params), lr, alpha, eps, weight_decay, momentum, centered, maximize);

        /// <summary><c>torch.optim.Adagrad</c> over parameter groups given as dictionaries.</summary>
        public static Optim.Adagrad Adagrad(IEnumerable<Dictionary<string, object>> @params, double lr = 1e-2, double lr_decay = 0,
            double weight_decay = 0, double initial_accumulator_value = 0, double eps = 1e-10, bool maximize = false) =>
            new(Groups(@params), lr, lr_decay, weight_decay, initial_accumulator_value, eps, maximize);

        /// <summary>A Python parameter-group dict (<c>{'params': ..., 'lr': ...}</c>) as a <see cref="ParamGroup"/>.</summary>
        internal static ParamGroup Group(Dictionary<string, object> dict)
        {
            ArgumentNullException.ThrowIfNull(dict);
            if (!dict.TryGetValue("params", out var parameters))
                throw new ArgumentException("a parameter group needs a 'params' entry", nameof(dict));
            var group = new ParamGroup(parameters switch
            {
                Tensor single => [single],
                IEnumerable<Tensor> many => many,
                _ => throw new ArgumentException($"'params' must be a tensor or tensors, got a {parameters?.GetType().Name ?? "None"}", nameof(dict)),
            });
            foreach (var (option, value) in dict)
            {
                if (option != "params") group[option] = option == "betas" && value is ValueTuple<double, double> pair ? new object[] { pair.Item1, pair.Item2 } : value;
            }
            return group;
        }

        private static IEnumerable<ParamGroup> Groups(IEnumerable<Dictionary<string, object>> dicts)
        {
            ArgumentNullException.ThrowIfNull(dicts);
            return dicts.Select(Group).ToList();
        }

        /// <summary>Python's <c>torch.optim.lr_scheduler</c>.</summary>
        public static partial class lr_scheduler
        {
            /// <summary><c>torch.optim.lr_scheduler.StepLR(optimizer, step_size, gamma=0.1, last_epoch=-1, verbose=False)</c> (<c>verbose</c>: 1.13).</summary>
            public static Optim.Schedulers.StepLR StepLR(Optim.Optimizer optimizer, int step_size, double gamma = 0.1, int last_epoch = -1, bool verbose = false) =>
                new(optimizer, step_size, gamma, last_epoch, Verbose(verbose, "StepLR"));

            /// <summary><c>torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max, eta_min=0, last_epoch=-1, verbose=False)</c> (<c>verbose</c>: 1.13).</summary>
            public static Optim.Schedulers.CosineAnnealingLR CosineAnnealingLR(Optim.Optimizer optimizer, int T_max, double eta_min = 0, int last_epoch = -1,
                bool verbose = false) =>
                new(optimizer, T_max, eta_min, last_epoch, Verbose(verbose, "CosineAnnealingLR"));

            /// <summary><c>torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda, last_epoch=-1, verbose=False)</c> (<c>verbose</c>: 1.13).</summary>
            public static Optim.Schedulers.LambdaLR LambdaLR(Optim.Optimizer optimizer, Func<int, double> lr_lambda, int last_epoch = -1, bool verbose = false) =>
                new(optimizer, lr_lambda, last_epoch, Verbose(verbose, "LambdaLR"));

            // 1.13's verbose; PyTorch 2.x removed the argument, so asking for it there fails as Python's call does.
            private static bool Verbose(bool verbose, string scheduler) => verbose && LibTorch.IsAtLeast(2)
                ? throw new TorchException($"{scheduler}.__init__() got an unexpected keyword argument 'verbose'", TorchErrorKind.TypeError)
                : verbose;
        }
    }
}

/// <summary>The optimizers' Python names.</summary>
public static class OptimizerExtensions
{
    extension(Optimizer optimizer)
    {
        /// <summary><c>optimizer.step()</c></summary>
        public void step() => optimizer.Step();

        /// <summary>
        /// <c>optimizer.zero_grad(set_to_none=...)</c>; left out, PyTorch's default: in 1.13 gradients become zero
        /// tensors, from 2.0 on None.
        /// </summary>
        public void zero_grad(bool? set_to_none = null) => optimizer.ZeroGrad(set_to_none);

        /// <summary><c>optimizer.state_dict()</c></summary>
        public Dictionary<string, object?> state_dict() => optimizer.StateDict();

        /// <summary><c>optimizer.load_state_dict(state_dict)</c></summary>
        public void load_state_dict(IDictionary state_dict) => optimizer.LoadStateDict(state_dict);

        /// <summary><c>optimizer.param_groups</c>; a group's options read and write by name: <c>param_groups[0]["lr"] = 0.01</c>.</summary>
        public IReadOnlyList<ParamGroup> param_groups => optimizer.ParamGroups;

        /// <summary><c>optimizer.add_param_group({'params': ..., 'lr': ...})</c></summary>
        public void add_param_group(Dictionary<string, object> param_group) => optimizer.AddParamGroup(torch.optim.Group(param_group));
    }
}

/// <summary>The learning rate schedulers' Python names.</summary>
public static class LRSchedulerExtensions
{
    extension(LRScheduler scheduler)
    {
        /// <summary><c>scheduler.step()</c></summary>
        public void step() => scheduler.Step();

        /// <summary><c>scheduler.get_last_lr()</c></summary>
        public IReadOnlyList<double> get_last_lr() => scheduler.GetLastLr();

        /// <summary><c>scheduler.last_epoch</c></summary>
        public int last_epoch => scheduler.LastEpoch;

        /// <summary><c>scheduler.state_dict()</c></summary>
        public Dictionary<string, object?> state_dict() => scheduler.StateDict();

        /// <summary><c>scheduler.load_state_dict(state_dict)</c></summary>
        public void load_state_dict(IDictionary state_dict) => scheduler.LoadStateDict(state_dict);
    }
}
#pragma warning restore CS8981, IDE1006
