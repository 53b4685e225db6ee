using TorchInterop.Formatting;

namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary><c>F.avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)</c>.</summary>
    public static Tensor AvgPool1d(Tensor input, IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null,
        bool ceilMode = false, bool countIncludePad = true) =>
        Torch.AvgPool1d(input, kernelSize.Expand(1), stride?.Expand(1), (padding ?? 0).Expand(1), ceilMode, countIncludePad);

    /// <summary><c>F.avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)</c>.</summary>
    public static Tensor AvgPool2d(Tensor input, IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null,
        bool ceilMode = false, bool countIncludePad = true, long? divisorOverride = null) =>
        Torch.AvgPool2d(input, kernelSize.Expand(2), stride?.Expand(2), (padding ?? 0).Expand(2), ceilMode, countIncludePad, divisorOverride);

    /// <summary><c>F.avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)</c>.</summary>
    public static Tensor AvgPool3d(Tensor input, IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null,
        bool ceilMode = false, bool countIncludePad = true, long? divisorOverride = null) =>
        Torch.AvgPool3d(input, kernelSize.Expand(3), stride?.Expand(3), (padding ?? 0).Expand(3), ceilMode, countIncludePad, divisorOverride);

    /// <summary><c>F.max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c>.</summary>
    public static Tensor MaxPool1d(Tensor input, IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? dilation = null, bool ceilMode = false) =>
        Torch.MaxPool1d(input, kernelSize.Expand(1), stride?.Expand(1) ?? [], (padding ?? 0).Expand(1), (dilation ?? 1).Expand(1), ceilMode);

    /// <summary><c>F.max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c>.</summary>
    public static Tensor MaxPool2d(Tensor input, IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? dilation = null, bool ceilMode = false) =>
        Torch.MaxPool2d(input, kernelSize.Expand(2), stride?.Expand(2) ?? [], (padding ?? 0).Expand(2), (dilation ?? 1).Expand(2), ceilMode);

    /// <summary><c>F.max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c>.</summary>
    public static Tensor MaxPool3d(Tensor input, IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? dilation = null, bool ceilMode = false) =>
        Torch.MaxPool3d(input, kernelSize.Expand(3), stride?.Expand(3) ?? [], (padding ?? 0).Expand(3), (dilation ?? 1).Expand(3), ceilMode);

    /// <summary><c>F.max_pool1d(..., return_indices=True)</c>: the maxima and their flat indices.</summary>
    public static (Tensor Output, Tensor Indices) MaxPool1dWithIndices(Tensor input, IntOrTuple kernelSize, IntOrTuple? stride = null,
        IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceilMode = false) =>
        Torch.MaxPool1dWithIndices(input, kernelSize.Expand(1), stride?.Expand(1) ?? [], (padding ?? 0).Expand(1), (dilation ?? 1).Expand(1), ceilMode);

    /// <summary><c>F.max_pool2d(..., return_indices=True)</c>: the maxima and their flat indices.</summary>
    public static (Tensor Output, Tensor Indices) MaxPool2dWithIndices(Tensor input, IntOrTuple kernelSize, IntOrTuple? stride = null,
        IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceilMode = false) =>
        Torch.MaxPool2dWithIndices(input, kernelSize.Expand(2), stride?.Expand(2) ?? [], (padding ?? 0).Expand(2), (dilation ?? 1).Expand(2), ceilMode);

    /// <summary><c>F.max_pool3d(..., return_indices=True)</c>: the maxima and their flat indices.</summary>
    public static (Tensor Output, Tensor Indices) MaxPool3dWithIndices(Tensor input, IntOrTuple kernelSize, IntOrTuple? stride = null,
        IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceilMode = false) =>
        Torch.MaxPool3dWithIndices(input, kernelSize.Expand(3), stride?.Expand(3) ?? [], (padding ?? 0).Expand(3), (dilation ?? 1).Expand(3), ceilMode);

    /// <summary><c>F.adaptive_avg_pool1d(input, output_size)</c>.</summary>
    public static Tensor AdaptiveAvgPool1d(Tensor input, IntOrTuple outputSize) => Torch.AdaptiveAvgPool1d(input, outputSize.Expand(1));

    /// <summary><c>F.adaptive_avg_pool2d(input, output_size)</c>; a null entry keeps the input's size (Python's None).</summary>
    public static Tensor AdaptiveAvgPool2d(Tensor input, long?[] outputSize) => Torch.AdaptiveAvgPool2d(input, ListWithDefault(input, outputSize));

    /// <summary><c>F.adaptive_avg_pool2d(input, output_size)</c>.</summary>
    public static Tensor AdaptiveAvgPool2d(Tensor input, IntOrTuple outputSize) => Torch.AdaptiveAvgPool2d(input, outputSize.Expand(2));

    /// <summary><c>F.adaptive_avg_pool3d(input, output_size)</c>; a null entry keeps the input's size (Python's None).</summary>
    public static Tensor AdaptiveAvgPool3d(Tensor input, long?[] outputSize) => Torch.AdaptiveAvgPool3d(input, ListWithDefault(input, outputSize));

    /// <summary><c>F.adaptive_avg_pool3d(input, output_size)</c>.</summary>
    public static Tensor AdaptiveAvgPool3d(Tensor input, IntOrTuple outputSize) => Torch.AdaptiveAvgPool3d(input, outputSize.Expand(3));

    /// <summary><c>F.adaptive_max_pool1d(input, output_size, return_indices=True)</c>.</summary>
    public static (Tensor Output, Tensor Indices) AdaptiveMaxPool1dWithIndices(Tensor input, IntOrTuple outputSize) =>
        Torch.AdaptiveMaxPool1d(input, outputSize.Expand(1));

    /// <summary><c>F.adaptive_max_pool2d(input, output_size, return_indices=True)</c>; a null entry keeps the input's size.</summary>
    public static (Tensor Output, Tensor Indices) AdaptiveMaxPool2dWithIndices(Tensor input, long?[] outputSize) =>
        Torch.AdaptiveMaxPool2d(input, ListWithDefault(input, outputSize));

    /// <summary><c>F.adaptive_max_pool2d(input, output_size, return_indices=True)</c>.</summary>
    public static (Tensor Output, Tensor Indices) AdaptiveMaxPool2dWithIndices(Tensor input, IntOrTuple outputSize) =>
        Torch.AdaptiveMaxPool2d(input, outputSize.Expand(2));

    /// <summary><c>F.adaptive_max_pool3d(input, output_size, return_indices=True)</c>; a null entry keeps the input's size.</summary>
    public static (Tensor Output, Tensor Indices) AdaptiveMaxPool3dWithIndices(Tensor input, long?[] outputSize) =>
        Torch.AdaptiveMaxPool3d(input, ListWithDefault(input, outputSize));

    /// <summary><c>F.adaptive_max_pool3d(input, output_size, return_indices=True)</c>.</summary>
    public static (Tensor Output, Tensor Indices) AdaptiveMaxPool3dWithIndices(Tensor input, IntOrTuple outputSize) =>
        Torch.AdaptiveMaxPool3d(input, outputSize.Expand(3));

    /// <summary>
    /// <c>F.lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False)</c>: the p-norm over each window,
    /// computed from an average pool of <c>input ** p</c> as PyTorch does. PyTorch 2.x rejects p = 0 and takes ±inf as
    /// max pooling of |input|.
    /// </summary>
    public static Tensor LpPool1d(Tensor input, double normType, long kernelSize, IntOrTuple? stride = null, bool ceilMode = false) =>
        LpPool(input, normType, kernelSize, stride, ceilMode, 1);

    /// <summary><c>F.lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False)</c>; see <see cref="LpPool1d"/>.</summary>
    public static Tensor LpPool2d(Tensor input, double normType, IntOrTuple kernelSize, IntOrTuple? stride = null, bool ceilMode = false) =>
        LpPool(input, normType, kernelSize, stride, ceilMode, 2);

    /// <summary><c>F.lp_pool3d(input, norm_type, kernel_size, stride=None, ceil_mode=False)</c> (PyTorch 2.x); see <see cref="LpPool1d"/>.</summary>
    public static Tensor LpPool3d(Tensor input, double normType, IntOrTuple kernelSize, IntOrTuple? stride = null, bool ceilMode = false) =>
        LpPool(input, normType, kernelSize, stride, ceilMode, 3);

    private static Tensor LpPool(Tensor input, double normType, IntOrTuple kernelSize, IntOrTuple? stride, bool ceilMode, int dims)
    {
        ArgumentNullException.ThrowIfNull(input);
        long[] kernel = kernelSize.Expand(dims);
        if (LibTorch.IsAtLeast(2))
        {
            if (normType == 0)
                throw new TorchException($"norm_type must be a non-zero value, but got {PythonNumberFormat.Repr(normType)}", TorchErrorKind.ValueError);
            if (double.IsPositiveInfinity(normType))
                return MaxPoolNd(input.Abs(), kernelSize, stride, dims, ceilMode);
            if (double.IsNegativeInfinity(normType))
                return MaxPoolNd(input.Abs().Neg(), kernelSize, stride, dims, ceilMode).Neg();
        }
        using var powered = input.Pow(normType);
        using var averaged = dims switch
        {
            1 => AvgPool1d(powered, kernelSize, stride, 0, ceilMode),
            2 => AvgPool2d(powered, kernelSize, stride, 0, ceilMode),
            _ => AvgPool3d(powered, kernelSize, stride, 0, ceilMode),
        };
        using var sign = averaged.Sign();
        using var magnitude = averaged.Abs();
        using var rectified = magnitude.Relu();
        using var product = sign * rectified;
        using var scaled = product.Mul(kernel.Aggregate(1L, (a, b) => a * b));
        return scaled.Pow(1.0 / normType);
    }

    private static Tensor MaxPoolNd(Tensor input, IntOrTuple kernelSize, IntOrTuple? stride, int dims, bool ceilMode) => dims switch
    {
        1 => MaxPool1d(input, kernelSize, stride, 0, 1, ceilMode),
        2 => MaxPool2d(input, kernelSize, stride, 0, 1, ceilMode),
        _ => MaxPool3d(input, kernelSize, stride, 0, 1, ceilMode),
    };

    /// <summary>
    /// <c>F.fractional_max_pool2d(input, kernel_size, output_size=None, output_ratio=None, return_indices=True, _random_samples=None)</c>:
    /// without samples it draws <c>torch.rand(N, C, 2)</c> as PyTorch does, so seeded runs match.
    /// </summary>
    public static (Tensor Output, Tensor Indices) FractionalMaxPool2dWithIndices(Tensor input, IntOrTuple kernelSize, IntOrTuple? outputSize = null,
        double[]? outputRatio = null, Tensor? randomSamples = null) =>
        FractionalMaxPool(input, kernelSize, outputSize, outputRatio, randomSamples, 2);

    /// <summary><c>F.fractional_max_pool3d(..., return_indices=True)</c>; see <see cref="FractionalMaxPool2dWithIndices"/>.</summary>
    public static (Tensor Output, Tensor Indices) FractionalMaxPool3dWithIndices(Tensor input, IntOrTuple kernelSize, IntOrTuple? outputSize = null,
        double[]? outputRatio = null, Tensor? randomSamples = null) =>
        FractionalMaxPool(input, kernelSize, outputSize, outputRatio, randomSamples, 3);

    /// <summary><c>F.fractional_max_pool2d(input, kernel_size, output_size=None, output_ratio=None, _random_samples=None)</c>.</summary>
    public static Tensor FractionalMaxPool2d(Tensor input, IntOrTuple kernelSize, IntOrTuple? outputSize = null,
        double[]? outputRatio = null, Tensor? randomSamples = null) =>
        FirstOnly(FractionalMaxPool2dWithIndices(input, kernelSize, outputSize, outputRatio, randomSamples));

    /// <summary><c>F.fractional_max_pool3d(input, kernel_size, output_size=None, output_ratio=None, _random_samples=None)</c>.</summary>
    public static Tensor FractionalMaxPool3d(Tensor input, IntOrTuple kernelSize, IntOrTuple? outputSize = null,
        double[]? outputRatio = null, Tensor? randomSamples = null) =>
        FirstOnly(FractionalMaxPool3dWithIndices(input, kernelSize, outputSize, outputRatio, randomSamples));

    private static (Tensor, Tensor) FractionalMaxPool(Tensor input, IntOrTuple kernelSize, IntOrTuple? outputSize, double[]? outputRatio,
        Tensor? randomSamples, int dims)
    {
        ArgumentNullException.ThrowIfNull(input);
        long[] size;
        if (outputSize is { } given) size = given.Expand(dims);
        else if (outputRatio is null)
            throw new TorchException($"fractional_max_pool{dims}d requires specifying either an output_size or an output_ratio", TorchErrorKind.ValueError);
        else
        {
            double[] ratio = outputRatio.Length == 1 ? Enumerable.Repeat(outputRatio[0], dims).ToArray() : outputRatio;
            size = new long[dims];
            for (int d = 0; d < dims; d++) size[d] = (long)(input.Size(d - dims) * ratio[d]);
        }
        Tensor? drawn = null;
        if (randomSamples is null)
        {
            long batch = input.Dim == dims + 1 ? 1 : input.Size(0);
            drawn = Torch.Rand([batch, input.Size(-dims - 1), dims], input.Dtype, input.Device);
        }
        try
        {
            long[] kernel = kernelSize.Expand(dims);
            return dims == 2
                ? Torch.FractionalMaxPool2d(input, kernel, size, randomSamples ?? drawn!)
                : Torch.FractionalMaxPool3d(input, kernel, size, randomSamples ?? drawn!);
        }
        finally
        {
            drawn?.Dispose();
        }
    }

    /// <summary><c>F.max_unpool1d(input, indices, kernel_size, stride=None, padding=0, output_size=None)</c>.</summary>
    public static Tensor MaxUnpool1d(Tensor input, Tensor indices, IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? outputSize = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(indices);
        long[] kernel = kernelSize.Expand(1);
        long[] steps = stride?.Expand(1) ?? kernel;
        long[] size = UnpoolOutputSize(input, kernel, steps, (padding ?? 0).Expand(1), outputSize);
        using var input2d = input.Unsqueeze(-1);
        using var indices2d = indices.Unsqueeze(-1);
        using var unpooled = Torch.MaxUnpool2d(input2d, indices2d, [.. size, 1]);
        return unpooled.Squeeze(-1);
    }

    /// <summary><c>F.max_unpool2d(input, indices, kernel_size, stride=None, padding=0, output_size=None)</c>.</summary>
    public static Tensor MaxUnpool2d(Tensor input, Tensor indices, IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? outputSize = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        long[] kernel = kernelSize.Expand(2);
        long[] steps = stride?.Expand(2) ?? kernel;
        return Torch.MaxUnpool2d(input, indices, UnpoolOutputSize(input, kernel, steps, (padding ?? 0).Expand(2), outputSize));
    }

    /// <summary><c>F.max_unpool3d(input, indices, kernel_size, stride=None, padding=0, output_size=None)</c>.</summary>
    public static Tensor MaxUnpool3d(Tensor input, Tensor indices, IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? outputSize = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        long[] kernel = kernelSize.Expand(3);
        long[] steps = stride?.Expand(3) ?? kernel;
        long[] pads = (padding ?? 0).Expand(3);
        return Torch.MaxUnpool3d(input, indices, UnpoolOutputSize(input, kernel, steps, pads, outputSize), steps, pads);
    }

    // F._unpool_output_size: the size max pooling came from, or the caller's, checked to lie within a stride of it.
    private static long[] UnpoolOutputSize(Tensor input, long[] kernel, long[] stride, long[] padding, IntOrTuple? outputSize)
    {
        int dims = kernel.Length;
        var defaults = new long[dims];
        for (int d = 0; d < dims; d++) defaults[d] = (input.Size(d - dims) - 1) * stride[d] + kernel[d] - 2 * padding[d];
        long[] result = defaults;
        if (outputSize is { } given)
        {
            if (given.Values.Count == dims + 2) given = given.Skip(2);
            IReadOnlyList<long> values = given.Values;
            string shown = given.ToString();
            if (given.IsNumber || values.Count != dims)
                throw new TorchException(
                    $"output_size should be a sequence containing {dims} or {dims + 2} elements, but it has a length of '{values.Count}'",
                    TorchErrorKind.ValueError);
            for (int d = 0; d < dims; d++)
            {
                long min = defaults[d] - stride[d], max = defaults[d] + stride[d];
                if (!(min < values[d] && values[d] < max))
                    throw new TorchException($"invalid output_size \"{shown}\" (dim {d} must be between {min} and {max})", TorchErrorKind.ValueError);
            }
            result = [.. values];
        }
        if (LibTorch.IsAtLeast(2))
        {
            for (int d = 0; d < dims; d++)
                if (result[d] < 0)
                    throw new TorchException(
                        $"max_unpooling: output_size must contain non-negative spatial dimensions, but got output_size[{d}]={result[d]}",
                        TorchErrorKind.ValueError);
        }
        return result;
    }

    // F._list_with_default: None entries take the input's trailing sizes.
    private static long[] ListWithDefault(Tensor input, long?[] outputSize)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(outputSize);
        if (input.Dim <= outputSize.Length)
            throw new TorchException($"Input dimension should be at least {outputSize.Length + 1}", TorchErrorKind.ValueError);
        return [.. outputSize.Select((size, i) => size ?? input.Size(input.Dim - outputSize.Length + i))];
    }

    private static Tensor FirstOnly((Tensor Output, Tensor Indices) pair)
    {
        pair.Indices.Dispose();
        return pair.Output;
    }
}
