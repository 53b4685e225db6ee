namespace TorchInterop.Distributions;

/// <summary>
/// The negative binomial distribution: the number of successes before <c>total_count</c> failures in Bernoulli
/// trials of success probability <c>probs</c> or log-odds <c>logits</c>, not both (Python's <c>NegativeBinomial</c>).
/// </summary>
public class NegativeBinomial : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new()
    {
        ["total_count"] = Constraints.GreaterThanEq(0L), ["probs"] = Constraints.HalfOpenInterval(0.0, 1.0), ["logits"] = Constraints.Real,
    };
    private Tensor? _probs;
    private Tensor? _logits;
    private Gamma? _gamma;
    private readonly Tensor _param;

    /// <summary>A negative binomial distribution; <paramref name="totalCount"/> is a number or a tensor broadcast with the probabilities.</summary>
    public NegativeBinomial(Tensor totalCount, Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(totalCount);
        DistributionUtils.RequireOneOf(probs, logits);
        var all = DistributionUtils.BroadcastAll(totalCount, probs ?? logits!);
        if (probs is not null) _probs = all[1];
        else _logits = all[1];
        _param = all[1];
        TotalCount = all[0].TypeAs(_param);
        Initialize(_param.Shape, validateArgs: validateArgs);
    }

    private NegativeBinomial(NegativeBinomial source, long[] batchShape)
    {
        TotalCount = source.TotalCount.Expand(batchShape);
        if (source._probs is not null) _param = _probs = source._probs.Expand(batchShape);
        if (source._logits is not null) _param = _logits = source._logits.Expand(batchShape);
        _param ??= source._param;
        source.Expanded(this, batchShape);
    }

    /// <summary>The number of failures to reach.</summary>
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
    public override Constraint Support => Constraints.NonnegativeInteger;

    /// <inheritdoc />
    public override Tensor Mean => TotalCount * Torch.Exp(Logits);

    /// <inheritdoc />
    public override Tensor Mode => ((TotalCount - 1) * Logits.Exp()).Floor().Clamp(0.0);

    /// <inheritdoc />
    public override Tensor Variance => Mean / Torch.Sigmoid(-Logits);

    // Python's lazy _gamma: the Poisson rate's mixing distribution
    private Gamma MixingGamma
    {
        get
        {
            if (_gamma is null)
                using (Autograd.EnableGrad()) _gamma = new Gamma(TotalCount, Torch.Exp(-Logits), validateArgs: false);
            return _gamma;
        }
    }

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new NegativeBinomial(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        using (Autograd.NoGrad())
        {
            var rate = MixingGamma.Sample(sampleShape);
            return Torch.Poisson(rate);
        }
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var logUnnormalizedProb = TotalCount * NN.Functional.Logsigmoid(-Logits) + value * NN.Functional.Logsigmoid(Logits);
        var logNormalization = -Torch.Lgamma(TotalCount + value) + Torch.Lgamma(1.0 + value) + Torch.Lgamma(TotalCount);
#if LIBTORCH_2
        logNormalization = logNormalization.MaskedFill(TotalCount + value == 0.0, 0.0);
#else
        logNormalization[TotalCount + value == 0.0] = 0.0;
#endif
        return logUnnormalizedProb - logNormalization;
    }
}
