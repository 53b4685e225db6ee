namespace TorchInterop.Distributions;

/// <summary>The log-normal distribution: <c>exp</c> of a Normal(loc, scale) (Python's <c>LogNormal</c>).</summary>
public class LogNormal : TransformedDistribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["loc"] = Constraints.Real, ["scale"] = Constraints.Positive };

    /// <summary>A log-normal distribution; numbers or tensors, broadcast together.</summary>
    public LogNormal(Tensor loc, Tensor scale, bool? validateArgs = null)
        : base(new Normal(loc, scale, validateArgs), [new ExpTransform()], validateArgs)
    {
    }

    private LogNormal(LogNormal source, long[] batchShape) : base(source, batchShape)
    {
    }

    private Normal Base => (Normal)BaseDist;

    /// <summary>The mean of the underlying normal.</summary>
    public Tensor Loc => Base.Loc;

    /// <summary>The standard deviation of the underlying normal.</summary>
    public Tensor Scale => Base.Scale;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "loc" => Loc, "scale" => Scale, _ => null };

    /// <inheritdoc />
    protected override bool ShownInRepr(string name) => false;

    /// <inheritdoc />
    public override Constraint Support => Constraints.Positive;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new LogNormal(this, batchShape);

    /// <inheritdoc />
    public override Tensor Mean => (Loc + Scale.Pow(2) / 2).Exp();

    /// <inheritdoc />
    public override Tensor Mode => (Loc - Scale.Square()).Exp();

#if LIBTORCH_2
    /// <inheritdoc />
    public override Tensor Variance
    {
        get
        {
            var scaleSquared = Scale.Pow(2);
            return scaleSquared.Expm1() * (2 * Loc + scaleSquared).Exp();
        }
    }
#else
    /// <inheritdoc />
    public override Tensor Variance => (Scale.Pow(2).Exp() - 1) * (2 * Loc + Scale.Pow(2)).Exp();
#endif

    /// <inheritdoc />
    public override Tensor Entropy() => BaseDist.Entropy() + Loc;
}

/// <summary>The half-normal distribution: <c>|x|</c> for x ~ Normal(0, scale) (Python's <c>HalfNormal</c>).</summary>
public class HalfNormal : TransformedDistribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["scale"] = Constraints.Positive };

    /// <summary>A half-normal distribution; a number or a tensor.</summary>
    public HalfNormal(Tensor scale, bool? validateArgs = null)
        : base(new Normal(0, scale, validateArgs: false), [new AbsTransform()], validateArgs)
    {
    }

    private HalfNormal(HalfNormal source, long[] batchShape) : base(source, batchShape)
    {
    }

    /// <summary>The scale of the underlying normal.</summary>
    public Tensor Scale => ((Normal)BaseDist).Scale;

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
    public override Distribution Expand(long[] batchShape) => new HalfNormal(this, batchShape);

    /// <inheritdoc />
    public override Tensor Mean => Scale * Math.Sqrt(2 / Math.PI);

    /// <inheritdoc />
    public override Tensor Mode => Torch.ZerosLike(Scale);

    /// <inheritdoc />
    public override Tensor Variance => Scale.Pow(2) * (1 - 2 / Math.PI);

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
        if (ValidateArgs) ValidateSample(value);
        return 2 * BaseDist.Cdf(value) - 1;
    }

    /// <inheritdoc />
    public override Tensor Icdf(Tensor value) => BaseDist.Icdf((value + 1) / 2);

    /// <inheritdoc />
    public override Tensor Entropy() => BaseDist.Entropy() - Math.Log(2);
}
