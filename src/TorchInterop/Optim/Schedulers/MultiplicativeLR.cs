namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Multiplies each group's learning rate by a function of the epoch, every epoch after the first, as PyTorch's
/// <c>torch.optim.lr_scheduler.MultiplicativeLR</c> (the same in 1.13 and 2.x).
/// </summary>
/// <example><code>
/// var scheduler = new MultiplicativeLR(optimizer, epoch => 0.95);
/// </code></example>
public sealed class MultiplicativeLR : LRScheduler
{
    private readonly Func<int, double>[] _lambdas;

    /// <summary>Creates the scheduler with one function for every group, and takes its first step.</summary>
    public MultiplicativeLR(Optimizer optimizer, Func<int, double> lrLambda, int lastEpoch = -1, bool verbose = false)
        : this(optimizer, Enumerable.Repeat(lrLambda ?? throw new ArgumentNullException(nameof(lrLambda)), optimizer?.ParamGroups.Count ?? 0), lastEpoch, verbose)
    {
    }

    /// <summary>Creates the scheduler with a function per group, and takes its first step.</summary>
    public MultiplicativeLR(Optimizer optimizer, IEnumerable<Func<int, double>> lrLambdas, int lastEpoch = -1, bool verbose = false) : base(optimizer, lastEpoch, verbose)
    {
        ArgumentNullException.ThrowIfNull(lrLambdas);
        _lambdas = lrLambdas.ToArray();
        if (_lambdas.Length != optimizer.ParamGroups.Count)
            throw PythonFloat.ValueError($"Expected {optimizer.ParamGroups.Count} lr_lambdas, but got {_lambdas.Length}");
        InitialStep();
    }

    // Python saves a plain function as None (only callable objects keep state); so does a C# delegate.
    private protected override void WriteExtra(Dictionary<string, object?> state) =>
        state["lr_lambdas"] = _lambdas.Select(_ => (object?)null).ToList();

    /// <inheritdoc/>
    protected override IReadOnlyList<double> GetLr() =>
        (LibTorch.IsAtLeast(2) ? !IsInitial : LastEpoch > 0)
            ? GroupLrs.Select((lr, i) => lr * _lambdas[i](LastEpoch)).ToArray()
            : GroupLrs.ToArray();
}
