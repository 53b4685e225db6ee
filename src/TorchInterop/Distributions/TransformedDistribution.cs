namespace TorchInterop.Distributions;

/// <summary>
/// A base distribution pushed through a sequence of transforms (Python's <c>TransformedDistribution</c>): samples are
/// the transformed base samples; the log density subtracts each transform's log-det-Jacobian.
/// </summary>
/// <example><code>var logNormal = new TransformedDistribution(new Normal(0.0, 1.0), [new ExpTransform()]);</code></example>
public class TransformedDistribution : Distribution
{
    private static readonly Dictionary<string, Constraint> NoArguments = [];

    /// <summary>Pushes <paramref name="baseDistribution"/> through <paramref name="transforms"/> (first to last).</summary>
    public TransformedDistribution(Distribution baseDistribution, IReadOnlyList<Transform> transforms, bool? validateArgs = null)
        : this(baseDistribution, transforms, validateArgs, deferValidation: false)
    {
    }

    /// <summary>
    /// Builds the distribution; with <paramref name="deferValidation"/> the shapes are recorded and the argument checks
    /// wait for <see cref="ValidateParameters"/>, for a subclass whose parameters are set after this constructor runs
    /// (Python sets them before calling <c>super().__init__</c>).
    /// </summary>
    protected TransformedDistribution(Distribution baseDistribution, IReadOnlyList<Transform> transforms, bool? validateArgs, bool deferValidation)
    {
        ArgumentNullException.ThrowIfNull(baseDistribution);
        ArgumentNullException.ThrowIfNull(transforms);
        if (transforms.Any(t => t is null)) throw new TorchException("transforms must be a Transform or a list of Transforms", TorchErrorKind.ValueError);
        Transforms = transforms.ToList();
        long[] baseShape = [.. baseDistribution.BatchShape, .. baseDistribution.EventShape];
        int baseEventDim = baseDistribution.EventShape.Length;
        var transform = new ComposeTransform(Transforms);
        int domainEventDim = transform.Domain.EventDim;
        if (baseShape.Length < domainEventDim)
            throw new TorchException(
                $"base_distribution needs to have shape with size at least {domainEventDim}, but got {SizeText(baseShape)}.", TorchErrorKind.ValueError);
        var shape = transform.ForwardShape(baseShape);
        var expandedBaseShape = transform.InverseShape(shape);
        if (!baseShape.SequenceEqual(expandedBaseShape))
            baseDistribution = baseDistribution.Expand(expandedBaseShape[..(expandedBaseShape.Length - baseEventDim)]);
        int reinterpreted = domainEventDim - baseEventDim;
        if (reinterpreted > 0) baseDistribution = new Independent(baseDistribution, reinterpreted);
        BaseDist = baseDistribution;
#if LIBTORCH_2
        int eventDim = Math.Max(transform.Codomain.EventDim, baseEventDim + transform.Codomain.EventDim - domainEventDim);
        if (shape.Length < eventDim)
            throw new TorchException($"forward_shape length {shape.Length} must be >= event_dim {eventDim}", TorchErrorKind.ValueError);
#else
        int eventDim = transform.Codomain.EventDim + Math.Max(baseEventDim - domainEventDim, 0);
        if (shape.Length < eventDim) throw new TorchException("", TorchErrorKind.AssertionError);
#endif
        int cut = shape.Length - eventDim;
        if (deferValidation) _pendingShapes = (shape[..cut], shape[cut..]);
        else Initialize(shape[..cut], shape[cut..], validateArgs);
    }

    private (long[] Batch, long[] Event)? _pendingShapes;

    /// <summary>Records the shapes and checks the arguments deferred by the constructor (Python's <c>Distribution.__init__</c>).</summary>
    protected void ValidateParameters(bool? validateArgs)
    {
        var (batch, events) = _pendingShapes ?? (BatchShape, EventShape);
        _pendingShapes = null;
        Initialize(batch, events, validateArgs);
    }

