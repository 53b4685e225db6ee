namespace TorchInterop.Optim;

/// <summary>
/// A parameter group: tensors optimized together with their own hyperparameters (an entry of PyTorch's
/// <c>optimizer.param_groups</c>). An option left null when the group is given to an optimizer takes that
/// optimizer's default; the optimizer's own groups have every option it uses set.
/// </summary>
/// <example><code>
/// var optimizer = new Adam([new ParamGroup([w]), new ParamGroup([b]) { Lr = 0.1 }], lr: 0.01);
/// </code></example>
public sealed class ParamGroup
{
    /// <summary>Creates a group of <paramref name="parameters"/> with no options of its own.</summary>
    public ParamGroup(IEnumerable<Tensor> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Params = parameters.ToArray();
        if (Params.Any(p => p is null)) throw new ArgumentNullException(nameof(parameters), "A parameter is null.");
    }

    /// <summary>The group's parameters.</summary>
    public IReadOnlyList<Tensor> Params { get; }

    /// <summary>Learning rate (<c>lr</c>).</summary>
    public double? Lr { get; set; }

    /// <summary>The learning rate a scheduler started from (<c>initial_lr</c>); null until a scheduler is attached.</summary>
    public double? InitialLr { get; set; }

    /// <summary>L2 penalty, or AdamW's decoupled decay (<c>weight_decay</c>).</summary>
    public double? WeightDecay { get; set; }

    /// <summary>Whether the objective is maximized (<c>maximize</c>).</summary>
    public bool? Maximize { get; set; }

    /// <summary>Momentum factor (<c>momentum</c>; SGD, RMSprop).</summary>
    public double? Momentum { get; set; }

    /// <summary>Dampening of the momentum (<c>dampening</c>; SGD).</summary>
    public double? Dampening { get; set; }

    /// <summary>Nesterov momentum (<c>nesterov</c>; SGD).</summary>
    public bool? Nesterov { get; set; }

    /// <summary>Coefficients of the running averages of the gradient and its square (<c>betas</c>; Adam, AdamW).</summary>
    public (double Beta1, double Beta2)? Betas { get; set; }

    /// <summary>Term added to the denominator for numerical stability (<c>eps</c>).</summary>
    public double? Eps { get; set; }

    /// <summary>The AMSGrad variant (<c>amsgrad</c>; Adam, AdamW).</summary>
    public bool? Amsgrad { get; set; }

    /// <summary>Smoothing constant (<c>alpha</c>; RMSprop).</summary>
    public double? Alpha { get; set; }

    /// <summary>Centered RMSprop (<c>centered</c>).</summary>
    public bool? Centered { get; set; }

    /// <summary>Learning rate decay (<c>lr_decay</c>; Adagrad).</summary>
    public double? LrDecay { get; set; }

    /// <summary>Starting value of the accumulators (<c>initial_accumulator_value</c>; Adagrad).</summary>
    public double? InitialAccumulatorValue { get; set; }

    /// <summary>
    /// Whether the weight decay is decoupled from the gradient, AdamW's way (<c>decoupled_weight_decay</c>; Adam, AdamW).
    /// PyTorch 2.x keeps it as an option of Adam's groups; 1.13's Adam and AdamW have it fixed.
    /// </summary>
    public bool? DecoupledWeightDecay { get; set; }

    // Options without a property of their own (rho, lambd, etas, foreach, ...), by Python name, in insertion order.
    private readonly List<KeyValuePair<string, object?>> _other = [];

    /// <summary>
    /// Sets an option that has no property of its own (Adadelta's <c>rho</c>, Rprop's <c>etas</c>, <c>foreach</c>, or
    /// any key a custom optimizer keeps in its groups, as a Python dict allows).
    /// </summary>
    public void SetOther(string option, object? value)
    {
        ArgumentNullException.ThrowIfNull(option);
        int at = _other.FindIndex(kv => kv.Key == option);
        if (at >= 0) _other[at] = new(option, value);
        else _other.Add(new(option, value));
    }

    // Scheduler keys (SWALR's swa_lr) set before initial_lr was, which Python's group dict then lists first.
    internal HashSet<string> KeysBeforeInitialLr { get; } = [];

    /// <summary>Whether an option without a property of its own is set.</summary>
    public bool HasOther(string option) => _other.Exists(kv => kv.Key == option);

    internal object? Other(string option) => _other.Find(kv => kv.Key == option).Value;

    // A numeric option kept among the others, as a double (Python ints and floats alike).
    internal double OtherNumber(string option) => Convert.ToDouble(Other(option), System.Globalization.CultureInfo.InvariantCulture);

    internal bool OtherFlag(string option) => Other(option) is true;

