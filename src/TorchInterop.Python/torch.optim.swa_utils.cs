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
#if LIBTORCH_2
            /// <summary>
            /// <c>torch.optim.swa_utils.AveragedModel(model, device=None, avg_fn=None, multi_avg_fn=None, use_buffers=False)</c>;
            /// <c>avg_fn(averaged, current, num_averaged)</c> returns the new average, <c>multi_avg_fn</c> updates lists in place.
            /// </summary>
            public static Optim.SwaUtils.AveragedModel<TInput, TOutput> AveragedModel<TInput, TOutput>(NN.Module<TInput, TOutput> model,
                Device? device = null, Optim.SwaUtils.AverageFunction? avg_fn = null, Optim.SwaUtils.MultiAverageFunction? multi_avg_fn = null,
                bool use_buffers = false) =>
                new(model, device, avg_fn, multi_avg_fn, use_buffers);

            /// <summary><c>torch.optim.swa_utils.get_swa_avg_fn()</c>: the equal-weight running average.</summary>
            public static Optim.SwaUtils.AverageFunction get_swa_avg_fn() => Optim.SwaUtils.AverageFunctions.Swa();

            /// <summary><c>torch.optim.swa_utils.get_ema_avg_fn(decay=0.999)</c>: the exponential moving average.</summary>
            public static Optim.SwaUtils.AverageFunction get_ema_avg_fn(double decay = 0.999) => Optim.SwaUtils.AverageFunctions.Ema(decay);

            /// <summary><c>torch.optim.swa_utils.get_swa_multi_avg_fn()</c>: the equal-weight average over a group of parameters, in place.</summary>
            public static Optim.SwaUtils.MultiAverageFunction get_swa_multi_avg_fn() => Optim.SwaUtils.AverageFunctions.MultiSwa();

            /// <summary><c>torch.optim.swa_utils.get_ema_multi_avg_fn(decay=0.999)</c>: the exponential moving average over a group, in place.</summary>
            public static Optim.SwaUtils.MultiAverageFunction get_ema_multi_avg_fn(double decay = 0.999) => Optim.SwaUtils.AverageFunctions.MultiEma(decay);
#else
            /// <summary>
            /// <c>torch.optim.swa_utils.AveragedModel(model, device=None, avg_fn=None, use_buffers=False)</c>;
            /// <c>avg_fn(averaged, current, num_averaged)</c> returns the new average.
            /// </summary>
            public static Optim.SwaUtils.AveragedModel<TInput, TOutput> AveragedModel<TInput, TOutput>(NN.Module<TInput, TOutput> model,
                Device? device = null, Optim.SwaUtils.AverageFunction? avg_fn = null, bool use_buffers = false) =>
                new(model, device, avg_fn, null, use_buffers);
#endif

            /// <summary><c>torch.optim.swa_utils.update_bn(loader, model, device=None)</c>: recomputes the BatchNorm statistics in one pass.</summary>
            public static void update_bn(System.Collections.IEnumerable loader, NN.Module<Tensor, Tensor> model, Device? device = null) =>
                Optim.SwaUtils.BatchNormUpdate.UpdateBn(loader, model, device);
        }
    }
}

/// <summary>AveragedModel's Python names.</summary>
public static class AveragedModelExtensions
{
    extension<TInput, TOutput>(Optim.SwaUtils.AveragedModel<TInput, TOutput> averaged)
    {
        /// <summary><c>swa_model.update_parameters(model)</c></summary>
        public void update_parameters(NN.Module model) => averaged.UpdateParameters(model);

        /// <summary><c>swa_model.module</c>: the averaged copy.</summary>
        public NN.Module<TInput, TOutput> module => averaged.Model;

        /// <summary><c>swa_model.n_averaged</c>: the update count (an int64 tensor buffer).</summary>
        public Tensor n_averaged => averaged.NAveraged;

        /// <summary><c>swa_model.use_buffers</c></summary>
        public bool use_buffers => averaged.UseBuffers;
    }
}
#pragma warning restore CS8981, IDE1006
