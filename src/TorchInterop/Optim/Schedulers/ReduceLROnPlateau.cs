namespace TorchInterop.Optim.Schedulers;

/// <summary>
/// Reduces each group's learning rate by <see cref="Factor"/> once a metric has stopped improving for more than
/// <see cref="Patience"/> epochs, as PyTorch's <c>torch.optim.lr_scheduler.ReduceLROnPlateau</c> in the version this
/// runs on: relative or absolute thresholds, a cooldown, per-group minimum rates.
/// </summary>
/// <example><code>
/// var scheduler = new ReduceLROnPlateau(optimizer, patience: 2);
/// scheduler.Step(validationLoss);
/// </code></example>
public sealed class ReduceLROnPlateau
{
    private readonly double[] _minLrs;
    private readonly double? _defaultMinLr;
    private double[]? _lastLr;
    private readonly bool _minLrIsInt;

    /// <summary>
    /// Creates the scheduler with one minimum rate for every group; the checks and messages are PyTorch's. Left null,
    /// <paramref name="minLr"/> is PyTorch's default, the int 0 (as its state dict shows).
    /// </summary>
    public ReduceLROnPlateau(Optimizer optimizer, string mode = "min", double factor = 0.1, int patience = 10, double threshold = 1e-4,
        string thresholdMode = "rel", int cooldown = 0, double? minLr = null, double eps = 1e-8, bool verbose = false)
        : this(optimizer, mode, factor, patience, threshold, thresholdMode, cooldown, null, minLr, eps, verbose)
    {
    }

    /// <summary>Creates the scheduler with a minimum rate per group.</summary>
    public ReduceLROnPlateau(Optimizer optimizer, IEnumerable<double> minLrs, string mode = "min", double factor = 0.1, int patience = 10,
        double threshold = 1e-4, string thresholdMode = "rel", int cooldown = 0, double eps = 1e-8, bool verbose = false)
        : this(optimizer, mode, factor, patience, threshold, thresholdMode, cooldown, minLrs ?? throw new ArgumentNullException(nameof(minLrs)), null, eps, verbose)
    {
    }

    private ReduceLROnPlateau(Optimizer optimizer, string mode, double factor, int patience, double threshold, string thresholdMode,
        int cooldown, IEnumerable<double>? minLrs, double? minLr, double eps, bool verbose)
    {
        Verbose = verbose;
        if (factor >= 1.0) throw new TorchException("Factor should be < 1.0.", TorchErrorKind.ValueError);
        ArgumentNullException.ThrowIfNull(optimizer);
        Optimizer = optimizer;
        int groups = optimizer.ParamGroups.Count;
        if (minLrs is not null)
        {
            _minLrs = minLrs.ToArray();
            if (_minLrs.Length != groups) throw PythonFloat.ValueError($"expected {groups} min_lrs, got {_minLrs.Length}");
        }
        else
        {
            _minLrs = Enumerable.Repeat(minLr ?? 0, groups).ToArray();
            _defaultMinLr = minLr ?? 0;
            _minLrIsInt = minLr is null;
        }
        Factor = factor;
        Patience = patience;
        Cooldown = cooldown;
        Eps = eps;
        if (LibTorch.IsAtLeast(2)) _lastLr = CurrentLrs();
        if (mode is not ("min" or "max")) throw new TorchException($"mode {mode} is unknown!", TorchErrorKind.ValueError);
        if (thresholdMode is not ("rel" or "abs")) throw new TorchException($"threshold mode {thresholdMode} is unknown!", TorchErrorKind.ValueError);
        Mode = mode;
        Threshold = threshold;
        ThresholdMode = thresholdMode;
        Best = ModeWorse;
    }

    /// <summary>The optimizer whose learning rates are reduced.</summary>
    public Optimizer Optimizer { get; }

    /// <summary>Whether the metric should fall (<c>"min"</c>) or rise (<c>"max"</c>).</summary>
    public string Mode { get; }

    /// <summary>The factor each reduction multiplies the rates by.</summary>
    public double Factor { get; }

    /// <summary>How many epochs without improvement are tolerated.</summary>
    public int Patience { get; }

    /// <summary>The least change that counts as an improvement.</summary>
    public double Threshold { get; }

    /// <summary>Whether <see cref="Threshold"/> is relative (<c>"rel"</c>) or absolute (<c>"abs"</c>).</summary>
    public string ThresholdMode { get; }

    /// <summary>How many epochs to wait after a reduction before counting bad epochs again.</summary>
    public int Cooldown { get; }

    /// <summary>The least change of a rate that is applied.</summary>
    public double Eps { get; }

    /// <summary>The best metric so far.</summary>
    public double Best { get; private set; }

    /// <summary>The epochs since the metric last improved.</summary>
    public int NumBadEpochs { get; private set; }

    /// <summary>The epochs of cooldown left.</summary>
    public int CooldownCounter { get; private set; }

    /// <summary>The number of steps taken.</summary>
    public int LastEpoch { get; private set; }

    /// <summary>The minimum learning rate of each group.</summary>
    public IReadOnlyList<double> MinLrs => _minLrs;

    private double ModeWorse => Mode == "min" ? double.PositiveInfinity : double.NegativeInfinity;

