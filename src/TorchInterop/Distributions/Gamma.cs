namespace TorchInterop.Distributions;

/// <summary>The gamma distribution of shape <c>concentration</c> and rate <c>rate</c> (Python's <c>Gamma</c>).</summary>
public class Gamma : ExponentialFamily
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["concentration"] = Constraints.Positive, ["rate"] = Constraints.Positive };

    /// <summary>A gamma distribution; numbers or tensors, broadcast together.</summary>
    public Gamma(Tensor concentration, Tensor rate, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(concentration);
        ArgumentNullException.ThrowIfNull(rate);
        var all = DistributionUtils.BroadcastAll(concentration, rate);
        (Concentration, Rate) = (all[0], all[1]);
        Initialize(concentration.IsWrappedNumber && rate.IsWrappedNumber ? [] : Concentration.Shape, validateArgs: validateArgs);
    }

    /// <summary>An expanded copy of <paramref name="source"/> (for subclasses' expand).</summary>
    protected Gamma(Gamma source, long[] batchShape)
    {
        Concentration = source.Concentration.Expand(batchShape);
        Rate = source.Rate.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The shape parameter α.</summary>
    public Tensor Concentration { get; }

    /// <summary>The rate β (inverse scale).</summary>
    public Tensor Rate { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "concentration" => Concentration, "rate" => Rate, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.Nonnegative;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    protected override Scalar MeanCarrierMeasure => 0L;

    /// <inheritdoc />
    public override Tensor Mean => Concentration / Rate;

    /// <inheritdoc />
    public override Tensor Mode => ((Concentration - 1) / Rate).Clamp(0L);

    /// <inheritdoc />
    public override Tensor Variance => Concentration / Rate.Pow(2);

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Gamma(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var shape = ExtendedShape(sampleShape);
        var value = Torch._StandardGamma(Concentration.Expand(shape)) / Rate.Expand(shape);
        // clamped in place outside the graph, as PyTorch does
        using (var detached = value.Detach()) detached.Clamp_(FloatInfo.Of(value.Dtype).Tiny);
        return value;
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = value.IsWrappedNumber ? Torch.Tensor(value.Item(), Rate.Dtype) : value.To(Rate.Dtype);
        if (ValidateArgs) ValidateSample(value);
        return Torch.Xlogy(Concentration, Rate) + Torch.Xlogy(Concentration - 1, value) - Rate * value - Torch.Lgamma(Concentration);
    }

#if LIBTORCH_2
    /// <inheritdoc />
    public override Tensor Cdf(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        return Torch.SpecialGammainc(Concentration, Rate * value);
    }
#endif

    /// <inheritdoc />
    public override Tensor Entropy() =>
        Concentration - Torch.Log(Rate) + Torch.Lgamma(Concentration) + (1.0 - Concentration) * Torch.Digamma(Concentration);

    /// <inheritdoc />
    protected override Tensor[] NaturalParams => [Concentration - 1, -Rate];

    /// <inheritdoc />
    protected override Tensor LogNormalizer(Tensor[] naturalParams) =>
        Torch.Lgamma(naturalParams[0] + 1) + (naturalParams[0] + 1) * Torch.Log(-naturalParams[1].Reciprocal());
}