    // A pair option (etas, step_sizes) kept among the others.
    internal (double First, double Second) OtherPair(string option)
    {
        var items = Other(option) switch
        {
            System.Runtime.CompilerServices.ITuple t when t.Length == 2 => new[] { t[0], t[1] },
            System.Collections.IEnumerable e => e.Cast<object?>().ToArray(),
            var other => throw new ArgumentException($"option '{option}' is not a pair: {other}", nameof(option)),
        };
        return (Convert.ToDouble(items[0], System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToDouble(items[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    // This group's options with the unset ones taken from the optimizer's defaults.
    internal ParamGroup WithDefaults(ParamGroup defaults)
    {
        var complete = WithTypedDefaults(defaults);
        foreach (var (name, value) in _other) complete.SetOther(name, value);
        foreach (var (name, value) in defaults._other)
        {
            if (!complete.HasOther(name)) complete.SetOther(name, value);
        }
        return complete;
    }

    // A copy of this group's options over other parameters (the group swap_in_optimizer_params_and_state installs).
    internal ParamGroup WithParams(IEnumerable<Tensor> parameters)
    {
        var copy = new ParamGroup(parameters).WithDefaults(this);
        copy.InitialLr = InitialLr;
        copy.KeysBeforeInitialLr.UnionWith(KeysBeforeInitialLr);
        return copy;
    }

    private ParamGroup WithTypedDefaults(ParamGroup defaults) => new(Params)
    {
        Lr = Lr ?? defaults.Lr,
        InitialLr = InitialLr,
        WeightDecay = WeightDecay ?? defaults.WeightDecay,
        Maximize = Maximize ?? defaults.Maximize,
        Momentum = Momentum ?? defaults.Momentum,
        Dampening = Dampening ?? defaults.Dampening,
        Nesterov = Nesterov ?? defaults.Nesterov,
        Betas = Betas ?? defaults.Betas,
        Eps = Eps ?? defaults.Eps,
        Amsgrad = Amsgrad ?? defaults.Amsgrad,
        Alpha = Alpha ?? defaults.Alpha,
        Centered = Centered ?? defaults.Centered,
        LrDecay = LrDecay ?? defaults.LrDecay,
        InitialAccumulatorValue = InitialAccumulatorValue ?? defaults.InitialAccumulatorValue,
        DecoupledWeightDecay = DecoupledWeightDecay ?? defaults.DecoupledWeightDecay,
    };

    /// <summary>
    /// An option by its Python name, as <c>optimizer.param_groups[0]["lr"]</c> reads and writes it in Python;
    /// <c>"params"</c> reads the parameters.
    /// </summary>
    /// <exception cref="ArgumentException">No option has that name, or <c>"params"</c> is written.</exception>
    public object? this[string option]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(option);
            if (option == "params") return Params;
            if (option == "betas") return Betas;
            if (HasOther(option)) return Other(option);
            return KnownOptions.Contains(option) ? GetOption(option) : throw UnknownOption(option);
        }
        set
        {
            ArgumentNullException.ThrowIfNull(option);
            if (option == "params") throw new ArgumentException("a group's parameters are fixed when it is created", nameof(option));
            SetOption(option, value);
        }
    }

    private static readonly string[] KnownOptions =
        ["lr", "initial_lr", "weight_decay", "maximize", "momentum", "dampening", "nesterov", "betas", "eps", "amsgrad", "alpha",
         "centered", "lr_decay", "initial_accumulator_value", "decoupled_weight_decay"];

    private static ArgumentException UnknownOption(string option) =>
        new($"'{option}' is not an option of a parameter group (options: {string.Join(", ", KnownOptions)})", nameof(option));

    // The option under its Python name, as PyTorch's state_dict holds it.
    // Pairs (etas, step_sizes) come out as object arrays, the tuples of TensorFile's pickles, as betas does.
    internal object? GetOption(string name) => HasOther(name)
        ? Other(name) is System.Runtime.CompilerServices.ITuple { Length: 2 } pair ? new object?[] { pair[0], pair[1] } : Other(name)
        : TypedOption(name);

    private object? TypedOption(string name) => name switch
    {
        "lr" => Lr,
        "initial_lr" => InitialLr,
        "weight_decay" => WeightDecay,
        "maximize" => Maximize,
        "momentum" => Momentum,
        "dampening" => Dampening,
        "nesterov" => Nesterov,
        "betas" => Betas is { } b ? new object?[] { b.Beta1, b.Beta2 } : null,
        "eps" => Eps,
        "amsgrad" => Amsgrad,
        "alpha" => Alpha,
        "centered" => Centered,
        "lr_decay" => LrDecay,
        "initial_accumulator_value" => InitialAccumulatorValue,
        "decoupled_weight_decay" => DecoupledWeightDecay,
        "capturable" or "differentiable" => false,
        // fused defaults to False in 1.13 (Adam) and to None in 2.x (PyTorch then picks, and on CPU picks neither).
        "fused" => LibTorch.IsAtLeast(2) ? null : false,
        _ => null, // foreach: this port always runs the single-tensor algorithm
    };

    internal void SetOption(string name, object? value)
    {
        switch (name)
        {
            case "lr": Lr = Number(value); break;
            case "initial_lr": InitialLr = Number(value); break;
            case "weight_decay": WeightDecay = Number(value); break;
            case "maximize": Maximize = Flag(value); break;
            case "momentum": Momentum = Number(value); break;
            case "dampening": Dampening = Number(value); break;
            case "nesterov": Nesterov = Flag(value); break;
            case "betas":
                var pair = ((System.Collections.IEnumerable)value!).Cast<object?>().ToArray();
                Betas = (Number(pair[0])!.Value, Number(pair[1])!.Value);
                break;
            case "eps": Eps = Number(value); break;
            case "amsgrad": Amsgrad = Flag(value); break;
            case "alpha": Alpha = Number(value); break;
            case "centered": Centered = Flag(value); break;
            case "lr_decay": LrDecay = Number(value); break;
            case "initial_accumulator_value": InitialAccumulatorValue = Number(value); break;
            case "decoupled_weight_decay": DecoupledWeightDecay = Flag(value); break;
            default: SetOther(name, value); break;
        }
    }

    private static double? Number(object? value) => value switch
    {
        null => null,
        double or float or long or int => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"expected a number, got a {value.GetType().Name}", nameof(value)),
    };

    private static bool? Flag(object? value) => value switch
    {
        null => null,
        bool b => b,
        _ => throw new ArgumentException($"expected a bool, got a {value.GetType().Name}", nameof(value)),
    };
}
