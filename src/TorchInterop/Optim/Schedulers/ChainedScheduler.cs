using System.Collections;

namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Steps several schedulers of one optimizer together, each changing the rate the previous one set, as
/// <c>torch.optim.lr_scheduler.ChainedScheduler</c> in the PyTorch this runs on.
/// </summary>
/// <example><code>
/// var scheduler = new ChainedScheduler([new ConstantLR(optimizer, factor: 0.1, totalIters: 2), new ExponentialLR(optimizer, gamma: 0.9)]);
/// </code></example>
public sealed class ChainedScheduler : LRScheduler
{
    private readonly LRScheduler[] _schedulers;

    /// <summary>
    /// Chains <paramref name="schedulers"/>; they must share one optimizer (2.x: <paramref name="optimizer"/> when given).
    /// The checks and messages are PyTorch's.
    /// </summary>
    public ChainedScheduler(IEnumerable<LRScheduler> schedulers, Optimizer? optimizer = null)
        : base(Check(schedulers, ref optimizer, out var list), composite: true)
    {
        _schedulers = list;
        SetLastLr(GroupLrs);
    }

    private static Optimizer Check(IEnumerable<LRScheduler> schedulers, ref Optimizer? optimizer, out LRScheduler[] list)
    {
        ArgumentNullException.ThrowIfNull(schedulers);
        list = schedulers.ToArray();
        if (LibTorch.IsAtLeast(2))
        {
            if (list.Length < 1)
                throw PythonFloat.ValueError($"ChainedScheduler expects at least one scheduler to be chained, but got no scheduler.");
            optimizer ??= list[0].Optimizer;
            for (int i = 0; i < list.Length; i++)
            {
                if (!ReferenceEquals(list[i].Optimizer, optimizer))
                {
                    throw PythonFloat.ValueError(
                        $"ChainedScheduler expects all schedulers to belong to the same optimizer, but got scheduler {list[i].GetType().Name} at index {i} has {list[i].Optimizer}, which is different from {optimizer.GetType().Name}.");
                }
            }
            return optimizer;
        }
        if (list.Length < 1) throw new TorchException("list index out of range", TorchErrorKind.IndexError);
        for (int i = 1; i < list.Length; i++)
        {
            if (!ReferenceEquals(list[i].Optimizer, list[0].Optimizer))
                throw PythonFloat.ValueError($"ChainedScheduler expects all schedulers to belong to the same optimizer, but got schedulers at index 0 and {i} to be different");
        }
        return list[0].Optimizer;
    }

    /// <summary>The chained schedulers, in the order they step (<c>_schedulers</c>).</summary>
    public IReadOnlyList<LRScheduler> Schedulers => _schedulers;

    /// <summary>Steps every chained scheduler once.</summary>
    public override void Step()
    {
        foreach (var scheduler in _schedulers) scheduler.Step();
        SetLastLr(_schedulers[^1].Optimizer.ParamGroups.Select(g => g.Lr.GetValueOrDefault()));
    }

    /// <summary>Python's <c>ChainedScheduler.step()</c> takes no epoch.</summary>
    /// <exception cref="TorchException">Always (Python's TypeError).</exception>
    public override void Step(int epoch) =>
        throw new TorchException("step() takes 1 positional argument but 2 were given", TorchErrorKind.TypeError);

    /// <summary>PyTorch's state dict: <c>_last_lr</c>, then <c>_schedulers</c>, each inner scheduler's state dict.</summary>
    public override Dictionary<string, object?> StateDict() => new()
    {
        ["_last_lr"] = GetLastLr().Cast<object?>().ToList(),
        ["_schedulers"] = CompositeState.Inner(_schedulers),
    };

    /// <summary>Restores a state dict made by <see cref="StateDict"/> or by PyTorch, the inner schedulers' too.</summary>
    public override void LoadStateDict(IDictionary stateDict)
    {
        ArgumentNullException.ThrowIfNull(stateDict);
        if (stateDict.Contains("_last_lr")) SetLastLr(CompositeState.Lrs(stateDict));
        CompositeState.LoadInner(_schedulers, stateDict);
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr() => throw new TorchException("", TorchErrorKind.NotImplementedError);
}
