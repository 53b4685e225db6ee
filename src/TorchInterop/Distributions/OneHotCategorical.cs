namespace TorchInterop.Distributions;

/// <summary>The categorical distribution with one-hot samples (Python's <c>OneHotCategorical</c>).</summary>
public class OneHotCategorical : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["probs"] = Constraints.Simplex, ["logits"] = Constraints.RealVector };

    /// <summary>A one-hot categorical distribution over the last dimension of <paramref name="probs"/> or <paramref name="logits"/>.</summary>
    public OneHotCategorical(Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
    {
        Categorical = new Categorical(probs, logits);
        Initialize(Categorical.BatchShape, Categorical.ParamShape[^1..], validateArgs);
    }

    /// <summary>An expanded copy.</summary>
    protected OneHotCategorical(OneHotCategorical source, long[] batchShape)
    {
        Categorical = (Categorical)source.Categorical.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The categorical distribution of the hot index.</summary>
    internal Categorical Categorical { get; }

    /// <summary>The normalized probabilities.</summary>
    public Tensor Probs => Categorical.Probs;

    /// <summary>The normalized log probabilities.</summary>
    public Tensor Logits => Categorical.Logits;

    /// <summary>The shape of the given parameter.</summary>
    public long[] ParamShape => Categorical.ParamShape;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "probs" => Probs, "logits" => Logits, _ => null };

    /// <inheritdoc />
    protected override bool ShownInRepr(string name) => false;

    /// <inheritdoc />
    protected override string PythonModule => "torch.distributions.one_hot_categorical";

    /// <inheritdoc />
    public override Constraint Support => Constraints.OneHot;

    /// <inheritdoc />
    public override bool HasEnumerateSupport => true;

    /// <inheritdoc />
    public override Tensor Mean => Categorical.Probs;

    /// <inheritdoc />
    public override Tensor Mode
    {
        get
        {
            var probs = Categorical.Probs;
            return Torch.OneHot(probs.Argmax(-1), probs.Shape[^1]).To(probs.Device, probs.Dtype);
        }
    }

    /// <inheritdoc />
    public override Tensor Variance => Categorical.Probs * (1 - Categorical.Probs);

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new OneHotCategorical(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        var probs = Categorical.Probs;
        var indices = Categorical.Sample(sampleShape);
        return Torch.OneHot(indices, Categorical.NumEvents).To(probs.Device, probs.Dtype);
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        return Categorical.LogProb(value.Max(-1).Indices);
    }

    /// <inheritdoc />
    public override Tensor Entropy() => Categorical.Entropy();

    /// <inheritdoc />
    public override Tensor EnumerateSupport(bool expand = true)
    {
        long n = EventShape[0];
        var param = Categorical.Param;
        var values = Torch.Eye(n, dtype: param.Dtype, device: param.Device);
        var batch = BatchShape;
        values = values.View([n, .. batch.Select(_ => 1L), n]);
        return expand ? values.Expand([n, .. batch, n]) : values;
    }
}

/// <summary>
/// A one-hot categorical whose <see cref="Distribution.RSample"/> passes gradients straight through to the
/// probabilities (Python's <c>OneHotCategoricalStraightThrough</c>).
/// </summary>
public class OneHotCategoricalStraightThrough : OneHotCategorical
{
    /// <inheritdoc cref="OneHotCategorical(Tensor?, Tensor?, bool?)"/>
    public OneHotCategoricalStraightThrough(Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
        : base(probs, logits, validateArgs) { }

    private OneHotCategoricalStraightThrough(OneHotCategoricalStraightThrough source, long[] batchShape) : base(source, batchShape) { }

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new OneHotCategoricalStraightThrough(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var samples = Sample(sampleShape);
        var probs = Categorical.Probs;
        return samples + (probs - probs.Detach());
    }
}
