namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Scales each group's learning rate by <see cref="Factor"/> until epoch <see cref="TotalIters"/>, then restores it,
/// as PyTorch's <c>torch.optim.lr_scheduler.ConstantLR</c> (the same in 1.13 and 2.x).
/// </summary>
/// <example><code>
/// var scheduler = new ConstantLR(optimizer, factor: 0.5, totalIters: 4);
/// </code></example>
public sealed class ConstantLR : LRScheduler
{
    /// <summary>Creates the scheduler and takes its first step; the check and message are PyTorch's.</summary>
    public ConstantLR(Optimizer optimizer, double factor = 1.0 / 3, int totalIters = 5, int lastEpoch = -1, bool verbose = false) : base(optimizer, lastEpoch, verbose)
    {
        if (factor > 1.0 || factor < 0)
            throw new TorchException("Constant multiplicative factor expected to be between 0 and 1.", TorchErrorKind.ValueError);
        Factor = factor;
        TotalIters = totalIters;
        InitialStep();
    }

    /// <summary>The factor of the first epochs.</summary>
    public double Factor { get; private set; }

    /// <summary>The epoch from which the learning rate is restored.</summary>
    public int TotalIters { get; private set; }

    private protected override void WriteSettings(Dictionary<string, object?> state)
    {
        state["factor"] = Factor;
        state["total_iters"] = (long)TotalIters;
    }

    private protected override void ReadSettings(System.Collections.IDictionary state)
    {
        if (state.Contains("factor")) Factor = Double(state, "factor");
        if (state.Contains("total_iters")) TotalIters = (int)Long(state, "total_iters");
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr()
    {
        if (LastEpoch == 0) return GroupLrs.Select(lr => lr * Factor).ToArray();
        if (LastEpoch != TotalIters) return GroupLrs.ToArray();
        return GroupLrs.Select(lr => lr * (1.0 / Factor)).ToArray();
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double>? GetClosedFormLr() =>
        BaseLrs.Select(baseLr => baseLr * (Factor + (LastEpoch >= TotalIters ? 1 : 0) * (1 - Factor))).ToArray();
}
