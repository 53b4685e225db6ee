namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class optim
    {
        /// <summary>Python's <c>torch.optim.swa_utils</c>.</summary>
        public static partial class swa_utils
        {
            /// <summary><c>torch.optim.swa_utils.SWALR(optimizer, swa_lr, anneal_epochs=10, anneal_strategy='cos', last_epoch=-1)</c>.</summary>
            public static Optim.SwaUtils.SWALR SWALR(Optim.Optimizer optimizer, double swa_lr, int anneal_epochs = 10, string anneal_strategy = "cos",
                int last_epoch = -1) =>
                new(optimizer, swa_lr, anneal_epochs, anneal_strategy, last_epoch);

            /// <summary><c>torch.optim.swa_utils.SWALR</c> with an SWA rate per group: <c>swa_lr=[...]</c>.</summary>
            public static Optim.SwaUtils.SWALR SWALR(Optim.Optimizer optimizer, IEnumerable<double> swa_lr, int anneal_epochs = 10,
                string anneal_strategy = "cos", int last_epoch = -1) =>
                new(optimizer, swa_lr, anneal_epochs, anneal_strategy, last_epoch);
        }
    }
}
#pragma warning restore CS8981, IDE1006
