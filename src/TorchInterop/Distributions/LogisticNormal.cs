namespace TorchInterop.Distributions;

/// <summary>
/// The logistic-normal distribution on the simplex: a Normal(loc, scale) vector through the stick-breaking transform
/// (Python's <c>LogisticNormal</c>).
/// </summary>
public class LogisticNormal : TransformedDistribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["loc"] = Constraints.Real, ["scale"] = Constraints.Positive };

    /// <summary>A logistic-normal distribution; numbers or tensors (a scalar base is treated as one-dimensional).</summary>
    public LogisticNormal(Tensor loc, Tensor scale, bool? validateArgs = null)
        : base(VectorNormal(loc, scale, validateArgs), [new StickBreakingTransform()], validateArgs)
    {
    }

    private LogisticNormal(LogisticNormal source, long[] batchShape) : base(source, batchShape)
    {
    }

    private static Distribution VectorNormal(Tensor loc, Tensor scale, bool? validateArgs)
    {
        Distribution normal = new Normal(loc, scale, validateArgs);
        return normal.BatchShape.Length == 0 ? normal.Expand([1]) : normal;
    }

    private Normal Normal => (Normal)((Independent)BaseDist).BaseDist;

    /// <summary>The mean of the base normal.</summary>
    public Tensor Loc => Normal.Loc;

    /// <summary>The standard deviation of the base normal.</summary>
    public Tensor Scale => Normal.Scale;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "loc" => Loc, "scale" => Scale, _ => null };

    /// <inheritdoc />
    protected override bool ShownInRepr(string name) => false;

    /// <inheritdoc />
    public override Constraint Support => Constraints.Simplex;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new LogisticNormal(this, batchShape);
}
