namespace TorchInterop.Distributions;

/// <summary>
/// Lower Cholesky factors of correlation matrices: lower-triangular with positive diagonal and rows of unit length
/// (Python's <c>constraints.corr_cholesky</c>).
/// </summary>
public sealed class CorrCholeskyConstraint : Constraint
{
    /// <summary>The shared instance.</summary>
    public static CorrCholeskyConstraint Instance { get; } = new();

    /// <inheritdoc />
    public override int EventDim => 2;

    /// <inheritdoc />
    public override Tensor Check(Tensor value)
    {
        double tolerance = FloatInfo.Of(value.Dtype).Eps * value.Shape[^1] * 10;
        var rowNorm = Torch.LinalgNorm(value.Detach(), dim: [-1]);
        var unitRowNorm = (rowNorm - 1.0).Abs().Le(tolerance).All(-1);
        return Constraints.LowerCholesky.Check(value).BitwiseAnd(unitRowNorm);
    }
}

/// <summary>Positive-semidefinite matrices (Python's <c>constraints.positive_semidefinite</c>).</summary>
public sealed class PositiveSemidefiniteConstraint : SymmetricConstraint
{
    /// <summary>The shared instance.</summary>
    public static PositiveSemidefiniteConstraint Instance { get; } = new();

    /// <inheritdoc />
    public override Tensor Check(Tensor value)
    {
        var symmetric = base.Check(value);
        if (!symmetric.All().Item<bool>()) return symmetric;
        return Torch.LinalgEigvalsh(value).Ge(0L).All(-1);
    }
}
