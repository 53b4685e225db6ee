namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Multiplies each group's learning rate by <see cref="Gamma"/> at each milestone epoch (by a power of it where a
/// milestone repeats), as PyTorch's <c>torch.optim.lr_scheduler.MultiStepLR</c> (the same in 1.13 and 2.x).
/// </summary>
/// <example><code>
/// var scheduler = new MultiStepLR(optimizer, milestones: [30, 80], gamma: 0.1);
/// </code></example>
public sealed class MultiStepLR : LRScheduler
{
    /// <summary>Creates the scheduler and takes its first step.</summary>
    public MultiStepLR(Optimizer optimizer, IEnumerable<int> milestones, double gamma = 0.1, int lastEpoch = -1, bool verbose = false) : base(optimizer, lastEpoch, verbose)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        // Python keeps a Counter: each milestone with how often it was given, in order of first appearance.
        Milestones = milestones.GroupBy(m => m).ToDictionary(m => m.Key, m => m.Count());
        Gamma = gamma;
        InitialStep();
    }

    /// <summary>Each milestone epoch with how many times it was given (Python's <c>Counter</c>).</summary>
    public IReadOnlyDictionary<int, int> Milestones { get; private set; }

    /// <summary>The decay factor.</summary>
    public double Gamma { get; private set; }

    private protected override void WriteSettings(Dictionary<string, object?> state)
    {
        state["milestones"] = Milestones.ToDictionary(m => (object)(long)m.Key, m => (object?)(long)m.Value);
        state["gamma"] = Gamma;
    }

    private protected override void ReadSettings(System.Collections.IDictionary state)
    {
        if (state.Contains("milestones") && state["milestones"] is System.Collections.IDictionary counts)
        {
            var read = new Dictionary<int, int>();
            foreach (System.Collections.DictionaryEntry entry in counts)
                read[Convert.ToInt32(entry.Key, System.Globalization.CultureInfo.InvariantCulture)] = Convert.ToInt32(entry.Value, System.Globalization.CultureInfo.InvariantCulture);
            Milestones = read;
        }
        if (state.Contains("gamma")) Gamma = Double(state, "gamma");
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr() =>
        Milestones.TryGetValue(LastEpoch, out int count)
            ? GroupLrs.Select(lr => lr * Math.Pow(Gamma, count)).ToArray()
            : GroupLrs.ToArray();

    /// <inheritdoc/>
    protected override IReadOnlyList<double>? GetClosedFormLr() =>
        BaseLrs.Select(baseLr => baseLr * Math.Pow(Gamma, Milestones.Where(m => m.Key <= LastEpoch).Sum(m => m.Value))).ToArray();
}
