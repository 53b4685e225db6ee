namespace TorchInterop.Distributions;

/// <summary>
/// The multivariate normal distribution of mean <c>loc</c>, given exactly one of a positive-definite
/// <c>covariance_matrix</c>, a positive-definite <c>precision_matrix</c> or a lower-triangular <c>scale_tril</c>
/// with positive diagonal (Python's <c>MultivariateNormal</c>). All computations use the Cholesky factor.
/// </summary>
public class MultivariateNormal : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new()
    {
        ["loc"] = Constraints.RealVector, ["covariance_matrix"] = Constraints.PositiveDefinite,
        ["precision_matrix"] = Constraints.PositiveDefinite, ["scale_tril"] = Constraints.LowerCholesky,
    };
    private Tensor? _scaleTril;
    private Tensor? _covarianceMatrix;
    private Tensor? _precisionMatrix;

    /// <summary>A multivariate normal; exactly one of the three matrices must be given.</summary>
    public MultivariateNormal(Tensor loc, Tensor? covarianceMatrix = null, Tensor? precisionMatrix = null, Tensor? scaleTril = null,
        bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(loc);
        if (loc.Dim < 1) throw new TorchException("loc must be at least one-dimensional.", TorchErrorKind.ValueError);
        if ((covarianceMatrix is not null ? 1 : 0) + (scaleTril is not null ? 1 : 0) + (precisionMatrix is not null ? 1 : 0) != 1)
            throw new TorchException("Exactly one of covariance_matrix or precision_matrix or scale_tril may be specified.", TorchErrorKind.ValueError);
        long[] batchShape;
        if (scaleTril is not null)
        {
            RequireMatrix(scaleTril, "scale_tril matrix");
            batchShape = ShapeBroadcasting.BroadcastShapes(scaleTril.Shape[..^2], loc.Shape[..^1]);
            _scaleTril = scaleTril.Expand([.. batchShape, -1, -1]);
        }
        else if (covarianceMatrix is not null)
        {
            RequireMatrix(covarianceMatrix, "covariance_matrix");
            batchShape = ShapeBroadcasting.BroadcastShapes(covarianceMatrix.Shape[..^2], loc.Shape[..^1]);
            _covarianceMatrix = covarianceMatrix.Expand([.. batchShape, -1, -1]);
        }
        else
        {
            RequireMatrix(precisionMatrix!, "precision_matrix");
            batchShape = ShapeBroadcasting.BroadcastShapes(precisionMatrix!.Shape[..^2], loc.Shape[..^1]);
            _precisionMatrix = precisionMatrix.Expand([.. batchShape, -1, -1]);
        }
        Loc = loc.Expand([.. batchShape, -1]);
        Initialize(batchShape, Loc.Shape[^1..], validateArgs);
        UnbroadcastedScaleTril = scaleTril ?? (covarianceMatrix is not null ? Torch.LinalgCholesky(covarianceMatrix) : PrecisionToScaleTril(precisionMatrix!));
    }

    private MultivariateNormal(MultivariateNormal source, long[] batchShape)
    {
        var eventShape = source.EventShape;
        long[] covShape = [.. batchShape, .. eventShape, .. eventShape];
        Loc = source.Loc.Expand([.. batchShape, .. eventShape]);
        UnbroadcastedScaleTril = source.UnbroadcastedScaleTril;
        if (source._covarianceMatrix is not null) _covarianceMatrix = source._covarianceMatrix.Expand(covShape);
        if (source._scaleTril is not null) _scaleTril = source._scaleTril.Expand(covShape);
        if (source._precisionMatrix is not null) _precisionMatrix = source._precisionMatrix.Expand(covShape);
        source.Expanded(this, batchShape);
    }

    /// <summary>The mean.</summary>
    public Tensor Loc { get; }

    /// <summary>The Cholesky factor as given or computed, before broadcasting to the batch shape.</summary>
    protected internal Tensor UnbroadcastedScaleTril { get; }

    private long[] MatrixShape => [.. BatchShape, .. EventShape, .. EventShape];

    /// <summary>The lower Cholesky factor of the covariance (computed on first use when not given).</summary>
    public Tensor ScaleTril => DistributionUtils.Lazy(ref _scaleTril, () => UnbroadcastedScaleTril.Expand(MatrixShape));

    /// <summary>The covariance matrix (computed on first use when not given).</summary>
    public Tensor CovarianceMatrix => DistributionUtils.Lazy(ref _covarianceMatrix,
        () => Torch.Matmul(UnbroadcastedScaleTril, UnbroadcastedScaleTril.MT()).Expand(MatrixShape));

    /// <summary>The precision matrix, the covariance's inverse (computed on first use when not given).</summary>
    public Tensor PrecisionMatrix => DistributionUtils.Lazy(ref _precisionMatrix,
        () => Torch.CholeskyInverse(UnbroadcastedScaleTril).Expand(MatrixShape));

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch
    {
        "loc" => Loc, "covariance_matrix" => _covarianceMatrix, "precision_matrix" => _precisionMatrix, "scale_tril" => _scaleTril, _ => null,
    };

    /// <inheritdoc />
    public override Constraint Support => Constraints.RealVector;

    /// <inheritdoc />
    public override bool HasRSample => true;

    /// <inheritdoc />
    public override Tensor Mean => Loc;

    /// <inheritdoc />
    public override Tensor Mode => Loc;

    /// <inheritdoc />
    public override Tensor Variance => UnbroadcastedScaleTril.Pow(2).Sum(-1).Expand([.. BatchShape, .. EventShape]);

    /// <inheritdoc />
    public override Distribution Expand(long[] batchShape) => new MultivariateNormal(this, batchShape);

    /// <inheritdoc />
    public override Tensor RSample(long[]? sampleShape = null)
    {
        var eps = DistributionUtils.StandardNormal(ExtendedShape(sampleShape), Loc.Dtype, Loc.Device);
        return Loc + MultivariateMath.BatchMV(UnbroadcastedScaleTril, eps);
    }

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var diff = value - Loc;
        var m = MultivariateMath.BatchMahalanobis(UnbroadcastedScaleTril, diff);
        var halfLogDet = UnbroadcastedScaleTril.Diagonal(0, -2, -1).Log().Sum(-1);
        return -0.5 * (EventShape[0] * Math.Log(2 * Math.PI) + m) - halfLogDet;
    }

    /// <inheritdoc />
    public override Tensor Entropy()
    {
        var halfLogDet = UnbroadcastedScaleTril.Diagonal(0, -2, -1).Log().Sum(-1);
        var h = 0.5 * EventShape[0] * (1.0 + Math.Log(2 * Math.PI)) + halfLogDet;
        return BatchShape.Length == 0 ? h : h.Expand(BatchShape);
    }

    private static void RequireMatrix(Tensor matrix, string what)
    {
        if (matrix.Dim < 2)
            throw new TorchException($"{what} must be at least two-dimensional, with optional leading batch dimensions", TorchErrorKind.ValueError);
    }

    // Python's _precision_to_scale_tril: the Cholesky factor of the covariance from the precision, through the
    // factor of the flipped precision
    internal static Tensor PrecisionToScaleTril(Tensor precision)
    {
        var lf = Torch.LinalgCholesky(Torch.Flip(precision, [-2, -1]));
        var lInv = Torch.Transpose(Torch.Flip(lf, [-2, -1]), -2, -1);
        var id = Torch.Eye(precision.Shape[^1], dtype: precision.Dtype, device: precision.Device);
        return Torch.LinalgSolveTriangular(lInv, id, upper: false);
    }
}
