namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// <c>F.instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True, momentum=0.1, eps=1e-05)</c>:
    /// each sample's channels normalized over their spatial extent; with input statistics there must be more than one
    /// spatial element (PyTorch's ValueError).
    /// </summary>
    public static Tensor InstanceNorm(Tensor input, Tensor? runningMean = null, Tensor? runningVar = null, Tensor? weight = null,
        Tensor? bias = null, bool useInputStats = true, double momentum = 0.1, double eps = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (useInputStats) VerifySpatialSize(input.Shape);
        return Torch.InstanceNorm(input, weight, bias, runningMean, runningVar, useInputStats, momentum, eps, cudnnEnabled: true);
    }

    /// <summary><c>F.layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05)</c>: normalization over the last dimensions.</summary>
    public static Tensor LayerNorm(Tensor input, long[] normalizedShape, Tensor? weight = null, Tensor? bias = null, double eps = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(normalizedShape);
        return Torch.LayerNorm(input, normalizedShape, weight, bias, eps);
    }

#if LIBTORCH_2
    /// <summary>
    /// <c>F.rms_norm(input, normalized_shape, weight=None, eps=None)</c> (PyTorch 2.x): division by the root mean square
    /// over the last dimensions; without <paramref name="eps"/>, the machine epsilon of the computation type.
    /// </summary>
    public static Tensor RmsNorm(Tensor input, long[] normalizedShape, Tensor? weight = null, double? eps = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(normalizedShape);
        return Torch.RmsNorm(input, normalizedShape, weight, eps);
    }
#endif

    /// <summary>
    /// <c>F.local_response_norm(input, size, alpha=0.0001, beta=0.75, k=1.0)</c>: each element divided by
    /// <c>(k + alpha · mean of squares over size neighbouring channels)^beta</c>, computed with PyTorch's padding and
    /// average pooling; input needs at least 3 dimensions (ValueError).
    /// </summary>
    public static Tensor LocalResponseNorm(Tensor input, long size, double alpha = 1e-4, double beta = 0.75, double k = 1.0)
    {
        ArgumentNullException.ThrowIfNull(input);
        int dim = input.Dim;
        if (dim < 3)
            throw new TorchException(
                $"Expected 3D or higher dimensionality{new string(' ', 26)}input (got {dim} dimensions)", TorchErrorKind.ValueError);
        if (input.NumEl == 0) return input;
        var div = input.Mul(input).Unsqueeze(1);
        if (dim == 3)
        {
            div = Torch.ConstantPadNd(div, [0, 0, size / 2, (size - 1) / 2]);
            div = Torch.AvgPool2d(div, [size, 1], stride: [1]).Squeeze(1);
        }
        else
        {
            long[] sizes = input.Shape;
            div = div.View(sizes[0], 1, sizes[1], sizes[2], -1);
            div = Torch.ConstantPadNd(div, [0, 0, 0, 0, size / 2, (size - 1) / 2]);
            div = Torch.AvgPool3d(div, [size, 1, 1], stride: [1]).Squeeze(1);
            div = div.View(sizes);
        }
        div = div.Mul(alpha).Add(k).Pow(beta);
        return input / div;
    }

    // PyTorch's _verify_spatial_size; the message prints the size as a torch.Size.
    private static void VerifySpatialSize(long[] size)
    {
        long product = 1;
        for (int i = 2; i < size.Length; i++) product *= size[i];
        if (product == 1)
            throw new TorchException($"Expected more than 1 spatial element when training, got input size {SizeText(size)}", TorchErrorKind.ValueError);
    }
}
