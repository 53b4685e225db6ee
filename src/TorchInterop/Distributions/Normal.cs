namespace TorchInterop.Distributions;

/// <summary>The normal (Gaussian) distribution of mean <c>loc</c> and standard deviation <c>scale</c> (Python's <c>Normal</c>).</summary>
/// <example><code>var m = new Normal(0.0, 1.0); var x = m.Sample(); // tensor(0.1046)</code></example>
public class Normal : ExponentialFamily
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["loc"] = Constraints.Real, ["scale"] = Constraints.Positive };

    /// <summary>A normal distribution; numbers or tensors, broadcast together.</summary>
    public Normal(Tensor loc, Tensor scale, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(loc);
        ArgumentNullException.ThrowIfNull(scale);
        var all = DistributionUtils.BroadcastAll(loc, scale);
        (Loc, Scale) = (all[0], all[1]);
        Initialize(loc.IsWrappedNumber && scale.IsWrappedNumber ? [] : Loc.Shape, validateArgs: validateArgs);
    }

    private Normal(Normal source, long[] batchShape)
    {
        Loc = source.Loc.Expand(batchShape);
        Scale = source.Scale.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The mean.</summary>
    public Tensor Loc { get; }

    /// <summary>The standard deviation.</summary>
    public Tensor Scale { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "loc" => Loc, "scale" => Scale, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.Real;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Tensor Mean => Loc;

    /// <inheritdoc />
    public override Tensor Mode => Loc;

    /// <inheritdoc />
    public override Tensor Stddev => Scale;

    /// <inheritdoc />
    public override Tensor Variance => Stddev.Pow(2);

    /// <inheritdoc />
    protected override Scalar MeanCarrierMeasure => 0L;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Normal(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        var shape = ExtendedShape(sampleShape);
        using (Autograd.NoGrad()) return Torch.Normal(Loc.Expand(shape), Scale.Expand(shape));
    }

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var eps = DistributionUtils.StandardNormal(ExtendedShape(sampleShape), Loc.Dtype, Loc.Device);
        return Loc + eps * Scale;
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var variance = Scale.Pow(2);
        return -(value - Loc).Pow(2) / (2 * variance) - Scale.Log() - Math.Log(Math.Sqrt(2 * Math.PI));
    }

    /// <inheritdoc />
    public override Tensor Cdf(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        return 0.5 * (1 + Torch.Erf((value - Loc) * Scale.Reciprocal() / Math.Sqrt(2)));
    }

    /// <inheritdoc />
    public override Tensor Icdf(Tensor value) => Loc + Scale * Torch.Erfinv(2 * value - 1) * Math.Sqrt(2);

    /// <inheritdoc />
    public override Tensor Entropy() => 0.5 + 0.5 * Math.Log(2 * Math.PI) + Torch.Log(Scale);

    /// <inheritdoc />
    protected override Tensor[] NaturalParams => [Loc / Scale.Pow(2), -0.5 * Scale.Pow(2).Reciprocal()];

    /// <inheritdoc />
    protected override Tensor LogNormalizer(Tensor[] naturalParams) =>
        -0.25 * naturalParams[0].Pow(2) / naturalParams[1] + 0.5 * Torch.Log(-Math.PI / naturalParams[1]);
}
