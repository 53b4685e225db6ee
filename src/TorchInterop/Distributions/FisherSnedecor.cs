namespace TorchInterop.Distributions;

/// <summary>The Fisher-Snedecor (F) distribution of degrees of freedom <c>df1</c> and <c>df2</c> (Python's <c>FisherSnedecor</c>).</summary>
public class FisherSnedecor : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["df1"] = Constraints.Positive, ["df2"] = Constraints.Positive };
    private readonly Gamma _gamma1;
    private readonly Gamma _gamma2;

    /// <summary>An F distribution; numbers or tensors, broadcast together.</summary>
    public FisherSnedecor(Tensor df1, Tensor df2, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(df1);
        ArgumentNullException.ThrowIfNull(df2);
        var all = DistributionUtils.BroadcastAll(df1, df2);
        (Df1, Df2) = (all[0], all[1]);
        _gamma1 = new Gamma(Df1 * 0.5, Df1);
        _gamma2 = new Gamma(Df2 * 0.5, Df2);
        Initialize(df1.IsWrappedNumber && df2.IsWrappedNumber ? [] : Df1.Shape, validateArgs: validateArgs);
    }

    private FisherSnedecor(FisherSnedecor source, long[] batchShape)
    {
        Df1 = source.Df1.Expand(batchShape);
        Df2 = source.Df2.Expand(batchShape);
        _gamma1 = (Gamma)source._gamma1.Expand(batchShape);
        _gamma2 = (Gamma)source._gamma2.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The numerator's degrees of freedom.</summary>
    public Tensor Df1 { get; }

    /// <summary>The denominator's degrees of freedom.</summary>
    public Tensor Df2 { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "df1" => Df1, "df2" => Df2, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.Positive;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Tensor Mean
    {
        get
        {
            var df2 = Torch.Clone(Df2, MemoryFormat.Contiguous);
            df2[df2 <= 2L] = double.NaN;
            return df2 / (df2 - 2);
        }
    }

    /// <inheritdoc />
    public override Tensor Mode
    {
        get
        {
            var mode = (Df1 - 2) / Df1 * Df2 / (Df2 + 2);
            mode[Df1 <= 2L] = double.NaN;
            return mode;
        }
    }

    /// <inheritdoc />
    public override Tensor Variance
    {
        get
        {
            var df2 = Torch.Clone(Df2, MemoryFormat.Contiguous);
            df2[df2 <= 4L] = double.NaN;
            return 2 * df2.Pow(2) * (Df1 + df2 - 2) / (Df1 * (df2 - 2).Pow(2) * (df2 - 4));
        }
    }

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new FisherSnedecor(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var shape = ExtendedShape(sampleShape);
        var x1 = _gamma1.RSample(sampleShape).View(shape);
        var x2 = _gamma2.RSample(sampleShape).View(shape);
        double tiny = FloatInfo.Of(x2.Dtype).Tiny;
        x2.Clamp_(tiny);
        var y = x1 / x2;
        y.Clamp_(tiny);
        return y;
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var ct1 = Df1 * 0.5;
        var ct2 = Df2 * 0.5;
        var ct3 = Df1 / Df2;
        var t1 = (ct1 + ct2).Lgamma() - ct1.Lgamma() - ct2.Lgamma();
        var t2 = ct1 * ct3.Log() + (ct1 - 1) * Torch.Log(value);
        var t3 = (ct1 + ct2) * Torch.Log1p(ct3 * value);
        return t1 + t2 - t3;
    }
}
