namespace TorchInterop.Distributions;

/// <summary>
/// The logit of a RelaxedBernoulli: a continuous relaxation of a Bernoulli in log-odds space, of relaxation
/// <c>temperature</c>, given <c>probs</c> or <c>logits</c> (not both) (Python's <c>LogitRelaxedBernoulli</c>).
/// </summary>
public class LogitRelaxedBernoulli : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["probs"] = Constraints.UnitInterval, ["logits"] = Constraints.Real };
    private Tensor? _probs;
    private Tensor? _logits;
    private readonly Tensor _param;

    /// <summary>A logit-relaxed Bernoulli of the given temperature and probabilities or log-odds.</summary>
    public LogitRelaxedBernoulli(Tensor temperature, Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(temperature);
        Temperature = temperature;
        DistributionUtils.RequireOneOf(probs, logits);
        bool isScalar;
        if (probs is not null)
        {
            isScalar = probs.IsWrappedNumber;
            _probs = DistributionUtils.BroadcastAll(probs)[0];
        }
        else
        {
            isScalar = logits!.IsWrappedNumber;
            _logits = DistributionUtils.BroadcastAll(logits)[0];
        }
        _param = _probs ?? _logits!;
        Initialize(isScalar ? [] : _param.Shape, validateArgs: validateArgs);
    }

    private LogitRelaxedBernoulli(LogitRelaxedBernoulli source, long[] batchShape)
    {
        Temperature = source.Temperature;
        if (source._probs is not null) _param = _probs = source._probs.Expand(batchShape);
        if (source._logits is not null) _param = _logits = source._logits.Expand(batchShape);
        _param ??= source._param;
        source.Expanded(this, batchShape);
    }

    /// <summary>The relaxation temperature.</summary>
    public Tensor Temperature { get; }

    /// <summary>The probability of 1 (computed from the logits on first use when given logits).</summary>
    public Tensor Probs => DistributionUtils.Lazy(ref _probs, () => DistributionUtils.LogitsToProbs(_logits!, isBinary: true));

    /// <summary>The log-odds of 1 (computed from the probabilities on first use when given probabilities).</summary>
    public Tensor Logits => DistributionUtils.Lazy(ref _logits, () => DistributionUtils.ProbsToLogits(_probs!, isBinary: true));

    /// <summary>The shape of the given parameter.</summary>
    public long[] ParamShape => _param.Shape;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "probs" => _probs, "logits" => _logits, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.Real;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new LogitRelaxedBernoulli(this, batchShape);

    /// <summary>A reparameterized sample (PyTorch implements it without declaring <c>has_rsample</c>, which stays false).</summary>
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var shape = ExtendedShape(sampleShape);
        var probs = DistributionUtils.ClampProbs(Probs.Expand(shape));
        var uniforms = DistributionUtils.ClampProbs(Torch.Rand(shape, probs.Dtype, probs.Device));
        return (uniforms.Log() - (-uniforms).Log1p() + probs.Log() - (-probs).Log1p()) / Temperature;
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (ValidateArgs) ValidateSample(value);
        var all = DistributionUtils.BroadcastAll(Logits, value);
        var diff = all[0] - all[1].Mul(Temperature);
        return Temperature.Log() + diff - 2 * diff.Exp().Log1p();
    }
}

/// <summary>
/// A continuous relaxation of the Bernoulli on <c>(0, 1)</c> with reparameterized samples: the sigmoid of a
/// LogitRelaxedBernoulli (Python's <c>RelaxedBernoulli</c>).
/// </summary>
public class RelaxedBernoulli : TransformedDistribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["probs"] = Constraints.UnitInterval, ["logits"] = Constraints.Real };

    /// <summary>A relaxed Bernoulli of the given temperature and probabilities or log-odds (not both).</summary>
    public RelaxedBernoulli(Tensor temperature, Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
        : base(new LogitRelaxedBernoulli(temperature, probs, logits), [new SigmoidTransform()], validateArgs)
    {
    }

    private RelaxedBernoulli(RelaxedBernoulli source, long[] batchShape) : base(source, batchShape)
    {
    }

    private LogitRelaxedBernoulli Logit => (LogitRelaxedBernoulli)BaseDist;

    /// <summary>The relaxation temperature.</summary>
    public Tensor Temperature => Logit.Temperature;

    /// <summary>The probability of 1.</summary>
    public Tensor Probs => Logit.Probs;

    /// <summary>The log-odds of 1.</summary>
    public Tensor Logits => Logit.Logits;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "probs" => Probs, "logits" => Logits, _ => null };

    /// <inheritdoc />
    protected override bool ShownInRepr(string name) => false;

    /// <inheritdoc />
    public override Constraint Support => Constraints.UnitInterval;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new RelaxedBernoulli(this, batchShape);
}
