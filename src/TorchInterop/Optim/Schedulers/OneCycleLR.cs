namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// The 1cycle policy, as <c>torch.optim.lr_scheduler.OneCycleLR</c> in the PyTorch this runs on: each group's learning
/// rate rises from <c>max_lr / div_factor</c> to <c>max_lr</c>, then falls to <c>initial_lr / final_div_factor</c>
/// (with <c>three_phase</c>, back to the initial rate first), by cosine or linear annealing; the momentum (or beta1)
/// moves the other way. It is meant to be stepped after every batch, <c>total_steps</c> times.
/// </summary>
/// <example><code>
/// var scheduler = new OneCycleLR(optimizer, maxLr: 0.1, totalSteps: 100);
/// </code></example>
public sealed class OneCycleLR : LRScheduler
{
    private readonly (double EndStep, bool EndStepIsInt, string StartLr, string EndLr, string StartMomentum, string EndMomentum)[] _phases;

    /// <summary>Creates the scheduler with the same maximum for every group, and takes its first step.</summary>
    public OneCycleLR(Optimizer optimizer, double maxLr, int? totalSteps = null, int? epochs = null, int? stepsPerEpoch = null,
        double pctStart = 0.3, string annealStrategy = "cos", bool cycleMomentum = true, double baseMomentum = 0.85,
        double maxMomentum = 0.95, double divFactor = 25.0, double finalDivFactor = 1e4, bool threePhase = false, int lastEpoch = -1, bool verbose = false)
        : this(optimizer, Repeat(optimizer, maxLr), totalSteps, epochs, stepsPerEpoch, pctStart, annealStrategy, cycleMomentum,
            Repeat(optimizer, baseMomentum), Repeat(optimizer, maxMomentum), divFactor, finalDivFactor, threePhase, lastEpoch, verbose)
    {
    }

