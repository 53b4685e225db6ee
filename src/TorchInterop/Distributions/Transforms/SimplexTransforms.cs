namespace TorchInterop.Distributions;

/// <summary>
/// Unconstrained vectors to the simplex by <c>exp</c> then normalizing; not bijective (Python's <c>SoftmaxTransform</c>).
/// </summary>
public sealed class SoftmaxTransform(int cacheSize = 0) : Transform(cacheSize)
{
    /// <inheritdoc />
    public override Constraint Domain => Constraints.RealVector;
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.Simplex;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new SoftmaxTransform(cacheSize);
    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is SoftmaxTransform;
    /// <inheritdoc />
    public override int GetHashCode() => typeof(SoftmaxTransform).GetHashCode();

    /// <inheritdoc />
    protected override Tensor Forward(Tensor x)
    {
        var probs = (x - x.Max(-1, true).Values).Exp();
        return probs / probs.Sum([-1], true);
    }

    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y) => y.Log();
    /// <inheritdoc />
    public override long[] ForwardShape(long[] shape) => AtLeastOneDim(shape);
    /// <inheritdoc />
    public override long[] InverseShape(long[] shape) => AtLeastOneDim(shape);

    internal static long[] AtLeastOneDim(long[] shape) =>
        shape.Length < 1 ? throw new TorchException("Too few dimensions on input", TorchErrorKind.ValueError) : shape;
}

/// <summary>
/// Unconstrained vectors to the simplex of one more dimension by stick breaking, an iterated sigmoid; bijective
/// (Python's <c>StickBreakingTransform</c>).
/// </summary>
public sealed class StickBreakingTransform(int cacheSize = 0) : Transform(cacheSize)
{
    /// <inheritdoc />
    public override Constraint Domain => Constraints.RealVector;
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.Simplex;
    /// <inheritdoc />
    public override bool Bijective => true;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new StickBreakingTransform(cacheSize);
    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is StickBreakingTransform;
    /// <inheritdoc />
    public override int GetHashCode() => typeof(StickBreakingTransform).GetHashCode();

    /// <inheritdoc />
    protected override Tensor Forward(Tensor x)
    {
        long n = x.Shape[^1];
        var offset = n + 1 - x.NewOnes([n]).Cumsum(-1);
        var z = SigmoidTransform.ClippedSigmoid(x - offset.Log());
        var zCumprod = (1 - z).Cumprod(-1);
        return Torch.Pad(z, [0, 1], value: 1) * Torch.Pad(zCumprod, [1, 0], value: 1);
    }

    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y)
    {
        var yCrop = y[TensorIndex.Ellipsis, ..^1];
        var offset = y.Shape[^1] - y.NewOnes([yCrop.Shape[^1]]).Cumsum(-1);
        var sf = 1 - yCrop.Cumsum(-1);
        sf = Torch.Clamp(sf, FloatInfo.Of(y.Dtype).Tiny);
        return yCrop.Log() - sf.Log() + offset.Log();
    }

    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y)
    {
        long n = x.Shape[^1];
        var offset = n + 1 - x.NewOnes([n]).Cumsum(-1);
        x = x - offset.Log();
        return (-x + Torch.LogSigmoid(x) + y[TensorIndex.Ellipsis, ..^1].Log()).Sum(-1);
    }

    /// <inheritdoc />
    public override long[] ForwardShape(long[] shape) => [.. SoftmaxTransform.AtLeastOneDim(shape)[..^1], shape[^1] + 1];
    /// <inheritdoc />
    public override long[] InverseShape(long[] shape) => [.. SoftmaxTransform.AtLeastOneDim(shape)[..^1], shape[^1] - 1];
}

/// <summary>
/// Unconstrained matrices to lower-triangular matrices with positive diagonal, for Cholesky parameterizations
/// (Python's <c>LowerCholeskyTransform</c>).
/// </summary>
public sealed class LowerCholeskyTransform(int cacheSize = 0) : Transform(cacheSize)
{
    private static readonly Constraint Matrices = Constraints.Independent(Constraints.Real, 2);

    /// <inheritdoc />
    public override Constraint Domain => Matrices;
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.LowerCholesky;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new LowerCholeskyTransform(cacheSize);
    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is LowerCholeskyTransform;
    /// <inheritdoc />
    public override int GetHashCode() => typeof(LowerCholeskyTransform).GetHashCode();
    /// <inheritdoc />
    protected override Tensor Forward(Tensor x) => x.Tril(-1) + x.Diagonal(dim1: -2, dim2: -1).Exp().DiagEmbed();
    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y) => y.Tril(-1) + y.Diagonal(dim1: -2, dim2: -1).Log().DiagEmbed();
}

#if LIBTORCH_2
/// <summary>Unconstrained matrices to positive-definite matrices <c>L Lᵀ</c> (Python's <c>PositiveDefiniteTransform</c>, 2.x).</summary>
public sealed class PositiveDefiniteTransform(int cacheSize = 0) : Transform(cacheSize)
{
    private static readonly Constraint Matrices = Constraints.Independent(Constraints.Real, 2);

    /// <inheritdoc />
    public override Constraint Domain => Matrices;
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.PositiveDefinite;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new PositiveDefiniteTransform(cacheSize);
    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is PositiveDefiniteTransform;
    /// <inheritdoc />
    public override int GetHashCode() => typeof(PositiveDefiniteTransform).GetHashCode();

    /// <inheritdoc />
    protected override Tensor Forward(Tensor x)
    {
        var lower = new LowerCholeskyTransform().Call(x);
        return Torch.Matmul(lower, lower.MT());
    }

    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y) => new LowerCholeskyTransform().Inv.Call(Torch.LinalgCholesky(y));
}
#endif
