namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class optim
    {
        public static partial class lr_scheduler
        {
            /// <summary><c>torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma)</c>.</summary>
            public static Optim.Schedulers.ExponentialLR ExponentialLR(Optim.Optimizer optimizer, double gamma, int last_epoch = -1, bool verbose = false) =>
                new(optimizer, gamma, last_epoch, Verbose(verbose, "ExponentialLR"));

            /// <summary><c>torch.optim.lr_scheduler.MultiplicativeLR(optimizer, lr_lambda)</c>: one function for every group.</summary>
            public static Optim.Schedulers.MultiplicativeLR MultiplicativeLR(Optim.Optimizer optimizer, Func<int, double> lr_lambda, int last_epoch = -1,
                bool verbose = false) =>
                new(optimizer, lr_lambda, last_epoch, Verbose(verbose, "MultiplicativeLR"));

            /// <summary><c>torch.optim.lr_scheduler.MultiplicativeLR(optimizer, [lambda1, lambda2])</c>: a function per group.</summary>
            public static Optim.Schedulers.MultiplicativeLR MultiplicativeLR(Optim.Optimizer optimizer, IEnumerable<Func<int, double>> lr_lambda, int last_epoch = -1,
                bool verbose = false) =>
                new(optimizer, lr_lambda, last_epoch, Verbose(verbose, "MultiplicativeLR"));

            /// <summary><c>torch.optim.lr_scheduler.LambdaLR(optimizer, [lambda1, lambda2])</c>: a function per group.</summary>
            public static Optim.Schedulers.LambdaLR LambdaLR(Optim.Optimizer optimizer, IEnumerable<Func<int, double>> lr_lambda, int last_epoch = -1,
                bool verbose = false) =>
                new(optimizer, lr_lambda, last_epoch, Verbose(verbose, "LambdaLR"));

            /// <summary><c>torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones, gamma=0.1)</c>.</summary>
            public static Optim.Schedulers.MultiStepLR MultiStepLR(Optim.Optimizer optimizer, IEnumerable<int> milestones, double gamma = 0.1,
                int last_epoch = -1, bool verbose = false) =>
                new(optimizer, milestones, gamma, last_epoch, Verbose(verbose, "MultiStepLR"));

            /// <summary><c>torch.optim.lr_scheduler.ConstantLR(optimizer, factor=1/3, total_iters=5)</c>.</summary>
            public static Optim.Schedulers.ConstantLR ConstantLR(Optim.Optimizer optimizer, double factor = 1.0 / 3, int total_iters = 5,
                int last_epoch = -1, bool verbose = false) =>
                new(optimizer, factor, total_iters, last_epoch, Verbose(verbose, "ConstantLR"));

            /// <summary><c>torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=1/3, end_factor=1.0, total_iters=5)</c>.</summary>
            public static Optim.Schedulers.LinearLR LinearLR(Optim.Optimizer optimizer, double start_factor = 1.0 / 3, double end_factor = 1.0,
                int total_iters = 5, int last_epoch = -1, bool verbose = false) =>
                new(optimizer, start_factor, end_factor, total_iters, last_epoch, Verbose(verbose, "LinearLR"));

            /// <summary>
            /// <c>torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode='min', factor=0.1, patience=10, threshold=1e-4,
            /// threshold_mode='rel', cooldown=0, min_lr=0, eps=1e-8)</c>.
            /// </summary>
            public static Optim.Schedulers.ReduceLROnPlateau ReduceLROnPlateau(Optim.Optimizer optimizer, string mode = "min", double factor = 0.1,
                int patience = 10, double threshold = 1e-4, string threshold_mode = "rel", int cooldown = 0, double? min_lr = null, double eps = 1e-8,
                bool verbose = false) =>
                new(optimizer, mode, factor, patience, threshold, threshold_mode, cooldown, min_lr, eps, Verbose(verbose, "ReduceLROnPlateau"));

            /// <summary><c>torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, ..., min_lr=[...])</c>: a minimum rate per group.</summary>
            public static Optim.Schedulers.ReduceLROnPlateau ReduceLROnPlateau(Optim.Optimizer optimizer, IEnumerable<double> min_lr, string mode = "min",
                double factor = 0.1, int patience = 10, double threshold = 1e-4, string threshold_mode = "rel", int cooldown = 0, double eps = 1e-8,
                bool verbose = false) =>
                new(optimizer, min_lr, mode, factor, patience, threshold, threshold_mode, cooldown, eps, Verbose(verbose, "ReduceLROnPlateau"));

            /// <summary><c>torch.optim.lr_scheduler.PolynomialLR(optimizer, total_iters=5, power=1.0)</c>.</summary>
            public static Optim.Schedulers.PolynomialLR PolynomialLR(Optim.Optimizer optimizer, int total_iters = 5, double power = 1.0, int last_epoch = -1,
                bool verbose = false) =>
                new(optimizer, total_iters, power, last_epoch, Verbose(verbose, "PolynomialLR"));
        }
    }
}
/// <summary>ReduceLROnPlateau's Python names.</summary>
public static class ReduceLROnPlateauExtensions
{
    extension(Optim.Schedulers.ReduceLROnPlateau scheduler)
    {
        /// <summary><c>scheduler.step(metrics)</c>: a number or a one-element tensor (Python's <c>float(metrics)</c>).</summary>
        public void step(double metrics) => scheduler.Step(metrics);

        /// <summary><c>scheduler.step(loss)</c> with the loss tensor itself.</summary>
        public void step(Tensor metrics) => scheduler.Step((metrics ?? throw new ArgumentNullException(nameof(metrics))).Item<double>());

#if LIBTORCH_2
        /// <summary><c>scheduler.get_last_lr()</c> (2.x; 1.13's ReduceLROnPlateau has none)</summary>
        public IReadOnlyList<double> get_last_lr() => scheduler.GetLastLr();
#endif

        /// <summary><c>scheduler.state_dict()</c></summary>
        public Dictionary<string, object?> state_dict() => scheduler.StateDict();

        /// <summary><c>scheduler.last_epoch</c></summary>
        public int last_epoch => scheduler.LastEpoch;

        /// <summary><c>scheduler.best</c></summary>
        public double best => scheduler.Best;

        /// <summary><c>scheduler.num_bad_epochs</c></summary>
        public int num_bad_epochs => scheduler.NumBadEpochs;
    }
}
#pragma warning restore CS8981, IDE1006
