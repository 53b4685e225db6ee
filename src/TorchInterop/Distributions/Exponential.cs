namespace TorchInterop.Distributions;

/// <summary>The exponential distribution of rate <c>rate</c> (Python's <c>Exponential</c>).</summary>
public class Exponential : ExponentialFamily
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["rate"] = Constraints.Positive };

    /// <summary>An exponential distribution; a number or a tensor.</summary>
    public Exponential(Tensor rate, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(rate);
        Rate = DistributionUtils.BroadcastAll(rate)[0];
        Initialize(rate.IsWrappedNumber ? [] : Rate.Shape, validateArgs: validateArgs);
    }

    private Exponential(Exponential source, long[] batchShape)
    {
        Rate = source.Rate.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The rate (inverse scale).</summary>
    public Tensor Rate { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name == "rate" ? Rate : null;

    /// <inheritdoc />
    public override Constraint Support => Constraints.Nonnegative;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Tensor Mean => Rate.Reciprocal();

    /// <inheritdoc />
    public override Tensor Mode => Torch.ZerosLike(Rate);

    /// <inheritdoc />
    public override Tensor Stddev => Rate.Reciprocal();

    /// <inheritdoc />
    public override Tensor Variance => Rate.Pow(-2L);

    /// <inheritdoc />
    protected override Scalar MeanCarrierMeasure => 0L;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Exponential(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null) =>
        Torch.Empty(ExtendedShape(sampleShape), Rate.Dtype, Rate.Device).Exponential_() / Rate;

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        return Rate.Log() - Rate * value;
    }

    /// <inheritdoc />
    public override Tensor Cdf(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        return 1 - Torch.Exp(-Rate * value);
    }

    /// <inheritdoc />
#if LIBTORCH_2
    public override Tensor Icdf(Tensor value) => -Torch.Log1p(-value) / Rate;
#else
    public override Tensor Icdf(Tensor value) => -Torch.Log(1 - value) / Rate;
#endif

    /// <inheritdoc />
    public override Tensor Entropy() => 1.0 - Torch.Log(Rate);

    /// <inheritdoc />
    protected override Tensor[] NaturalParams => [-Rate];

    /// <inheritdoc />
    protected override Tensor LogNormalizer(Tensor[] naturalParams) => -Torch.Log(-naturalParams[0]);
}
