namespace TorchInterop.Distributions;

/// <summary>The Laplace distribution of location <c>loc</c> and scale <c>scale</c> (Python's <c>Laplace</c>).</summary>
public class Laplace : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["loc"] = Constraints.Real, ["scale"] = Constraints.Positive };

    /// <summary>A Laplace distribution; numbers or tensors, broadcast together.</summary>
    public Laplace(Tensor loc, Tensor scale, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(loc);
        ArgumentNullException.ThrowIfNull(scale);
        var all = DistributionUtils.BroadcastAll(loc, scale);
        (Loc, Scale) = (all[0], all[1]);
        Initialize(loc.IsWrappedNumber && scale.IsWrappedNumber ? [] : Loc.Shape, validateArgs: validateArgs);
    }

    private Laplace(Laplace source, long[] batchShape)
    {
        Loc = source.Loc.Expand(batchShape);
        Scale = source.Scale.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The location (mean and mode).</summary>
    public Tensor Loc { get; }

    /// <summary>The scale.</summary>
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
    public override Tensor Variance => 2 * Scale.Pow(2);

    /// <inheritdoc />
    public override Tensor Stddev => Math.Pow(2, 0.5) * Scale;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Laplace(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var shape = ExtendedShape(sampleShape);
        var u = Torch.Empty(shape, Loc.Dtype, Loc.Device).Uniform_(FloatInfo.Of(Loc.Dtype).Eps - 1, 1);
        return Loc - Scale * u.Sign() * Torch.Log1p(-u.Abs());
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        return -Torch.Log(2 * Scale) - Torch.Abs(value - Loc) / Scale;
    }

    /// <inheritdoc />
    public override Tensor Cdf(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        return 0.5 - 0.5 * (value - Loc).Sign() * Torch.Expm1(-(value - Loc).Abs() / Scale);
    }

    /// <inheritdoc />
    public override Tensor Icdf(Tensor value)
    {
        var term = value - 0.5;
        return Loc - Scale * term.Sign() * Torch.Log1p(-2 * term.Abs());
    }

    /// <inheritdoc />
    public override Tensor Entropy() => 1 + Torch.Log(2 * Scale);
}
