namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// What every learning rate scheduler shares, as PyTorch 1.13's <c>_LRScheduler</c>: it records each group's
/// <c>initial_lr</c>, takes its first step on construction, and sets every group's learning rate on each
/// <see cref="Step"/> from <see cref="GetLr"/>'s recursive formula.
/// </summary>
public abstract class LRScheduler
{
    private double[] _lastLr = [];

    /// <summary>Attaches the scheduler to <paramref name="optimizer"/>. Derived constructors must call <see cref="InitialStep"/>.</summary>
    protected LRScheduler(Optimizer optimizer)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        Optimizer = optimizer;
        foreach (var group in optimizer.ParamGroups) group.InitialLr ??= group.Lr;
        BaseLrs = optimizer.ParamGroups.Select(g => g.InitialLr.GetValueOrDefault()).ToArray();
    }

    /// <summary>The optimizer whose learning rates are scheduled.</summary>
    public Optimizer Optimizer { get; }

    /// <summary>Each group's learning rate when the scheduler was attached (<c>base_lrs</c>).</summary>
    public IReadOnlyList<double> BaseLrs { get; }

    /// <summary>The number of steps taken, the one on construction being 0 (<c>last_epoch</c>).</summary>
    public int LastEpoch { get; private set; } = -1;

    /// <summary>How many times <see cref="Step"/> ran, including the one on construction (<c>_step_count</c>).</summary>
    protected int StepCount { get; private set; }

    /// <summary>Advances the schedule by one epoch and sets each group's learning rate.</summary>
    public void Step()
    {
        StepCount++;
        LastEpoch++;
        var values = GetLr();
        for (int i = 0; i < values.Count; i++) Optimizer.ParamGroups[i].Lr = values[i];
        _lastLr = Optimizer.ParamGroups.Select(g => g.Lr.GetValueOrDefault()).ToArray();
    }

    /// <summary>The learning rates the last <see cref="Step"/> set, one per group (<c>get_last_lr()</c>).</summary>
    public IReadOnlyList<double> GetLastLr() => _lastLr;

    /// <summary>The learning rates for epoch <see cref="LastEpoch"/>, from the groups' current ones.</summary>
    protected abstract IReadOnlyList<double> GetLr();

    /// <summary>The first step, which PyTorch takes at the end of construction.</summary>
    protected void InitialStep() => Step();

    /// <summary>The current learning rate of each group.</summary>
    protected IEnumerable<double> GroupLrs => Optimizer.ParamGroups.Select(g => g.Lr.GetValueOrDefault());
}
