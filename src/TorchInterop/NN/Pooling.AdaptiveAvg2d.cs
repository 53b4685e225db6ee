using System.Globalization;

namespace TorchInterop.NN;

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

    /// <summary>
    /// Python's <c>AdaptiveAvgPool2d((h, w))</c>, where a null size keeps the input's (<c>(3, None)</c>).
    /// </summary>
    public AdaptiveAvgPool2d((long? Height, long? Width) outputSize)
    {
        _sizes = [outputSize.Height, outputSize.Width];
        OutputSize = [outputSize.Height ?? -1, outputSize.Width ?? -1];
    }

    // The sizes as given, for a (h, w) tuple that may hold None.
    private readonly long?[]? _sizes;

    /// <summary>The output's height and width; -1 where the input's size is kept.</summary>
    public long[] OutputSize { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // F.adaptive_avg_pool2d's _list_with_default: None takes the input's size of that dimension.
        long[] size = _sizes is null ? OutputSize : [_sizes[0] ?? input.Size(-2), _sizes[1] ?? input.Size(-1)];
        return Torch.AdaptiveAvgPool2d(input, size);
    }

    /// <inheritdoc/>
    protected override string ExtraRepr() => _square
        ? FormattableString.Invariant($"output_size={OutputSize[0]}")
        : "output_size=(" + string.Join(", ", (_sizes ?? [OutputSize[0], OutputSize[1]]).Select(PythonSize)) + ")";

    private static string PythonSize(long? size) => size is { } s ? s.ToString(CultureInfo.InvariantCulture) : "None";
}
