using System.Collections;
using System.Globalization;

namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// What every learning rate scheduler shares, as the PyTorch this runs on has it (1.13's <c>_LRScheduler</c>, 2.x's
/// <c>LRScheduler</c>): it records each group's <c>initial_lr</c>, takes its first step on construction, and sets
/// every group's learning rate on each <see cref="Step()"/> from <see cref="GetLr"/>'s recursive formula.
/// </summary>
public abstract class LRScheduler
{
    private double[] _lastLr = [];

    /// <summary>Attaches the scheduler to <paramref name="optimizer"/>. Derived constructors must call <see cref="InitialStep"/>.</summary>
    protected LRScheduler(Optimizer optimizer) : this(optimizer, -1)
    {
    }

    /// <summary>
    /// Attaches the scheduler to <paramref name="optimizer"/>, resuming after epoch <paramref name="lastEpoch"/>
    /// (-1: a fresh start, which records each group's <c>initial_lr</c>; otherwise every group must have one already,
    /// as PyTorch's <c>last_epoch</c> argument requires). Derived constructors must call <see cref="InitialStep"/>.
    /// </summary>
    /// <exception cref="TorchException">A group has no <c>initial_lr</c> when resuming (Python's KeyError).</exception>
    protected LRScheduler(Optimizer optimizer, int lastEpoch) : this(optimizer, lastEpoch, false)
    {
    }

    /// <summary>
    /// As <see cref="LRScheduler(Optimizer, int)"/>; with <paramref name="verbose"/>, each learning rate set is
    /// printed as PyTorch 1.13's <c>verbose=True</c> prints it (<see cref="Verbose"/>).
    /// </summary>
    protected LRScheduler(Optimizer optimizer, int lastEpoch, bool verbose)
    {
        Verbose = verbose;
        ArgumentNullException.ThrowIfNull(optimizer);
        Optimizer = optimizer;
        if (lastEpoch == -1)
        {
            foreach (var group in optimizer.ParamGroups) group.InitialLr ??= group.Lr;
        }
        else
        {
            for (int i = 0; i < optimizer.ParamGroups.Count; i++)
            {
                if (optimizer.ParamGroups[i].InitialLr is null) throw MissingInitialLr(i);
            }
        }
        BaseLrs = optimizer.ParamGroups.Select(g => g.InitialLr.GetValueOrDefault()).ToArray();
        LastEpoch = lastEpoch;
    }

