using System.Collections;

namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Runs schedulers of one optimizer one after another, switching at the given milestones, as
/// <c>torch.optim.lr_scheduler.SequentialLR</c> in the PyTorch this runs on: at a milestone the next scheduler
/// starts from epoch 0 of its closed form.
/// </summary>
/// <example><code>
/// var warmup = new LinearLR(optimizer, startFactor: 0.1, totalIters: 5);
/// var decay = new ExponentialLR(optimizer, gamma: 0.9);
/// var scheduler = new SequentialLR(optimizer, [warmup, decay], milestones: [5]);
/// </code></example>
public sealed class SequentialLR : LRScheduler
{
    private readonly LRScheduler[] _schedulers;
    private int[] _milestones;

    /// <summary>Creates the scheduler and starts the first of <paramref name="schedulers"/>; the checks and messages are PyTorch's.</summary>
    public SequentialLR(Optimizer optimizer, IEnumerable<LRScheduler> schedulers, IEnumerable<int> milestones, int lastEpoch = -1)
        : base(optimizer, composite: true)
    {
        ArgumentNullException.ThrowIfNull(schedulers);
        ArgumentNullException.ThrowIfNull(milestones);
        _schedulers = schedulers.ToArray();
        _milestones = milestones.ToArray();
        Check(optimizer, _schedulers, _milestones);
        LastEpoch = lastEpoch + 1;
        foreach (var group in optimizer.ParamGroups) group.Lr = group.InitialLr;
        if (LibTorch.IsAtLeast(2)) UndoRecursively(this);
        else foreach (var scheduler in _schedulers) scheduler.LastEpoch--;
        var first = _schedulers[LibTorch.IsAtLeast(2) ? BisectRight(0) : 0];
        first.InitialStep();
        SetLastLr(first.GetLastLr());
    }

    private static void Check(Optimizer optimizer, LRScheduler[] schedulers, int[] milestones)
    {
        if (LibTorch.IsAtLeast(2) && schedulers.Length < 1)
            throw PythonFloat.ValueError($"SequentialLR expects at least one scheduler, but got no scheduler.");
        for (int i = 0; i < schedulers.Length; i++)
        {
            if (ReferenceEquals(schedulers[i].Optimizer, optimizer)) continue;
            throw LibTorch.IsAtLeast(2)
                ? PythonFloat.ValueError(
                    $"SequentialLR expects all schedulers to belong to the same optimizer, but got scheduler {schedulers[i].GetType().Name} at index {i} has {schedulers[i].Optimizer}, which is different from {optimizer.GetType().Name}.")
                : PythonFloat.ValueError(
                    $"Sequential Schedulers expects all schedulers to belong to the same optimizer, but got schedulers at index {i} to be different than the optimizer passed in.");
        }
        if (milestones.Length != schedulers.Length - 1)
        {
            throw PythonFloat.ValueError(
                $"Sequential Schedulers expects number of schedulers provided to be one more than the number of milestone points, but got number of schedulers {schedulers.Length} and the number of milestones to be equal to {milestones.Length}");
        }
    }

    // 2.x's recursive_undo: the inner schedulers (nested ones too) go back one epoch.
    private static void UndoRecursively(LRScheduler scheduler)
    {
        var inner = scheduler switch
        {
            SequentialLR sequential => sequential._schedulers,
            ChainedScheduler chained => chained.Schedulers,
            _ => null,
        };
        if (inner is null)
        {
            scheduler.LastEpoch--;
            return;
        }
        foreach (var s in inner) UndoRecursively(s);
    }

    // Python's bisect_right over the milestones: how many are at or before epoch.
    private int BisectRight(int epoch)
    {
        int lo = 0, hi = _milestones.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (epoch < _milestones[mid]) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>The schedulers, in the order they run (<c>_schedulers</c>).</summary>
    public IReadOnlyList<LRScheduler> Schedulers => _schedulers;

    /// <summary>The epochs at which the next scheduler takes over (<c>_milestones</c>).</summary>
    public IReadOnlyList<int> Milestones => _milestones;

    /// <summary>Steps the scheduler whose turn it is; at a milestone the next one starts at its epoch 0.</summary>
    public override void Step()
    {
        LastEpoch++;
        int idx = BisectRight(LastEpoch);
        var scheduler = _schedulers[idx];
        if (idx > 0 && _milestones[idx - 1] == LastEpoch)
        {
            // 1.13 calls the deprecated step(0), with its warning; 2.x jumps to epoch 0 quietly.
            if (LibTorch.IsAtLeast(2)) scheduler.UpdateLr(0);
            else scheduler.Step(0);
        }
        else
        {
            scheduler.Step();
        }
        SetLastLr(scheduler.GetLastLr());
    }

    /// <summary>Python's <c>SequentialLR.step()</c> takes no epoch.</summary>
    /// <exception cref="TorchException">Always (Python's TypeError).</exception>
    public override void Step(int epoch) =>
        throw new TorchException("step() takes 1 positional argument but 2 were given", TorchErrorKind.TypeError);

    /// <summary>PyTorch's state dict: <c>_milestones</c>, <c>last_epoch</c>, <c>_last_lr</c>, then each inner scheduler's.</summary>
    public override Dictionary<string, object?> StateDict() => new()
    {
        ["_milestones"] = _milestones.Select(m => (object?)(long)m).ToList(),
        ["last_epoch"] = (long)LastEpoch,
        ["_last_lr"] = GetLastLr().Cast<object?>().ToList(),
        ["_schedulers"] = CompositeState.Inner(_schedulers),
    };

    /// <summary>Restores a state dict made by <see cref="StateDict"/> or by PyTorch, the inner schedulers' too.</summary>
    public override void LoadStateDict(IDictionary stateDict)
    {
        ArgumentNullException.ThrowIfNull(stateDict);
        if (stateDict.Contains("_milestones"))
            _milestones = ((IEnumerable)stateDict["_milestones"]!).Cast<object?>().Select(m => Convert.ToInt32(m, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        if (stateDict.Contains("last_epoch")) LastEpoch = (int)Long(stateDict, "last_epoch");
        if (stateDict.Contains("_last_lr")) SetLastLr(CompositeState.Lrs(stateDict));
        CompositeState.LoadInner(_schedulers, stateDict);
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr() => throw new TorchException("", TorchErrorKind.NotImplementedError);
}
