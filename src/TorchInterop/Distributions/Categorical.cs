namespace TorchInterop.Distributions;

/// <summary>
/// The categorical distribution over <c>{0, ..., K-1}</c>, given <c>probs</c> (normalized over the last dimension)
/// or <c>logits</c> (unnormalized log probabilities), not both (Python's <c>Categorical</c>).
/// </summary>
public class Categorical : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["probs"] = Constraints.Simplex, ["logits"] = Constraints.RealVector };
    private Tensor? _probs;
    private Tensor? _logits;
    private readonly Tensor _param;

    /// <summary>A categorical distribution over the last dimension of <paramref name="probs"/> or <paramref name="logits"/>.</summary>
    public Categorical(Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
    {
        DistributionUtils.RequireOneOf(probs, logits);
        if (probs is not null)
        {
            if (probs.Dim < 1) throw new TorchException("`probs` parameter must be at least one-dimensional.", TorchErrorKind.ValueError);
            _probs = probs / probs.Sum(-1, keepDim: true);
        }
        else
        {
            if (logits!.Dim < 1) throw new TorchException("`logits` parameter must be at least one-dimensional.", TorchErrorKind.ValueError);
            _logits = logits - logits.Logsumexp([-1], keepdim: true);
        }
        _param = _probs ?? _logits!;
        var shape = _param.Shape;
        NumEvents = shape[^1];
        Initialize(shape.Length > 1 ? shape[..^1] : [], validateArgs: validateArgs);
    }

    private Categorical(Categorical source, long[] batchShape)
    {
        long[] paramShape = [.. batchShape, source.NumEvents];
        if (source._probs is not null) _param = _probs = source._probs.Expand(paramShape);
        if (source._logits is not null) _param = _logits = source._logits.Expand(paramShape);
        _param ??= source._param;
        NumEvents = source.NumEvents;
        source.Expanded(this, batchShape);
    }

    /// <summary>The number of categories K.</summary>
    public long NumEvents { get; }

    /// <summary>The normalized probabilities (computed from the logits on first use when given logits).</summary>
    public Tensor Probs => DistributionUtils.Lazy(ref _probs, () => DistributionUtils.LogitsToProbs(_logits!));

    /// <summary>The normalized log probabilities (computed from the probabilities on first use when given probabilities).</summary>
    public Tensor Logits => DistributionUtils.Lazy(ref _logits, () => DistributionUtils.ProbsToLogits(_probs!));

    /// <summary>The shape of the given parameter.</summary>
    public long[] ParamShape => _param.Shape;

    internal Tensor Param => _param;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "probs" => _probs, "logits" => _logits, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.IntegerInterval(0L, NumEvents - 1);

    /// <inheritdoc />
    public override bool HasEnumerateSupport => true;

    /// <inheritdoc />
    public override Tensor Mean => Torch.Full(ExtendedShape(), double.NaN, Probs.Dtype, Probs.Device);

    /// <inheritdoc />
    public override Tensor Mode => Probs.Argmax(-1);

    /// <inheritdoc />
    public override Tensor Variance => Torch.Full(ExtendedShape(), double.NaN, Probs.Dtype, Probs.Device);

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Categorical(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        sampleShape ??= [];
        long count = sampleShape.Aggregate(1L, (a, b) => a * b);
        var probs2d = Probs.Reshape(-1, NumEvents);
        var samples2d = Torch.Multinomial(probs2d, count, true).T;
        return samples2d.Reshape(ExtendedShape(sampleShape));
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var broadcast = Torch.BroadcastTensors([value.Long().Unsqueeze(-1), Logits]);
        var index = broadcast[0][TensorIndex.Ellipsis, ..1];
        return broadcast[1].Gather(-1, index).Squeeze(-1);
    }

    /// <inheritdoc />
    public override Tensor Entropy()
    {
        var logits = Logits;
        var clamped = Torch.Clamp(logits, FloatInfo.Of(logits.Dtype).Min);
        var pLogP = clamped * Probs;
        return -pLogP.Sum(-1);
    }

    /// <inheritdoc />
    public override Tensor EnumerateSupport(bool expand = true)
    {
        var values = Torch.Arange(NumEvents, DType.Int64, _param.Device);
        var batch = BatchShape;
        values = values.View([-1, .. batch.Select(_ => 1L)]);
        return expand ? values.Expand([-1, .. batch]) : values;
    }
}
