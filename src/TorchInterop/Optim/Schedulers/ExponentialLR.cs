namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Multiplies each group's learning rate by <see cref="Gamma"/> every epoch, as PyTorch's
/// <c>torch.optim.lr_scheduler.ExponentialLR</c> (the same in 1.13 and 2.x).
/// </summary>
/// <example><code>
/// var scheduler = new ExponentialLR(optimizer, gamma: 0.9);
/// </code></example>
public sealed class ExponentialLR : LRScheduler
{
    /// <summary>Creates the scheduler and takes its first step.</summary>
    public ExponentialLR(Optimizer optimizer, double gamma, int lastEpoch = -1, bool verbose = false) : base(optimizer, lastEpoch, verbose)
    {
        Gamma = gamma;
        InitialStep();
    }

    /// <summary>The decay factor per epoch.</summary>
    public double Gamma { get; private set; }

    private protected override void WriteSettings(Dictionary<string, object?> state) => state["gamma"] = Gamma;

    private protected override void ReadSettings(System.Collections.IDictionary state)
    {
        if (state.Contains("gamma")) Gamma = Double(state, "gamma");
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr() =>
        (LibTorch.IsAtLeast(2) ? IsInitial : LastEpoch == 0) ? GroupLrs.ToArray() : GroupLrs.Select(lr => lr * Gamma).ToArray();

    /// <inheritdoc/>
    protected override IReadOnlyList<double>? GetClosedFormLr() =>
        BaseLrs.Select(baseLr => baseLr * Math.Pow(Gamma, LastEpoch)).ToArray();
}
