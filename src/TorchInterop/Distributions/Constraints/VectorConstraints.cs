namespace TorchInterop.Distributions;

/// <summary>The unit simplex in the rightmost dimension: <c>x &gt;= 0</c> and <c>x.sum(-1) == 1</c> (Python's <c>constraints.simplex</c>).</summary>
public sealed class SimplexConstraint : Constraint
{
    /// <inheritdoc />
    public override int EventDim => 1;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) =>
        (value >= 0L).All(-1).BitwiseAnd((value.Sum(-1) - 1L).Abs() < 1e-6);
}

/// <summary>Lower-triangular square matrices (Python's <c>constraints.lower_triangular</c>).</summary>
public sealed class LowerTriangularConstraint : Constraint
{
    /// <inheritdoc />
    public override int EventDim => 2;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) => MatrixChecks.IsLowerTriangular(value);
}

/// <summary>Lower-triangular square matrices with positive diagonals (Python's <c>constraints.lower_cholesky</c>).</summary>
public sealed class LowerCholeskyConstraint : Constraint
{
    /// <inheritdoc />
    public override int EventDim => 2;

    /// <inheritdoc />
    public override Tensor Check(Tensor value) =>
        MatrixChecks.IsLowerTriangular(value).BitwiseAnd((value.Diagonal(0, -2, -1) > 0L).Min(-1).Values);
}

/// <summary>Square matrices (Python's <c>constraints.square</c>).</summary>
public class SquareConstraint : Constraint
{
    /// <inheritdoc />
    public override int EventDim => 2;

    /// <inheritdoc />
    public override Tensor Check(Tensor value)
    {
        var shape = value.Shape;
        return Torch.Full(shape[..^2], shape[^2] == shape[^1], DType.Bool, value.Device);
    }
}

/// <summary>Symmetric square matrices (Python's <c>constraints.symmetric</c>).</summary>
public class SymmetricConstraint : SquareConstraint
{
    /// <inheritdoc />
    public override Tensor Check(Tensor value)
    {
        var square = base.Check(value);
        if (!square.All().Item<bool>()) return square;
        return Torch.Isclose(value, value.MT(), atol: 1e-6).All(-2).All(-1);
    }
}

/// <summary>Positive-definite matrices (Python's <c>constraints.positive_definite</c>).</summary>
public sealed class PositiveDefiniteConstraint : SymmetricConstraint
{
    /// <inheritdoc />
    public override Tensor Check(Tensor value)
    {
        var symmetric = base.Check(value);
        if (!symmetric.All().Item<bool>()) return symmetric;
        return Torch.LinalgCholeskyEx(value).info.Eq(0L);
    }
}

internal static class MatrixChecks
{
    public static Tensor IsLowerTriangular(Tensor value)
    {
        var shape = value.Shape;
        return (value.Tril() == value).View([.. shape[..^2], -1]).Min(-1).Values;
    }
}
