namespace TorchInterop.Distributions;

/// <summary>
/// The LKJ distribution over lower Cholesky factors of <c>dim</c> × <c>dim</c> correlation matrices, of
/// concentration <c>concentration</c> (Python's <c>LKJCholesky</c>); samples by the onion method.
/// </summary>
public class LKJCholesky : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["concentration"] = Constraints.Positive };
    private readonly Beta _beta;

    /// <summary>An LKJ distribution of <paramref name="dim"/> (at least 2) and concentration (a number or a tensor, 1 by default).</summary>
    public LKJCholesky(long dim, Tensor? concentration = null, bool? validateArgs = null)
    {
        if (dim < 2) throw new TorchException($"Expected dim to be an integer greater than or equal to 2. Found dim={dim}.", TorchErrorKind.ValueError);
        Dim = dim;
        Concentration = DistributionUtils.BroadcastAll(concentration ?? 1.0)[0];
        var marginalConcentration = Concentration + 0.5 * (Dim - 2);
        var offset = Torch.Arange(Dim - 1, Concentration.Dtype, Concentration.Device);
        offset = Torch.Cat([Torch.Zeros([1], offset.Dtype, offset.Device), offset]);
        var betaConcentration1 = offset + 0.5;
        var betaConcentration0 = marginalConcentration.Unsqueeze(-1) - 0.5 * offset;
        _beta = new Beta(betaConcentration1, betaConcentration0);
        Initialize(Concentration.Shape, [dim, dim], validateArgs);
    }

    private LKJCholesky(LKJCholesky source, long[] batchShape)
    {
        Dim = source.Dim;
        Concentration = source.Concentration.Expand(batchShape);
        _beta = (Beta)source._beta.Expand([.. batchShape, source.Dim]);
        source.Expanded(this, batchShape);
    }

    /// <summary>The size of the correlation matrices.</summary>
    public long Dim { get; }

    /// <summary>The concentration η.</summary>
    public Tensor Concentration { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name == "concentration" ? Concentration : null;

    /// <inheritdoc />
    public override Constraint Support => CorrCholeskyConstraint.Instance;

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new LKJCholesky(this, batchShape);

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        var y = _beta.Sample(sampleShape).Unsqueeze(-1);
        var uNormal = Torch.Randn(ExtendedShape(sampleShape), y.Dtype, y.Device).Tril(-1);
        var uHypersphere = uNormal / Torch.LinalgVectorNorm(uNormal, 2.0, [-1], keepdim: true);
        uHypersphere[TensorIndex.Ellipsis, 0, TensorIndex.Slice()].Fill_(0.0);
        var w = Torch.Sqrt(y) * uHypersphere;
        double eps = FloatInfo.Of(w.Dtype).Tiny;
        var diagonal = Torch.Clamp(1 - w.Pow(2).Sum(-1), eps).Sqrt();
        w.Add_(Torch.DiagEmbed(diagonal));
        return w;
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var diagonal = value.Diagonal(0, -1, -2)[TensorIndex.Ellipsis, 1..];
        var order = Torch.Arange(2L, Dim + 1, device: Concentration.Device);
        order = 2 * (Concentration - 1).Unsqueeze(-1) + Dim - order;
        var unnormalizedLogPdf = (order * diagonal.Log()).Sum(-1);
        long dm1 = Dim - 1;
        var alpha = Concentration + 0.5 * dm1;
        var denominator = Torch.Lgamma(alpha) * dm1;
        var numerator = Torch.Mvlgamma(alpha - 0.5, dm1);
        double piConstant = 0.5 * dm1 * Math.Log(Math.PI);
        var normalizeTerm = piConstant + numerator - denominator;
        return unnormalizedLogPdf - normalizeTerm;
    }
}
