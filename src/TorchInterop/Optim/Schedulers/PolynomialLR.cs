namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Decays each group's learning rate by a polynomial of the remaining fraction of <see cref="TotalIters"/> epochs, as
/// PyTorch's <c>torch.optim.lr_scheduler.PolynomialLR</c> (the same in 1.13 and 2.x; its recursive form).
/// </summary>
/// <example><code>
/// var scheduler = new PolynomialLR(optimizer, totalIters: 4, power: 2.0);
/// </code></example>
public sealed class PolynomialLR : LRScheduler
{
    /// <summary>Creates the scheduler and takes its first step.</summary>
    public PolynomialLR(Optimizer optimizer, int totalIters = 5, double power = 1.0, int lastEpoch = -1, bool verbose = false) : base(optimizer, lastEpoch, verbose)
    {
        TotalIters = totalIters;
        Power = power;
        InitialStep();
    }

    /// <summary>The number of epochs over which the rate decays to zero.</summary>
    public int TotalIters { get; private set; }

    /// <summary>The power of the polynomial.</summary>
    public double Power { get; private set; }

    private protected override void WriteSettings(Dictionary<string, object?> state)
    {
        state["total_iters"] = (long)TotalIters;
        state["power"] = Power;
    }

    private protected override void ReadSettings(System.Collections.IDictionary state)
    {
        if (state.Contains("total_iters")) TotalIters = (int)Long(state, "total_iters");
        if (state.Contains("power")) Power = Double(state, "power");
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr()
    {
        if ((LibTorch.IsAtLeast(2) ? IsInitial : LastEpoch == 0) || LastEpoch > TotalIters) return GroupLrs.ToArray();
        double decay = Math.Pow((1.0 - (double)LastEpoch / TotalIters) / (1.0 - (double)(LastEpoch - 1) / TotalIters), Power);
        return GroupLrs.Select(lr => lr * decay).ToArray();
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double>? GetClosedFormLr() =>
        BaseLrs.Select(baseLr => baseLr * Math.Pow(1.0 - (double)Math.Min(TotalIters, LastEpoch) / TotalIters, Power)).ToArray();
}
