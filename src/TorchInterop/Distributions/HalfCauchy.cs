namespace TorchInterop.Distributions;

/// <summary>The half-Cauchy distribution: <c>|x|</c> for x ~ Cauchy(0, scale) (Python's <c>HalfCauchy</c>).</summary>
public class HalfCauchy : TransformedDistribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["scale"] = Constraints.Positive };

    /// <summary>A half-Cauchy distribution; a number or a tensor.</summary>
    public HalfCauchy(Tensor scale, bool? validateArgs = null)
        : base(new Cauchy(0, scale, validateArgs: false), [new AbsTransform()], validateArgs)
    {
    }

    private HalfCauchy(HalfCauchy source, long[] batchShape) : base(source, batchShape)
    {
    }

    /// <summary>The scale of the full Cauchy distribution.</summary>
    public Tensor Scale => ((Cauchy)BaseDist).Scale;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name == "scale" ? Scale : null;

    /// <inheritdoc />
    protected override bool ShownInRepr(string name) => false;

    /// <inheritdoc />
    public override Constraint Support => Constraints.Nonnegative;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new HalfCauchy(this, batchShape);

    /// <inheritdoc />
    public override Tensor Mean => Torch.Full(ExtendedShape(), double.PositiveInfinity, Scale.Dtype, Scale.Device);

    /// <inheritdoc />
    public override Tensor Mode => Torch.ZerosLike(Scale);

    /// <inheritdoc />
    public override Tensor Variance => BaseDist.Variance;

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (ValidateArgs) ValidateSample(value);
        var logProb = BaseDist.LogProb(value) + Math.Log(2);
        return Torch.Where(value >= 0L, logProb, double.NegativeInfinity);
    }

    /// <inheritdoc />
    public override Tensor Cdf(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (ValidateArgs) ValidateSample(value);
        return 2 * BaseDist.Cdf(value) - 1;
    }

    /// <inheritdoc />
    public override Tensor Icdf(Tensor value) => BaseDist.Icdf((value + 1) / 2);

    /// <inheritdoc />
    public override Tensor Entropy() => BaseDist.Entropy() - Math.Log(2);
}
