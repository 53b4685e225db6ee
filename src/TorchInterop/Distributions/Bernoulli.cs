using TorchInterop.NN;

namespace TorchInterop.Distributions;

/// <summary>The Bernoulli distribution, given <c>probs</c> or <c>logits</c> (not both) (Python's <c>Bernoulli</c>).</summary>
public class Bernoulli : ExponentialFamily
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["probs"] = Constraints.UnitInterval, ["logits"] = Constraints.Real };
    private Tensor? _probs;
    private Tensor? _logits;
    private readonly Tensor _param;

    /// <summary>A Bernoulli distribution of success probability <paramref name="probs"/> or log-odds <paramref name="logits"/>.</summary>
    public Bernoulli(Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
    {
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

    private Bernoulli(Bernoulli source, long[] batchShape)
    {
        if (source._probs is not null) _param = _probs = source._probs.Expand(batchShape);
        if (source._logits is not null) _param = _logits = source._logits.Expand(batchShape);
        _param ??= source._param;
        source.Expanded(this, batchShape);
    }

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
    public override Constraint Support => Constraints.Boolean;

    /// <inheritdoc />
    public override bool HasEnumerateSupport => true;

    /// <inheritdoc />
    protected override Scalar MeanCarrierMeasure => 0L;

    /// <inheritdoc />
    public override Tensor Mean => Probs;

    /// <inheritdoc />
    public override Tensor Mode
    {
        get
        {
            var probs = Probs;
            var mode = (probs >= 0.5).To(probs.Device, probs.Dtype);
            mode[probs == 0.5] = double.NaN;
            return mode;
        }
    }

    /// <inheritdoc />
    public override Tensor Variance => Probs * (1 - Probs);

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Bernoulli(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        var shape = ExtendedShape(sampleShape);
        using (Autograd.NoGrad()) return Torch.Bernoulli(Probs.Expand(shape));
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var all = DistributionUtils.BroadcastAll(Logits, value);
        return -Functional.BinaryCrossEntropyWithLogits(all[0], all[1], reduction: "none");
    }

    /// <inheritdoc />
    public override Tensor Entropy() => Functional.BinaryCrossEntropyWithLogits(Logits, Probs, reduction: "none");

    /// <inheritdoc />
    public override Tensor EnumerateSupport(bool expand = true)
    {
        var values = Torch.Arange(2L, _param.Dtype, _param.Device);
        var batch = BatchShape;
        values = values.View([-1, .. batch.Select(_ => 1L)]);
        return expand ? values.Expand([-1, .. batch]) : values;
    }

#if LIBTORCH_2
    /// <inheritdoc />
    protected override Tensor[] NaturalParams => [Torch.Logit(Probs)];

    /// <inheritdoc />
    protected override Tensor LogNormalizer(Tensor[] naturalParams) => Torch.Log1p(Torch.Exp(naturalParams[0]));
#else
    /// <inheritdoc />
    protected override Tensor[] NaturalParams => [Torch.Log(Probs / (1 - Probs))];

    /// <inheritdoc />
    protected override Tensor LogNormalizer(Tensor[] naturalParams) => Torch.Log(1 + Torch.Exp(naturalParams[0]));
#endif
}
