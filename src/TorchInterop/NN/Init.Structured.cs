namespace TorchInterop.NN;

// torch.nn.init's structured and truncated initializers, with each LibTorch version's own algorithm and random draws.
public static partial class Init
{
    /// <summary>
    /// <c>trunc_normal_(tensor, mean=0, std=1, a=-2, b=2)</c>: normal values within [a, b]. 1.13 inverts the CDF of a
    /// uniform draw; 2.x rejects and redraws, as PyTorch of each version does.
    /// </summary>
    public static Tensor TruncNormal_(Tensor tensor, double mean = 0, double std = 1, double a = -2, double b = 2)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (Skipping) return tensor;
        if (mean < a - 2 * std || mean > b + 2 * std)
            Warnings.Raise("mean is more than 2 std from [a, b] in nn.init.trunc_normal_. The distribution of values may be incorrect.",
                           "torch/nn/init.py");
        using var noGrad = Autograd.NoGrad();
        if (!LibTorch.IsAtLeast(2))
        {
            double l = NormCdf((a - mean) / std), u = NormCdf((b - mean) / std);
            tensor.Uniform_(2 * l - 1, 2 * u - 1);
            tensor.Erfinv_();
            tensor.Mul_(std * Math.Sqrt(2.0));
            tensor.Add_(mean);
            tensor.Clamp_(a, b);
            return tensor;
        }
        double p = NormCdf((b - mean) / std) - NormCdf((a - mean) / std);
        if (p > 0.3) RedrawOutside(tensor, mean, std, a, b);
        else AcceptByDensity(tensor, mean, std, a, b);
        return tensor;
    }

    // 2.x, most of the mass inside [a, b]: draw normals, redraw those outside.
    private static void RedrawOutside(Tensor tensor, double mean, double std, double a, double b)
    {
        double lo = Rounded(a, tensor.Dtype), hi = Rounded(b, tensor.Dtype);
        var result = tensor.Normal_(mean, std);
        while (true)
        {
            using var mask = (result < lo).LogicalOr(result > hi);
            if (!mask.Any().ToBoolean()) break;
            using var fresh = Torch.EmptyLike(result);
            fresh.Normal_(mean, std);
            result = Torch.Where(mask, fresh, result);
        }
        if (!ReferenceEquals(result, tensor)) tensor.Copy_(result);
    }

    // 2.x, little mass inside [a, b]: uniform candidates in [a, b] accepted with the normal density's ratio to its peak.
    private static void AcceptByDensity(Tensor tensor, double mean, double std, double a, double b)
    {
        double mode = Math.Max(a, Math.Min(mean, b));
        double logPeak = -0.5 * Math.Pow((mode - mean) / std, 2);
        using var candidates = Torch.EmptyLike(tensor);
        using var acceptBuf = Torch.EmptyLike(tensor);
        tensor.Uniform_(a, b);
        candidates.Copy_(tensor);
        LogDensityRatio(candidates, mean, std, logPeak);
        var pending = acceptBuf.Uniform_().Log_().Gt(candidates);
        if (!pending.Any().ToBoolean()) return;
        var result = tensor;
        while (true)
        {
            candidates.Uniform_(a, b);
            result = Torch.Where(pending, candidates, result);
            LogDensityRatio(candidates, mean, std, logPeak);
            pending = Torch.Where(pending, acceptBuf.Uniform_().Log_().Gt(candidates), pending);
            if (!pending.Any().ToBoolean()) break;
        }
        tensor.Copy_(result);
    }

    private static void LogDensityRatio(Tensor candidates, double mean, double std, double logPeak) =>
        candidates.Sub_(mean).Div_(std).Pow_(2).Mul_(-0.5).Sub_(logPeak);

    // tensor.new_tensor(x, device='cpu').item(): x in the tensor's dtype.
    private static double Rounded(double value, DType dtype)
    {
        using var t = Torch.Tensor(value, dtype);
        return t.Item().ToDouble();
    }

    // math.erf is the C library's erf, as LibTorch's erf of a float64 is.
    private static double NormCdf(double x)
    {
        using var t = Torch.Tensor(x / Math.Sqrt(2.0), DType.Float64);
        using var erf = t.Erf();
        return (1.0 + erf.Item().ToDouble()) / 2.0;
    }

    /// <summary><c>eye_(tensor)</c>: the identity matrix, for 2-D tensors.</summary>
    public static Tensor Eye_(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (Skipping) return tensor;
        if (tensor.Dim != 2) throw new TorchException("Only tensors with 2 dimensions are supported", TorchErrorKind.ValueError);
        using var noGrad = Autograd.NoGrad();
        var shape = tensor.Shape;
        // Python writes torch.eye(out=tensor); the same values copied in
        using var eye = Torch.Eye(shape[0], shape[1], tensor.Dtype);
        tensor.Copy_(eye);
        return tensor;
    }

    /// <summary><c>dirac_(tensor, groups=1)</c>: the identity of a convolution, for 3-, 4- and 5-D weights.</summary>
    public static Tensor Dirac_(Tensor tensor, long groups = 1)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (Skipping) return tensor;
        int dimensions = tensor.Dim;
        if (dimensions is not (3 or 4 or 5))
            throw new TorchException("Only tensors with 3, 4, or 5 dimensions are supported", TorchErrorKind.ValueError);
        var sizes = tensor.Shape;
        if (sizes[0] % groups != 0) throw new TorchException("dim 0 must be divisible by groups", TorchErrorKind.ValueError);
        long outChansPerGroup = sizes[0] / groups, minDim = Math.Min(outChansPerGroup, sizes[1]);
        using var noGrad = Autograd.NoGrad();
        tensor.Zero_();
        for (long g = 0; g < groups; g++)
            for (long d = 0; d < minDim; d++)
            {
                var index = new List<TensorIndex> { g * outChansPerGroup + d, d };
                for (int k = 2; k < dimensions; k++) index.Add(sizes[k] / 2);
                tensor[[.. index]] = 1;
            }
        return tensor;
    }

    /// <summary><c>orthogonal_(tensor, gain=1)</c>: a (semi-)orthogonal matrix from the QR of normal draws.</summary>
    public static Tensor Orthogonal_(Tensor tensor, double gain = 1)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (Skipping) return tensor;
        if (tensor.Dim < 2) throw new TorchException("Only tensors with 2 or more dimensions are supported", TorchErrorKind.ValueError);
        if (tensor.NumEl == 0) return tensor;
        long rows = tensor.Size(0), cols = tensor.NumEl / rows;
        using var flattened = tensor.NewEmpty([rows, cols]);
        flattened.Normal_(0, 1);
        if (rows < cols) flattened.T_();
        var (q, r) = Torch.LinalgQr(flattened);
        using (r)
        using (var d = Torch.Diag(r, 0))
        using (var ph = d.Sign())
            q.Mul_(ph);
        if (rows < cols) q.T_();
        using (Autograd.NoGrad())
        using (q)
        using (var view = tensor.ViewAs(q))
        {
            view.Copy_(q);
            tensor.Mul_(gain);
        }
        return tensor;
    }

    /// <summary><c>sparse_(tensor, sparsity, std=0.01)</c>: normal values with a fraction of each column set to zero.</summary>
    public static Tensor Sparse_(Tensor tensor, double sparsity, double std = 0.01)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (Skipping) return tensor;
        if (tensor.Dim != 2) throw new TorchException("Only tensors with 2 dimensions are supported", TorchErrorKind.ValueError);
        long rows = tensor.Size(0), cols = tensor.Size(1);
        long numZeros = (long)Math.Ceiling(sparsity * rows);
        using var noGrad = Autograd.NoGrad();
        tensor.Normal_(0, std);
        for (long col = 0; col < cols; col++)
        {
            using var rowIndices = Torch.Randperm(rows);
            using var zeroIndices = rowIndices[TensorIndex.Slice(null, numZeros)];
            tensor[zeroIndices, col] = 0;
        }
        return tensor;
    }
}
