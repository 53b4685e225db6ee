namespace TorchInterop.Distributions;

/// <summary>The Gumbel distribution of location <c>loc</c> and scale <c>scale</c>, built on a Uniform (Python's <c>Gumbel</c>).</summary>
public class Gumbel : TransformedDistribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["loc"] = Constraints.Real, ["scale"] = Constraints.Positive };

    /// <summary>A Gumbel distribution; numbers or tensors, broadcast together.</summary>
    public Gumbel(Tensor loc, Tensor scale, bool? validateArgs = null) : this(Prepare(loc, scale, validateArgs), validateArgs)
    {
    }

    private Gumbel((Tensor Loc, Tensor Scale, Distribution Base, Transform[] Transforms) parts, bool? validateArgs)
        : base(parts.Base, parts.Transforms, validateArgs, deferValidation: true)
    {
        (Loc, Scale) = (parts.Loc, parts.Scale);
        ValidateParameters(validateArgs);
    }

    private Gumbel(Gumbel source, long[] batchShape) : base(source, batchShape)
    {
        Loc = source.Loc.Expand(batchShape);
        Scale = source.Scale.Expand(batchShape);
    }

    // Python sets loc and scale before building the base uniform and the transforms
    private static (Tensor, Tensor, Distribution, Transform[]) Prepare(Tensor loc, Tensor scale, bool? validateArgs)
    {
        ArgumentNullException.ThrowIfNull(loc);
        ArgumentNullException.ThrowIfNull(scale);
        var all = DistributionUtils.BroadcastAll(loc, scale);
        var info = FloatInfo.Of(all[0].Dtype);
#if LIBTORCH_2
        bool? uniformValidation = validateArgs;
#else
        bool? uniformValidation = null;
#endif
        Distribution uniform = loc.IsWrappedNumber && scale.IsWrappedNumber
            ? new Uniform(info.Tiny, 1 - info.Eps, uniformValidation)
            : new Uniform(Torch.FullLike(all[0], info.Tiny), Torch.FullLike(all[0], 1 - info.Eps), uniformValidation);
        Transform[] transforms =
        [
            new ExpTransform().Inv, new AffineTransform(0, -Torch.OnesLike(all[1])),
            new ExpTransform().Inv, new AffineTransform(loc, -all[1]),
        ];
        return (all[0], all[1], uniform, transforms);
    }

    /// <summary>The location (mode).</summary>
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
    public override Distribution Expand(long[] batchShape) => new Gumbel(this, batchShape);

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var y = (Loc - value) / Scale;
        return (y - y.Exp()) - Scale.Log();
    }

    /// <inheritdoc />
    public override Tensor Mean => Loc + Scale * DistributionUtils.EulerConstant;

    /// <inheritdoc />
    public override Tensor Mode => Loc;

    /// <inheritdoc />
    public override Tensor Stddev => (Math.PI / Math.Sqrt(6)) * Scale;

    /// <inheritdoc />
    public override Tensor Variance => Stddev.Pow(2);

    /// <inheritdoc />
    public override Tensor Entropy() => Scale.Log() + (1 + DistributionUtils.EulerConstant);
}
