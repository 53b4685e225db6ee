#if LIBTORCH_2
namespace TorchInterop.Distributions;

/// <summary>The inverse gamma distribution: <c>1 / x</c> for x ~ Gamma(concentration, rate) (Python's <c>InverseGamma</c>, 2.x).</summary>
public class InverseGamma : TransformedDistribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["concentration"] = Constraints.Positive, ["rate"] = Constraints.Positive };

    /// <summary>An inverse gamma distribution; numbers or tensors, broadcast together.</summary>
    public InverseGamma(Tensor concentration, Tensor rate, bool? validateArgs = null) : this(new Gamma(concentration, rate, validateArgs), validateArgs)
    {
    }

    private InverseGamma(Gamma gamma, bool? validateArgs) : base(gamma, [new PowerTransform(-gamma.Rate.NewOnes([]))], validateArgs)
    {
    }

    private InverseGamma(InverseGamma source, long[] batchShape) : base(source, batchShape)
    {
    }

    private Gamma Gamma => (Gamma)BaseDist;

    /// <summary>The shape <c>α</c> of the base gamma.</summary>
    public Tensor Concentration => Gamma.Concentration;

    /// <summary>The rate <c>β</c> of the base gamma.</summary>
    public Tensor Rate => Gamma.Rate;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "concentration" => Concentration, "rate" => Rate, _ => null };

    /// <inheritdoc />
    protected override bool ShownInRepr(string name) => false;

    /// <inheritdoc />
    public override Constraint Support => Constraints.Positive;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new InverseGamma(this, batchShape);

    /// <inheritdoc />
    public override Tensor Mean => Torch.Where(Concentration > 1L, Rate / (Concentration - 1), double.PositiveInfinity);

    /// <inheritdoc />
    public override Tensor Mode => Rate / (Concentration + 1);

    /// <inheritdoc />
    public override Tensor Variance =>
        Torch.Where(Concentration > 2L, Rate.Square() / ((Concentration - 1).Square() * (Concentration - 2)), double.PositiveInfinity);

    /// <inheritdoc />
    public override Tensor Entropy() =>
        Concentration + Rate.Log() + Concentration.Lgamma() - (1 + Concentration) * Concentration.Digamma();
}
#endif
