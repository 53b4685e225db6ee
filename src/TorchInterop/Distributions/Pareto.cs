namespace TorchInterop.Distributions;

/// <summary>The Pareto type I distribution of scale <c>scale</c> and shape <c>alpha</c>, built on an Exponential (Python's <c>Pareto</c>).</summary>
public class Pareto : TransformedDistribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["alpha"] = Constraints.Positive, ["scale"] = Constraints.Positive };

    /// <summary>A Pareto distribution; numbers or tensors, broadcast together.</summary>
    public Pareto(Tensor scale, Tensor alpha, bool? validateArgs = null) : this(DistributionUtils.BroadcastAll(
        scale ?? throw new ArgumentNullException(nameof(scale)), alpha ?? throw new ArgumentNullException(nameof(alpha))), validateArgs)
    {
    }

    private Pareto(Tensor[] all, bool? validateArgs)
        : base(new Exponential(all[1], validateArgs), [new ExpTransform(), new AffineTransform(0, all[0])], validateArgs, deferValidation: true)
    {
        (Scale, Alpha) = (all[0], all[1]);
        ValidateParameters(validateArgs);
    }

    private Pareto(Pareto source, long[] batchShape) : base(source, batchShape)
    {
        Scale = source.Scale.Expand(batchShape);
        Alpha = source.Alpha.Expand(batchShape);
    }

    /// <summary>The scale (the support's lower bound).</summary>
    public Tensor Scale { get; }

    /// <summary>The shape (tail index).</summary>
    public Tensor Alpha { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "alpha" => Alpha, "scale" => Scale, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.GreaterThanEq(Scale);

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Pareto(this, batchShape);

    /// <inheritdoc />
    public override Tensor Mean
    {
        get
        {
            var a = Alpha.Clamp(1L);
            return a * Scale / (a - 1);
        }
    }

    /// <inheritdoc />
    public override Tensor Mode => Scale;

    /// <inheritdoc />
    public override Tensor Variance
    {
        get
        {
            var a = Alpha.Clamp(2L);
            return Scale.Pow(2) * a / ((a - 1).Pow(2) * (a - 2));
        }
    }

    /// <inheritdoc />
    public override Tensor Entropy() => (Scale / Alpha).Log() + (1 + Alpha.Reciprocal());
}
