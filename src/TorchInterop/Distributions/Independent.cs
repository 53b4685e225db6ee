namespace TorchInterop.Distributions;

/// <summary>
/// Reinterprets some batch dimensions of a distribution as event dimensions (Python's <c>Independent</c>): a diagonal
/// Normal over vectors is <c>new Independent(new Normal(loc, scale), 1)</c>, whose log_prob sums over the vector.
/// </summary>
public class Independent : Distribution
{
    private static readonly Dictionary<string, Constraint> NoArguments = [];

    /// <summary>Reinterprets the <paramref name="reinterpretedBatchNdims"/> rightmost batch dimensions; ValueError when there are fewer.</summary>
    public Independent(Distribution baseDistribution, int reinterpretedBatchNdims, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(baseDistribution);
        if (reinterpretedBatchNdims > baseDistribution.BatchShape.Length)
            throw new TorchException("Expected reinterpreted_batch_ndims <= len(base_distribution.batch_shape), " +
                                     $"actual {reinterpretedBatchNdims} vs {baseDistribution.BatchShape.Length}", TorchErrorKind.ValueError);
        long[] shape = [.. baseDistribution.BatchShape, .. baseDistribution.EventShape];
        int eventDim = reinterpretedBatchNdims + baseDistribution.EventShape.Length;
        BaseDist = baseDistribution;
        ReinterpretedBatchNdims = reinterpretedBatchNdims;
        Initialize(shape[..(shape.Length - eventDim)], shape[(shape.Length - eventDim)..], validateArgs);
    }

    private Independent(Independent source, long[] batchShape)
    {
        BaseDist = source.BaseDist.Expand([.. batchShape, .. source.EventShape[..source.ReinterpretedBatchNdims]]);
        ReinterpretedBatchNdims = source.ReinterpretedBatchNdims;
        source.Expanded(this, batchShape);
    }

    /// <summary>The wrapped distribution.</summary>
    public Distribution BaseDist { get; }

    /// <summary>How many batch dimensions are event dimensions.</summary>
    public int ReinterpretedBatchNdims { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => NoArguments;

    /// <inheritdoc />
    public override bool HasRSample => BaseDist.HasRSample;

    /// <inheritdoc />
    public override bool HasEnumerateSupport => ReinterpretedBatchNdims <= 0 && BaseDist.HasEnumerateSupport;

    /// <inheritdoc />
    public override Constraint Support =>
        ReinterpretedBatchNdims != 0 ? Constraints.Independent(BaseDist.Support, ReinterpretedBatchNdims) : BaseDist.Support;

    /// <inheritdoc />
    public override Tensor Mean => BaseDist.Mean;

    /// <inheritdoc />
    public override Tensor Mode => BaseDist.Mode;

    /// <inheritdoc />
    public override Tensor Variance => BaseDist.Variance;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Independent(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null) => BaseDist.Sample(sampleShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null) => BaseDist.RSample(sampleShape);

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value) => DistributionUtils.SumRightmost(BaseDist.LogProb(value), ReinterpretedBatchNdims);

    /// <inheritdoc />
    public override Tensor Entropy() => DistributionUtils.SumRightmost(BaseDist.Entropy(), ReinterpretedBatchNdims);

    /// <inheritdoc />
    public override Tensor EnumerateSupport(bool expand = true)
    {
        if (ReinterpretedBatchNdims > 0) throw NotImplemented("Enumeration over cartesian product is not implemented");
        return BaseDist.EnumerateSupport(expand);
    }

    /// <inheritdoc />
    public override string ToString() => $"Independent({BaseDist}, {ReinterpretedBatchNdims})";
}
