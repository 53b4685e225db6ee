namespace TorchInterop.NN;

public static partial class Utils
{
    /// <summary>
    /// Python's <c>torch.nn.utils.fuse_conv_bn_eval(conv, bn, transpose=False)</c>: a copy of <paramref name="conv"/>
    /// whose weight and bias fold in <paramref name="bn"/>'s running statistics and affine transform, so that it
    /// computes <c>bn(conv(x))</c> of evaluation mode in one convolution. Both modules must be in evaluation mode.
    /// </summary>
    /// <exception cref="TorchException">A module in training mode (AssertionError).</exception>
    public static T FuseConvBnEval<T>(T conv, BatchNorm bn, bool transpose = false) where T : ConvNd
    {
        ArgumentNullException.ThrowIfNull(conv);
        ArgumentNullException.ThrowIfNull(bn);
        if (conv.Training || bn.Training) throw new TorchException("Fusion only for eval!", TorchErrorKind.AssertionError);
        var fused = (T)conv.DeepCopy();
        CheckRunningStatistics(bn);
        var (weight, bias) = FuseConvBnWeights(fused.Weight, fused.Bias, bn.RunningMean!, bn.RunningVar!, bn.Eps, bn.Weight, bn.Bias, transpose);
        fused.AddParameter("weight", weight);
        fused.AddParameter("bias", bias);
        return fused;
    }

    /// <summary>
    /// Python's <c>torch.nn.utils.fuse_conv_bn_weights(conv_w, conv_b, bn_rm, bn_rv, bn_eps, bn_w, bn_b, transpose=False)</c>:
    /// the convolution's weight and bias with the batch norm folded in, as new parameters. A null bias, batch-norm
    /// weight or batch-norm bias counts as zeros, ones and zeros.
    /// </summary>
    public static (Tensor Weight, Tensor Bias) FuseConvBnWeights(Tensor convWeight, Tensor? convBias, Tensor bnRunningMean, Tensor bnRunningVar,
        double bnEps, Tensor? bnWeight, Tensor? bnBias, bool transpose = false)
    {
        ArgumentNullException.ThrowIfNull(convWeight);
        ArgumentNullException.ThrowIfNull(bnRunningMean);
        ArgumentNullException.ThrowIfNull(bnRunningVar);
        var weightDtype = convWeight.Dtype;
        var biasDtype = convBias?.Dtype ?? weightDtype;
        var bias = convBias ?? Torch.ZerosLike(bnRunningMean);
        var scale = bnWeight ?? Torch.OnesLike(bnRunningMean);
        var shift = bnBias ?? Torch.ZerosLike(bnRunningMean);
        using var varRsqrt = (bnRunningVar + bnEps).Rsqrt();
        long[] shape = [.. transpose ? new long[] { 1, -1 } : [-1, 1], .. Enumerable.Repeat(1L, convWeight.Dim - 2)];
        using var factor = scale * varRsqrt;
        using var shaped = factor.Reshape(shape);
        using var fusedWeight = convWeight * shaped;
        using var centered = bias - bnRunningMean;
        using var scaled = centered * varRsqrt * scale;
        using var fusedBias = scaled + shift;
        return (FusedParameter(fusedWeight, weightDtype, convWeight.RequiresGrad), FusedParameter(fusedBias, biasDtype, bias.RequiresGrad));
    }

    /// <summary>
    /// Python's <c>torch.nn.utils.fuse_linear_bn_eval(linear, bn)</c>: a copy of <paramref name="linear"/> that computes
    /// <c>bn(linear(x))</c> of evaluation mode (a BatchNorm1d over the linear layer's outputs). Both modules must be in
    /// evaluation mode.
    /// </summary>
    /// <exception cref="TorchException">A module in training mode, or (PyTorch 2) features that do not match (AssertionError).</exception>
    public static T FuseLinearBnEval<T>(T linear, BatchNorm bn) where T : Linear
    {
        ArgumentNullException.ThrowIfNull(linear);
        ArgumentNullException.ThrowIfNull(bn);
        if (linear.Training || bn.Training) throw new TorchException("Fusion only for eval!", TorchErrorKind.AssertionError);
        var fused = (T)linear.DeepCopy();
#if LIBTORCH_2
        if (linear.OutFeatures != bn.NumFeatures && bn.NumFeatures != 1)
            throw new TorchException("To fuse, linear.out_features == bn.num_features or bn.num_features == 1, " +
                                     $"got linear.out_features={linear.OutFeatures} and bn.num_features={bn.NumFeatures}", TorchErrorKind.AssertionError);
#endif
        CheckRunningStatistics(bn);
        var (weight, bias) = FuseLinearBnWeights(fused.Weight, fused.Bias, bn.RunningMean!, bn.RunningVar!, bn.Eps, bn.Weight!, bn.Bias!);
        fused.AddParameter("weight", weight);
        fused.AddParameter("bias", bias);
        return fused;
    }

    /// <summary>
    /// Python's <c>torch.nn.utils.fuse_linear_bn_weights(linear_w, linear_b, bn_rm, bn_rv, bn_eps, bn_w, bn_b)</c>:
    /// the linear layer's weight and bias with the batch norm folded in, as new parameters (a null bias counts as zeros).
    /// </summary>
    public static (Tensor Weight, Tensor Bias) FuseLinearBnWeights(Tensor linearWeight, Tensor? linearBias, Tensor bnRunningMean, Tensor bnRunningVar,
        double bnEps, Tensor bnWeight, Tensor bnBias)
    {
        ArgumentNullException.ThrowIfNull(linearWeight);
        ArgumentNullException.ThrowIfNull(bnRunningMean);
        ArgumentNullException.ThrowIfNull(bnRunningVar);
        ArgumentNullException.ThrowIfNull(bnWeight);
        ArgumentNullException.ThrowIfNull(bnBias);
        var weightDtype = linearWeight.Dtype;
        var biasDtype = linearBias?.Dtype ?? weightDtype;
        var bias = linearBias ?? Torch.ZerosLike(bnRunningMean);
        using var varRsqrt = (bnRunningVar + bnEps).Rsqrt();
        using var scale = bnWeight * varRsqrt;
        using var column = scale.Unsqueeze(-1);
#if LIBTORCH_2
        using var columnCast = column.To(weightDtype);
        using var fusedWeight = linearWeight * columnCast;
#else
        using var fusedWeight = linearWeight * column;
#endif
        using var centered = bias - bnRunningMean;
        using var scaled = centered * scale;
        using var fusedBias = scaled + bnBias;
        return (FusedParameter(fusedWeight, weightDtype, linearWeight.RequiresGrad), FusedParameter(fusedBias, biasDtype, bias.RequiresGrad));
    }

    // 2.x casts back to the layer's dtypes and keeps each input's requires_grad; 1.13's Parameter always requires grad.
    private static Tensor FusedParameter(Tensor value, DType dtype, bool requiresGrad)
    {
#if LIBTORCH_2
        using var cast = value.To(dtype);
        return Parameter.Create(cast, requiresGrad);
#else
        return Parameter.Create(value);
#endif
    }

    private static void CheckRunningStatistics(BatchNorm bn)
    {
        if (bn.RunningMean is not null && bn.RunningVar is not null) return;
#if LIBTORCH_2
        throw new TorchException("bn.running_mean and bn.running_var must not be None", TorchErrorKind.AssertionError);
#else
        throw new TorchException("unsupported operand type(s) for +: 'NoneType' and 'float'", TorchErrorKind.TypeError);
#endif
    }
}
