namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Cosine annealing of each group's learning rate from its initial value down to <see cref="EtaMin"/> over
/// <see cref="TMax"/> epochs and back, as <c>torch.optim.lr_scheduler.CosineAnnealingLR</c> in the PyTorch this runs on
/// (1.13 or 2.x; its recursive form, so the values are PyTorch's to the last bit).
/// </summary>
/// <example><code>
/// var scheduler = new CosineAnnealingLR(optimizer, tMax: 10);
/// </code></example>
public sealed class CosineAnnealingLR : LRScheduler
{
    /// <summary>Creates the scheduler and takes its first step.</summary>
    public CosineAnnealingLR(Optimizer optimizer, int tMax, double etaMin = 0, int lastEpoch = -1, bool verbose = false) : base(optimizer, lastEpoch, verbose)
    {
        TMax = tMax;
        EtaMin = etaMin;
        InitialStep();
    }

    /// <summary>The number of epochs of a half period.</summary>
    public int TMax { get; private set; }

    /// <summary>The minimum learning rate.</summary>
    public double EtaMin { get; private set; }

    private protected override void WriteSettings(Dictionary<string, object?> state)
    {
        state["T_max"] = (long)TMax;
        state["eta_min"] = EtaMin;
    }

    private protected override void ReadSettings(System.Collections.IDictionary state)
    {
        if (state.Contains("T_max")) TMax = (int)Long(state, "T_max");
        if (state.Contains("eta_min")) EtaMin = Double(state, "eta_min");
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr()
    {
        // 1.13 keeps the learning rates at epoch 0, 2.x on the first step (the same, unless a state dict set the epoch).
        if (LibTorch.IsAtLeast(2) ? IsInitial : LastEpoch == 0) return GroupLrs.ToArray();
        if (LibTorch.IsAtLeast(2) && StepCount == 1 && LastEpoch > 0)
            return BaseLrs.Select(baseLr => EtaMin + (baseLr - EtaMin) * (1 + Math.Cos(LastEpoch * Math.PI / TMax)) / 2).ToArray();
        if (PythonModulo(LastEpoch - 1 - TMax, 2 * TMax) == 0)
        {
            return GroupLrs.Zip(BaseLrs, (lr, baseLr) => lr + (baseLr - EtaMin) * (1 - Math.Cos(Math.PI / TMax)) / 2).ToArray();
        }
        return GroupLrs.Select(lr =>
            (1 + Math.Cos(Math.PI * LastEpoch / TMax)) / (1 + Math.Cos(Math.PI * (LastEpoch - 1) / TMax)) * (lr - EtaMin) + EtaMin).ToArray();
    }

    // Python's %, whose result takes the divisor's sign.
    private static int PythonModulo(int a, int b) => ((a % b) + b) % b;

    /// <inheritdoc/>
    protected override IReadOnlyList<double>? GetClosedFormLr() =>
        BaseLrs.Select(baseLr => EtaMin + (baseLr - EtaMin) * (1 + Math.Cos(Math.PI * LastEpoch / TMax)) / 2).ToArray();
}
