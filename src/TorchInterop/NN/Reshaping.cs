using System.Globalization;

namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.PixelShuffle(upscale_factor)</c>.</summary>
public sealed class PixelShuffle(long upscaleFactor) : Module<Tensor, Tensor>
{
    /// <summary>The factor r: C·r² channels become an r-times larger image.</summary>
    public long UpscaleFactor { get; } = upscaleFactor;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.PixelShuffle(input, UpscaleFactor);

    /// <inheritdoc/>
    protected override string ExtraRepr() => string.Create(CultureInfo.InvariantCulture, $"upscale_factor={UpscaleFactor}");
}

/// <summary>Python's <c>torch.nn.PixelUnshuffle(downscale_factor)</c>.</summary>
public sealed class PixelUnshuffle(long downscaleFactor) : Module<Tensor, Tensor>
{
    /// <summary>The factor r: an r-times smaller image with C·r² channels.</summary>
    public long DownscaleFactor { get; } = downscaleFactor;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.PixelUnshuffle(input, DownscaleFactor);

    /// <inheritdoc/>
    protected override string ExtraRepr() => string.Create(CultureInfo.InvariantCulture, $"downscale_factor={DownscaleFactor}");
}

/// <summary>Python's <c>torch.nn.ChannelShuffle(groups)</c>.</summary>
public sealed class ChannelShuffle(long groups) : Module<Tensor, Tensor>
{
    /// <summary>The number of channel groups interleaved.</summary>
    public long Groups { get; } = groups;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.ChannelShuffle(input, Groups);

    /// <inheritdoc/>
    protected override string ExtraRepr() => string.Create(CultureInfo.InvariantCulture, $"groups={Groups}");
}

/// <summary>Python's <c>torch.nn.Fold(output_size, kernel_size, dilation=1, padding=0, stride=1)</c>.</summary>
public sealed class Fold(IntOrTuple outputSize, IntOrTuple kernelSize, IntOrTuple? dilation = null, IntOrTuple? padding = null, IntOrTuple? stride = null)
    : Module<Tensor, Tensor>
{
    /// <summary>The image size the columns fold into.</summary>
    public IntOrTuple OutputSize { get; } = outputSize;

    /// <summary>The block size.</summary>
    public IntOrTuple KernelSize { get; } = kernelSize;

    /// <summary>The spacing inside a block.</summary>
    public IntOrTuple Dilation { get; } = dilation ?? 1;

    /// <summary>Implicit zero padding.</summary>
    public IntOrTuple Padding { get; } = padding ?? 0;

    /// <summary>The step between blocks.</summary>
    public IntOrTuple Stride { get; } = stride ?? 1;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Fold(input, OutputSize, KernelSize, Dilation, Padding, Stride);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        $"output_size={OutputSize}, kernel_size={KernelSize}, dilation={Dilation}, padding={Padding}, stride={Stride}";
}

/// <summary>Python's <c>torch.nn.Unfold(kernel_size, dilation=1, padding=0, stride=1)</c>.</summary>
public sealed class Unfold(IntOrTuple kernelSize, IntOrTuple? dilation = null, IntOrTuple? padding = null, IntOrTuple? stride = null)
    : Module<Tensor, Tensor>
{
    /// <summary>The block size.</summary>
    public IntOrTuple KernelSize { get; } = kernelSize;

    /// <summary>The spacing inside a block.</summary>
    public IntOrTuple Dilation { get; } = dilation ?? 1;

    /// <summary>Implicit zero padding.</summary>
    public IntOrTuple Padding { get; } = padding ?? 0;

    /// <summary>The step between blocks.</summary>
    public IntOrTuple Stride { get; } = stride ?? 1;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Unfold(input, KernelSize, Dilation, Padding, Stride);

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"kernel_size={KernelSize}, dilation={Dilation}, padding={Padding}, stride={Stride}";
}

/// <summary>Python's <c>torch.nn.Identity()</c>: returns its input (the same tensor).</summary>
public sealed class Identity : Module<Tensor, Tensor>
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => input;
}

/// <summary>Python's <c>torch.nn.Unflatten(dim, unflattened_size)</c>: splits one dimension into several.</summary>
public sealed class Unflatten(long dim, IntOrTuple unflattenedSize) : Module<Tensor, Tensor>
{
    /// <summary>The dimension split.</summary>
    public long Dim { get; } = dim;

    /// <summary>The sizes it is split into.</summary>
    public IntOrTuple UnflattenedSize { get; } = unflattenedSize;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Unflatten(Dim, [.. UnflattenedSize.Values]);
    }

    /// <inheritdoc/>
    protected override string ExtraRepr() => string.Create(CultureInfo.InvariantCulture, $"dim={Dim}, unflattened_size={UnflattenedSize}");
}
