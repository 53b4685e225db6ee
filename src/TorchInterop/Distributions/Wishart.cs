using TorchInterop.Formatting;

namespace TorchInterop.Distributions;

/// <summary>
/// The Wishart distribution of <c>df</c> degrees of freedom over positive-definite matrices, given exactly one of a
/// positive-definite <c>covariance_matrix</c>, a positive-definite <c>precision_matrix</c> or a lower-triangular
/// <c>scale_tril</c> (Python's <c>Wishart</c>). Samples come from the Bartlett decomposition, as PyTorch draws them.
/// </summary>
public class Wishart : ExponentialFamily
{
    private static readonly double Log2 = Math.Log(2);
    private readonly Dictionary<string, Constraint> _arguments;
    private readonly long[] _batchDims;
    private Gamma _chi2;
    private Tensor? _scaleTril;
    private Tensor? _covarianceMatrix;
    private Tensor? _precisionMatrix;

    /// <summary>A Wishart distribution; <paramref name="df"/> is a number or a tensor, and exactly one of the three matrices must be given.</summary>
    public Wishart(Tensor df, Tensor? covarianceMatrix = null, Tensor? precisionMatrix = null, Tensor? scaleTril = null, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(df);
        if ((covarianceMatrix is not null ? 1 : 0) + (scaleTril is not null ? 1 : 0) + (precisionMatrix is not null ? 1 : 0) != 1)
            throw new TorchException("Exactly one of covariance_matrix or precision_matrix or scale_tril may be specified.", TorchErrorKind.AssertionError);
        var param = covarianceMatrix ?? precisionMatrix ?? scaleTril!;
        if (param.Dim < 2)
            throw new TorchException("scale_tril must be at least two-dimensional, with optional leading batch dimensions", TorchErrorKind.ValueError);
        long[] batchShape;
        if (df.IsWrappedNumber)
        {
            batchShape = param.Shape[..^2];
            Df = Torch.Tensor(df.Item(), param.Dtype);
        }
        else
        {
            batchShape = ShapeBroadcasting.BroadcastShapes(param.Shape[..^2], df.Shape);
            Df = df.Expand(batchShape);
        }
        var eventShape = param.Shape[^2..];
        long p = eventShape[^1];
        if (Df.Le(p - 1).Any().Item().ToBoolean())
            throw new TorchException($"Value of df={DescribeDf(df)} expected to be greater than ndim - 1 = {p - 1}.", TorchErrorKind.ValueError);
        if (scaleTril is not null) _scaleTril = param.Expand([.. batchShape, -1, -1]);
        else if (covarianceMatrix is not null) _covarianceMatrix = param.Expand([.. batchShape, -1, -1]);
        else _precisionMatrix = param.Expand([.. batchShape, -1, -1]);
        _arguments = ArgumentsFor(p);
        if (Df.Lt(p).Any().Item().ToBoolean())
            Warnings.Raise("Low df values detected. Singular samples are highly likely to occur for ndim - 1 < df < ndim.");
        Initialize(batchShape, eventShape, validateArgs);
        _batchDims = BatchDims(batchShape.Length);
        UnbroadcastedScaleTril = scaleTril
            ?? (covarianceMatrix is not null ? Torch.LinalgCholesky(covarianceMatrix) : MultivariateNormal.PrecisionToScaleTril(precisionMatrix!));
        _chi2 = BartlettChi2(Df, p, batchShape);
    }

    private Wishart(Wishart source, long[] batchShape)
    {
        long[] covShape = [.. batchShape, .. source.EventShape];
        UnbroadcastedScaleTril = source.UnbroadcastedScaleTril.Expand(covShape);
        Df = source.Df.Expand(batchShape);
        _batchDims = BatchDims(batchShape.Length);
        if (source._covarianceMatrix is not null) _covarianceMatrix = source._covarianceMatrix.Expand(covShape);
        if (source._scaleTril is not null) _scaleTril = source._scaleTril.Expand(covShape);
        if (source._precisionMatrix is not null) _precisionMatrix = source._precisionMatrix.Expand(covShape);
        _chi2 = BartlettChi2(Df, source.EventShape[^1], batchShape);
        _arguments = source._arguments;
        source.Expanded(this, batchShape);
    }

    /// <summary>The degrees of freedom, broadcast to the batch shape.</summary>
    public Tensor Df { get; }

    /// <summary>The Cholesky factor as given or computed, before broadcasting to the batch shape.</summary>
    protected internal Tensor UnbroadcastedScaleTril { get; }

