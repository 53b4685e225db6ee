namespace TorchInterop.Distributions;

/// <summary>
/// The two-parameter Weibull distribution of scale <c>λ</c> and concentration <c>k</c>: a unit Exponential raised to
/// <c>1/k</c> and scaled (Python's <c>Weibull</c>).
/// </summary>
public class Weibull : TransformedDistribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["scale"] = Constraints.Positive, ["concentration"] = Constraints.Positive };

    /// <summary>A Weibull distribution; numbers or tensors, broadcast together.</summary>
    public Weibull(Tensor scale, Tensor concentration, bool? validateArgs = null) : this(Prepare(scale, concentration, validateArgs), validateArgs)
    {
    }

    private Weibull((Tensor Scale, Tensor Concentration, Tensor Reciprocal, Distribution Base) parts, bool? validateArgs)
        : base(parts.Base, TransformsFor(parts.Reciprocal, parts.Scale), validateArgs, deferValidation: true)
    {
        (Scale, Concentration, ConcentrationReciprocal) = (parts.Scale, parts.Concentration, parts.Reciprocal);
        ValidateParameters(validateArgs);
    }

    // Python's expand re-runs __init__ with transforms built from the expanded parameters, without validation
    private Weibull(Weibull source, long[] batchShape, Tensor concentration)
        : base(source.BaseDist.Expand(batchShape), TransformsFor(concentration.Reciprocal(), source.Scale.Expand(batchShape)), validateArgs: false)
    {
        Scale = source.Scale.Expand(batchShape);
        Concentration = concentration;
        ConcentrationReciprocal = ((PowerTransform)Transforms[0]).Exponent;
        source.Expanded(this, batchShape);
    }

    private static (Tensor, Tensor, Tensor, Distribution) Prepare(Tensor scale, Tensor concentration, bool? validateArgs)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(concentration);
        var all = DistributionUtils.BroadcastAll(scale, concentration);
        var reciprocal = all[1].Reciprocal();
        return (all[0], all[1], reciprocal, new Exponential(Torch.OnesLike(all[0]), validateArgs));
    }

    private static Transform[] TransformsFor(Tensor reciprocal, Tensor scale) => [new PowerTransform(reciprocal), new AffineTransform(0, scale)];

    /// <summary>The scale <c>λ</c>.</summary>
    public Tensor Scale { get; }

    /// <summary>The concentration (shape) <c>k</c>.</summary>
    public Tensor Concentration { get; }

    /// <summary><c>1 / k</c>.</summary>
    public Tensor ConcentrationReciprocal { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "scale" => Scale, "concentration" => Concentration, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.Positive;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Weibull(this, batchShape, Concentration.Expand(batchShape));

    /// <inheritdoc />
    public override Tensor Mean => Scale * Torch.Exp(Torch.Lgamma(1 + ConcentrationReciprocal));

    /// <inheritdoc />
    public override Tensor Mode => Scale * ((Concentration - 1) / Concentration).Pow(Concentration.Reciprocal());

    /// <inheritdoc />
    public override Tensor Variance =>
        Scale.Pow(2) * (Torch.Exp(Torch.Lgamma(1 + 2 * ConcentrationReciprocal)) - Torch.Exp(2 * Torch.Lgamma(1 + ConcentrationReciprocal)));

    /// <inheritdoc />
    public override Tensor Entropy() =>
        DistributionUtils.EulerConstant * (1 - ConcentrationReciprocal) + Torch.Log(Scale * ConcentrationReciprocal) + 1;
}
