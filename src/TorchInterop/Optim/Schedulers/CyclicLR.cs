namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Cycles each group's learning rate between a lower and an upper bound (and, with <c>cycle_momentum</c>, the
/// momentum inversely), as <c>torch.optim.lr_scheduler.CyclicLR</c> in the PyTorch this runs on: the
/// <c>triangular</c>, <c>triangular2</c> and <c>exp_range</c> policies or a custom scale function. 1.13 cycles
/// <c>momentum</c> only; 2.x also beta1 of optimizers with <c>betas</c>. It is meant to be stepped after every batch.
/// </summary>
/// <example><code>
/// var scheduler = new CyclicLR(optimizer, baseLr: 0.01, maxLr: 0.1, stepSizeUp: 2000);
/// </code></example>
public sealed class CyclicLR : LRScheduler
{
    private readonly double[] _maxLrs;
    private readonly double[] _baseMomentums = [];
    private readonly double[] _maxMomentums = [];
    private readonly Func<double, double>? _customScale;

    /// <summary>Creates the scheduler with the same bounds for every group, and takes its first step.</summary>
    public CyclicLR(Optimizer optimizer, double baseLr, double maxLr, int stepSizeUp = 2000, int? stepSizeDown = null,
        string mode = "triangular", double gamma = 1.0, Func<double, double>? scaleFn = null, string scaleMode = "cycle",
        bool cycleMomentum = true, double baseMomentum = 0.8, double maxMomentum = 0.9, int lastEpoch = -1, bool verbose = false)
        : this(optimizer, Repeat(optimizer, baseLr), Repeat(optimizer, maxLr), stepSizeUp, stepSizeDown, mode, gamma, scaleFn, scaleMode,
            cycleMomentum, Repeat(optimizer, baseMomentum), Repeat(optimizer, maxMomentum), lastEpoch, verbose)
    {
    }

    /// <summary>Creates the scheduler with bounds per group, and takes its first step; the checks and messages are PyTorch's.</summary>
    public CyclicLR(Optimizer optimizer, IEnumerable<double> baseLr, IEnumerable<double> maxLr, int stepSizeUp = 2000, int? stepSizeDown = null,
        string mode = "triangular", double gamma = 1.0, Func<double, double>? scaleFn = null, string scaleMode = "cycle",
        bool cycleMomentum = true, IEnumerable<double>? baseMomentum = null, IEnumerable<double>? maxMomentum = null, int lastEpoch = -1, bool verbose = false)
        : base(Prepare(optimizer, baseLr, lastEpoch, out var baseLrs), lastEpoch, verbose)
    {
        ArgumentNullException.ThrowIfNull(mode);
        ArgumentNullException.ThrowIfNull(scaleMode);
        _maxLrs = ScheduleParams.PerGroup("max_lr", optimizer, maxLr ?? throw new ArgumentNullException(nameof(maxLr)));
        TotalSize = stepSizeUp + (double)(stepSizeDown ?? stepSizeUp);
        StepRatio = stepSizeUp / TotalSize;
        if (mode is not ("triangular" or "triangular2" or "exp_range") && scaleFn is null)
            throw PythonFloat.ValueError($"mode is invalid and scale_fn is None");
        Mode = mode;
        Gamma = gamma;
        _customScale = scaleFn;
        ScaleMode = scaleFn is not null ? scaleMode : mode == "exp_range" ? "iterations" : "cycle";
        CycleMomentum = cycleMomentum;
        if (cycleMomentum)
        {
            if (LibTorch.IsAtLeast(2))
            {
                if (!ScheduleParams.HasMomentum(optimizer) && !ScheduleParams.HasBetas(optimizer))
                    throw PythonFloat.ValueError($"optimizer must support momentum or beta1 with `cycle_momentum` option enabled");
                UseBeta1 = ScheduleParams.HasBetas(optimizer);
            }
            else if (!ScheduleParams.HasMomentum(optimizer))
            {
                throw PythonFloat.ValueError($"optimizer must support momentum with `cycle_momentum` option enabled");
            }
            var baseMomentums = ScheduleParams.PerGroup("base_momentum", optimizer, baseMomentum ?? Repeat(optimizer, 0.8));
            _maxMomentums = ScheduleParams.PerGroup("max_momentum", optimizer, maxMomentum ?? Repeat(optimizer, 0.9));
            if (LibTorch.IsAtLeast(2))
            {
                _baseMomentums = baseMomentums;
                if (lastEpoch == -1)
                {
                    for (int i = 0; i < optimizer.ParamGroups.Count; i++)
                    {
                        var group = optimizer.ParamGroups[i];
                        ScheduleParams.SetMomentum(group, UseBeta1, _maxMomentums[i]);
                        group.SetOther("max_momentum", _maxMomentums[i]);
                        group.SetOther("base_momentum", baseMomentums[i]);
                    }
                }
            }
            else
            {
                if (lastEpoch == -1)
                {
                    for (int i = 0; i < optimizer.ParamGroups.Count; i++) optimizer.ParamGroups[i].Momentum = baseMomentums[i];
                }
                _baseMomentums = optimizer.ParamGroups.Select(g => g.Momentum.GetValueOrDefault()).ToArray();
            }
        }
        InitialStep();
        BaseLrs = baseLrs;
    }

