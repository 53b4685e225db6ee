namespace TorchInterop.Distributions;

/// <summary>The Cauchy (Lorentz) distribution of median <c>loc</c> and half width <c>scale</c> (Python's <c>Cauchy</c>).</summary>
public class Cauchy : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["loc"] = Constraints.Real, ["scale"] = Constraints.Positive };

    /// <summary>A Cauchy distribution; numbers or tensors, broadcast together.</summary>
    public Cauchy(Tensor loc, Tensor scale, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(loc);
        ArgumentNullException.ThrowIfNull(scale);
        var all = DistributionUtils.BroadcastAll(loc, scale);
        (Loc, Scale) = (all[0], all[1]);
        Initialize(loc.IsWrappedNumber && scale.IsWrappedNumber ? [] : Loc.Shape, validateArgs: validateArgs);
    }

    private Cauchy(Cauchy source, long[] batchShape)
    {
        Loc = source.Loc.Expand(batchShape);
        Scale = source.Scale.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The median.</summary>
    public Tensor Loc { get; }

    /// <summary>The half width at half maximum.</summary>
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
    public override Distribution Expand(long[] batchShape) => new Cauchy(this, batchShape);

    /// <inheritdoc />
    public override Tensor Mean => Torch.Full(ExtendedShape(), double.NaN, Loc.Dtype, Loc.Device);

    /// <inheritdoc />
    public override Tensor Mode => Loc;

    /// <inheritdoc />
    public override Tensor Variance => Torch.Full(ExtendedShape(), double.PositiveInfinity, Loc.Dtype, Loc.Device);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var eps = Torch.Empty(ExtendedShape(sampleShape), Loc.Dtype, Loc.Device).Cauchy_();
        return Loc + eps * Scale;
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
#if LIBTORCH_2
        return -Math.Log(Math.PI) - Scale.Log() - ((value - Loc) / Scale).Pow(2).Log1p();
#else
        return -Math.Log(Math.PI) - Scale.Log() - (1 + ((value - Loc) / Scale).Pow(2)).Log();
#endif
    }

    /// <inheritdoc />
    public override Tensor Cdf(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        return Torch.Atan((value - Loc) / Scale) / Math.PI + 0.5;
    }

    /// <inheritdoc />
    public override Tensor Icdf(Tensor value) => Torch.Tan(Math.PI * (value - 0.5)) * Scale + Loc;

    /// <inheritdoc />
    public override Tensor Entropy() => Math.Log(4 * Math.PI) + Scale.Log();
}
