namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary><c>F.conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)</c>.</summary>
    public static Tensor Conv1d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? dilation = null, long groups = 1) =>
        Torch.Conv1d(input, weight, bias, (stride ?? 1).Expand(1), (padding ?? 0).Expand(1), (dilation ?? 1).Expand(1), groups);

    /// <summary><c>F.conv1d(..., padding='same')</c> or <c>padding='valid'</c>.</summary>
    public static Tensor Conv1d(Tensor input, Tensor weight, Tensor? bias, IntOrTuple? stride, string padding, IntOrTuple? dilation = null, long groups = 1) =>
        Torch.Conv1d(input, weight, bias, (stride ?? 1).Expand(1), padding, (dilation ?? 1).Expand(1), groups);

    /// <summary><c>F.conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)</c>.</summary>
    public static Tensor Conv2d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? dilation = null, long groups = 1) =>
        Torch.Conv2d(input, weight, bias, (stride ?? 1).Expand(2), (padding ?? 0).Expand(2), (dilation ?? 1).Expand(2), groups);

    /// <summary><c>F.conv2d(..., padding='same')</c> or <c>padding='valid'</c>.</summary>
    public static Tensor Conv2d(Tensor input, Tensor weight, Tensor? bias, IntOrTuple? stride, string padding, IntOrTuple? dilation = null, long groups = 1) =>
        Torch.Conv2d(input, weight, bias, (stride ?? 1).Expand(2), padding, (dilation ?? 1).Expand(2), groups);

    /// <summary><c>F.conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)</c>.</summary>
    public static Tensor Conv3d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? dilation = null, long groups = 1) =>
        Torch.Conv3d(input, weight, bias, (stride ?? 1).Expand(3), (padding ?? 0).Expand(3), (dilation ?? 1).Expand(3), groups);

    /// <summary><c>F.conv3d(..., padding='same')</c> or <c>padding='valid'</c>.</summary>
    public static Tensor Conv3d(Tensor input, Tensor weight, Tensor? bias, IntOrTuple? stride, string padding, IntOrTuple? dilation = null, long groups = 1) =>
        Torch.Conv3d(input, weight, bias, (stride ?? 1).Expand(3), padding, (dilation ?? 1).Expand(3), groups);

    /// <summary><c>F.conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)</c>.</summary>
    public static Tensor ConvTranspose1d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? outputPadding = null, long groups = 1, IntOrTuple? dilation = null) =>
        Torch.ConvTranspose1d(input, weight, bias, (stride ?? 1).Expand(1), (padding ?? 0).Expand(1), (outputPadding ?? 0).Expand(1), groups,
            (dilation ?? 1).Expand(1));

    /// <summary><c>F.conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)</c>.</summary>
    public static Tensor ConvTranspose2d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? outputPadding = null, long groups = 1, IntOrTuple? dilation = null) =>
        Torch.ConvTranspose2d(input, weight, bias, (stride ?? 1).Expand(2), (padding ?? 0).Expand(2), (outputPadding ?? 0).Expand(2), groups,
            (dilation ?? 1).Expand(2));

    /// <summary><c>F.conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)</c>.</summary>
    public static Tensor ConvTranspose3d(Tensor input, Tensor weight, Tensor? bias = null, IntOrTuple? stride = null, IntOrTuple? padding = null,
        IntOrTuple? outputPadding = null, long groups = 1, IntOrTuple? dilation = null) =>
        Torch.ConvTranspose3d(input, weight, bias, (stride ?? 1).Expand(3), (padding ?? 0).Expand(3), (outputPadding ?? 0).Expand(3), groups,
            (dilation ?? 1).Expand(3));

    /// <summary><c>F.conv_tbc(input, weight, bias, pad=0)</c>: a 1-D convolution over (time, batch, channels) input.</summary>
    public static Tensor ConvTbc(Tensor input, Tensor weight, Tensor bias, long pad = 0) => Torch.ConvTbc(input, weight, bias, pad);

    /// <summary>
    /// <c>F.unfold(input, kernel_size, dilation=1, padding=0, stride=1)</c>: sliding blocks as columns
    /// (<c>im2col</c>).
    /// </summary>
    public static Tensor Unfold(Tensor input, IntOrTuple kernelSize, IntOrTuple? dilation = null, IntOrTuple? padding = null, IntOrTuple? stride = null) =>
        Torch.Im2col(input, kernelSize.Expand(2), (dilation ?? 1).Expand(2), (padding ?? 0).Expand(2), (stride ?? 1).Expand(2));

    /// <summary>
    /// <c>F.fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1)</c>: columns summed back into an
    /// image (<c>col2im</c>).
    /// </summary>
    public static Tensor Fold(Tensor input, IntOrTuple outputSize, IntOrTuple kernelSize, IntOrTuple? dilation = null, IntOrTuple? padding = null,
        IntOrTuple? stride = null) =>
        Torch.Col2im(input, outputSize.Expand(2), kernelSize.Expand(2), (dilation ?? 1).Expand(2), (padding ?? 0).Expand(2), (stride ?? 1).Expand(2));

    /// <summary><c>F.linear(input, weight, bias=None)</c>: <c>input @ weight.T + bias</c>.</summary>
    public static Tensor Linear(Tensor input, Tensor weight, Tensor? bias = null) => Torch.Linear(input, weight, bias);

    /// <summary><c>F.bilinear(input1, input2, weight, bias=None)</c>: <c>x1ᵀ A x2 + b</c>.</summary>
    public static Tensor Bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor? bias = null) => Torch.Bilinear(input1, input2, weight, bias);

    /// <summary>
    /// <c>F.pad(input, pad, mode='constant', value=None)</c>: pads the last dimensions, last first, by
    /// (left, right, top, bottom, ...); modes <c>constant</c>, <c>reflect</c>, <c>replicate</c> and <c>circular</c>,
    /// with ATen's checks and messages.
    /// </summary>
    public static Tensor Pad(Tensor input, long[] pad, string mode = "constant", double? value = null) => Torch.Pad(input, pad, mode, value);

    /// <summary><c>F.pixel_shuffle(input, upscale_factor)</c>: (*, C·r², H, W) to (*, C, H·r, W·r).</summary>
    public static Tensor PixelShuffle(Tensor input, long upscaleFactor) => Torch.PixelShuffle(input, upscaleFactor);

    /// <summary><c>F.pixel_unshuffle(input, downscale_factor)</c>: the inverse of <see cref="PixelShuffle"/>.</summary>
    public static Tensor PixelUnshuffle(Tensor input, long downscaleFactor) => Torch.PixelUnshuffle(input, downscaleFactor);

    /// <summary><c>F.channel_shuffle(input, groups)</c>: interleaves the channels of <paramref name="groups"/> groups.</summary>
    public static Tensor ChannelShuffle(Tensor input, long groups) => Torch.ChannelShuffle(input, groups);

    /// <summary><c>F.native_channel_shuffle(input, groups)</c>: ATen's native kernel for <see cref="ChannelShuffle"/>.</summary>
    public static Tensor NativeChannelShuffle(Tensor input, long groups) => Torch.NativeChannelShuffle(input, groups);

    /// <summary><c>F.one_hot(tensor, num_classes=-1)</c>: int64 one-hot rows; -1 infers the class count.</summary>
    public static Tensor OneHot(Tensor tensor, long numClasses = -1) => Torch.OneHot(tensor, numClasses);
}