    // What PyTorch does before the base constructor: the groups start from base_lr.
    private static Optimizer Prepare(Optimizer optimizer, IEnumerable<double> baseLr, int lastEpoch, out double[] baseLrs)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        baseLrs = ScheduleParams.PerGroup("base_lr", optimizer, baseLr ?? throw new ArgumentNullException(nameof(baseLr)));
        if (lastEpoch == -1)
        {
            for (int i = 0; i < baseLrs.Length; i++) optimizer.ParamGroups[i].Lr = baseLrs[i];
        }
        return optimizer;
    }

    private static double[] Repeat(Optimizer optimizer, double value) =>
        ScheduleParams.Same(optimizer ?? throw new ArgumentNullException(nameof(optimizer)), value);

    /// <summary>The upper bound of each group's learning rate (<c>max_lrs</c>).</summary>
    public IReadOnlyList<double> MaxLrs => _maxLrs;

    /// <summary>The number of iterations of a cycle (<c>total_size</c>).</summary>
    public double TotalSize { get; }

    /// <summary>The share of a cycle spent increasing (<c>step_ratio</c>).</summary>
    public double StepRatio { get; }

    /// <summary>The policy: <c>triangular</c>, <c>triangular2</c> or <c>exp_range</c>.</summary>
    public string Mode { get; }

    /// <summary>The factor of <c>exp_range</c>'s scale, <c>gamma ** iterations</c>.</summary>
    public double Gamma { get; }

    /// <summary>Whether the scale function takes the cycle number (<c>cycle</c>) or the iteration (<c>iterations</c>).</summary>
    public string ScaleMode { get; }

    /// <summary>Whether the momentum cycles too (<c>cycle_momentum</c>).</summary>
    public bool CycleMomentum { get; }

    /// <summary>Whether beta1 of <c>betas</c> is cycled rather than <c>momentum</c> (2.x's <c>use_beta1</c>).</summary>
    public bool UseBeta1 { get; }

    /// <summary>The scale of the amplitude at <paramref name="x"/> (a cycle number or an iteration): PyTorch's <c>scale_fn</c>.</summary>
    public double ScaleFn(double x) => _customScale is { } custom ? custom(x) : Mode switch
    {
        "triangular2" => 1 / Math.Pow(2.0, x - 1),
        "exp_range" => Math.Pow(Gamma, x),
        _ => 1.0,
    };

    private protected override void WriteSettings(Dictionary<string, object?> state)
    {
        state["max_lrs"] = ScheduleParams.List(_maxLrs);
        state["total_size"] = TotalSize;
        state["step_ratio"] = StepRatio;
        state["mode"] = Mode;
        state["gamma"] = Gamma;
        if (!LibTorch.IsAtLeast(2)) state["_scale_fn_custom"] = null;
        state["scale_mode"] = ScaleMode;
        state["cycle_momentum"] = CycleMomentum;
        if (CycleMomentum)
        {
            if (LibTorch.IsAtLeast(2)) state["use_beta1"] = UseBeta1;
            state["base_momentums"] = ScheduleParams.List(_baseMomentums);
            state["max_momentums"] = ScheduleParams.List(_maxMomentums);
        }
    }

    // 2.x pops the custom scale function and puts it back last (None: a plain function keeps no state).
    private protected override void WriteExtra(Dictionary<string, object?> state)
    {
        if (LibTorch.IsAtLeast(2)) state["_scale_fn_custom"] = null;
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr()
    {
        double cycle = Math.Floor(1 + LastEpoch / TotalSize);
        double x = 1.0 + LastEpoch / TotalSize - cycle;
        double scaleFactor = x <= StepRatio ? x / StepRatio : (x - 1) / (StepRatio - 1);
        double scale = ScaleFn(ScaleMode == "cycle" ? cycle : LastEpoch);
        var lrs = BaseLrs.Zip(_maxLrs, (baseLr, maxLr) => baseLr + (maxLr - baseLr) * scaleFactor * scale).ToArray();
        if (CycleMomentum)
        {
            for (int i = 0; i < _baseMomentums.Length; i++)
            {
                double momentum = _maxMomentums[i] - (_maxMomentums[i] - _baseMomentums[i]) * scaleFactor * scale;
                ScheduleParams.SetMomentum(Optimizer.ParamGroups[i], UseBeta1, momentum);
            }
        }
        return lrs;
    }
}
