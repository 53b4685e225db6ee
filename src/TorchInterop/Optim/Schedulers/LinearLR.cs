namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Moves each group's learning rate linearly from <see cref="StartFactor"/> to <see cref="EndFactor"/> times its
/// initial value over <see cref="TotalIters"/> epochs, as PyTorch's <c>torch.optim.lr_scheduler.LinearLR</c> in the
/// version this runs on (its recursive form, so the values are PyTorch's to the last bit).
/// </summary>
/// <example><code>
/// var scheduler = new LinearLR(optimizer, startFactor: 0.25, totalIters: 4);
/// </code></example>
public sealed class LinearLR : LRScheduler
{
    /// <summary>Creates the scheduler and takes its first step; the checks and messages are PyTorch's.</summary>
    public LinearLR(Optimizer optimizer, double startFactor = 1.0 / 3, double endFactor = 1.0, int totalIters = 5, int lastEpoch = -1, bool verbose = false) : base(optimizer, lastEpoch, verbose)
    {
        // 2.x also refuses a zero start, which would divide by zero.
        if (LibTorch.IsAtLeast(2) ? startFactor > 1.0 || startFactor <= 0 : startFactor > 1.0 || startFactor < 0)
        {
            throw new TorchException(LibTorch.IsAtLeast(2)
                ? "Starting multiplicative factor expected to be greater than 0 and less or equal to 1."
                : "Starting multiplicative factor expected to be between 0 and 1.", TorchErrorKind.ValueError);
        }
        if (endFactor > 1.0 || endFactor < 0)
            throw new TorchException("Ending multiplicative factor expected to be between 0 and 1.", TorchErrorKind.ValueError);
        StartFactor = startFactor;
        EndFactor = endFactor;
        TotalIters = totalIters;
        InitialStep();
    }

    /// <summary>The factor of the first epoch.</summary>
    public double StartFactor { get; private set; }

    /// <summary>The factor reached at <see cref="TotalIters"/>.</summary>
    public double EndFactor { get; private set; }

    /// <summary>The number of epochs of the ramp.</summary>
    public int TotalIters { get; private set; }

    private protected override void WriteSettings(Dictionary<string, object?> state)
    {
        state["start_factor"] = StartFactor;
        state["end_factor"] = EndFactor;
        state["total_iters"] = (long)TotalIters;
    }

    private protected override void ReadSettings(System.Collections.IDictionary state)
    {
        if (state.Contains("start_factor")) StartFactor = Double(state, "start_factor");
        if (state.Contains("end_factor")) EndFactor = Double(state, "end_factor");
        if (state.Contains("total_iters")) TotalIters = (int)Long(state, "total_iters");
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr()
    {
        if (LastEpoch == 0) return GroupLrs.Select(lr => lr * StartFactor).ToArray();
        if ((LibTorch.IsAtLeast(2) && IsInitial) || LastEpoch > TotalIters) return GroupLrs.ToArray();
        double change = EndFactor - StartFactor;
        return GroupLrs.Select(lr => lr * (1.0 + change / (TotalIters * StartFactor + (LastEpoch - 1) * change))).ToArray();
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double>? GetClosedFormLr() =>
        BaseLrs.Select(baseLr => baseLr * (StartFactor + (EndFactor - StartFactor) * Math.Min(TotalIters, LastEpoch) / TotalIters)).ToArray();
}
