using System.Collections;
using TorchInterop.Optim;
using TorchInterop.Optim.Schedulers;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>Python's <c>torch.optim</c>.</summary>
    public static class optim
    {
        /// <summary><c>torch.optim.SGD(params, lr, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False)</c>.</summary>
        public static Optim.SGD SGD(IEnumerable<Tensor> @params, double lr, double momentum = 0, double dampening = 0,
            double weight_decay = 0, bool nesterov = false, bool maximize = false) =>
            new(@params, lr, momentum, dampening, weight_decay, nesterov, maximize);

        /// <summary><c>torch.optim.Adam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False, *, maximize=False)</c>.</summary>
        public static Optim.Adam Adam(IEnumerable<Tensor> @params, double lr = 1e-3, (double, double)? betas = null,
            double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false) =>
            new(@params, lr, betas, eps, weight_decay, amsgrad, maximize);

        /// <summary><c>torch.optim.AdamW(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False, *, maximize=False)</c>.</summary>
        public static Optim.AdamW AdamW(IEnumerable<Tensor> @params, double lr = 1e-3, (double, double)? betas = null,
            double eps = 1e-8, double weight_decay = 1e-2, bool amsgrad = false, bool maximize = false) =>
            new(@params, lr, betas, eps, weight_decay, amsgrad, maximize);

        /// <summary><c>torch.optim.RMSprop(params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False, *, maximize=False)</c>.</summary>
        public static Optim.RMSprop RMSprop(IEnumerable<Tensor> @params, double lr = 1e-2, double alpha = 0.99,
            double eps = 1e-8, double weight_decay = 0, double momentum = 0, bool centered = false, bool maximize = false) =>
            new(@params, lr, alpha, eps, weight_decay, momentum, centered, maximize);

        /// <summary><c>torch.optim.Adagrad(params, lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10, *, maximize=False)</c>.</summary>
        public static Optim.Adagrad Adagrad(IEnumerable<Tensor> @params, double lr = 1e-2, double lr_decay = 0,
            double weight_decay = 0, double initial_accumulator_value = 0, double eps = 1e-10, bool maximize = false) =>
            new(@params, lr, lr_decay, weight_decay, initial_accumulator_value, eps, maximize);

        /// <summary>Python's <c>torch.optim.lr_scheduler</c>.</summary>
        public static class lr_scheduler
        {
            /// <summary><c>torch.optim.lr_scheduler.StepLR(optimizer, step_size, gamma=0.1)</c>.</summary>
            public static Optim.Schedulers.StepLR StepLR(Optimizer optimizer, int step_size, double gamma = 0.1) =>
                new(optimizer, step_size, gamma);

            /// <summary><c>torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max, eta_min=0)</c>.</summary>
            public static Optim.Schedulers.CosineAnnealingLR CosineAnnealingLR(Optimizer optimizer, int T_max, double eta_min = 0) =>
                new(optimizer, T_max, eta_min);

            /// <summary><c>torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda)</c>.</summary>
            public static Optim.Schedulers.LambdaLR LambdaLR(Optimizer optimizer, Func<int, double> lr_lambda) =>
                new(optimizer, lr_lambda);
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

        /// <summary><c>optimizer.zero_grad(set_to_none=False)</c> (1.13: by default gradients become zero tensors).</summary>
        public void zero_grad(bool set_to_none = false) => optimizer.ZeroGrad(set_to_none);

        /// <summary><c>optimizer.state_dict()</c></summary>
        public Dictionary<string, object?> state_dict() => optimizer.StateDict();

        /// <summary><c>optimizer.load_state_dict(state_dict)</c></summary>
        public void load_state_dict(IDictionary state_dict) => optimizer.LoadStateDict(state_dict);

        /// <summary><c>optimizer.param_groups</c></summary>
        public IReadOnlyList<ParamGroup> param_groups => optimizer.ParamGroups;
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
    }
}
#pragma warning restore CS8981, IDE1006
