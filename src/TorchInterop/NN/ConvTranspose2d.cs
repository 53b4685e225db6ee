namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.ConvTranspose2d</c>: the gradient of a 2-D convolution with respect to its input, used to
/// upsample (N, C, H, W) or (C, H, W) input.
/// </summary>
public sealed class ConvTranspose2d : ConvNd
{
    /// <summary><c>ConvTranspose2d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1)</c>.</summary>
    public ConvTranspose2d(long inChannels, long outChannels, long kernelSize, long stride = 1, long padding = 0, long outputPadding = 0,
        long groups = 1, bool bias = true, long dilation = 1, string paddingMode = "zeros", DType? dtype = null)
        : this(inChannels, outChannels, [kernelSize], [stride], [padding], [outputPadding], groups, bias, [dilation], paddingMode, dtype) { }

    /// <summary>Per-dimension sizes.</summary>
    public ConvTranspose2d(long inChannels, long outChannels, long[] kernelSize, long[]? stride = null, long[]? padding = null,
        long[]? outputPadding = null, long groups = 1, bool bias = true, long[]? dilation = null, string paddingMode = "zeros", DType? dtype = null)
        : base(inChannels, outChannels, Expand(kernelSize, 0, 2, nameof(kernelSize)), Expand(stride, 1, 2, nameof(stride)),
            Expand(padding, 0, 2, nameof(padding)), null, Expand(dilation, 1, 2, nameof(dilation)), true,
            Expand(outputPadding, 0, 2, nameof(outputPadding)), groups, bias, OnlyZeros(paddingMode), dtype) { }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Forward(input, null);

    /// <summary>
    /// Python's <c>forward(input, output_size)</c>: <paramref name="outputSize"/> (spatial, or with the batch and
    /// channel dimensions) picks the output padding among the sizes the stride allows.
    /// </summary>
    public Tensor Forward(Tensor input, long[]? outputSize)
    {
        ArgumentNullException.ThrowIfNull(input);
        var outputPadding = outputSize is null ? OutputPadding : OutputPaddingFor(input, outputSize);
        return Torch.ConvTranspose2d(input, Weight, Bias, Stride, Padding, outputPadding, Groups, Dilation);
    }

    private long[] OutputPaddingFor(Tensor input, long[] outputSize)
    {
        const int spatialDims = 2;
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
        return [outputSize[0] - min[0], outputSize[1] - min[1]];
    }

    private static string List(long[] values) => "[" + string.Join(", ", values) + "]";

    private static string OnlyZeros(string paddingMode) => paddingMode == "zeros"
        ? paddingMode
        : throw new ArgumentException($"Only \"zeros\" padding mode is supported for {nameof(ConvTranspose2d)}", nameof(paddingMode));
}
