using TorchInterop.Optim.Schedulers;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class optim
    {
        public static partial class lr_scheduler
        {
            /// <summary>
            /// <c>torch.optim.lr_scheduler.CyclicLR(optimizer, base_lr, max_lr, step_size_up=2000, step_size_down=None,
            /// mode='triangular', gamma=1.0, scale_fn=None, scale_mode='cycle', cycle_momentum=True, base_momentum=0.8,
            /// max_momentum=0.9, last_epoch=-1)</c>.
            /// </summary>
            public static Optim.Schedulers.CyclicLR CyclicLR(Optim.Optimizer optimizer, double base_lr, double max_lr, int step_size_up = 2000,
                int? step_size_down = null, string mode = "triangular", double gamma = 1.0, Func<double, double>? scale_fn = null,
                string scale_mode = "cycle", bool cycle_momentum = true, double base_momentum = 0.8, double max_momentum = 0.9, int last_epoch = -1,
                bool verbose = false) =>
                new(optimizer, base_lr, max_lr, step_size_up, step_size_down, mode, gamma, scale_fn, scale_mode, cycle_momentum,
                    base_momentum, max_momentum, last_epoch, Verbose(verbose, "CyclicLR"));

            /// <summary><c>torch.optim.lr_scheduler.CyclicLR</c> with a value per group: <c>base_lr=[...]</c>, <c>max_lr=[...]</c>.</summary>
            public static Optim.Schedulers.CyclicLR CyclicLR(Optim.Optimizer optimizer, IEnumerable<double> base_lr, IEnumerable<double> max_lr,
                int step_size_up = 2000, int? step_size_down = null, string mode = "triangular", double gamma = 1.0,
                Func<double, double>? scale_fn = null, string scale_mode = "cycle", bool cycle_momentum = true,
                IEnumerable<double>? base_momentum = null, IEnumerable<double>? max_momentum = null, int last_epoch = -1,
                bool verbose = false) =>
                new(optimizer, base_lr, max_lr, step_size_up, step_size_down, mode, gamma, scale_fn, scale_mode, cycle_momentum,
                    base_momentum, max_momentum, last_epoch, Verbose(verbose, "CyclicLR"));

            /// <summary>
            /// <c>torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr, total_steps=None, epochs=None, steps_per_epoch=None,
            /// pct_start=0.3, anneal_strategy='cos', cycle_momentum=True, base_momentum=0.85, max_momentum=0.95,
            /// div_factor=25.0, final_div_factor=1e4, three_phase=False, last_epoch=-1)</c>.
            /// </summary>
            public static Optim.Schedulers.OneCycleLR OneCycleLR(Optim.Optimizer optimizer, double max_lr, int? total_steps = null, int? epochs = null,
                int? steps_per_epoch = null, double pct_start = 0.3, string anneal_strategy = "cos", bool cycle_momentum = true,
                double base_momentum = 0.85, double max_momentum = 0.95, double div_factor = 25.0, double final_div_factor = 1e4,
                bool three_phase = false, int last_epoch = -1,
                bool verbose = false) =>
                new(optimizer, max_lr, total_steps, epochs, steps_per_epoch, pct_start, anneal_strategy, cycle_momentum, base_momentum,
                    max_momentum, div_factor, final_div_factor, three_phase, last_epoch, Verbose(verbose, "OneCycleLR"));

            /// <summary><c>torch.optim.lr_scheduler.OneCycleLR</c> with a value per group: <c>max_lr=[...]</c>.</summary>
            public static Optim.Schedulers.OneCycleLR OneCycleLR(Optim.Optimizer optimizer, IEnumerable<double> max_lr, int? total_steps = null,
                int? epochs = null, int? steps_per_epoch = null, double pct_start = 0.3, string anneal_strategy = "cos", bool cycle_momentum = true,
                IEnumerable<double>? base_momentum = null, IEnumerable<double>? max_momentum = null, double div_factor = 25.0,
                double final_div_factor = 1e4, bool three_phase = false, int last_epoch = -1,
                bool verbose = false) =>
                new(optimizer, max_lr, total_steps, epochs, steps_per_epoch, pct_start, anneal_strategy, cycle_momentum, base_momentum,
                    max_momentum, div_factor, final_div_factor, three_phase, last_epoch, Verbose(verbose, "OneCycleLR"));

            /// <summary><c>torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(optimizer, T_0, T_mult=1, eta_min=0, last_epoch=-1)</c>.</summary>
            public static Optim.Schedulers.CosineAnnealingWarmRestarts CosineAnnealingWarmRestarts(Optim.Optimizer optimizer, int T_0, int T_mult = 1,
                double eta_min = 0, int last_epoch = -1,
                bool verbose = false) =>
                new(optimizer, T_0, T_mult, eta_min, last_epoch, Verbose(verbose, "CosineAnnealingWarmRestarts"));

#if LIBTORCH_2
            /// <summary><c>torch.optim.lr_scheduler.ChainedScheduler(schedulers, optimizer=None)</c>.</summary>
            public static Optim.Schedulers.ChainedScheduler ChainedScheduler(IEnumerable<Optim.Schedulers.LRScheduler> schedulers,
                Optim.Optimizer? optimizer = null) => new(schedulers, optimizer);
#else
            /// <summary><c>torch.optim.lr_scheduler.ChainedScheduler(schedulers)</c>.</summary>
            public static Optim.Schedulers.ChainedScheduler ChainedScheduler(IEnumerable<Optim.Schedulers.LRScheduler> schedulers) => new(schedulers);
#endif

            /// <summary><c>torch.optim.lr_scheduler.SequentialLR(optimizer, schedulers, milestones, last_epoch=-1, verbose=False)</c> (1.13's <c>verbose</c> does nothing).</summary>
            public static Optim.Schedulers.SequentialLR SequentialLR(Optim.Optimizer optimizer, IEnumerable<Optim.Schedulers.LRScheduler> schedulers,
                IEnumerable<int> milestones, int last_epoch = -1, bool verbose = false)
            {
                _ = Verbose(verbose, "SequentialLR");
                return new(optimizer, schedulers, milestones, last_epoch);
            }

#if LIBTORCH_2
            /// <summary>
            /// <c>torch.optim.lr_scheduler.LRScheduler</c>, the base class of a scheduler written by hand: the subclass
            /// writes <see cref="get_lr"/> and calls <see cref="_initial_step"/> at the end of its constructor, where
            /// Python's <c>__init__</c> calls <c>super().__init__(optimizer, last_epoch)</c>.
            /// </summary>
            public abstract class LRScheduler(Optim.Optimizer optimizer, int last_epoch = -1) : Optim.Schedulers.LRScheduler(optimizer, last_epoch)
            {
                /// <summary>The learning rates for epoch <c>last_epoch</c>: the subclass's <c>def get_lr(self)</c>.</summary>
                public abstract IReadOnlyList<double> get_lr();

                /// <summary>Python's <c>self.base_lrs</c>.</summary>
                public IReadOnlyList<double> base_lrs => BaseLrs;

                /// <summary>Python's <c>self.optimizer</c>.</summary>
                public Optim.Optimizer optimizer => Optimizer;

                /// <summary>The first step, which Python's base constructor takes.</summary>
                protected void _initial_step() => InitialStep();

                /// <inheritdoc/>
                protected sealed override IReadOnlyList<double> GetLr() => get_lr();
            }

            /// <summary><c>torch.optim.lr_scheduler._LRScheduler</c>, 2.x's alias of <see cref="LRScheduler"/> kept for old code.</summary>
            public abstract class _LRScheduler(Optim.Optimizer optimizer, int last_epoch = -1) : LRScheduler(optimizer, last_epoch);
#else
            /// <summary>
            /// <c>torch.optim.lr_scheduler._LRScheduler</c>, 1.13's base class of a scheduler written by hand: the subclass
            /// writes <see cref="get_lr"/> and calls <see cref="_initial_step"/> at the end of its constructor, where
            /// Python's <c>__init__</c> calls <c>super().__init__(optimizer, last_epoch)</c>.
            /// </summary>
            public abstract class _LRScheduler(Optim.Optimizer optimizer, int last_epoch = -1) : Optim.Schedulers.LRScheduler(optimizer, last_epoch)
            {
                /// <summary>The learning rates for epoch <c>last_epoch</c>: the subclass's <c>def get_lr(self)</c>.</summary>
                public abstract IReadOnlyList<double> get_lr();

                /// <summary>Python's <c>self.base_lrs</c>.</summary>
                public IReadOnlyList<double> base_lrs => BaseLrs;

                /// <summary>Python's <c>self.optimizer</c>.</summary>
                public Optim.Optimizer optimizer => Optimizer;

                /// <summary>The first step, which Python's base constructor takes.</summary>
                protected void _initial_step() => InitialStep();

                /// <inheritdoc/>
                protected sealed override IReadOnlyList<double> GetLr() => get_lr();
            }
#endif
        }
    }
}

/// <summary>The Python names every scheduler has beyond <see cref="LRSchedulerExtensions"/>.</summary>
public static class LRSchedulerEpochExtensions
{
    extension(LRScheduler scheduler)
    {
        /// <summary><c>scheduler.step(epoch)</c>: deprecated in PyTorch, with its warning (CosineAnnealingWarmRestarts's own, without).</summary>
        public void step(int epoch) => scheduler.Step(epoch);

        /// <summary><c>scheduler.base_lrs</c></summary>
        public IReadOnlyList<double> base_lrs => scheduler.BaseLrs;
    }
}

/// <summary>CosineAnnealingWarmRestarts's Python names.</summary>
public static class CosineAnnealingWarmRestartsExtensions
{
    extension(CosineAnnealingWarmRestarts scheduler)
    {
        /// <summary><c>scheduler.T_cur</c></summary>
        public double T_cur => scheduler.TCur;

        /// <summary><c>scheduler.T_i</c></summary>
        public int T_i => scheduler.TI;
    }
}
#pragma warning restore CS8981, IDE1006
