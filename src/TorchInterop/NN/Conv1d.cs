namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.Conv1d</c>: a 1-D convolution over (N, C, L) or (C, L) input.</summary>
public class Conv1d : ConvNd
{
    /// <summary><c>Conv1d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')</c>.</summary>
    public Conv1d(long inChannels, long outChannels, long kernelSize, long stride = 1, long padding = 0, long dilation = 1,
        long groups = 1, bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(inChannels, outChannels, [kernelSize], [stride], [padding], null, [dilation], false, [0], groups, bias, paddingMode, dtype) { }

    /// <summary>Sizes given as one-element tuples: <c>Conv1d(4, 8, kernel_size=(3,), stride=(2,))</c>.</summary>
    public Conv1d(long inChannels, long outChannels, long[] kernelSize, long[]? stride = null, long[]? padding = null, long[]? dilation = null,
        long groups = 1, bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(inChannels, outChannels, Expand(kernelSize, 0, 1, nameof(kernelSize)), Expand(stride, 1, 1, nameof(stride)),
            Expand(padding, 0, 1, nameof(padding)), null, Expand(dilation, 1, 1, nameof(dilation)), false, [0], groups, bias, paddingMode, dtype) { }

    /// <summary>Padding given as <c>"same"</c> (output as long as the input; stride 1 only) or <c>"valid"</c> (none).</summary>
    public Conv1d(long inChannels, long outChannels, long kernelSize, string padding, long stride = 1, long dilation = 1,
        long groups = 1, bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(inChannels, outChannels, [kernelSize], [stride], [0], padding ?? throw new ArgumentNullException(nameof(padding)),
            [dilation], false, [0], groups, bias, paddingMode, dtype) { }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Convolve(input, Torch.Conv1d, Torch.Conv1d);
}
