namespace TorchInterop.Distributions;

/// <summary>The Poisson distribution of rate <c>rate</c> (Python's <c>Poisson</c>).</summary>
public class Poisson : ExponentialFamily
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["rate"] = Constraints.Nonnegative };

    /// <summary>A Poisson distribution; a number or a tensor.</summary>
    public Poisson(Tensor rate, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(rate);
        Rate = DistributionUtils.BroadcastAll(rate)[0];
        Initialize(rate.IsWrappedNumber ? [] : Rate.Shape, validateArgs: validateArgs);
    }

    private Poisson(Poisson source, long[] batchShape)
    {
        Rate = source.Rate.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The rate (mean and variance).</summary>
    public Tensor Rate { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name == "rate" ? Rate : null;

    /// <inheritdoc />
    public override Constraint Support => Constraints.NonnegativeInteger;

    /// <inheritdoc />
    public override Tensor Mean => Rate;

    /// <inheritdoc />
    public override Tensor Mode => Rate.Floor();

    /// <inheritdoc />
    public override Tensor Variance => Rate;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Poisson(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        var shape = ExtendedShape(sampleShape);
        using (Autograd.NoGrad()) return Torch.Poisson(Rate.Expand(shape));
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var all = DistributionUtils.BroadcastAll(Rate, value);
        var (rate, x) = (all[0], all[1]);
        return x.Xlogy(rate) - rate - (x + 1).Lgamma();
    }

    /// <inheritdoc />
    protected override Tensor[] NaturalParams => [Torch.Log(Rate)];

    /// <inheritdoc />
    protected override Tensor LogNormalizer(Tensor[] naturalParams) => Torch.Exp(naturalParams[0]);
}
