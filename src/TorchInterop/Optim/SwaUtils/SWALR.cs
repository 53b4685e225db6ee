namespace TorchInterop.Optim.SwaUtils;

/// <summary>
/// Anneals each group's learning rate to a fixed SWA rate over <see cref="AnnealEpochs"/> epochs and keeps it there,
/// as <c>torch.optim.swa_utils.SWALR</c> in the PyTorch this runs on (cosine or linear annealing).
/// </summary>
/// <example><code>
/// var swaScheduler = new SWALR(optimizer, swaLr: 0.05, annealEpochs: 5);
/// </code></example>
public sealed class SWALR : Schedulers.LRScheduler
{
    /// <summary>Creates the scheduler with one SWA rate for every group, and takes its first step.</summary>
    public SWALR(Optimizer optimizer, double swaLr, int annealEpochs = 10, string annealStrategy = "cos", int lastEpoch = -1)
        : this(optimizer, Enumerable.Repeat(swaLr, optimizer?.ParamGroups.Count ?? 0), annealEpochs, annealStrategy, lastEpoch)
    {
    }

    /// <summary>Creates the scheduler with an SWA rate per group, and takes its first step; the checks and messages are PyTorch's.</summary>
    public SWALR(Optimizer optimizer, IEnumerable<double> swaLr, int annealEpochs = 10, string annealStrategy = "cos", int lastEpoch = -1)
        : base(Prepare(optimizer, swaLr, annealEpochs, annealStrategy), lastEpoch)
    {
        AnnealEpochs = annealEpochs;
        AnnealStrategy = annealStrategy;
        InitialStep();
    }

    private static Optimizer Prepare(Optimizer optimizer, IEnumerable<double> swaLr, int annealEpochs, string annealStrategy)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(swaLr);
        ArgumentNullException.ThrowIfNull(annealStrategy);
        var rates = swaLr.ToArray();
        int groups = optimizer.ParamGroups.Count;
        if (rates.Length != groups)
        {
            throw LibTorch.IsAtLeast(2)
                ? PythonFloat.ValueError($"swa_lr must have the same length as optimizer.param_groups. swa_lr has {rates.Length} values, param_groups has {groups}.")
                : PythonFloat.ValueError($"swa_lr must have the same length as optimizer.param_groups: swa_lr has {rates.Length}, optimizer.param_groups has {groups}");
        }
        for (int i = 0; i < groups; i++)
        {
            var group = optimizer.ParamGroups[i];
            if (group.InitialLr is null && !group.HasOther("swa_lr")) group.KeysBeforeInitialLr.Add("swa_lr");
            group.SetOther("swa_lr", rates[i]);
        }
        if (annealStrategy is not ("cos" or "linear"))
        {
            throw LibTorch.IsAtLeast(2)
                ? PythonFloat.ValueError($"anneal_strategy must be one of 'cos' or 'linear', instead got {annealStrategy}")
                : PythonFloat.ValueError($"anneal_strategy must by one of 'cos' or 'linear', instead got {annealStrategy}");
        }
        if (annealEpochs < 0) throw PythonFloat.ValueError($"anneal_epochs must be equal or greater than 0, got {annealEpochs}");
        return optimizer;
    }

    /// <summary>The epochs over which the rate moves to the SWA rate (<c>anneal_epochs</c>).</summary>
    public int AnnealEpochs { get; private set; }

    /// <summary><c>cos</c> or <c>linear</c>.</summary>
    public string AnnealStrategy { get; private set; }

    private double Anneal(double t) => AnnealStrategy == "cos" ? (1 - Math.Cos(Math.PI * t)) / 2 : t;

    // The rate the annealing started from, recovered from the current one.
    private static double InitialRate(double lr, double swaLr, double alpha) => alpha == 1 ? swaLr : (lr - alpha * swaLr) / (1 - alpha);

    private protected override void WriteSettings(Dictionary<string, object?> state)
    {
        if (LibTorch.IsAtLeast(2)) state["_anneal_strategy"] = AnnealStrategy;
        state["anneal_epochs"] = (long)AnnealEpochs;
    }

    private protected override void ReadSettings(System.Collections.IDictionary state)
    {
        if (state.Contains("anneal_epochs")) AnnealEpochs = (int)Long(state, "anneal_epochs");
        if (state.Contains("_anneal_strategy")) AnnealStrategy = (string)state["_anneal_strategy"]!;
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr()
    {
        int step = StepCount - 1;
        if (AnnealEpochs == 0) step = Math.Max(1, step);
        double prevT = Math.Max(0, Math.Min(1, (step - 1) / (double)Math.Max(1, AnnealEpochs)));
        double prevAlpha = Anneal(prevT);
        double t = Math.Max(0, Math.Min(1, step / (double)Math.Max(1, AnnealEpochs)));
        double alpha = Anneal(t);
        return Optimizer.ParamGroups.Select(g =>
        {
            double swaLr = g.OtherNumber("swa_lr");
            double previous = InitialRate(g.Lr.GetValueOrDefault(), swaLr, prevAlpha);
            return swaLr * alpha + previous * (1 - alpha);
        }).ToArray();
    }
}
