namespace TorchInterop.Distributions;

/// <summary>Student's t-distribution of <c>df</c> degrees of freedom, location <c>loc</c> and scale <c>scale</c> (Python's <c>StudentT</c>).</summary>
public class StudentT : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new()
    {
        ["df"] = Constraints.Positive, ["loc"] = Constraints.Real, ["scale"] = Constraints.Positive,
    };
    // Python's Chi2(df): a gamma of concentration df/2 and rate 1/2
    private readonly Gamma _chi2;
    // Python's math.lgamma(0.5), to the last bit (0.5 * log(pi) rounds differently)
    private const double LogGammaOneHalf = 0.5723649429247004;

    /// <summary>A t-distribution; numbers or tensors, broadcast together (<c>loc</c> 0 and <c>scale</c> 1 by default).</summary>
    public StudentT(Tensor df, Tensor? loc = null, Tensor? scale = null, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(df);
        var all = DistributionUtils.BroadcastAll(df, loc ?? 0.0, scale ?? 1.0);
        (Df, Loc, Scale) = (all[0], all[1], all[2]);
        _chi2 = new Gamma(0.5 * Df, 0.5);
        Initialize(Df.Shape, validateArgs: validateArgs);
    }

    private StudentT(StudentT source, long[] batchShape)
    {
        Df = source.Df.Expand(batchShape);
        Loc = source.Loc.Expand(batchShape);
        Scale = source.Scale.Expand(batchShape);
        _chi2 = (Gamma)source._chi2.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The degrees of freedom.</summary>
    public Tensor Df { get; }

    /// <summary>The location.</summary>
    public Tensor Loc { get; }

    /// <summary>The scale.</summary>
    public Tensor Scale { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "df" => Df, "loc" => Loc, "scale" => Scale, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.Real;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Tensor Mean
    {
        get
        {
            var mean = Torch.Clone(Loc, MemoryFormat.Contiguous);
            mean[Df <= 1L] = double.NaN;
            return mean;
        }
    }

    /// <inheritdoc />
    public override Tensor Mode => Loc;

    /// <inheritdoc />
    public override Tensor Variance
    {
        get
        {
            var variance = Torch.Clone(Df, MemoryFormat.Contiguous);
            var finite = Df > 2L;
            variance[finite] = Scale[finite].Pow(2) * Df[finite] / (Df[finite] - 2);
            variance[(Df <= 2L).BitwiseAnd(Df > 1L)] = double.PositiveInfinity;
            variance[Df <= 1L] = double.NaN;
            return variance;
        }
    }

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new StudentT(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var x = DistributionUtils.StandardNormal(ExtendedShape(sampleShape), Df.Dtype, Df.Device);
        var z = _chi2.RSample(sampleShape);
        var y = x * Torch.Rsqrt(z / Df);
        return Loc + Scale * y;
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var y = (value - Loc) / Scale;
        var z = Scale.Log() + 0.5 * Df.Log() + 0.5 * Math.Log(Math.PI) + Torch.Lgamma(0.5 * Df) - Torch.Lgamma(0.5 * (Df + 1.0));
        return -0.5 * (Df + 1.0) * Torch.Log1p(y.Pow(2.0) / Df) - z;
    }

    /// <inheritdoc />
    public override Tensor Entropy()
    {
        var lbeta = Torch.Lgamma(0.5 * Df) + LogGammaOneHalf - Torch.Lgamma(0.5 * (Df + 1));
        return Scale.Log() + 0.5 * (Df + 1) * (Torch.Digamma(0.5 * (Df + 1)) - Torch.Digamma(0.5 * Df)) + 0.5 * Df.Log() + lbeta;
    }
}
