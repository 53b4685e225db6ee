namespace TorchInterop.Distributions;

/// <summary>
/// The multivariate normal whose covariance has the low-rank form <c>cov_factor @ cov_factor.mT + diag(cov_diag)</c>
/// (Python's <c>LowRankMultivariateNormal</c>): densities through the Woodbury identity and the capacitance matrix.
/// </summary>
public class LowRankMultivariateNormal : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new()
    {
        ["loc"] = Constraints.RealVector, ["cov_factor"] = Constraints.Independent(Constraints.Real, 2),
        ["cov_diag"] = Constraints.Independent(Constraints.Positive, 1),
    };
    private readonly Tensor _unbroadcastedCovFactor;
    private readonly Tensor _unbroadcastedCovDiag;
    private readonly Tensor _capacitanceTril;
    private Tensor? _variance;
    private Tensor? _scaleTril;
    private Tensor? _covarianceMatrix;
    private Tensor? _precisionMatrix;

    /// <summary>A low-rank multivariate normal of mean <paramref name="loc"/>, factor <paramref name="covFactor"/> (n × m) and diagonal <paramref name="covDiag"/>.</summary>
    public LowRankMultivariateNormal(Tensor loc, Tensor covFactor, Tensor covDiag, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(loc);
        ArgumentNullException.ThrowIfNull(covFactor);
        ArgumentNullException.ThrowIfNull(covDiag);
        if (loc.Dim < 1) throw new TorchException("loc must be at least one-dimensional.", TorchErrorKind.ValueError);
        var eventShape = loc.Shape[^1..];
        if (covFactor.Dim < 2)
            throw new TorchException("cov_factor must be at least two-dimensional, with optional leading batch dimensions", TorchErrorKind.ValueError);
        if (!covFactor.Shape[^2..^1].SequenceEqual(eventShape))
            throw new TorchException($"cov_factor must be a batch of matrices with shape {eventShape[0]} x m", TorchErrorKind.ValueError);
        if (covDiag.Dim < 1 || !covDiag.Shape[^1..].SequenceEqual(eventShape))
            throw new TorchException($"cov_diag must be a batch of vectors with shape {SizeText(eventShape)}", TorchErrorKind.ValueError);
        Tensor[] broadcast;
        try
        {
            broadcast = Torch.BroadcastTensors([loc.Unsqueeze(-1), covFactor, covDiag.Unsqueeze(-1)]);
        }
        catch (TorchException e) when (e.Kind == TorchErrorKind.RuntimeError)
        {
            throw new TorchException($"Incompatible batch shapes: loc {SizeText(loc.Shape)}, cov_factor {SizeText(covFactor.Shape)}, " +
                                     $"cov_diag {SizeText(covDiag.Shape)}", e, TorchErrorKind.ValueError);
        }
        CovFactor = broadcast[1];
        Loc = broadcast[0][TensorIndex.Ellipsis, 0];
        CovDiag = broadcast[2][TensorIndex.Ellipsis, 0];
        _unbroadcastedCovFactor = covFactor;
        _unbroadcastedCovDiag = covDiag;
        _capacitanceTril = CapacitanceTril(covFactor, covDiag);
        Initialize(Loc.Shape[..^1], eventShape, validateArgs);
    }

    private LowRankMultivariateNormal(LowRankMultivariateNormal source, long[] batchShape)
    {
        long[] locShape = [.. batchShape, .. source.EventShape];
        Loc = source.Loc.Expand(locShape);
        CovDiag = source.CovDiag.Expand(locShape);
        CovFactor = source.CovFactor.Expand([.. locShape, source.CovFactor.Shape[^1]]);
        _unbroadcastedCovFactor = source._unbroadcastedCovFactor;
        _unbroadcastedCovDiag = source._unbroadcastedCovDiag;
        _capacitanceTril = source._capacitanceTril;
        source.Expanded(this, batchShape);
    }

    /// <summary>The mean.</summary>
    public Tensor Loc { get; }

    /// <summary>The covariance's low-rank factor, broadcast to the batch shape.</summary>
    public Tensor CovFactor { get; }

    /// <summary>The covariance's diagonal part, broadcast to the batch shape.</summary>
    public Tensor CovDiag { get; }

    private long[] MatrixShape => [.. BatchShape, .. EventShape, .. EventShape];

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "loc" => Loc, "cov_factor" => CovFactor, "cov_diag" => CovDiag, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.RealVector;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Tensor Mean => Loc;

    /// <inheritdoc />
    public override Tensor Mode => Loc;

    /// <inheritdoc />
    public override Tensor Variance => DistributionUtils.Lazy(ref _variance,
        () => (_unbroadcastedCovFactor.Pow(2).Sum(-1) + _unbroadcastedCovDiag).Expand([.. BatchShape, .. EventShape]));

    /// <summary>The lower Cholesky factor of the covariance (computed on first use).</summary>
    public Tensor ScaleTril => DistributionUtils.Lazy(ref _scaleTril, () =>
    {
        long n = EventShape[0];
        var covDiagSqrtUnsqueeze = _unbroadcastedCovDiag.Sqrt().Unsqueeze(-1);
        var dInvSqrtW = _unbroadcastedCovFactor / covDiagSqrtUnsqueeze;
        var k = Torch.Matmul(dInvSqrtW, dInvSqrtW.MT()).Contiguous();
        AddOneToDiagonal(k, n);
        return (covDiagSqrtUnsqueeze * Torch.LinalgCholesky(k)).Expand(MatrixShape);
    });

    /// <summary>The covariance matrix (computed on first use).</summary>
    public Tensor CovarianceMatrix => DistributionUtils.Lazy(ref _covarianceMatrix, () =>
        (Torch.Matmul(_unbroadcastedCovFactor, _unbroadcastedCovFactor.MT()) + Torch.DiagEmbed(_unbroadcastedCovDiag)).Expand(MatrixShape));

    /// <summary>The precision matrix (computed on first use, by the Woodbury identity).</summary>
    public Tensor PrecisionMatrix => DistributionUtils.Lazy(ref _precisionMatrix, () =>
    {
        var wtDInv = _unbroadcastedCovFactor.MT() / _unbroadcastedCovDiag.Unsqueeze(-2);
        var a = Torch.LinalgSolveTriangular(_capacitanceTril, wtDInv, upper: false);
        return (Torch.DiagEmbed(_unbroadcastedCovDiag.Reciprocal()) - Torch.Matmul(a.MT(), a)).Expand(MatrixShape);
    });

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new LowRankMultivariateNormal(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var shape = ExtendedShape(sampleShape);
        long[] wShape = [.. shape[..^1], CovFactor.Shape[^1]];
        var epsW = DistributionUtils.StandardNormal(wShape, Loc.Dtype, Loc.Device);
        var epsD = DistributionUtils.StandardNormal(shape, Loc.Dtype, Loc.Device);
        return Loc + MultivariateMath.BatchMV(_unbroadcastedCovFactor, epsW) + _unbroadcastedCovDiag.Sqrt() * epsD;
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var diff = value - Loc;
        var m = LowRankMahalanobis(_unbroadcastedCovFactor, _unbroadcastedCovDiag, diff, _capacitanceTril);
        var logDet = LowRankLogDet(_unbroadcastedCovDiag, _capacitanceTril);
        return -0.5 * (EventShape[0] * Math.Log(2 * Math.PI) + logDet + m);
    }

    /// <inheritdoc />
    public override Tensor Entropy()
    {
        var logDet = LowRankLogDet(_unbroadcastedCovDiag, _capacitanceTril);
        var h = 0.5 * (EventShape[0] * (1.0 + Math.Log(2 * Math.PI)) + logDet);
        return BatchShape.Length == 0 ? h : h.Expand(BatchShape);
    }

    internal Tensor UnbroadcastedCovFactor => _unbroadcastedCovFactor;
    internal Tensor UnbroadcastedCovDiag => _unbroadcastedCovDiag;
    internal Tensor CapacitanceTrilFactor => _capacitanceTril;

    // Python's _batch_capacitance_tril: the Cholesky factor of I + W^T D^-1 W
    internal static Tensor CapacitanceTril(Tensor w, Tensor d)
    {
        long m = w.Shape[^1];
        var wtDInv = w.MT() / d.Unsqueeze(-2);
        var k = Torch.Matmul(wtDInv, w).Contiguous();
        AddOneToDiagonal(k, m);
        return Torch.LinalgCholesky(k);
    }

    // Python's _batch_lowrank_logdet: log det(W W^T + D) by the matrix determinant lemma
    internal static Tensor LowRankLogDet(Tensor d, Tensor capacitanceTril) =>
        2 * capacitanceTril.Diagonal(0, -2, -1).Log().Sum(-1) + d.Log().Sum(-1);

    // Python's _batch_lowrank_mahalanobis: x^T (W W^T + D)^-1 x by the Woodbury identity
    internal static Tensor LowRankMahalanobis(Tensor w, Tensor d, Tensor x, Tensor capacitanceTril)
    {
        var wtDInv = w.MT() / d.Unsqueeze(-2);
        var wtDInvX = MultivariateMath.BatchMV(wtDInv, x);
        var term1 = (x.Pow(2) / d).Sum(-1);
        var term2 = MultivariateMath.BatchMahalanobis(capacitanceTril, wtDInvX);
        return term1 - term2;
    }

    // Python's K.view(-1, n * n)[:, ::n + 1] += 1: adds one to each matrix's diagonal, in place
    private static void AddOneToDiagonal(Tensor k, long n)
    {
        var flat = k.View(-1, n * n);
        var diagonal = flat[TensorIndex.Slice(), TensorIndex.Slice(step: n + 1)];
        diagonal.Add_(1L);
        flat[TensorIndex.Slice(), TensorIndex.Slice(step: n + 1)] = diagonal;
    }
}