    /// <summary>Pushes <paramref name="baseDistribution"/> through one transform.</summary>
    public TransformedDistribution(Distribution baseDistribution, Transform transform, bool? validateArgs = null)
        : this(baseDistribution, [transform ?? throw new ArgumentNullException(nameof(transform))], validateArgs)
    {
    }

    /// <summary>An expanded copy of <paramref name="source"/> (Python's <c>expand</c>, for subclasses' own expand).</summary>
    protected TransformedDistribution(TransformedDistribution source, long[] batchShape)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(batchShape);
        long[] shape = [.. batchShape, .. source.EventShape];
        for (int i = source.Transforms.Count - 1; i >= 0; i--) shape = source.Transforms[i].InverseShape(shape);
        BaseDist = source.BaseDist.Expand(shape[..(shape.Length - source.BaseDist.EventShape.Length)]);
        Transforms = source.Transforms;
        source.Expanded(this, batchShape);
    }

    /// <summary>The base distribution (an <see cref="Independent"/> wrapper when the transforms need more event dimensions).</summary>
    public Distribution BaseDist { get; }

    /// <summary>The transforms, applied first to last.</summary>
    public IReadOnlyList<Transform> Transforms { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => NoArguments;

    /// <inheritdoc />
    protected override string PythonModule => PythonName == "TransformedDistribution" ? "torch.distributions.transformed_distribution" : base.PythonModule;

    /// <inheritdoc />
    public override Constraint Support
    {
        get
        {
            if (Transforms.Count == 0) return BaseDist.Support;
            var support = Transforms[^1].Codomain;
            return EventShape.Length > support.EventDim ? Constraints.Independent(support, EventShape.Length - support.EventDim) : support;
        }
    }

    /// <inheritdoc />
    public override bool HasRSample => BaseDist.HasRSample;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new TransformedDistribution(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        using (Autograd.NoGrad())
        {
            var x = BaseDist.Sample(sampleShape);
            foreach (var transform in Transforms) x = transform.Call(x);
            return x;
        }
    }

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var x = BaseDist.RSample(sampleShape);
        foreach (var transform in Transforms) x = transform.Call(x);
        return x;
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (ValidateArgs) ValidateSample(value);
        int eventDim = EventShape.Length;
        Tensor? logProb = null;
        var y = value;
        for (int i = Transforms.Count - 1; i >= 0; i--)
        {
            var transform = Transforms[i];
            var x = transform.Inv.Call(y);
            eventDim += transform.Domain.EventDim - transform.Codomain.EventDim;
            var term = DistributionUtils.SumRightmost(transform.LogAbsDetJacobian(x, y), eventDim - transform.Domain.EventDim);
            logProb = logProb is null ? 0.0 - term : logProb - term;
            y = x;
        }
        var baseTerm = DistributionUtils.SumRightmost(BaseDist.LogProb(y), eventDim - BaseDist.EventShape.Length);
        return logProb is null ? 0.0 + baseTerm : logProb + baseTerm;
    }

    // Python's _monotonize_cdf: the cdf of a decreasing chain is 1 - cdf
    private Tensor MonotonizeCdf(Tensor value)
    {
        Tensor sign = 1;
        foreach (var transform in Transforms)
            sign = sign.IsWrappedNumber && transform.Sign.IsWrappedNumber ? (Tensor)(sign.Item().ToInt64() * transform.Sign.Item().ToInt64()) : sign * transform.Sign;
        if (sign.IsWrappedNumber && sign.Item().ToInt64() == 1) return value;
        return sign * (value - 0.5) + 0.5;
    }

    /// <inheritdoc />
    public override Tensor Cdf(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (int i = Transforms.Count - 1; i >= 0; i--) value = Transforms[i].Inv.Call(value);
        if (ValidateArgs) BaseDist.ValidateSample(value);
        return MonotonizeCdf(BaseDist.Cdf(value));
    }

    /// <inheritdoc />
    public override Tensor Icdf(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = BaseDist.Icdf(MonotonizeCdf(value));
        foreach (var transform in Transforms) value = transform.Call(value);
        return value;
    }
}
