namespace TorchInterop.Distributions;

/// <summary>
/// A mixture whose components all belong to one family (Python's <c>MixtureSameFamily</c>): a
/// <see cref="Categorical"/> over the components, and a component distribution whose rightmost batch dimension
/// indexes the components.
/// </summary>
public class MixtureSameFamily : Distribution
{
    private static readonly Dictionary<string, Constraint> NoArguments = [];
    private readonly int _eventNdims;

    /// <summary>A mixture of <paramref name="componentDistribution"/>'s components weighted by <paramref name="mixtureDistribution"/>.</summary>
    public MixtureSameFamily(Distribution mixtureDistribution, Distribution componentDistribution, bool? validateArgs = null)
    {
        if (mixtureDistribution is not Categorical mixture)
            throw new TorchException(LibTorch.IsAtLeast(2)
                ? " The Mixture distribution needs to be an  instance of torch.distributions.Categorical"
                : " The Mixture distribution needs to be an  instance of torch.distribtutions.Categorical", TorchErrorKind.ValueError);
        if (componentDistribution is null)
            throw new TorchException(LibTorch.IsAtLeast(2)
                ? "The Component distribution needs to be an instance of torch.distributions.Distribution"
                : "The Component distribution need to be an instance of torch.distributions.Distribution", TorchErrorKind.ValueError);
        MixtureDistribution = mixture;
        ComponentDistribution = componentDistribution;
        var mdbs = mixture.BatchShape;
        var componentBatch = componentDistribution.BatchShape;
        var cdbs = componentBatch.Length == 0 ? componentBatch : componentBatch[..^1];
        for (int i = mdbs.Length - 1, j = cdbs.Length - 1; i >= 0 && j >= 0; i--, j--)
            if (mdbs[i] != 1 && cdbs[j] != 1 && mdbs[i] != cdbs[j])
                throw new TorchException($"`mixture_distribution.batch_shape` ({SizeText(mdbs)}) is not compatible with " +
                                         $"`component_distribution.batch_shape`({SizeText(cdbs)})", TorchErrorKind.ValueError);
        long km = mixture.Logits.Shape[^1];
        if (componentBatch.Length == 0)
            throw new TorchException("tuple index out of range", TorchErrorKind.IndexError);
        long kc = componentBatch[^1];
        if (km != kc)
            throw new TorchException($"`mixture_distribution component` ({km}) does not equal `component_distribution.batch_shape[-1]` ({kc})",
                TorchErrorKind.ValueError);
        NumComponent = km;
        var eventShape = componentDistribution.EventShape;
        _eventNdims = eventShape.Length;
        Initialize(cdbs, eventShape, validateArgs);
    }

    private MixtureSameFamily(MixtureSameFamily source, long[] batchShape)
    {
        ComponentDistribution = source.ComponentDistribution.Expand([.. batchShape, source.NumComponent]);
        MixtureDistribution = (Categorical)source.MixtureDistribution.Expand(batchShape);
        NumComponent = source.NumComponent;
        _eventNdims = source._eventNdims;
        source.Expanded(this, batchShape);
    }

    /// <summary>The distribution over the components.</summary>
    public Categorical MixtureDistribution { get; }

    /// <summary>The components, indexed by the rightmost batch dimension.</summary>
    public Distribution ComponentDistribution { get; }

    private long NumComponent { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => NoArguments;

    /// <inheritdoc />
    public override Constraint Support =>
#if LIBTORCH_2
        new MixtureSameFamilyConstraint(ComponentDistribution.Support);
#else
        ComponentDistribution.Support;
#endif

    /// <inheritdoc />
    public override Tensor Mean
    {
        get
        {
            var probs = PadMixtureDimensions(MixtureDistribution.Probs);
            return (probs * ComponentDistribution.Mean).Sum(-1L - _eventNdims);
        }
    }

    /// <inheritdoc />
    public override Tensor Variance
    {
        get
        {
            var probs = PadMixtureDimensions(MixtureDistribution.Probs);
            var meanCondVar = (probs * ComponentDistribution.Variance).Sum(-1L - _eventNdims);
            var varCondMean = (probs * (ComponentDistribution.Mean - Pad(Mean)).Pow(2.0)).Sum(-1L - _eventNdims);
            return meanCondVar + varCondMean;
        }
    }

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new MixtureSameFamily(this, batchShape);

    /// <inheritdoc />
    public override Tensor Cdf(Tensor value)
    {
        var cdf = ComponentDistribution.Cdf(Pad(value));
        return (cdf * MixtureDistribution.Probs).Sum(-1L);
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var logProb = ComponentDistribution.LogProb(Pad(value));
        var logMixProb = Torch.LogSoftmax(MixtureDistribution.Logits, -1);
        return Torch.Logsumexp(logProb + logMixProb, [-1L]);
    }

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        sampleShape ??= [];
        using (Autograd.NoGrad())
        {
            int gatherDim = sampleShape.Length + BatchShape.Length;
            var es = EventShape;
            var mixSample = MixtureDistribution.Sample(sampleShape);
            var mixShape = mixSample.Shape;
            var componentSamples = ComponentDistribution.Sample(sampleShape);
            var index = mixSample.Reshape([.. mixShape, .. Enumerable.Repeat(1L, es.Length + 1)]);
            index = index.Repeat([.. Enumerable.Repeat(1L, mixShape.Length), 1L, .. es]);
            return Torch.Gather(componentSamples, gatherDim, index).Squeeze(gatherDim);
        }
    }

    /// <summary>Python's repr: the mixture and the components on their own lines.</summary>
    public override string ToString() => $"MixtureSameFamily(\n  {MixtureDistribution},\n  {ComponentDistribution})";

    private Tensor Pad(Tensor value) => value.Unsqueeze(-1 - _eventNdims);

    private Tensor PadMixtureDimensions(Tensor value)
    {
        // 1.x counts the batch dimensions with Size.numel(), the product of the sizes
        long distBatchNdims = LibTorch.IsAtLeast(2) ? BatchShape.Length : BatchShape.Aggregate(1L, (a, b) => a * b);
        long catBatchNdims = LibTorch.IsAtLeast(2) ? MixtureDistribution.BatchShape.Length : MixtureDistribution.BatchShape.Aggregate(1L, (a, b) => a * b);
        long padNdims = catBatchNdims == 1 ? 0 : distBatchNdims - catBatchNdims;
        var shape = value.Shape;
        return value.Reshape([.. shape[..^1], .. Enumerable.Repeat(1L, (int)Math.Max(padNdims, 0)), shape[^1], .. Enumerable.Repeat(1L, _eventNdims)]);
    }
}
