namespace TorchInterop.Distributions;

/// <summary>
/// The continuous Bernoulli distribution on <c>[0, 1]</c> of parameter <c>probs</c> or <c>logits</c>, not both
/// (Python's <c>ContinuousBernoulli</c>); inside <c>lims</c> around 0.5 its formulas use Taylor expansions.
/// </summary>
public class ContinuousBernoulli : ExponentialFamily
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["probs"] = Constraints.UnitInterval, ["logits"] = Constraints.Real };
    private Tensor? _probs;
    private Tensor? _logits;
    private readonly Tensor _param;
    private readonly (double Low, double High) _lims;

    /// <summary>A continuous Bernoulli of <paramref name="probs"/> or <paramref name="logits"/> (numbers or tensors); <paramref name="lims"/> defaults to (0.499, 0.501).</summary>
    public ContinuousBernoulli(Tensor? probs = null, Tensor? logits = null, (double Low, double High)? lims = null, bool? validateArgs = null)
    {
        DistributionUtils.RequireOneOf(probs, logits);
        var given = probs ?? logits!;
        var broadcast = DistributionUtils.BroadcastAll(given)[0];
        if (probs is not null)
        {
            // Python checks here whenever validate_args is given, False included
            if (validateArgs is not null && !Constraints.UnitInterval.Check(broadcast).All().Item<bool>())
                throw new TorchException("The parameter probs has invalid values", TorchErrorKind.ValueError);
            _param = _probs = DistributionUtils.ClampProbs(broadcast);
        }
        else _param = _logits = broadcast;
        _lims = lims ?? (0.499, 0.501);
        Initialize(given.IsWrappedNumber ? [] : _param.Shape, validateArgs: validateArgs);
    }

    private ContinuousBernoulli(ContinuousBernoulli source, long[] batchShape)
    {
        _lims = source._lims;
        if (source._probs is not null) _param = _probs = source._probs.Expand(batchShape);
        if (source._logits is not null) _param = _logits = source._logits.Expand(batchShape);
        _param ??= source._param;
        source.Expanded(this, batchShape);
    }

    /// <summary>The parameter in <c>(0, 1)</c>, clamped away from 0 and 1 (computed from the logits on first use when given logits).</summary>
    public Tensor Probs => DistributionUtils.Lazy(ref _probs, () => DistributionUtils.ClampProbs(DistributionUtils.LogitsToProbs(_logits!, isBinary: true)));

    /// <summary>The parameter's log-odds (computed from the probabilities on first use when given probabilities).</summary>
    public Tensor Logits => DistributionUtils.Lazy(ref _logits, () => DistributionUtils.ProbsToLogits(_probs!, isBinary: true));

    /// <summary>The shape of the given parameter.</summary>
    public long[] ParamShape => _param.Shape;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "probs" => _probs, "logits" => _logits, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.UnitInterval;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    protected override Scalar MeanCarrierMeasure => 0L;

    private Tensor OutsideUnstableRegion() => Torch.Max(Torch.Le(Probs, _lims.Low), Torch.Gt(Probs, _lims.High));

    private Tensor CutProbs() => Torch.Where(OutsideUnstableRegion(), Probs, _lims.Low * Torch.OnesLike(Probs));

    private Tensor LogNorm()
    {
        var cutProbs = CutProbs();
        var belowHalf = Torch.Where(Torch.Le(cutProbs, 0.5), cutProbs, Torch.ZerosLike(cutProbs));
        var aboveHalf = Torch.Where(Torch.Ge(cutProbs, 0.5), cutProbs, Torch.OnesLike(cutProbs));
        var logNorm = Torch.Log(Torch.Abs(Torch.Log1p(-cutProbs) - Torch.Log(cutProbs))) -
                      Torch.Where(Torch.Le(cutProbs, 0.5), Torch.Log1p(-2.0 * belowHalf), Torch.Log(2.0 * aboveHalf - 1.0));
        var x = Torch.Pow(Probs - 0.5, 2);
        var taylor = Math.Log(2.0) + (4.0 / 3.0 + 104.0 / 45.0 * x) * x;
        return Torch.Where(OutsideUnstableRegion(), logNorm, taylor);
    }

    /// <inheritdoc />
    public override Tensor Mean
    {
        get
        {
            var cutProbs = CutProbs();
            var mus = cutProbs / (2.0 * cutProbs - 1.0) + 1.0 / (Torch.Log1p(-cutProbs) - Torch.Log(cutProbs));
            var x = Probs - 0.5;
            var taylor = 0.5 + (1.0 / 3.0 + 16.0 / 45.0 * Torch.Pow(x, 2)) * x;
            return Torch.Where(OutsideUnstableRegion(), mus, taylor);
        }
    }

    /// <inheritdoc />
    public override Tensor Stddev => Torch.Sqrt(Variance);

    /// <inheritdoc />
    public override Tensor Variance
    {
        get
        {
            var cutProbs = CutProbs();
            var variances = cutProbs * (cutProbs - 1.0) / Torch.Pow(1.0 - 2.0 * cutProbs, 2) +
                            1.0 / Torch.Pow(Torch.Log1p(-cutProbs) - Torch.Log(cutProbs), 2);
            var x = Torch.Pow(Probs - 0.5, 2);
            var taylor = 1.0 / 12.0 - (1.0 / 15.0 - 128.0 / 945.0 * x) * x;
            return Torch.Where(OutsideUnstableRegion(), variances, taylor);
        }
    }

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new ContinuousBernoulli(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        var u = Torch.Rand(ExtendedShape(sampleShape), Probs.Dtype, Probs.Device);
        using (Autograd.NoGrad()) return Icdf(u);
    }

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var u = Torch.Rand(ExtendedShape(sampleShape), Probs.Dtype, Probs.Device);
        return Icdf(u);
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var all = DistributionUtils.BroadcastAll(Logits, value);
        return -NN.Functional.BinaryCrossEntropyWithLogits(all[0], all[1], reduction: "none") + LogNorm();
    }

    /// <inheritdoc />
    public override Tensor Cdf(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var cutProbs = CutProbs();
        var cdfs = (Torch.Pow(cutProbs, value) * Torch.Pow(1.0 - cutProbs, 1.0 - value) + cutProbs - 1.0) / (2.0 * cutProbs - 1.0);
        var unboundedCdfs = Torch.Where(OutsideUnstableRegion(), cdfs, value);
        return Torch.Where(Torch.Le(value, 0.0), Torch.ZerosLike(value),
            Torch.Where(Torch.Ge(value, 1.0), Torch.OnesLike(value), unboundedCdfs));
    }

    /// <inheritdoc />
    public override Tensor Icdf(Tensor value)
    {
        var cutProbs = CutProbs();
        return Torch.Where(OutsideUnstableRegion(),
            (Torch.Log1p(-cutProbs + value * (2.0 * cutProbs - 1.0)) - Torch.Log1p(-cutProbs)) / (Torch.Log(cutProbs) - Torch.Log1p(-cutProbs)),
            value);
    }

    /// <inheritdoc />
    public override Tensor Entropy()
    {
        var logProbs0 = Torch.Log1p(-Probs);
        var logProbs1 = Torch.Log(Probs);
        return Mean * (logProbs0 - logProbs1) - LogNorm() - logProbs0;
    }

    /// <inheritdoc />
    protected override Tensor[] NaturalParams => [Logits];

    /// <inheritdoc />
    protected override Tensor LogNormalizer(Tensor[] naturalParams)
    {
        var x = naturalParams[0];
        var outside = Torch.Max(Torch.Le(x, _lims.Low - 0.5), Torch.Gt(x, _lims.High - 0.5));
        var cutNatParams = Torch.Where(outside, x, (_lims.Low - 0.5) * Torch.OnesLike(x));
#if LIBTORCH_2
        var logNorm = Torch.Log(Torch.Abs(Torch.SpecialExpm1(cutNatParams))) - Torch.Log(Torch.Abs(cutNatParams));
#else
        var logNorm = Torch.Log(Torch.Abs(Torch.Exp(cutNatParams) - 1.0)) - Torch.Log(Torch.Abs(cutNatParams));
#endif
        var taylor = 0.5 * x + Torch.Pow(x, 2) / 24.0 - Torch.Pow(x, 4) / 2880.0;
        return Torch.Where(outside, logNorm, taylor);
    }

    internal Tensor ContinuousBernoulliLogNorm() => LogNorm();
}
