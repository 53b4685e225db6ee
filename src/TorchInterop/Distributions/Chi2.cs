namespace TorchInterop.Distributions;

/// <summary>The chi-squared distribution of <c>df</c> degrees of freedom: <c>Gamma(df / 2, 0.5)</c> (Python's <c>Chi2</c>).</summary>
public class Chi2 : Gamma
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["df"] = Constraints.Positive };

    /// <summary>A chi-squared distribution; a number or a tensor.</summary>
    public Chi2(Tensor df, bool? validateArgs = null) : base(HalfOf(df ?? throw new ArgumentNullException(nameof(df))), 0.5, validateArgs)
    {
    }

    private Chi2(Chi2 source, long[] batchShape) : base(source, batchShape)
    {
    }

    // Python's 0.5 * df keeps a number a number
    private static Tensor HalfOf(Tensor df) => df.IsWrappedNumber ? 0.5 * df.Item().ToDouble() : 0.5 * df;

    /// <summary>The degrees of freedom.</summary>
    public Tensor Df => Concentration * 2;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name == "df" ? Df : null;

    /// <inheritdoc />
    protected override bool ShownInRepr(string name) => false;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Chi2(this, batchShape);
}