    // A scheduler made of other schedulers (SequentialLR, ChainedScheduler): PyTorch skips the base constructor.
    private protected LRScheduler(Optimizer optimizer, bool composite)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        _ = composite;
        Optimizer = optimizer;
        BaseLrs = [];
    }

    private static TorchException MissingInitialLr(int group) => new(LibTorch.IsAtLeast(2)
        ? $"\"param 'initial_lr' is not specified in param_groups[{group}] when resuming scheduler with last_epoch >= 0.\\n"
          + "This typically happens when:\\n"
          + "1. You're trying to resume training from a checkpoint but haven't properly loaded the optimizer state\\n"
          + "2. You're using last_epoch >= 0 for a fresh training run (not recommended)\""
        : $"\"param 'initial_lr' is not specified in param_groups[{group}] when resuming an optimizer\"", TorchErrorKind.KeyError);

    /// <summary>
    /// Whether each learning rate set is printed to <see cref="PythonStdout"/> (<c>Adjusting learning rate of group 0 to
    /// 1.0000e-01.</c>), 1.13's <c>verbose</c>; PyTorch 2.x removed the argument.
    /// </summary>
    public bool Verbose { get; set; }

    /// <summary>The optimizer whose learning rates are scheduled.</summary>
    public Optimizer Optimizer { get; }

    /// <summary>Each group's learning rate when the scheduler was attached (<c>base_lrs</c>).</summary>
    public IReadOnlyList<double> BaseLrs { get; private protected set; }

    /// <summary>The number of steps taken, the one on construction being 0 (<c>last_epoch</c>).</summary>
    public int LastEpoch { get; protected internal set; } = -1;

    /// <summary>How many times <see cref="Step()"/> ran, including the one on construction (<c>_step_count</c>).</summary>
    protected int StepCount { get; private protected set; }

    /// <summary>Advances the schedule by one epoch and sets each group's learning rate.</summary>
    public virtual void Step()
    {
        WarnIfBeforeOptimizerStep();
        StepCount++;
        UpdateLr(null);
    }

    /// <summary>
    /// Python's deprecated <c>scheduler.step(epoch)</c>: jumps to <paramref name="epoch"/>, from the closed form where
    /// the scheduler has one, and warns as PyTorch does.
    /// </summary>
    public virtual void Step(int epoch)
    {
        WarnIfBeforeOptimizerStep();
        StepCount++;
        Warnings.Raise(EpochDeprecationWarning);
        UpdateLr(epoch);
    }

    // PyTorch's check for the pre-1.1 order: the scheduler's second step comes before any optimizer step.
    private protected void WarnIfBeforeOptimizerStep()
    {
        if (StepCount == 1 && !Optimizer.SteppedSinceSchedulerAttached) Warnings.Raise(StepOrderWarning);
    }

    /// <summary>PyTorch's warning when <c>lr_scheduler.step()</c> comes before <c>optimizer.step()</c>.</summary>
    internal const string StepOrderWarning =
        "Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and later, you should call "
        + "them in the opposite order: `optimizer.step()` before `lr_scheduler.step()`.  Failure to do this will result in "
        + "PyTorch skipping the first value of the learning rate schedule. See more details at "
        + "https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate";

    /// <summary>PyTorch's <c>EPOCH_DEPRECATION_WARNING</c>.</summary>
    internal const string EpochDeprecationWarning =
        "The epoch parameter in `scheduler.step()` was not necessary and is being deprecated where possible. Please use "
        + "`scheduler.step()` to step the scheduler. During the deprecation, if epoch is different from None, the closed "
        + "form is used instead of the new chainable form, where available. Please open an issue if you are unable to "
        + "replicate your use case: https://github.com/pytorch/pytorch/issues/new/choose.";

    // 2.x's _update_lr (the body of 1.13's step after the warnings): the next epoch, or a jump to epoch.
    internal void UpdateLr(int? epoch)
    {
        IReadOnlyList<double> values;
        if (epoch is { } at)
        {
            LastEpoch = at;
            values = GetClosedFormLr() ?? GetLr();
        }
        else
        {
            LastEpoch++;
            values = GetLr();
        }
        SetGroupLrs(values, epoch);
    }

    /// <summary>
    /// Sets each group's learning rate and records them as the last ones; <paramref name="epoch"/> is the one
    /// <see cref="Verbose"/> prints (null: none, as Python's <c>step()</c> without an epoch).
    /// </summary>
    private protected void SetGroupLrs(IReadOnlyList<double> values, int? epoch = null)
    {
        for (int i = 0; i < values.Count; i++)
        {
            Optimizer.ParamGroups[i].Lr = values[i];
            if (Verbose) PrintLr(i, values[i], epoch);
        }
        _lastLr = Optimizer.ParamGroups.Select(g => g.Lr.GetValueOrDefault()).ToArray();
    }

    // 1.13's print_lr.
    private static void PrintLr(int group, double lr, int? epoch) => PythonStdout.WriteLine(epoch is { } e
        ? $"Epoch {e.ToString("00000", CultureInfo.InvariantCulture)}: adjusting learning rate of group {group} to {Scientific(lr)}."
        : $"Adjusting learning rate of group {group} to {Scientific(lr)}.");

    /// <summary>Python's <c>'{:.4e}'.format(value)</c>.</summary>
    internal static string Scientific(double value) => value.ToString("0.0000e+00", CultureInfo.InvariantCulture);

    /// <summary>Records <paramref name="values"/> as the last learning rates (<c>_last_lr</c>).</summary>
    private protected void SetLastLr(IEnumerable<double> values) => _lastLr = values.ToArray();

    /// <summary>
    /// The learning rates at epoch <see cref="LastEpoch"/> computed from the base ones (PyTorch's
    /// <c>_get_closed_form_lr</c>), used by <see cref="Step(int)"/>; null where the scheduler has no closed form.
    /// </summary>
    protected virtual IReadOnlyList<double>? GetClosedFormLr() => null;

    /// <summary>The learning rates the last <see cref="Step()"/> set, one per group (<c>get_last_lr()</c>).</summary>
    public IReadOnlyList<double> GetLastLr() => _lastLr;

    /// <summary>The learning rates for epoch <see cref="LastEpoch"/>, from the groups' current ones.</summary>
    protected abstract IReadOnlyList<double> GetLr();

    /// <summary>Whether the step being taken is the first, on construction (2.x's <c>_is_initial</c>).</summary>
    protected bool IsInitial { get; private set; }

    /// <summary>The first step, which PyTorch takes at the end of construction.</summary>
    protected internal void InitialStep()
    {
        Optimizer.AttachScheduler();
        StepCount = 0;
        IsInitial = true;
        try
        {
            Step();
        }
        finally
        {
            IsInitial = false;
        }
    }

    /// <summary>
    /// The scheduler's state as PyTorch's <c>state_dict()</c> shapes it (the scheduler's own settings first, then
    /// <c>base_lrs</c>, <c>last_epoch</c>, <c>verbose</c> (1.13), <c>_step_count</c>, <c>_is_initial</c> (2.x),
    /// <c>_get_lr_called_within_step</c>, <c>_last_lr</c>). <see cref="Serialization.TensorFile.Save(object?, string)"/> writes it so that Python's
    /// <c>torch.load</c> reads it.
    /// </summary>
    public virtual Dictionary<string, object?> StateDict()
    {
        var state = new Dictionary<string, object?>();
        WriteSettings(state);
        state["base_lrs"] = BaseLrs.Cast<object?>().ToList();
        state["last_epoch"] = (long)LastEpoch;
        // PyTorch's state dict is the scheduler's __dict__: 2.x dropped verbose and sets _is_initial on the instance
        // during the first step, right after _step_count.
        if (!LibTorch.IsAtLeast(2)) state["verbose"] = Verbose;
        state["_step_count"] = (long)StepCount;
        if (LibTorch.IsAtLeast(2)) state["_is_initial"] = false;
        state["_get_lr_called_within_step"] = false;
        state["_last_lr"] = _lastLr.Cast<object?>().ToList();
        WriteExtra(state);
        return state;
    }

    /// <summary>
    /// Restores a state dict made by <see cref="StateDict"/> or by PyTorch (as <see cref="Serialization.TensorFile.Load(string)"/>
    /// returns it): like Python's <c>__dict__.update</c>, every entry present replaces the scheduler's value.
    /// </summary>
    /// <exception cref="ArgumentException">An entry has the wrong type.</exception>
    public virtual void LoadStateDict(IDictionary stateDict)
    {
        ArgumentNullException.ThrowIfNull(stateDict);
        ReadSettings(stateDict);
        if (stateDict.Contains("base_lrs")) BaseLrs = Doubles(stateDict, "base_lrs");
        if (stateDict.Contains("last_epoch")) LastEpoch = (int)Long(stateDict, "last_epoch");
        if (stateDict.Contains("_step_count")) StepCount = (int)Long(stateDict, "_step_count");
        if (stateDict.Contains("_last_lr")) _lastLr = Doubles(stateDict, "_last_lr");
        if (stateDict.Contains("verbose") && stateDict["verbose"] is bool verbose) Verbose = verbose;
    }

    /// <summary>Adds this scheduler's own settings (<c>step_size</c>, <c>gamma</c>, ...) in PyTorch's order.</summary>
    private protected virtual void WriteSettings(Dictionary<string, object?> state) { }

    /// <summary>Adds what PyTorch puts after the common entries (LambdaLR's <c>lr_lambdas</c>).</summary>
    private protected virtual void WriteExtra(Dictionary<string, object?> state) { }

    /// <summary>Takes this scheduler's own settings from a loaded state dict.</summary>
    private protected virtual void ReadSettings(IDictionary state) { }

    /// <summary>A number entry of a loaded state dict, as a double (Python ints and floats both load).</summary>
    private protected static double Double(IDictionary state, string key) => state[key] switch
    {
        double d => d,
        long l => l,
        var other => throw new ArgumentException($"state_dict['{key}'] is a {other?.GetType().Name ?? "None"}, not a number", nameof(state)),
    };

    /// <summary>An int entry of a loaded state dict.</summary>
    private protected static long Long(IDictionary state, string key) =>
        state[key] is long l ? l : throw new ArgumentException($"state_dict['{key}'] is a {state[key]?.GetType().Name ?? "None"}, not an int", nameof(state));

    private static double[] Doubles(IDictionary state, string key) =>
        state[key] is IEnumerable items and not string
            ? items.Cast<object?>().Select(item => item is double or long ? Convert.ToDouble(item, CultureInfo.InvariantCulture)
                : throw new ArgumentException($"state_dict['{key}'] holds a {item?.GetType().Name ?? "None"}, not a number", nameof(state))).ToArray()
            : throw new ArgumentException($"state_dict['{key}'] is not a list", nameof(state));

    /// <summary>The current learning rate of each group.</summary>
    protected IEnumerable<double> GroupLrs => Optimizer.ParamGroups.Select(g => g.Lr.GetValueOrDefault());
}
