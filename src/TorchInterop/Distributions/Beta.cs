namespace TorchInterop.Distributions;

/// <summary>The beta distribution of concentrations <c>concentration1</c> (α) and <c>concentration0</c> (β) (Python's <c>Beta</c>), a two-category Dirichlet.</summary>
public class Beta : ExponentialFamily
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["concentration1"] = Constraints.Positive, ["concentration0"] = Constraints.Positive };
    private readonly Dirichlet _dirichlet;

    /// <summary>A beta distribution; numbers or tensors, broadcast together.</summary>
    public Beta(Tensor concentration1, Tensor concentration0, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(concentration1);
        ArgumentNullException.ThrowIfNull(concentration0);
        Tensor both;
        if (concentration1.IsWrappedNumber && concentration0.IsWrappedNumber)
            both = Torch.Tensor([concentration1.Item().ToDouble(), concentration0.Item().ToDouble()], Torch.DefaultDtype);
        else
        {
            var all = DistributionUtils.BroadcastAll(concentration1, concentration0);
            both = Torch.Stack([all[0], all[1]], -1);
        }
        _dirichlet = new Dirichlet(both, validateArgs);
        Initialize(_dirichlet.BatchShape, validateArgs: validateArgs);
    }

    private Beta(Beta source, long[] batchShape)
    {
        _dirichlet = (Dirichlet)source._dirichlet.Expand(batchShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>α, the first concentration.</summary>
    public Tensor Concentration1 => _dirichlet.Concentration[TensorIndex.Ellipsis, 0];

    /// <summary>β, the second concentration.</summary>
    public Tensor Concentration0 => _dirichlet.Concentration[TensorIndex.Ellipsis, 1];

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "concentration1" => Concentration1, "concentration0" => Concentration0, _ => null };

    /// <inheritdoc />
    protected override bool ShownInRepr(string name) => false;

    /// <inheritdoc />
    public override Constraint Support => Constraints.UnitInterval;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Beta(this, batchShape);

    /// <inheritdoc />
    public override Tensor Mean => Concentration1 / (Concentration1 + Concentration0);

    /// <inheritdoc />
    public override Tensor Mode => _dirichlet.Mode[TensorIndex.Ellipsis, 0];

    /// <inheritdoc />
    public override Tensor Variance
    {
        get
        {
            var total = Concentration1 + Concentration0;
            return Concentration1 * Concentration0 / (total.Pow(2) * (total + 1));
        }
    }

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null) => _dirichlet.RSample(sampleShape).Select(-1, 0);

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var headsTails = Torch.Stack([value, 1.0 - value], -1);
        return _dirichlet.LogProb(headsTails);
    }

    /// <inheritdoc />
    public override Tensor Entropy() => _dirichlet.Entropy();

    /// <inheritdoc />
    protected override Tensor[] NaturalParams => [Concentration1, Concentration0];

    /// <inheritdoc />
    protected override Tensor LogNormalizer(Tensor[] naturalParams) =>
        Torch.Lgamma(naturalParams[0]) + Torch.Lgamma(naturalParams[1]) - Torch.Lgamma(naturalParams[0] + naturalParams[1]);
}
