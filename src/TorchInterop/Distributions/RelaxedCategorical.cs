namespace TorchInterop.Distributions;

/// <summary>
/// The log of a RelaxedOneHotCategorical sample, a point of the simplex in log space, of relaxation <c>temperature</c>,
/// given <c>probs</c> or <c>logits</c> (not both) (Python's <c>ExpRelaxedCategorical</c>).
/// </summary>
public class ExpRelaxedCategorical : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["probs"] = Constraints.Simplex, ["logits"] = Constraints.RealVector };
    private readonly Categorical _categorical;

    /// <summary>An exp-relaxed categorical of the given temperature and event probabilities or logits.</summary>
    public ExpRelaxedCategorical(Tensor temperature, Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(temperature);
        _categorical = new Categorical(probs, logits);
        Temperature = temperature;
        Initialize(_categorical.BatchShape, _categorical.ParamShape[^1..], validateArgs);
    }

    private ExpRelaxedCategorical(ExpRelaxedCategorical source, long[] batchShape)
    {
        Temperature = source.Temperature;
        _categorical = (Categorical)source._categorical.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The relaxation temperature.</summary>
    public Tensor Temperature { get; }

    /// <summary>The normalized event probabilities.</summary>
    public Tensor Probs => _categorical.Probs;

    /// <summary>The normalized event log probabilities.</summary>
    public Tensor Logits => _categorical.Logits;

    /// <summary>The shape of the given parameter.</summary>
    public long[] ParamShape => _categorical.ParamShape;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "probs" => Probs, "logits" => Logits, _ => null };

    /// <inheritdoc />
    protected override bool ShownInRepr(string name) => false;

    /// <inheritdoc />
    public override Constraint Support => Constraints.RealVector;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new ExpRelaxedCategorical(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var shape = ExtendedShape(sampleShape);
        var uniforms = DistributionUtils.ClampProbs(Torch.Rand(shape, Logits.Dtype, Logits.Device));
        var gumbels = -(-uniforms.Log()).Log();
        var scores = (Logits + gumbels) / Temperature;
        return scores - scores.Logsumexp([-1], keepdim: true);
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        long k = _categorical.NumEvents;
        if (ValidateArgs) ValidateSample(value);
        var all = DistributionUtils.BroadcastAll(Logits, value);
        var logScale = Torch.FullLike(Temperature, (double)k).Lgamma() - Temperature.Log().Mul(-(k - 1));
        var score = all[0] - all[1].Mul(Temperature);
        score = (score - score.Logsumexp([-1], keepdim: true)).Sum(-1);
        return score + logScale;
    }
}

/// <summary>
/// A continuous relaxation of the one-hot categorical on the simplex with reparameterized samples: the exp of an
/// ExpRelaxedCategorical (Python's <c>RelaxedOneHotCategorical</c>).
/// </summary>
public class RelaxedOneHotCategorical : TransformedDistribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["probs"] = Constraints.Simplex, ["logits"] = Constraints.RealVector };

    /// <summary>A relaxed one-hot categorical of the given temperature and event probabilities or logits (not both).</summary>
    public RelaxedOneHotCategorical(Tensor temperature, Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
        : base(new ExpRelaxedCategorical(temperature, probs, logits, validateArgs), [new ExpTransform()], validateArgs)
    {
    }

    private RelaxedOneHotCategorical(RelaxedOneHotCategorical source, long[] batchShape) : base(source, batchShape)
    {
    }

    private ExpRelaxedCategorical Relaxed => (ExpRelaxedCategorical)BaseDist;

    /// <summary>The relaxation temperature.</summary>
    public Tensor Temperature => Relaxed.Temperature;

    /// <summary>The normalized event probabilities.</summary>
    public Tensor Probs => Relaxed.Probs;

    /// <summary>The normalized event log probabilities.</summary>
    public Tensor Logits => Relaxed.Logits;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "probs" => Probs, "logits" => Logits, _ => null };

    /// <inheritdoc />
    protected override bool ShownInRepr(string name) => false;

    /// <inheritdoc />
    public override Constraint Support => Constraints.Simplex;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new RelaxedOneHotCategorical(this, batchShape);
}
