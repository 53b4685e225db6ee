namespace TorchInterop.Distributions;

/// <summary>
/// The multinomial distribution: counts of <c>total_count</c> draws over the categories of <c>probs</c> or
/// <c>logits</c> (the last dimension), not both (Python's <c>Multinomial</c>).
/// </summary>
public class Multinomial : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["probs"] = Constraints.Simplex, ["logits"] = Constraints.RealVector };
    private readonly Categorical _categorical;
    private readonly Binomial? _binomial;

    /// <summary>A multinomial distribution of <paramref name="totalCount"/> draws (one by default).</summary>
    public Multinomial(long totalCount = 1, Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
    {
        TotalCount = totalCount;
        _categorical = new Categorical(probs, logits);
        _binomial = new Binomial(totalCount, Probs);
        Initialize(_categorical.BatchShape, _categorical.ParamShape[^1..], validateArgs);
    }

    private Multinomial(Multinomial source, long[] batchShape)
    {
        TotalCount = source.TotalCount;
        _categorical = (Categorical)source._categorical.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The number of draws (an integer, as PyTorch supports no other).</summary>
    public long TotalCount { get; }

    /// <summary>The normalized probabilities of the categories.</summary>
    public Tensor Probs => _categorical.Probs;

    /// <summary>The normalized log probabilities of the categories.</summary>
    public Tensor Logits => _categorical.Logits;

    /// <summary>The shape of the given parameter.</summary>
    public long[] ParamShape => _categorical.ParamShape;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    // Python's probs and logits are properties over the categorical: validated (and so computed), never in the repr
    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "probs" => Probs, "logits" => Logits, _ => null };

    /// <inheritdoc />
    protected override bool ShownInRepr(string name) => false;

    /// <inheritdoc />
    public override Constraint Support => Constraints.Multinomial(TotalCount);

    /// <inheritdoc />
    public override Tensor Mean => Probs * TotalCount;

    /// <inheritdoc />
    public override Tensor Variance => TotalCount * Probs * (1 - Probs);

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Multinomial(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        sampleShape ??= [];
        var samples = _categorical.Sample([TotalCount, .. sampleShape]);
        // the draws' dimension moves last, to be counted per category
        long[] shifted = [.. Enumerable.Range(1, samples.Dim - 1).Select(i => (long)i), 0L];
        samples = samples.Permute(shifted);
        var counts = Torch.Zeros(ExtendedShape(sampleShape), samples.Dtype, samples.Device);
        counts.ScatterAdd_(-1, samples, Torch.OnesLike(samples));
        return counts.TypeAs(Probs);
    }

    /// <inheritdoc />
    public override Tensor Entropy()
    {
        if (_binomial is null)
            throw new TorchException("'Multinomial' object has no attribute '_binomial'", TorchErrorKind.AttributeError);
        var n = Torch.Tensor(TotalCount);
        var categoricalEntropy = _categorical.Entropy();
        var term1 = n * categoricalEntropy - Torch.Lgamma(n + 1);
        var support = _binomial.EnumerateSupport(expand: false)[1..];
        var binomialProbs = Torch.Exp(_binomial.LogProb(support));
        var weights = Torch.Lgamma(support + 1);
        var term2 = (binomialProbs * weights).Sum([0L, -1L]);
        return term1 + term2;
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var all = DistributionUtils.BroadcastAll(Logits, value);
        var logits = Torch.Clone(all[0], MemoryFormat.Contiguous);
        value = all[1];
        var logFactorialN = Torch.Lgamma(value.Sum(-1) + 1);
        var logFactorialXs = Torch.Lgamma(value + 1).Sum(-1);
        logits[(value == 0L).BitwiseAnd(logits == double.NegativeInfinity)] = 0L;
        var logPowers = (logits * value).Sum(-1);
        return logFactorialN - logFactorialXs + logPowers;
    }
}