    /// <summary>Creates the scheduler with values per group, and takes its first step; the checks and messages are PyTorch's.</summary>
    public OneCycleLR(Optimizer optimizer, IEnumerable<double> maxLr, int? totalSteps = null, int? epochs = null, int? stepsPerEpoch = null,
        double pctStart = 0.3, string annealStrategy = "cos", bool cycleMomentum = true, IEnumerable<double>? baseMomentum = null,
        IEnumerable<double>? maxMomentum = null, double divFactor = 25.0, double finalDivFactor = 1e4, bool threePhase = false, int lastEpoch = -1, bool verbose = false)
        : base(Prepare(optimizer, maxLr, totalSteps, epochs, stepsPerEpoch, pctStart, annealStrategy, cycleMomentum, baseMomentum, maxMomentum,
            divFactor, finalDivFactor, lastEpoch, out var total, out var useBeta1), lastEpoch, verbose)
    {
        TotalSteps = total;
        AnnealStrategy = annealStrategy;
        CycleMomentum = cycleMomentum;
        UseBeta1 = useBeta1;
        _phases = threePhase
            ?
            [
                (pctStart * total - 1, false, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                (2 * pctStart * total - 2, false, "max_lr", "initial_lr", "base_momentum", "max_momentum"),
                (total - 1, true, "initial_lr", "min_lr", "max_momentum", "max_momentum"),
            ]
            :
            [
                (pctStart * total - 1, false, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                (total - 1, true, "max_lr", "min_lr", "base_momentum", "max_momentum"),
            ];
        InitialStep();
    }

    // PyTorch's checks and group settings before the base constructor, in its order.
    private static Optimizer Prepare(Optimizer optimizer, IEnumerable<double> maxLr, int? totalSteps, int? epochs, int? stepsPerEpoch,
        double pctStart, string annealStrategy, bool cycleMomentum, IEnumerable<double>? baseMomentum, IEnumerable<double>? maxMomentum,
        double divFactor, double finalDivFactor, int lastEpoch, out int total, out bool useBeta1)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(maxLr);
        ArgumentNullException.ThrowIfNull(annealStrategy);
        total = Total(totalSteps, epochs, stepsPerEpoch);
        if (pctStart < 0 || pctStart > 1)
            throw PythonFloat.ValueError($"Expected float between 0 and 1 pct_start, but got {PythonFloat.Format(pctStart)}");
        if (annealStrategy is not ("cos" or "linear"))
        {
            throw LibTorch.IsAtLeast(2)
                ? PythonFloat.ValueError($"anneal_strategy must be one of 'cos' or 'linear', instead got {annealStrategy}")
                : PythonFloat.ValueError($"anneal_strategy must by one of 'cos' or 'linear', instead got {annealStrategy}");
        }
        var maxLrs = ScheduleParams.PerGroup("max_lr", optimizer, maxLr);
        if (lastEpoch == -1)
        {
            for (int i = 0; i < maxLrs.Length; i++)
            {
                var group = optimizer.ParamGroups[i];
                group.InitialLr = maxLrs[i] / divFactor;
                group.SetOther("max_lr", maxLrs[i]);
                group.SetOther("min_lr", group.InitialLr / finalDivFactor);
            }
        }
        useBeta1 = false;
        if (cycleMomentum)
        {
            if (!ScheduleParams.HasMomentum(optimizer) && !ScheduleParams.HasBetas(optimizer))
            {
                throw LibTorch.IsAtLeast(2)
                    ? PythonFloat.ValueError($"optimizer must support momentum or beta1 with `cycle_momentum` option enabled")
                    : PythonFloat.ValueError($"optimizer must support momentum with `cycle_momentum` option enabled");
            }
            useBeta1 = ScheduleParams.HasBetas(optimizer);
            var maxMomentums = ScheduleParams.PerGroup("max_momentum", optimizer, maxMomentum ?? Repeat(optimizer, 0.95));
            var baseMomentums = ScheduleParams.PerGroup("base_momentum", optimizer, baseMomentum ?? Repeat(optimizer, 0.85));
            if (lastEpoch == -1)
            {
                for (int i = 0; i < maxMomentums.Length; i++)
                {
                    var group = optimizer.ParamGroups[i];
                    ScheduleParams.SetMomentum(group, useBeta1, maxMomentums[i]);
                    group.SetOther("max_momentum", maxMomentums[i]);
                    group.SetOther("base_momentum", baseMomentums[i]);
                }
            }
        }
        return optimizer;
    }

    private static int Total(int? totalSteps, int? epochs, int? stepsPerEpoch)
    {
        if (totalSteps is { } steps)
        {
            if (steps <= 0) throw PythonFloat.ValueError($"Expected positive integer total_steps, but got {steps}");
            return steps;
        }
        if (LibTorch.IsAtLeast(2) ? epochs is null || stepsPerEpoch is null : epochs is null && stepsPerEpoch is null)
            throw PythonFloat.ValueError($"You must define either total_steps OR (epochs AND steps_per_epoch)");
        // 1.13 compares a missing one with 0, which Python refuses.
        if (epochs is not { } e) throw new TorchException("'<=' not supported between instances of 'NoneType' and 'int'", TorchErrorKind.TypeError);
        if (e <= 0) throw PythonFloat.ValueError($"Expected positive integer epochs, but got {e}");
        if (stepsPerEpoch is not { } s) throw new TorchException("'<=' not supported between instances of 'NoneType' and 'int'", TorchErrorKind.TypeError);
        if (s <= 0) throw PythonFloat.ValueError($"Expected positive integer steps_per_epoch, but got {s}");
        return e * s;
    }

    private static double[] Repeat(Optimizer optimizer, double value) =>
        ScheduleParams.Same(optimizer ?? throw new ArgumentNullException(nameof(optimizer)), value);

    /// <summary>The number of steps of the cycle (<c>total_steps</c>).</summary>
    public int TotalSteps { get; }

    /// <summary><c>cos</c> or <c>linear</c>.</summary>
    public string AnnealStrategy { get; }

    /// <summary>Whether the momentum (or beta1) cycles too (<c>cycle_momentum</c>).</summary>
    public bool CycleMomentum { get; }

    /// <summary>Whether beta1 of <c>betas</c> is cycled rather than <c>momentum</c> (<c>use_beta1</c>).</summary>
    public bool UseBeta1 { get; }

    private double Anneal(double start, double end, double pct) => AnnealStrategy == "cos"
        ? end + (start - end) / 2.0 * (Math.Cos(Math.PI * pct) + 1)
        : (end - start) * pct + start;

    private static double GroupValue(ParamGroup group, string key) =>
        key == "initial_lr" ? group.InitialLr.GetValueOrDefault() : group.OtherNumber(key);

    private protected override void WriteSettings(Dictionary<string, object?> state)
    {
        state["total_steps"] = (long)TotalSteps;
        state["_schedule_phases"] = _phases.Select(p => (object?)new Dictionary<string, object?>
        {
            ["end_step"] = p.EndStepIsInt ? (long)p.EndStep : (object)p.EndStep,
            ["start_lr"] = p.StartLr, ["end_lr"] = p.EndLr, ["start_momentum"] = p.StartMomentum, ["end_momentum"] = p.EndMomentum,
        }).ToList();
        if (LibTorch.IsAtLeast(2)) state["_anneal_func_type"] = AnnealStrategy;
        state["cycle_momentum"] = CycleMomentum;
        if (CycleMomentum) state["use_beta1"] = UseBeta1;
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr()
    {
        int stepNum = LastEpoch;
        if (stepNum > TotalSteps)
            throw PythonFloat.ValueError($"Tried to step {(LibTorch.IsAtLeast(2) ? stepNum : stepNum + 1)} times. The specified number of total steps is {TotalSteps}");
        var lrs = new List<double>();
        foreach (var group in Optimizer.ParamGroups)
        {
            double startStep = 0, lr = 0, momentum = 0;
            for (int i = 0; i < _phases.Length; i++)
            {
                var phase = _phases[i];
                if (stepNum <= phase.EndStep || i == _phases.Length - 1)
                {
                    double pct = (stepNum - startStep) / (phase.EndStep - startStep);
                    lr = Anneal(GroupValue(group, phase.StartLr), GroupValue(group, phase.EndLr), pct);
                    if (CycleMomentum) momentum = Anneal(GroupValue(group, phase.StartMomentum), GroupValue(group, phase.EndMomentum), pct);
                    break;
                }
                startStep = phase.EndStep;
            }
            lrs.Add(lr);
            if (CycleMomentum) ScheduleParams.SetMomentum(group, UseBeta1, momentum);
        }
        return lrs;
    }
}
