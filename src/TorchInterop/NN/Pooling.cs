using System.Globalization;

namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.MaxPool2d(kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)</c>.</summary>
public sealed class MaxPool2d(long kernelSize, long? stride = null, long padding = 0, long dilation = 1, bool ceilMode = false)
    : Module<Tensor, Tensor>
{
    /// <summary>The window size; the stride defaults to it.</summary>
    public long KernelSize { get; } = kernelSize;

    /// <summary>The step between windows.</summary>
    public long Stride { get; } = stride ?? kernelSize;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.MaxPool2d(input, [KernelSize], [Stride], [padding], [dilation], ceilMode);

    /// <inheritdoc/>
    protected override string ExtraRepr() => string.Create(CultureInfo.InvariantCulture,
        $"kernel_size={KernelSize}, stride={Stride}, padding={padding}, dilation={dilation}, ceil_mode={(ceilMode ? "True" : "False")}");
}

/// <summary>Python's <c>torch.nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)</c>.</summary>
public sealed class AvgPool2d(long kernelSize, long? stride = null, long padding = 0, bool ceilMode = false, bool countIncludePad = true)
    : Module<Tensor, Tensor>
{
    /// <summary>The window size; the stride defaults to it.</summary>
    public long KernelSize { get; } = kernelSize;

    /// <summary>The step between windows.</summary>
    public long Stride { get; } = stride ?? kernelSize;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.AvgPool2d(input, [KernelSize], [Stride], [padding], ceilMode, countIncludePad);

    /// <inheritdoc/>
    protected override string ExtraRepr() => string.Create(CultureInfo.InvariantCulture, $"kernel_size={KernelSize}, stride={Stride}, padding={padding}");
}

/// <summary>Python's <c>torch.nn.AvgPool1d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)</c>.</summary>
public sealed class AvgPool1d(long kernelSize, long? stride = null, long padding = 0, bool ceilMode = false, bool countIncludePad = true)
    : Module<Tensor, Tensor>
{
    /// <summary>The window size; the stride defaults to it.</summary>
    public long KernelSize { get; } = kernelSize;

    /// <summary>The step between windows.</summary>
    public long Stride { get; } = stride ?? kernelSize;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.AvgPool1d(input, [KernelSize], [Stride], [padding], ceilMode, countIncludePad);

    /// <inheritdoc/>
    protected override string ExtraRepr() => string.Create(CultureInfo.InvariantCulture, $"kernel_size=({KernelSize},), stride=({Stride},), padding=({padding},)");
}

/// <summary>Python's <c>torch.nn.AdaptiveAvgPool2d(output_size)</c>: average pooling to a fixed output size.</summary>
public sealed class AdaptiveAvgPool2d : Module<Tensor, Tensor>
{
    private readonly bool _square;

    /// <summary>Pools to <paramref name="outputSize"/> × <paramref name="outputSize"/>.</summary>
    public AdaptiveAvgPool2d(long outputSize)
    {
        OutputSize = [outputSize, outputSize];
        _square = true;
    }

    /// <summary>Pools to <paramref name="height"/> × <paramref name="width"/>.</summary>
    public AdaptiveAvgPool2d(long height, long width) => OutputSize = [height, width];

    /// <summary>The output's height and width.</summary>
    public long[] OutputSize { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.AdaptiveAvgPool2d(input, OutputSize);

    /// <inheritdoc/>
    protected override string ExtraRepr() => _square
        ? FormattableString.Invariant($"output_size={OutputSize[0]}")
        : FormattableString.Invariant($"output_size=({OutputSize[0]}, {OutputSize[1]})");
}
