namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Multiplies each group's learning rate by <see cref="Gamma"/> every <see cref="StepSize"/> epochs, as PyTorch's
/// <c>torch.optim.lr_scheduler.StepLR</c> (the same in 1.13 and 2.x).
/// </summary>
/// <example><code>
/// var scheduler = new StepLR(optimizer, stepSize: 30, gamma: 0.1);
/// for (int epoch = 0; epoch &lt; 100; epoch++) { Train(); scheduler.Step(); }
/// </code></example>
public sealed class StepLR : LRScheduler
{
    /// <summary>Creates the scheduler and takes its first step.</summary>
    public StepLR(Optimizer optimizer, int stepSize, double gamma = 0.1, int lastEpoch = -1, bool verbose = false) : base(optimizer, lastEpoch, verbose)
    {
        StepSize = stepSize;
        Gamma = gamma;
        InitialStep();
    }

    /// <summary>The period of the decay, in epochs.</summary>
    public int StepSize { get; private set; }

    /// <summary>The decay factor.</summary>
    public double Gamma { get; private set; }

    private protected override void WriteSettings(Dictionary<string, object?> state)
    {
        state["step_size"] = (long)StepSize;
        state["gamma"] = Gamma;
    }

    private protected override void ReadSettings(System.Collections.IDictionary state)
    {
        if (state.Contains("step_size")) StepSize = (int)Long(state, "step_size");
        if (state.Contains("gamma")) Gamma = Double(state, "gamma");
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr() =>
        LastEpoch == 0 || LastEpoch % StepSize != 0 ? GroupLrs.ToArray() : GroupLrs.Select(lr => lr * Gamma).ToArray();

    /// <inheritdoc/>
    protected override IReadOnlyList<double>? GetClosedFormLr() =>
        BaseLrs.Select(baseLr => baseLr * Math.Pow(Gamma, Math.Floor((double)LastEpoch / StepSize))).ToArray();
}
