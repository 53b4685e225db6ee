namespace TorchInterop.Distributions;

/// <summary>
/// The binomial distribution of <c>total_count</c> trials with success probability <c>probs</c> or log-odds
/// <c>logits</c>, not both (Python's <c>Binomial</c>).
/// </summary>
public class Binomial : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new()
    {
        ["total_count"] = Constraints.NonnegativeInteger, ["probs"] = Constraints.UnitInterval, ["logits"] = Constraints.Real,
    };
    private Tensor? _probs;
    private Tensor? _logits;
    private readonly Tensor _param;

    /// <summary>A binomial distribution; <paramref name="totalCount"/> is a number or a tensor broadcast with the probabilities.</summary>
    public Binomial(Tensor? totalCount = null, Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
    {
        DistributionUtils.RequireOneOf(probs, logits);
        totalCount ??= 1L;
        var all = DistributionUtils.BroadcastAll(totalCount, probs ?? logits!);
        if (probs is not null) _probs = all[1];
        else _logits = all[1];
        _param = all[1];
        TotalCount = all[0].TypeAs(_param);
        Initialize(_param.Shape, validateArgs: validateArgs);
    }

    private Binomial(Binomial source, long[] batchShape)
    {
        TotalCount = source.TotalCount.Expand(batchShape);
        if (source._probs is not null) _param = _probs = source._probs.Expand(batchShape);
        if (source._logits is not null) _param = _logits = source._logits.Expand(batchShape);
        _param ??= source._param;
        source.Expanded(this, batchShape);
    }

    /// <summary>The number of trials.</summary>
    public Tensor TotalCount { get; }

    /// <summary>The success probability (computed from the logits on first use when given logits).</summary>
    public Tensor Probs => DistributionUtils.Lazy(ref _probs, () => DistributionUtils.LogitsToProbs(_logits!, isBinary: true));

    /// <summary>The log-odds of success (computed from the probabilities on first use when given probabilities).</summary>
    public Tensor Logits => DistributionUtils.Lazy(ref _logits, () => DistributionUtils.ProbsToLogits(_probs!, isBinary: true));

    /// <summary>The shape of the given parameter.</summary>
    public long[] ParamShape => _param.Shape;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "total_count" => TotalCount, "probs" => _probs, "logits" => _logits, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.IntegerInterval(0L, TotalCount);

    /// <inheritdoc />
    public override bool HasEnumerateSupport => true;

    /// <inheritdoc />
    public override Tensor Mean => TotalCount * Probs;

    /// <inheritdoc />
    public override Tensor Mode => ((TotalCount + 1) * Probs).Floor().Clamp((Tensor?)null, TotalCount);

    /// <inheritdoc />
    public override Tensor Variance => TotalCount * Probs * (1 - Probs);

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Binomial(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        var shape = ExtendedShape(sampleShape);
        using (Autograd.NoGrad()) return Torch.Binomial(TotalCount.Expand(shape), Probs.Expand(shape));
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var logFactorialN = Torch.Lgamma(TotalCount + 1);
        var logFactorialK = Torch.Lgamma(value + 1);
        var logFactorialNmk = Torch.Lgamma(TotalCount - value + 1);
        var logits = Logits;
        var normalizeTerm = TotalCount * ClampByZero(logits) + TotalCount * Torch.Log1p(Torch.Exp(-Torch.Abs(logits))) - logFactorialN;
        return value * logits - logFactorialK - logFactorialNmk - normalizeTerm;
    }

    /// <inheritdoc />
    public override Tensor Entropy()
    {
        RequireHomogeneous("entropy");
        var logProb = LogProb(EnumerateSupport(false));
        return -(Torch.Exp(logProb) * logProb).Sum(0);
    }

    /// <inheritdoc />
    public override Tensor EnumerateSupport(bool expand = true)
    {
        long totalCount = RequireHomogeneous("enumerate_support");
        var values = Torch.Arange(0L, 1 + totalCount, dtype: _param.Dtype, device: _param.Device);
        var batch = BatchShape;
        values = values.View([-1, .. batch.Select(_ => 1L)]);
        return expand ? values.Expand([-1, .. batch]) : values;
    }

    private long RequireHomogeneous(string method)
    {
        long totalCount = (long)TotalCount.Max().Item<double>();
        if (TotalCount.Min().Item<double>() != totalCount)
            throw new TorchException($"Inhomogeneous total count not supported by `{method}`.", TorchErrorKind.NotImplementedError);
        return totalCount;
    }

    private static Tensor ClampByZero(Tensor x) => (x.Clamp(0L) + x - x.Clamp(max: 0L)) / 2;
}
