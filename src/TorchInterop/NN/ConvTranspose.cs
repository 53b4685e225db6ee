namespace TorchInterop.NN;

/// <summary>
/// PyTorch's <c>_ConvTransposeNd</c>: the gradient of a convolution with respect to its input, used to upsample.
/// <c>Forward(input, outputSize)</c> picks the output padding among the sizes the stride allows.
/// </summary>
public abstract class ConvTransposeNd : ConvNd
{
    private protected ConvTransposeNd(int dims, long inChannels, long outChannels, long[] kernelSize, long[]? stride, long[]? padding,
        long[]? outputPadding, long groups, bool bias, long[]? dilation, string paddingMode, DType? dtype)
        : base(inChannels, outChannels, Expand(kernelSize, 0, dims, nameof(kernelSize)), Expand(stride, 1, dims, nameof(stride)),
            Expand(padding, 0, dims, nameof(padding)), null, Expand(dilation, 1, dims, nameof(dilation)), true,
            Expand(outputPadding, 0, dims, nameof(outputPadding)), groups, bias, paddingMode, dtype)
    {
        if (paddingMode != "zeros")
            throw new ArgumentException($"Only \"zeros\" padding mode is supported for {GetType().Name}", nameof(paddingMode));
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Forward(input, null);

    /// <summary>
    /// Python's <c>forward(input, output_size)</c>: <paramref name="outputSize"/> (spatial, or with the batch and
    /// channel dimensions) chooses the output padding.
    /// </summary>
    public Tensor Forward(Tensor input, long[]? outputSize)
    {
        ArgumentNullException.ThrowIfNull(input);
        InferLazily(input);
        return Convolve(input, outputSize is null ? OutputPadding : OutputPaddingFor(input, outputSize));
    }

    /// <summary>LibTorch's <c>conv_transposeNd</c> with this layer's parameters.</summary>
    private protected abstract Tensor Convolve(Tensor input, long[] outputPadding);

    private long[] OutputPaddingFor(Tensor input, long[] outputSize)
    {
        int spatialDims = KernelSize.Length;
        int nonSpatial = input.Dim == spatialDims + 2 ? 2 : 1;
        if (outputSize.Length == nonSpatial + spatialDims) outputSize = outputSize[nonSpatial..];
        if (outputSize.Length != spatialDims)
            throw new ArgumentException($"ConvTranspose{spatialDims}D: for {input.Dim}D input, output_size must have {spatialDims} or {nonSpatial + spatialDims} elements (got {outputSize.Length})", nameof(outputSize));
        var shape = input.Shape;
        var min = new long[spatialDims];
        var max = new long[spatialDims];
        for (int d = 0; d < spatialDims; d++)
        {
            min[d] = (shape[d + nonSpatial] - 1) * Stride[d] - 2 * Padding[d] + Dilation[d] * (KernelSize[d] - 1) + 1;
            max[d] = min[d] + Stride[d] - 1;
        }
        for (int d = 0; d < spatialDims; d++)
        {
            if (outputSize[d] < min[d] || outputSize[d] > max[d])
                throw new ArgumentException(
                    $"requested an output size of {List(outputSize)}, but valid sizes range from {List(min)} to {List(max)} " +
                    $"(for an input of torch.Size({List(shape[2..])}))", nameof(outputSize));
        }
        return outputSize.Zip(min, (size, low) => size - low).ToArray();
    }

    private static string List(long[] values) => "[" + string.Join(", ", values) + "]";
}

/// <summary>Python's <c>torch.nn.ConvTranspose1d</c>: over (N, C, L) or (C, L) input.</summary>
public class ConvTranspose1d(long inChannels, long outChannels, long kernelSize, long stride = 1, long padding = 0, long outputPadding = 0,
    long groups = 1, bool bias = true, long dilation = 1, string paddingMode = "zeros", DType? dtype = null)
    : ConvTransposeNd(1, inChannels, outChannels, [kernelSize], [stride], [padding], [outputPadding], groups, bias, [dilation], paddingMode, dtype)
{
    private protected override Tensor Convolve(Tensor input, long[] outputPadding) =>
        Torch.ConvTranspose1d(input, Weight, Bias, Stride, Padding, outputPadding, Groups, Dilation);
}

/// <summary>Python's <c>torch.nn.ConvTranspose2d</c>: over (N, C, H, W) or (C, H, W) input.</summary>
public class ConvTranspose2d : ConvTransposeNd
{
    /// <summary><c>ConvTranspose2d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1)</c>.</summary>
    public ConvTranspose2d(long inChannels, long outChannels, long kernelSize, long stride = 1, long padding = 0, long outputPadding = 0,
        long groups = 1, bool bias = true, long dilation = 1, string paddingMode = "zeros", DType? dtype = null)
        : base(2, inChannels, outChannels, [kernelSize], [stride], [padding], [outputPadding], groups, bias, [dilation], paddingMode, dtype) { }

    /// <summary>Per-dimension sizes.</summary>
    public ConvTranspose2d(long inChannels, long outChannels, long[] kernelSize, long[]? stride = null, long[]? padding = null,
        long[]? outputPadding = null, long groups = 1, bool bias = true, long[]? dilation = null, string paddingMode = "zeros", DType? dtype = null)
        : base(2, inChannels, outChannels, kernelSize, stride, padding, outputPadding, groups, bias, dilation, paddingMode, dtype) { }

    private protected override Tensor Convolve(Tensor input, long[] outputPadding) =>
        Torch.ConvTranspose2d(input, Weight, Bias, Stride, Padding, outputPadding, Groups, Dilation);
}

/// <summary>Python's <c>torch.nn.ConvTranspose3d</c>: over (N, C, D, H, W) or (C, D, H, W) input.</summary>
public class ConvTranspose3d : ConvTransposeNd
{
    /// <summary><c>ConvTranspose3d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1)</c>.</summary>
    public ConvTranspose3d(long inChannels, long outChannels, long kernelSize, long stride = 1, long padding = 0, long outputPadding = 0,
        long groups = 1, bool bias = true, long dilation = 1, string paddingMode = "zeros", DType? dtype = null)
        : base(3, inChannels, outChannels, [kernelSize], [stride], [padding], [outputPadding], groups, bias, [dilation], paddingMode, dtype) { }

    /// <summary>Per-dimension sizes.</summary>
    public ConvTranspose3d(long inChannels, long outChannels, long[] kernelSize, long[]? stride = null, long[]? padding = null,
        long[]? outputPadding = null, long groups = 1, bool bias = true, long[]? dilation = null, string paddingMode = "zeros", DType? dtype = null)
        : base(3, inChannels, outChannels, kernelSize, stride, padding, outputPadding, groups, bias, dilation, paddingMode, dtype) { }

    private protected override Tensor Convolve(Tensor input, long[] outputPadding) =>
        Torch.ConvTranspose3d(input, Weight, Bias, Stride, Padding, outputPadding, Groups, Dilation);
}
