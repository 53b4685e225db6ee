namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.Conv2d</c>: a 2-D convolution over (N, C, H, W) or (C, H, W) input.</summary>
public class Conv2d : ConvNd
{
    /// <summary>Square kernel, stride, padding and dilation: <c>Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False)</c>.</summary>
    public Conv2d(long inChannels, long outChannels, long kernelSize, long stride = 1, long padding = 0, long dilation = 1,
        long groups = 1, bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : this(inChannels, outChannels, [kernelSize], [stride], [padding], dilation: [dilation], groups, bias, paddingMode, dtype) { }

    /// <summary>Per-dimension sizes: <c>Conv2d(3, 8, kernel_size=(3, 5), stride=(2, 1), padding=(4, 2))</c>.</summary>
    public Conv2d(long inChannels, long outChannels, long[] kernelSize, long[]? stride = null, long[]? padding = null,
        long[]? dilation = null, long groups = 1, bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(inChannels, outChannels, Expand(kernelSize, 0, 2, nameof(kernelSize)), Expand(stride, 1, 2, nameof(stride)),
            Expand(padding, 0, 2, nameof(padding)), null, Expand(dilation, 1, 2, nameof(dilation)), false, [0, 0], groups, bias, paddingMode, dtype) { }

    /// <summary>Padding given as <c>"same"</c> (output as large as the input; stride 1 only) or <c>"valid"</c> (none).</summary>
    public Conv2d(long inChannels, long outChannels, long[] kernelSize, string padding, long[]? stride = null, long[]? dilation = null,
        long groups = 1, bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(inChannels, outChannels, Expand(kernelSize, 0, 2, nameof(kernelSize)), Expand(stride, 1, 2, nameof(stride)),
            [0, 0], padding ?? throw new ArgumentNullException(nameof(padding)), Expand(dilation, 1, 2, nameof(dilation)), false, [0, 0],
            groups, bias, paddingMode, dtype) { }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Convolve(input, Torch.Conv2d, Torch.Conv2d);
}
