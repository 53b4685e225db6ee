namespace TorchInterop.Distributions;

/// <summary>
/// Unconstrained vectors of length <c>D(D-1)/2</c> to Cholesky factors of <c>D x D</c> correlation matrices: tanh into
/// <c>(-1, 1)</c>, then a signed stick breaking per row so that each row has unit norm (Python's <c>CorrCholeskyTransform</c>).
/// </summary>
public sealed class CorrCholeskyTransform(int cacheSize = 0) : Transform(cacheSize)
{
    /// <inheritdoc />
    public override Constraint Domain => Constraints.RealVector;
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.CorrCholesky;
    /// <inheritdoc />
    public override bool Bijective => true;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new CorrCholeskyTransform(cacheSize);

    /// <inheritdoc />
    protected override Tensor Forward(Tensor x)
    {
        x = Torch.Tanh(x);
        double eps = FloatInfo.Of(x.Dtype).Eps;
        x = x.Clamp(-1 + eps, 1 - eps);
        var r = TrilVectors.ToMatrix(x, diag: -1);
        // y = sign(r) * sqrt(z * z1m_cumprod) = r * sqrt(z1m_cumprod) for the squares z of r
        var z = r.Pow(2);
        var z1mCumprodSqrt = (1 - z).Sqrt().Cumprod(-1);
        r = r + Torch.Eye(r.Shape[^1], dtype: r.Dtype, device: r.Device);
        return r * Torch.Pad(z1mCumprodSqrt[TensorIndex.Ellipsis, ..^1], [1, 0], value: 1);
    }

    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y)
    {
        // inverse stick breaking, as in Stan's reference manual
        var yCumsum = 1 - Torch.Cumsum(y * y, -1);
        var yCumsumShifted = Torch.Pad(yCumsum[TensorIndex.Ellipsis, ..^1], [1, 0], value: 1);
        var yVec = TrilVectors.ToVector(y, diag: -1);
        var yCumsumVec = TrilVectors.ToVector(yCumsumShifted, diag: -1);
        var t = yVec / yCumsumVec.Sqrt();
#if LIBTORCH_2
        return (t.Log1p() - t.Neg().Log1p()) / 2;
#else
        return ((1 + t) / (1 - t)).Log() / 2;
#endif
    }

    /// <summary>
    /// The log-det-Jacobian of <c>x</c> and the flattened strict lower triangle of <c>y</c> (domain and codomain differ
    /// in dimension, so the full determinant is not defined).
    /// </summary>
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var y1mCumsum = 1 - (y * y).Cumsum(-1);
        // diagonal -2 saves shifting the cumulative product right; it also works for 2 x 2 matrices
        var y1mCumsumTril = TrilVectors.ToVector(y1mCumsum, diag: -2);
        var stickBreakingLogdet = 0.5 * y1mCumsumTril.Log().Sum(-1);
        var tanhLogdet = -2 * (x + Torch.Softplus(-2 * x) - Math.Log(2.0)).Sum(-1);
        return stickBreakingLogdet + tanhLogdet;
    }

    /// <summary>(..., N) to (..., D, D) with <c>N = D(D-1)/2</c>; ValueError otherwise.</summary>
    public override long[] ForwardShape(long[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Length < 1) throw new TorchException("Too few dimensions on input", TorchErrorKind.ValueError);
        long n = shape[^1];
        long d = (long)Math.Round(Math.Sqrt(0.25 + 2 * n) + 0.5, MidpointRounding.ToEven);
        if (d * (d - 1) / 2 != n)
#if LIBTORCH_2
            throw new TorchException("Input is not a flattened lower-diagonal number", TorchErrorKind.ValueError);
#else
            throw new TorchException("Input is not a flattend lower-diagonal number", TorchErrorKind.ValueError);
#endif
        return [.. shape[..^1], d, d];
    }

    /// <summary>(..., D, D) to (..., N); ValueError for fewer than two dimensions or a non-square shape.</summary>
    public override long[] InverseShape(long[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Length < 2) throw new TorchException("Too few dimensions on input", TorchErrorKind.ValueError);
        if (shape[^2] != shape[^1]) throw new TorchException("Input is not square", TorchErrorKind.ValueError);
        long d = shape[^1];
        return [.. shape[..^2], d * (d - 1) / 2];
    }
}

// Python's vec_to_tril_matrix and tril_matrix_to_vec (torch/distributions/utils.py)
internal static class TrilVectors
{
    private static Tensor Mask(long n, Device device, int diag)
    {
        var arange = Torch.Arange(n, device: device);
        return arange < arange.View([-1, 1]) + (diag + 1);
    }

    public static Tensor ToMatrix(Tensor vec, int diag = 0)
    {
        // the positive root of D**2 + (1 + 2 diag) D - |diag| (diag + 1) - 2 len = 0
        long length = vec.Shape[^1];
        double n = (-(1 + 2 * diag) + Math.Sqrt(Math.Pow(1 + 2 * diag, 2) + 8 * length + 4 * Math.Abs(diag) * (diag + 1))) / 2;
        if (Math.Round(n, MidpointRounding.ToEven) - n > FloatInfo.Of(vec.Dtype).Eps)
            throw new TorchException($"The size of last dimension is {length} which cannot be expressed as " +
                                     "the lower triangular part of a square D x D matrix.", TorchErrorKind.ValueError);
        long size = (long)Math.Round(n, MidpointRounding.ToEven);
        var mat = vec.NewZeros([.. vec.Shape[..^1], size, size]);
        mat[TensorIndex.Ellipsis, Mask(size, vec.Device, diag)] = vec;
        return mat;
    }

    public static Tensor ToVector(Tensor mat, int diag = 0)
    {
        long n = mat.Shape[^1];
        if (diag < -n || diag >= n) throw new TorchException($"diag ({diag}) provided is outside [{-n}, {n - 1}].", TorchErrorKind.ValueError);
        return mat[TensorIndex.Ellipsis, Mask(n, mat.Device, diag)];
    }
}
