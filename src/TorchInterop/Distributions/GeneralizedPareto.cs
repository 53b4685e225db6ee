#if LIBTORCH_2
namespace TorchInterop.Distributions;

/// <summary>
/// The generalized Pareto distribution of location <c>loc</c>, scale <c>scale</c> and shape <c>concentration</c>
/// (Python 2.x's <c>GeneralizedPareto</c>); samples by its inverse cdf.
/// </summary>
public class GeneralizedPareto : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new()
    {
        ["loc"] = Constraints.Real, ["scale"] = Constraints.Positive, ["concentration"] = Constraints.Real,
    };

    /// <summary>A generalized Pareto distribution; numbers or tensors, broadcast together.</summary>
    public GeneralizedPareto(Tensor loc, Tensor scale, Tensor concentration, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(loc);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(concentration);
        var all = DistributionUtils.BroadcastAll(loc, scale, concentration);
        (Loc, Scale, Concentration) = (all[0], all[1], all[2]);
        bool numbers = loc.IsWrappedNumber && scale.IsWrappedNumber && concentration.IsWrappedNumber;
        Initialize(numbers ? [] : Loc.Shape, validateArgs: validateArgs);
    }

    private GeneralizedPareto(GeneralizedPareto source, long[] batchShape)
    {
        Loc = source.Loc.Expand(batchShape);
        Scale = source.Scale.Expand(batchShape);
        Concentration = source.Concentration.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The location.</summary>
    public Tensor Loc { get; }

    /// <summary>The scale.</summary>
    public Tensor Scale { get; }

    /// <summary>The shape ξ.</summary>
    public Tensor Concentration { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "loc" => Loc, "scale" => Scale, "concentration" => Concentration, _ => null };

    /// <inheritdoc />
    public override Constraint Support =>
        Constraints.Interval(Loc, Torch.Where(Concentration < 0L, Loc - Scale / Concentration, double.PositiveInfinity));

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Tensor Mean
    {
        get
        {
            var valid = Concentration < 1L;
            var safeConcentration = Torch.Where(valid, Concentration, 0.5);
            return Torch.Where(valid, Loc + Scale / (1 - safeConcentration), double.NaN);
        }
    }

    /// <inheritdoc />
    public override Tensor Mode => Loc;

    /// <inheritdoc />
    public override Tensor Variance
    {
        get
        {
            var valid = Concentration < 0.5;
            var safeConcentration = Torch.Where(valid, Concentration, 0.25);
            var result = Scale.Pow(2) / ((1 - safeConcentration).Pow(2) * (1 - 2 * safeConcentration));
            return Torch.Where(valid, result, double.NaN);
        }
    }

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new GeneralizedPareto(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var u = Torch.Rand(ExtendedShape(sampleShape), Loc.Dtype, Loc.Device);
        return Icdf(u);
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var z = Standardized(value);
        var eqZero = Torch.Isclose(Concentration, Torch.ZerosLike(Concentration));
        var safeConcentration = Torch.Where(eqZero, Torch.OnesLike(Concentration), Concentration);
        var y = 1 / safeConcentration + Torch.OnesLike(z);
        var whereNonzero = Torch.Where(y == 0L, y, y * Torch.Log1p(safeConcentration * z));
        return -Scale.Log() - Torch.Where(eqZero, z, whereNonzero);
    }

    /// <summary><c>log_survival_function(value)</c>: the log of <c>1 - cdf(value)</c>.</summary>
    public Tensor LogSurvivalFunction(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var z = Standardized(value);
        var eqZero = Torch.Isclose(Concentration, Torch.ZerosLike(Concentration));
        var safeConcentration = Torch.Where(eqZero, Torch.OnesLike(Concentration), Concentration);
        var whereNonzero = -Torch.Log1p(safeConcentration * z) / safeConcentration;
        return Torch.Where(eqZero, -z, whereNonzero);
    }

    /// <summary><c>log_cdf(value)</c>: the log of the cumulative distribution function.</summary>
    public Tensor LogCdf(Tensor value) => Torch.Log1p(-Torch.Exp(LogSurvivalFunction(value)));

    /// <inheritdoc />
    public override Tensor Cdf(Tensor value) => Torch.Exp(LogCdf(value));

    /// <inheritdoc />
    public override Tensor Icdf(Tensor value)
    {
        var eqZero = Torch.Isclose(Concentration, Torch.ZerosLike(Concentration));
        var safeConcentration = Torch.Where(eqZero, Torch.OnesLike(Concentration), Concentration);
        var logU = Torch.Log1p(-value);
        var whereNonzero = Loc + Scale / safeConcentration * Torch.Expm1(-safeConcentration * logU);
        var whereZero = Loc - Scale * logU;
        return Torch.Where(eqZero, whereZero, whereNonzero);
    }

    /// <inheritdoc />
    public override Tensor Entropy() => Torch.BroadcastTo(Torch.Log(Scale) + Concentration + 1, BatchShape);

    private Tensor Standardized(Tensor x) => (x - Loc) / Scale;
}
#endif
