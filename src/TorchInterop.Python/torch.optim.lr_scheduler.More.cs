namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class optim
    {
        public static partial class lr_scheduler
        {
            /// <summary><c>torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma)</c>.</summary>
            public static Optim.Schedulers.ExponentialLR ExponentialLR(Optim.Optimizer optimizer, double gamma) => new(optimizer, gamma);

            /// <summary><c>torch.optim.lr_scheduler.MultiplicativeLR(optimizer, lr_lambda)</c>: one function for every group.</summary>
            public static Optim.Schedulers.MultiplicativeLR MultiplicativeLR(Optim.Optimizer optimizer, Func<int, double> lr_lambda) =>
                new(optimizer, lr_lambda);

            /// <summary><c>torch.optim.lr_scheduler.MultiplicativeLR(optimizer, [lambda1, lambda2])</c>: a function per group.</summary>
            public static Optim.Schedulers.MultiplicativeLR MultiplicativeLR(Optim.Optimizer optimizer, IEnumerable<Func<int, double>> lr_lambda) =>
                new(optimizer, lr_lambda);

            /// <summary><c>torch.optim.lr_scheduler.LambdaLR(optimizer, [lambda1, lambda2])</c>: a function per group.</summary>
            public static Optim.Schedulers.LambdaLR LambdaLR(Optim.Optimizer optimizer, IEnumerable<Func<int, double>> lr_lambda) =>
                new(optimizer, lr_lambda);

            /// <summary><c>torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones, gamma=0.1)</c>.</summary>
            public static Optim.Schedulers.MultiStepLR MultiStepLR(Optim.Optimizer optimizer, IEnumerable<int> milestones, double gamma = 0.1) =>
                new(optimizer, milestones, gamma);

            /// <summary><c>torch.optim.lr_scheduler.ConstantLR(optimizer, factor=1/3, total_iters=5)</c>.</summary>
            public static Optim.Schedulers.ConstantLR ConstantLR(Optim.Optimizer optimizer, double factor = 1.0 / 3, int total_iters = 5) =>
                new(optimizer, factor, total_iters);

            /// <summary><c>torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=1/3, end_factor=1.0, total_iters=5)</c>.</summary>
            public static Optim.Schedulers.LinearLR LinearLR(Optim.Optimizer optimizer, double start_factor = 1.0 / 3, double end_factor = 1.0,
                int total_iters = 5) =>
                new(optimizer, start_factor, end_factor, total_iters);

            /// <summary><c>torch.optim.lr_scheduler.PolynomialLR(optimizer, total_iters=5, power=1.0)</c>.</summary>
            public static Optim.Schedulers.PolynomialLR PolynomialLR(Optim.Optimizer optimizer, int total_iters = 5, double power = 1.0) =>
                new(optimizer, total_iters, power);
        }
    }
}
#pragma warning restore CS8981, IDE1006
