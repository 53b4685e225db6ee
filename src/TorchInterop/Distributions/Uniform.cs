namespace TorchInterop.Distributions;

/// <summary>The uniform distribution on the half-open interval <c>[low, high)</c> (Python's <c>Uniform</c>).</summary>
public class Uniform : Distribution
{
#if !LIBTORCH_2
    private static readonly Dictionary<string, Constraint> Arguments = new()
    {
        ["low"] = Constraints.Dependent.With(isDiscrete: false, eventDim: 0),
        ["high"] = Constraints.Dependent.With(isDiscrete: false, eventDim: 0),
    };
#endif

    /// <summary>A uniform distribution; numbers or tensors, broadcast together.</summary>
    public Uniform(Tensor low, Tensor high, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(high);
        var all = DistributionUtils.BroadcastAll(low, high);
        (Low, High) = (all[0], all[1]);
        Initialize(low.IsWrappedNumber && high.IsWrappedNumber ? [] : Low.Shape, validateArgs: validateArgs);
#if !LIBTORCH_2
        if (ValidateArgs && !Torch.Lt(Low, High).All().Item<bool>())
            throw new TorchException("Uniform is not defined when low>= high", TorchErrorKind.ValueError);
#endif
    }

    private Uniform(Uniform source, long[] batchShape)
    {
        Low = source.Low.Expand(batchShape);
        High = source.High.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The lower bound (included).</summary>
    public Tensor Low { get; }

    /// <summary>The upper bound (excluded).</summary>
    public Tensor High { get; }

    /// <inheritdoc />
#if LIBTORCH_2
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => new Dictionary<string, Constraint>
    {
        ["low"] = Constraints.LessThan(High),
        ["high"] = Constraints.GreaterThan(Low),
    };
#else
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;
#endif

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "low" => Low, "high" => High, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.Interval(Low, High);

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Tensor Mean => (High + Low) / 2;

    /// <inheritdoc />
    public override Tensor Mode => double.NaN * High;

    /// <inheritdoc />
    public override Tensor Stddev => (High - Low) / Math.Pow(12, 0.5);

    /// <inheritdoc />
    public override Tensor Variance => (High - Low).Pow(2) / 12;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Uniform(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var rand = Torch.Rand(ExtendedShape(sampleShape), Low.Dtype, Low.Device);
        return Low + rand * (High - Low);
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var lb = Low.Le(value).TypeAs(Low);
        var ub = High.Gt(value).TypeAs(Low);
        return Torch.Log(lb.Mul(ub)) - Torch.Log(High - Low);
    }

    /// <inheritdoc />
    public override Tensor Cdf(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var result = (value - Low) / (High - Low);
        return result.Clamp(0L, 1L);
    }

    /// <inheritdoc />
    public override Tensor Icdf(Tensor value) => value * (High - Low) + Low;

    /// <inheritdoc />
    public override Tensor Entropy() => Torch.Log(High - Low);
}