    private long P => EventShape[^1];

    private long[] MatrixShape => [.. BatchShape, .. EventShape];

    /// <summary>The lower Cholesky factor of the scale matrix (computed on first use when not given).</summary>
    public Tensor ScaleTril => DistributionUtils.Lazy(ref _scaleTril, () => UnbroadcastedScaleTril.Expand(MatrixShape));

    /// <summary>The scale (covariance) matrix (computed on first use when not given).</summary>
    public Tensor CovarianceMatrix => DistributionUtils.Lazy(ref _covarianceMatrix,
        () => Torch.Matmul(UnbroadcastedScaleTril, UnbroadcastedScaleTril.Transpose(-2, -1)).Expand(MatrixShape));

    /// <summary>The precision matrix, the scale matrix's inverse (computed on first use when not given).</summary>
    public Tensor PrecisionMatrix => DistributionUtils.Lazy(ref _precisionMatrix, () =>
    {
        var identity = Torch.Eye(P, dtype: UnbroadcastedScaleTril.Dtype, device: UnbroadcastedScaleTril.Device);
        return Torch.CholeskySolve(identity, UnbroadcastedScaleTril).Expand(MatrixShape);
    });

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => _arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch
    {
        "covariance_matrix" => _covarianceMatrix, "precision_matrix" => _precisionMatrix, "scale_tril" => _scaleTril, "df" => Df, _ => null,
    };

    /// <inheritdoc />
    public override Constraint Support => Constraints.PositiveDefinite;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    protected override Scalar MeanCarrierMeasure => 0L;

    private long[] ScalarPerBatch => [.. BatchShape, 1, 1];

    /// <inheritdoc />
    public override Tensor Mean => Df.View(ScalarPerBatch) * CovarianceMatrix;

    /// <inheritdoc />
    public override Tensor Mode
    {
        get
        {
            var factor = Df - CovarianceMatrix.Shape[^1] - 1;
            MaskedAssign(factor, factor <= 0L, double.NaN);
            return factor.View(ScalarPerBatch) * CovarianceMatrix;
        }
    }

    /// <inheritdoc />
    public override Tensor Variance
    {
        get
        {
            var v = CovarianceMatrix;
            var diagV = v.Diagonal(0, -2, -1);
            return Df.View(ScalarPerBatch) * (v.Pow(2) + Torch.Einsum("...i,...j->...ij", [diagV, diagV]));
        }
    }

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new Wishart(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null) => RSample(sampleShape, null);

    /// <summary>
    /// A reparameterized sample by the Bartlett decomposition, redrawn up to <paramref name="maxTryCorrection"/> times
    /// (10 by default) as PyTorch does, with its <c>Singular sample detected.</c> warning.
    /// </summary>
    public Tensor RSample(long[]? sampleShape, long? maxTryCorrection)
    {
        long tries = maxTryCorrection ?? 10;
        var sample = BartlettSampling(sampleShape ?? []);
        // PyTorch's check (kept as it is): the mask marks the samples that pass the support check
        var isSingular = ReduceOverBatch(Support.Check(sample));
        if (!isSingular.Any().Item().ToBoolean()) return sample;
        Warnings.Raise("Singular sample detected.");
        for (long attempt = 0; attempt < tries; attempt++)
        {
            var sampleNew = BartlettSampling(MaskedSelect(isSingular, isSingular).Shape);
            MaskedAssign(sample, isSingular, sampleNew);
            var isSingularNew = ReduceOverBatch(Support.Check(sampleNew).BitwiseNot());
            MaskedAssign(isSingular, isSingular.Clone(), isSingularNew);
            if (!isSingular.Any().Item().ToBoolean()) break;
        }
        return sample;
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (ValidateArgs) ValidateSample(value);
        var nu = Df;
        long p = P;
        return -nu * (p * Log2 / 2 + HalfLogDet())
            - Torch.Mvlgamma(nu / 2, p)
            + (nu - p - 1) / 2 * Torch.LinalgSlogdet(value).logabsdet
            - Torch.CholeskySolve(value, UnbroadcastedScaleTril).Diagonal(0, -2, -1).Sum(-1) / 2;
    }

    /// <inheritdoc />
    public override Tensor Entropy()
    {
        var nu = Df;
        long p = P;
#if !LIBTORCH_2
        _ = CovarianceMatrix; // 1.13 computes (and so caches, shown in the repr) the covariance here
#endif
        return (p + 1) * (p * Log2 / 2 + HalfLogDet())
            + Torch.Mvlgamma(nu / 2, p)
            - (nu - p - 1) / 2 * MultivariateDigamma(nu / 2, p)
            + nu * p / 2;
    }

