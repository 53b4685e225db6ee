namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.Conv3d</c>: a 3-D convolution over (N, C, D, H, W) or (C, D, H, W) input.</summary>
public class Conv3d : ConvNd
{
    /// <summary>Cubic kernel, stride, padding and dilation.</summary>
    public Conv3d(long inChannels, long outChannels, long kernelSize, long stride = 1, long padding = 0, long dilation = 1,
        long groups = 1, bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : this(inChannels, outChannels, [kernelSize], [stride], [padding], dilation: [dilation], groups, bias, paddingMode, dtype) { }

    /// <summary>Per-dimension sizes.</summary>
    public Conv3d(long inChannels, long outChannels, long[] kernelSize, long[]? stride = null, long[]? padding = null,
        long[]? dilation = null, long groups = 1, bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(inChannels, outChannels, Expand(kernelSize, 0, 3, nameof(kernelSize)), Expand(stride, 1, 3, nameof(stride)),
            Expand(padding, 0, 3, nameof(padding)), null, Expand(dilation, 1, 3, nameof(dilation)), false, [0, 0, 0], groups, bias, paddingMode, dtype) { }

    /// <summary>Padding given as <c>"same"</c> or <c>"valid"</c>.</summary>
    public Conv3d(long inChannels, long outChannels, long[] kernelSize, string padding, long[]? stride = null, long[]? dilation = null,
        long groups = 1, bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(inChannels, outChannels, Expand(kernelSize, 0, 3, nameof(kernelSize)), Expand(stride, 1, 3, nameof(stride)),
            [0, 0, 0], padding ?? throw new ArgumentNullException(nameof(padding)), Expand(dilation, 1, 3, nameof(dilation)), false, [0, 0, 0],
            groups, bias, paddingMode, dtype) { }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Convolve(input, Torch.Conv3d, Torch.Conv3d);
}
