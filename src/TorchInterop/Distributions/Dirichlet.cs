namespace TorchInterop.Distributions;

/// <summary>The Dirichlet distribution of concentration <c>concentration</c> over the last dimension (Python's <c>Dirichlet</c>).</summary>
public class Dirichlet : ExponentialFamily
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["concentration"] = Constraints.Independent(Constraints.Positive, 1) };

    /// <summary>A Dirichlet distribution; <paramref name="concentration"/> has at least one dimension.</summary>
    public Dirichlet(Tensor concentration, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(concentration);
        if (concentration.Dim < 1)
            throw new TorchException("`concentration` parameter must be at least one-dimensional.", TorchErrorKind.ValueError);
        Concentration = concentration;
        var shape = concentration.Shape;
        Initialize(shape[..^1], shape[^1..], validateArgs);
    }

    private Dirichlet(Dirichlet source, long[] batchShape)
    {
        Concentration = source.Concentration.Expand([.. batchShape, .. source.EventShape]);
        source.Expanded(this, batchShape);
    }

    /// <summary>The concentrations α.</summary>
    public Tensor Concentration { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name == "concentration" ? Concentration : null;

    /// <inheritdoc />
    public override Constraint Support => Constraints.Simplex;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Dirichlet(this, batchShape);

    /// <summary>
    /// A sample by <c>_sample_dirichlet</c> inside PyTorch's custom Function <c>_Dirichlet</c>, whose backward is the
    /// implicit reparameterization gradient (<c>_dirichlet_grad</c>); its node prints as <c>_DirichletBackward</c>.
    /// </summary>
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var concentration = Concentration.Expand(ExtendedShape(sampleShape));
        return (Tensor)CustomFunction.Apply("_Dirichlet", [concentration],
            (ctx, args) =>
            {
                var alpha = (Tensor)args[0]!;
                var x = Torch._SampleDirichlet(alpha);
                ctx.SaveForBackward(x, alpha);
                return x;
            },
            CustomFunction.OnceDifferentiable((ctx, grads) =>
            {
                var x = ctx.SavedTensors[0];
                var alpha = ctx.SavedTensors[1];
                var total = alpha.Sum(-1, keepDim: true).ExpandAs(alpha);
                var grad = Torch._DirichletGrad(x, alpha, total);
                return grad * (grads[0]! - (x * grads[0]!).Sum(-1, keepDim: true));
            }));
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
#if LIBTORCH_2
        return Torch.Xlogy(Concentration - 1.0, value).Sum(-1) + Torch.Lgamma(Concentration.Sum(-1)) - Torch.Lgamma(Concentration).Sum(-1);
#else
        return (Torch.Log(value) * (Concentration - 1.0)).Sum(-1) + Torch.Lgamma(Concentration.Sum(-1)) - Torch.Lgamma(Concentration).Sum(-1);
#endif
    }

    /// <inheritdoc />
    public override Tensor Mean => Concentration / Concentration.Sum(-1, keepDim: true);

    /// <inheritdoc />
    public override Tensor Mode
    {
        get
        {
            var concentrationM1 = (Concentration - 1).Clamp(0.0);
            var mode = concentrationM1 / concentrationM1.Sum(-1, keepDim: true);
            var mask = (Concentration < 1L).All(-1);
            long k = concentrationM1.Shape[^1];
            // one event: Python indexes with the 0-dim mask as with a one-element mask over a new leading dimension
            var (target, selector) = mask.Dim == 0 ? (mode.Unsqueeze(0), mask.Unsqueeze(0)) : (mode, mask);
            target[selector] = Torch.OneHot(target[selector].Argmax(-1), k).To(mode.Device, mode.Dtype);
            return mode;
        }
    }

    /// <inheritdoc />
    public override Tensor Variance
    {
        get
        {
            var total = Concentration.Sum(-1, keepDim: true);
            return Concentration * (total - Concentration) / (total.Pow(2) * (total + 1));
        }
    }

    /// <inheritdoc />
    public override Tensor Entropy()
    {
        long k = Concentration.Size(-1);
        var a0 = Concentration.Sum(-1);
        return Torch.Lgamma(Concentration).Sum(-1) - Torch.Lgamma(a0) - (k - a0) * Torch.Digamma(a0) -
               ((Concentration - 1.0) * Torch.Digamma(Concentration)).Sum(-1);
    }

    /// <inheritdoc />
    protected override Tensor[] NaturalParams => [Concentration];

    /// <inheritdoc />
    protected override Tensor LogNormalizer(Tensor[] naturalParams) =>
        naturalParams[0].Lgamma().Sum(-1) - Torch.Lgamma(naturalParams[0].Sum(-1));
}