    /// <inheritdoc />
    protected override Tensor[] NaturalParams => [-PrecisionMatrix / 2, (Df - P - 1) / 2];

    /// <inheritdoc />
    protected override Tensor LogNormalizer(Tensor[] naturalParams)
    {
        var (x, y) = (naturalParams[0], naturalParams[1]);
        long p = P;
        return (y + (p + 1) / 2.0) * (-Torch.LinalgSlogdet(-2 * x).logabsdet + Log2 * p) + Torch.Mvlgamma(y + (p + 1) / 2.0, p);
    }

    // the sum of the log diagonal of the Cholesky factor: half the log determinant of the scale matrix
    private Tensor HalfLogDet() => UnbroadcastedScaleTril.Diagonal(0, -2, -1).Log().Sum(-1);

    private Tensor BartlettSampling(long[] sampleShape)
    {
        long p = P;
        var chi = _chi2.RSample(sampleShape).Sqrt();
        var noise = chi.Clamp(FloatInfo.Of(chi.Dtype).Eps).DiagEmbed(0, -2, -1);
        var indices = Torch.TrilIndices(p, p, -1);
        var (i, j) = (indices[0], indices[1]);
        noise[TensorIndex.Ellipsis, i, j] = Torch.Randn([.. sampleShape, .. BatchShape, p * (p - 1) / 2], noise.Dtype, noise.Device);
        var chol = Torch.Matmul(UnbroadcastedScaleTril, noise);
        return Torch.Matmul(chol, chol.Transpose(-2, -1));
    }

    // Python's x[mask] and x[mask] = value, where a 0-dim mask indexes a new leading dimension of size one
    // (indexed by a fresh position tensor, [0] or empty, as Python's indexing turns a 0-dim boolean into)
    private static Tensor MaskedSelect(Tensor target, Tensor mask) => mask.Dim == 0 ? target.Unsqueeze(0)[ScalarMaskPositions(mask)] : target[mask];

    private static Tensor ScalarMaskPositions(Tensor mask) => Torch.Arange(mask.Item().ToBoolean() ? 1L : 0L);

    private static void MaskedAssign(Tensor target, Tensor mask, Tensor value)
    {
        if (mask.Dim == 0) target.Unsqueeze(0)[ScalarMaskPositions(mask)] = value;
        else target[mask] = value;
    }

    private Tensor ReduceOverBatch(Tensor perSample) => _batchDims.Length == 0 ? perSample : perSample.Amax(_batchDims);

    // Python's _mvdigamma: the multivariate digamma function of order p
    private static Tensor MultivariateDigamma(Tensor x, long p)
    {
        if (!x.Gt((p - 1) / 2.0).All().Item().ToBoolean())
            throw new TorchException("Wrong domain for multivariate digamma function.", TorchErrorKind.AssertionError);
        var halves = Torch.Arange(p, x.Dtype, x.Device).Div(2).Expand([.. x.Shape, -1]);
        return Torch.Digamma(x.Unsqueeze(-1) - halves).Sum(-1);
    }

    // the chi-squared variables of the Bartlett decomposition, df - i for the i-th diagonal entry
    private static Gamma BartlettChi2(Tensor df, long p, long[] batchShape)
    {
        var degrees = df.Unsqueeze(-1) - Torch.Arange(p, df.Dtype, df.Device).Expand([.. batchShape, -1]);
        return new Gamma(0.5 * degrees, 0.5);
    }

    private static long[] BatchDims(int count) => [.. Enumerable.Range(0, count).Select(x => -(long)(x + 1))];

    private static Dictionary<string, Constraint> ArgumentsFor(long p) => new()
    {
        ["covariance_matrix"] = Constraints.PositiveDefinite, ["precision_matrix"] = Constraints.PositiveDefinite,
        ["scale_tril"] = Constraints.LowerCholesky, ["df"] = Constraints.GreaterThan(p - 1),
    };

    private static string DescribeDf(Tensor df)
    {
        if (!df.IsWrappedNumber) return df.ToString();
        var value = df.Item();
        return value.Kind == ScalarKind.Float ? PythonNumberFormat.Repr(value.ToDouble()) : PythonNumberFormat.Int(value.ToInt64());
    }
}
