namespace TorchInterop.Distributions;

/// <summary>
/// The geometric distribution: the number of failures before the first success in Bernoulli trials of success
/// probability <c>probs</c> or log-odds <c>logits</c>, not both (Python's <c>Geometric</c>).
/// </summary>
public class Geometric : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["probs"] = Constraints.UnitInterval, ["logits"] = Constraints.Real };
    private Tensor? _probs;
    private Tensor? _logits;

    /// <summary>A geometric distribution of <paramref name="probs"/> or <paramref name="logits"/> (numbers or tensors).</summary>
    public Geometric(Tensor? probs = null, Tensor? logits = null, bool? validateArgs = null)
    {
        DistributionUtils.RequireOneOf(probs, logits);
        var given = probs ?? logits!;
        var broadcast = DistributionUtils.BroadcastAll(given)[0];
        if (probs is not null) _probs = broadcast;
        else _logits = broadcast;
        Initialize(given.IsWrappedNumber ? [] : broadcast.Shape, validateArgs: validateArgs);
        if (ValidateArgs && probs is not null)
        {
            var valid = _probs! > 0L;
            if (!valid.All().Item<bool>())
                throw new TorchException(
                    $"Expected parameter probs (Tensor of shape {TupleText(_probs!.Shape)}) of distribution {this} to be positive but found invalid values:\n" +
                    _probs.Detach()[valid.LogicalNot()], TorchErrorKind.ValueError);
        }
    }

    private Geometric(Geometric source, long[] batchShape)
    {
        if (source._probs is not null) _probs = source._probs.Expand(batchShape);
        if (source._logits is not null) _logits = source._logits.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The success probability (computed from the logits on first use when given logits).</summary>
    public Tensor Probs => DistributionUtils.Lazy(ref _probs, () => DistributionUtils.LogitsToProbs(_logits!, isBinary: true));

    /// <summary>The log-odds of success (computed from the probabilities on first use when given probabilities).</summary>
    public Tensor Logits => DistributionUtils.Lazy(ref _logits, () => DistributionUtils.ProbsToLogits(_probs!, isBinary: true));

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "probs" => _probs, "logits" => _logits, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.NonnegativeInteger;

    /// <inheritdoc />
    public override Tensor Mean => 1.0 / Probs - 1.0;

    /// <inheritdoc />
    public override Tensor Mode => Torch.ZerosLike(Probs);

    /// <inheritdoc />
    public override Tensor Variance => (1.0 / Probs - 1.0) / Probs;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Geometric(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        var shape = ExtendedShape(sampleShape);
        var probs = Probs;
        double tiny = FloatInfo.Of(probs.Dtype).Tiny;
        using (Autograd.NoGrad())
        {
            var u = Torch.Empty(shape, probs.Dtype, probs.Device).Uniform_(tiny, 1);
            return (u.Log() / (-probs).Log1p()).Floor();
        }
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var all = DistributionUtils.BroadcastAll(value, Probs);
        var probs = Torch.Clone(all[1], MemoryFormat.Contiguous);
        probs[(probs == 1L).BitwiseAnd(all[0] == 0L)] = 0L;
        return all[0] * (-probs).Log1p() + Probs.Log();
    }

    /// <inheritdoc />
    public override Tensor Entropy() => NN.Functional.BinaryCrossEntropyWithLogits(Logits, Probs, reduction: "none") / Probs;
}