    /// <summary>
    /// Whether each reduction is printed to <see cref="PythonStdout"/> (<c>Epoch 00005: reducing learning rate of group 0
    /// to 1.0000e-03.</c>), 1.13's <c>verbose</c>; PyTorch 2.x removed the argument.
    /// </summary>
    public bool Verbose { get; set; }

    /// <summary>Takes the metric of an epoch, and reduces the rates once it has not improved for too long.</summary>
    public void Step(double metrics)
    {
        LastEpoch++;
        if (IsBetter(metrics, Best))
        {
            Best = metrics;
            NumBadEpochs = 0;
        }
        else
        {
            NumBadEpochs++;
        }
        if (CooldownCounter > 0)
        {
            CooldownCounter--;
            NumBadEpochs = 0; // bad epochs during the cooldown do not count
        }
        if (NumBadEpochs > Patience)
        {
            ReduceLr();
            CooldownCounter = Cooldown;
            NumBadEpochs = 0;
        }
        _lastLr = CurrentLrs();
    }

    /// <summary>
    /// The learning rates after the last <see cref="Step(double)"/>, one per group (2.x's <c>get_last_lr()</c>; 1.13's
    /// <c>_last_lr</c>, set by the first step).
    /// </summary>
    /// <exception cref="InvalidOperationException">PyTorch 1.13 and no step taken yet (Python's AttributeError).</exception>
    public IReadOnlyList<double> GetLastLr() =>
        _lastLr ?? throw new InvalidOperationException("'ReduceLROnPlateau' object has no attribute '_last_lr'");

    /// <summary>The scheduler's state as PyTorch's <c>state_dict()</c> (its <c>__dict__</c> without the optimizer), in its order.</summary>
    public Dictionary<string, object?> StateDict()
    {
        var state = new Dictionary<string, object?> { ["factor"] = Factor };
        if (LibTorch.IsAtLeast(2))
        {
            state["default_min_lr"] = _minLrIsInt ? (object)0L : _defaultMinLr;
            state["min_lrs"] = MinLrsAsPython();
            state["patience"] = (long)Patience;
            state["cooldown"] = (long)Cooldown;
            state["eps"] = Eps;
            state["last_epoch"] = (long)LastEpoch;
            state["_last_lr"] = _lastLr!.Cast<object?>().ToList();
            state["mode_worse"] = ModeWorse;
            state["mode"] = Mode;
            state["threshold"] = Threshold;
            state["threshold_mode"] = ThresholdMode;
            state["best"] = Best;
            state["cooldown_counter"] = (long)CooldownCounter;
            state["num_bad_epochs"] = (long)NumBadEpochs;
            return state;
        }
        state["min_lrs"] = MinLrsAsPython();
        state["patience"] = (long)Patience;
        state["verbose"] = Verbose;
        state["cooldown"] = (long)Cooldown;
        state["cooldown_counter"] = (long)CooldownCounter;
        state["mode"] = Mode;
        state["threshold"] = Threshold;
        state["threshold_mode"] = ThresholdMode;
        state["best"] = Best;
        state["num_bad_epochs"] = (long)NumBadEpochs;
        state["mode_worse"] = ModeWorse;
        state["eps"] = Eps;
        state["last_epoch"] = (long)LastEpoch;
        if (_lastLr is not null) state["_last_lr"] = _lastLr.Cast<object?>().ToList();
        return state;
    }

    private List<object?> MinLrsAsPython() => _minLrs.Select(lr => _minLrIsInt ? (object?)0L : lr).ToList();

    private bool IsBetter(double current, double best) => (Mode, ThresholdMode) switch
    {
        ("min", "rel") => current < best * (1.0 - Threshold),
        ("min", _) => current < best - Threshold,
        ("max", "rel") => current > best * (Threshold + 1.0),
        _ => current > best + Threshold,
    };

    private void ReduceLr()
    {
        var groups = Optimizer.ParamGroups;
        if (groups.Count != _minLrs.Length && LibTorch.IsAtLeast(2))
        {
            if (_defaultMinLr is null)
            {
                throw new TorchException(
                    $"The number of param groups in the `optimizer` ({groups.Count}) differs from when `ReduceLROnPlateau` was initialized " +
                    $"({_minLrs.Length}), usually due to a new param group being added to the optimizer. Please modify the `min_lrs` field " +
                    "to match the length of the `optimizer` param groups.");
            }
        }
        for (int i = 0; i < groups.Count; i++)
        {
            double oldLr = groups[i].Lr.GetValueOrDefault();
            double minLr = i < _minLrs.Length ? _minLrs[i] : _defaultMinLr ?? throw new IndexOutOfRangeException("list index out of range");
            double newLr = Math.Max(oldLr * Factor, minLr);
            if (oldLr - newLr > Eps)
            {
                groups[i].Lr = newLr;
                if (Verbose)
                {
                    PythonStdout.WriteLine($"Epoch {LastEpoch.ToString("00000", System.Globalization.CultureInfo.InvariantCulture)}: reducing learning rate of group {i} to {LRScheduler.Scientific(newLr)}.");
                }
            }
        }
    }

    private double[] CurrentLrs() => Optimizer.ParamGroups.Select(g => g.Lr.GetValueOrDefault()).ToArray();
}
