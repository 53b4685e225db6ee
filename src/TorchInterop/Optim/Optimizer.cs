using System.Collections;

namespace TorchInterop.Optim;

/// <summary>
/// What every optimizer shares, as the <c>torch.optim.Optimizer</c> of the LibTorch this runs on (1.13 or 2.x):
/// parameter groups with their own options, per-parameter state, <see cref="ZeroGrad"/>, and a state dict in PyTorch's
/// shape.
/// </summary>
public abstract partial class Optimizer
{
    private readonly List<ParamGroup> _groups = [];
    // Not readonly: SwapInParamsAndState installs another state for the duration of its scope.
    private Dictionary<Tensor, Dictionary<string, object?>> _state = new(ReferenceEqualityComparer.Instance);
    private readonly string[] _optionNames;
    private readonly ParamGroup _defaults;

    /// <summary>
    /// Creates the optimizer over <paramref name="groups"/>; options a group leaves unset come from
    /// <paramref name="defaults"/>. <paramref name="optionNames"/> are the Python names of the options, in the order
    /// PyTorch's state dict lists them.
    /// </summary>
    protected Optimizer(IEnumerable<ParamGroup> groups, ParamGroup defaults, IEnumerable<string> optionNames)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(optionNames);
        _optionNames = optionNames.ToArray();
        _defaults = defaults;
        var given = groups.ToArray();
        if (given.Length == 0 || given.All(g => g?.Params.Count == 0)) throw new TorchException("optimizer got an empty parameter list", TorchErrorKind.ValueError);
        foreach (var group in given)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(groups));
            AddParamGroup(group);
        }
    }

    /// <summary>
    /// Python's <c>add_param_group</c>: adds a group (say, layers unfrozen while fine-tuning); options it leaves
    /// unset take this optimizer's defaults.
    /// </summary>
    public void AddParamGroup(ParamGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Params.Any(p => !p.IsLeaf)) throw new TorchException("can't optimize a non-leaf Tensor", TorchErrorKind.ValueError);
        var seen = new HashSet<Tensor>(_groups.SelectMany(g => g.Params), ReferenceEqualityComparer.Instance);
        if (group.Params.Any(p => !seen.Add(p)))
            throw new TorchException("some parameters appear in more than one parameter group", TorchErrorKind.ValueError);
        var complete = group.WithDefaults(_defaults);
        // PyTorch 1.13's SGD has no default learning rate (its `required`): every group must then have its own.
        if (complete.Lr is null && LrRequired)
            throw new TorchException("parameter group didn't specify a value of required optimization parameter lr", TorchErrorKind.ValueError);
        _groups.Add(complete);
    }

    /// <summary>
    /// Whether every group needs a learning rate (PyTorch's <c>required</c> default of 1.13's SGD); an optimizer
    /// written by a user, whose defaults may have no <c>lr</c>, says false.
    /// </summary>
    protected virtual bool LrRequired => true;

    /// <summary>The options a group leaves unset take (Python's <c>optimizer.defaults</c>).</summary>
    public ParamGroup DefaultOptions => _defaults;

    /// <summary>The parameter groups, each with every option this optimizer uses set.</summary>
    public IReadOnlyList<ParamGroup> ParamGroups => _groups;

    /// <summary>The learning rate of the first group; setting it sets every group's.</summary>
    public double Lr
    {
        get => _groups[0].Lr.GetValueOrDefault();
        set
        {
            foreach (var group in _groups) group.Lr = value;
        }
    }

    /// <summary>One optimization step over the parameters that have a gradient. Implementations call <see cref="RecordStep"/> first.</summary>
    public abstract void Step();

    /// <summary>
    /// How many steps were taken (the <c>_step_count</c> that PyTorch's schedulers wrap around <c>optimizer.step</c>,
    /// read to warn of <c>lr_scheduler.step()</c> before <c>optimizer.step()</c>).
    /// </summary>
    public long StepCount { get; private set; }

    /// <summary>Counts a step; every <see cref="Step"/> calls it first, as PyTorch's counting wrapper does.</summary>
    protected void RecordStep() => StepCount++;

    // The step count when a scheduler started watching: 1.13 resets its counter on every scheduler's first step,
    // 2.x marks the optimizer on the first scheduler's only.
    private long? _stepsWhenSchedulerAttached;

    internal void AttachScheduler()
    {
        if (_stepsWhenSchedulerAttached is null || !LibTorch.IsAtLeast(2)) _stepsWhenSchedulerAttached = StepCount;
    }

    internal bool SteppedSinceSchedulerAttached => StepCount > (_stepsWhenSchedulerAttached ?? StepCount);

    /// <summary>
    /// Clears the gradients: with <paramref name="setToNone"/> true they become null, with false they stay as zero
    /// tensors. Left null, it takes the default of the PyTorch this runs on: false in 1.13, true from 2.0 on.
    /// </summary>
    public void ZeroGrad(bool? setToNone = null)
    {
        bool toNone = setToNone ?? ZeroGradSetsToNoneByDefault;
        foreach (var p in _groups.SelectMany(g => g.Params))
        {
            var grad = p.Grad;
            if (grad is null) continue;
            if (toNone)
            {
                p.Grad = null;
                continue;
            }
            if (grad.GradFn is not null) grad.Detach_();
            else grad.RequiresGrad_(false);
            grad.Zero_();
        }
    }

    // Whether zero_grad() without arguments drops the gradients, as PyTorch's (the optimizer's and the module's)
    // default: set_to_none=True from PyTorch 2.0 on, False before.
    internal static bool ZeroGradSetsToNoneByDefault => LibTorch.IsAtLeast(2);

    /// <summary>
    /// The optimizer's state as PyTorch's <c>state_dict()</c> shapes it: <c>{"state": {index: {name: value}},
    /// "param_groups": [{option: value, ..., "params": [indices]}]}</c>, indices numbering the parameters across the
    /// groups. Tensors are shared, not copied. <see cref="Serialization.TensorFile.Save(object?, string)"/> writes it
    /// so that Python's <c>torch.load</c> reads it.
    /// </summary>
    public Dictionary<string, object?> StateDict()
    {
        var state = new Dictionary<long, object?>();
        var groups = new List<object?>();
        long index = 0;
        foreach (var group in _groups)
        {
            var packed = PackGroupOptions(group);
            var indices = new List<object?>();
            foreach (var p in group.Params)
            {
                if (_state.TryGetValue(p, out var entry)) state[index] = new Dictionary<string, object?>(entry);
                indices.Add(index++);
            }
            packed["params"] = indices;
            groups.Add(packed);
        }
        return new Dictionary<string, object?> { ["state"] = state, ["param_groups"] = groups };
    }

    // A group's options (every key but "params") as the state dict lists them, in Python's order.
    private Dictionary<string, object?> PackGroupOptions(ParamGroup group)
    {
        var packed = new Dictionary<string, object?>();
        foreach (var name in _optionNames) packed[name] = PackOption(group, name);
        foreach (var name in SchedulerKeys)
        {
            if (group.KeysBeforeInitialLr.Contains(name) && group.HasOther(name) && !packed.ContainsKey(name)) packed[name] = group.GetOption(name);
        }
        if (group.InitialLr is { } initialLr) packed["initial_lr"] = initialLr;
        foreach (var name in SchedulerKeys)
        {
            if (group.HasOther(name) && !packed.ContainsKey(name)) packed[name] = group.GetOption(name);
        }
        return packed;
    }

    /// <summary>An option's value as the state dict holds it (L-BFGS keeps Python's int learning rate an int).</summary>
    private protected virtual object? PackOption(ParamGroup group, string name) => group.GetOption(name);

    // The keys OneCycleLR, CyclicLR and SWALR add to the groups, which Python's state dict then holds, in that order.
    private static readonly string[] SchedulerKeys = ["max_lr", "min_lr", "max_momentum", "base_momentum", "swa_lr"];

    /// <summary>
    /// Restores a state dict made by <see cref="StateDict"/> or by PyTorch (as <see cref="Serialization.TensorFile.Load(string)"/>
    /// returns it); the groups must hold as many parameters as this optimizer's. Tensors are copied.
    /// </summary>
    public void LoadStateDict(IDictionary stateDict)
    {
        ArgumentNullException.ThrowIfNull(stateDict);
        var savedGroups = ((IEnumerable)stateDict["param_groups"]!).Cast<IDictionary>().ToArray();
        if (savedGroups.Length != _groups.Count)
            throw new TorchException("loaded state dict has a different number of parameter groups", TorchErrorKind.ValueError);
        var byIndex = new Dictionary<long, Tensor>();
        for (int g = 0; g < _groups.Count; g++)
        {
            var ids = ((IEnumerable)savedGroups[g]["params"]!).Cast<object>().Select(Convert.ToInt64).ToArray();
            if (ids.Length != _groups[g].Params.Count)
                throw new TorchException("loaded state dict contains a parameter group that doesn't match the size of optimizer's group", TorchErrorKind.ValueError);
            for (int i = 0; i < ids.Length; i++) byIndex[ids[i]] = _groups[g].Params[i];
        }
        for (int g = 0; g < _groups.Count; g++)
        {
            foreach (DictionaryEntry option in savedGroups[g])
            {
                if ((string)option.Key != "params") _groups[g].SetOption((string)option.Key, option.Value);
            }
        }
        _state.Clear();
        foreach (DictionaryEntry entry in (IDictionary)stateDict["state"]!)
        {
            if (!byIndex.TryGetValue(Convert.ToInt64(entry.Key, System.Globalization.CultureInfo.InvariantCulture), out var p)) continue;
            var values = new Dictionary<string, object?>();
            foreach (DictionaryEntry value in (IDictionary)entry.Value!)
                values[(string)value.Key] = value.Value is Tensor t ? CopyState(t) : value.Value;
            _state[p] = values;
        }
    }

    /// <summary>The state of <paramref name="parameter"/> (created empty on first use), as PyTorch's <c>self.state[p]</c>.</summary>
    public Dictionary<string, object?> StateOf(Tensor parameter)
    {
        if (!_state.TryGetValue(parameter, out var entry)) _state[parameter] = entry = [];
        return entry;
    }

    private static Tensor CopyState(Tensor t)
    {
        using var noGrad = Autograd.NoGrad();
        using var clone = t.Clone();
        return clone.Detach();
    }
}
