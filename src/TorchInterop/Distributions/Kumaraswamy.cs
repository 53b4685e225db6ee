namespace TorchInterop.Distributions;

/// <summary>
/// The Kumaraswamy distribution on the unit interval, of concentrations <c>a</c> (<c>concentration1</c>) and <c>b</c>
/// (<c>concentration0</c>): <c>(1 - u^(1/b))^(1/a)</c> for a uniform <c>u</c> (Python's <c>Kumaraswamy</c>).
/// </summary>
public class Kumaraswamy : TransformedDistribution
{
    private static readonly Dictionary<string, Constraint> Arguments =
        new() { ["concentration1"] = Constraints.Positive, ["concentration0"] = Constraints.Positive };

    /// <summary>A Kumaraswamy distribution; numbers or tensors, broadcast together.</summary>
    public Kumaraswamy(Tensor concentration1, Tensor concentration0, bool? validateArgs = null)
        : this(Prepare(concentration1, concentration0, validateArgs), validateArgs)
    {
    }

    private Kumaraswamy((Tensor C1, Tensor C0, Distribution Base, Transform[] Transforms) parts, bool? validateArgs)
        : base(parts.Base, parts.Transforms, validateArgs, deferValidation: true)
    {
        (Concentration1, Concentration0) = (parts.C1, parts.C0);
        ValidateParameters(validateArgs);
    }

    private Kumaraswamy(Kumaraswamy source, long[] batchShape) : base(source, batchShape)
    {
        Concentration1 = source.Concentration1.Expand(batchShape);
        Concentration0 = source.Concentration0.Expand(batchShape);
    }

    private static (Tensor, Tensor, Distribution, Transform[]) Prepare(Tensor concentration1, Tensor concentration0, bool? validateArgs)
    {
        ArgumentNullException.ThrowIfNull(concentration1);
        ArgumentNullException.ThrowIfNull(concentration0);
        var all = DistributionUtils.BroadcastAll(concentration1, concentration0);
        var uniform = new Uniform(Torch.FullLike(all[1], 0L), Torch.FullLike(all[1], 1L), validateArgs);
        Transform[] transforms = [new PowerTransform(all[1].Reciprocal()), new AffineTransform(1.0, -1.0), new PowerTransform(all[0].Reciprocal())];
        return (all[0], all[1], uniform, transforms);
    }

    /// <summary>The first concentration, <c>a</c>.</summary>
    public Tensor Concentration1 { get; }

    /// <summary>The second concentration, <c>b</c>.</summary>
    public Tensor Concentration0 { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "concentration1" => Concentration1, "concentration0" => Concentration0, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.UnitInterval;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Kumaraswamy(this, batchShape);

    // Python's _moments: the n-th moment through lgamma
    private static Tensor Moment(Tensor a, Tensor b, int n)
    {
        var arg1 = 1 + n / a;
        var logValue = Torch.Lgamma(arg1) + Torch.Lgamma(b) - Torch.Lgamma(arg1 + b);
        return b * Torch.Exp(logValue);
    }

    /// <inheritdoc />
    public override Tensor Mean => Moment(Concentration1, Concentration0, 1);

    /// <inheritdoc />
    public override Tensor Mode
    {
        get
        {
            // in log space for numerical stability
            var logMode = Concentration0.Reciprocal() * (-Concentration0).Log1p() - (-Concentration0 * Concentration1).Log1p();
            logMode[(Concentration0 < 1L).BitwiseOr(Concentration1 < 1L)] = double.NaN;
            return logMode.Exp();
        }
    }

    /// <inheritdoc />
    public override Tensor Variance => Moment(Concentration1, Concentration0, 2) - Torch.Pow(Mean, 2);

    /// <inheritdoc />
    public override Tensor Entropy()
    {
        var t1 = 1 - Concentration1.Reciprocal();
        var t0 = 1 - Concentration0.Reciprocal();
        var h0 = Torch.Digamma(Concentration0 + 1) + DistributionUtils.EulerConstant;
        return t0 + t1 * h0 - Torch.Log(Concentration1) - Torch.Log(Concentration0);
    }
}
