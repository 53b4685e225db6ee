namespace TorchInterop.Distributions;

/// <summary>The batched linear algebra of <c>torch/distributions/multivariate_normal.py</c>, shared by the multivariate distributions.</summary>
internal static class MultivariateMath
{
    /// <summary>Python's <c>_batch_mv</c>: matrix-vector products over broadcastable batch shapes.</summary>
    public static Tensor BatchMV(Tensor matrices, Tensor vectors) => Torch.Matmul(matrices, vectors.Unsqueeze(-1)).Squeeze(-1);

    /// <summary>
    /// Python's <c>_batch_mahalanobis</c>: <c>x^T M^-1 x</c> for <c>M = L L^T</c>, where <paramref name="bL"/>'s batch
    /// shape broadcasts to <paramref name="bx"/>'s; the batch dimensions are regrouped so one triangular solve covers all.
    /// </summary>
    public static Tensor BatchMahalanobis(Tensor bL, Tensor bx)
    {
        var xShape = bx.Shape;
        long n = xShape[^1];
        var xBatchShape = xShape[..^1];
        int xBatchDims = xBatchShape.Length;
        int lBatchDims = bL.Dim - 2;
        int outerBatchDims = xBatchDims - lBatchDims;
        int oldBatchDims = outerBatchDims + lBatchDims;
        int newBatchDims = outerBatchDims + 2 * lBatchDims;
        var lShape = bL.Shape;
        var newShape = new List<long>(xShape[..outerBatchDims]);
        for (int i = 0; i < lBatchDims; i++)
        {
            long sL = lShape[i], sx = xShape[outerBatchDims + i];
            newShape.Add(sx / sL);
            newShape.Add(sL);
        }
        newShape.Add(n);
        bx = bx.Reshape([.. newShape]);
        var permuteDims = new List<long>();
        for (int i = 0; i < outerBatchDims; i++) permuteDims.Add(i);
        for (int i = outerBatchDims; i < newBatchDims; i += 2) permuteDims.Add(i);
        for (int i = outerBatchDims + 1; i < newBatchDims; i += 2) permuteDims.Add(i);
        permuteDims.Add(newBatchDims);
        bx = bx.Permute([.. permuteDims]);

        var flatL = bL.Reshape(-1, n, n);
        var flatX = bx.Reshape(-1, flatL.Shape[0], n);
        var flatXSwap = flatX.Permute([1, 2, 0]);
        var mSwap = Torch.LinalgSolveTriangular(flatL, flatXSwap, upper: false).Pow(2).Sum(-2);
        var m = Torch.T(mSwap);

        var permutedM = m.Reshape(bx.Shape[..^1]);
        var permuteInvDims = new List<long>();
        for (int i = 0; i < outerBatchDims; i++) permuteInvDims.Add(i);
        for (int i = 0; i < lBatchDims; i++)
        {
            permuteInvDims.Add(outerBatchDims + i);
            permuteInvDims.Add(oldBatchDims + i);
        }
        var reshapedM = permutedM.Permute([.. permuteInvDims]);
        return reshapedM.Reshape(xBatchShape);
    }
}
