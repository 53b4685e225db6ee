using System.Globalization;

namespace TorchInterop.NN;

/// <summary>
/// What PyTorch's <c>_AdaptiveAvgPoolNd</c> and <c>_AdaptiveMaxPoolNd</c> hold: the output size as given (a number,
/// a tuple, or a tuple with None entries that keep the input's size), and the repr <c>output_size=...</c>.
/// <typeparamref name="TOutput"/> is what calling the module gives (the pooled tensor, or the maxima and their indices).
/// </summary>
public abstract class AdaptivePoolNd<TOutput> : Module<Tensor, TOutput>
{
    private readonly IntOrTuple? _size;
    private readonly long?[]? _sizesWithNone;

    /// <summary>The size when given without None entries.</summary>
    private protected IntOrTuple? Size => _size;

    /// <summary>The size when given with None entries.</summary>
    private protected long?[]? SizesWithNone => _sizesWithNone;

    private protected AdaptivePoolNd(IntOrTuple outputSize) => _size = outputSize;

    private protected AdaptivePoolNd(long?[] outputSize) => _sizesWithNone = (long?[])(outputSize ?? throw new ArgumentNullException(nameof(outputSize))).Clone();

    /// <summary>The output size as given, with null for Python's None (the input's size is kept).</summary>
    public IReadOnlyList<long?> OutputSize => _sizesWithNone ?? [.. _size!.Value.Values.Select(v => (long?)v)];

    private protected Tensor Pool(Tensor input, Func<Tensor, IntOrTuple, Tensor> sized, Func<Tensor, long?[], Tensor> withNone) =>
        _sizesWithNone is { } sizes ? withNone(input, sizes) : sized(input, _size!.Value);

    /// <inheritdoc/>
    protected override string ExtraRepr() => "output_size=" + (_sizesWithNone is { } sizes
        ? "(" + string.Join(", ", sizes.Select(s => s is { } v ? v.ToString(CultureInfo.InvariantCulture) : "None")) + (sizes.Length == 1 ? ",)" : ")")
        : _size!.Value.ToString());
}

/// <summary>An adaptive pool that returns the pooled tensor.</summary>
public abstract class AdaptivePoolNd : AdaptivePoolNd<Tensor>
{
    private protected AdaptivePoolNd(IntOrTuple outputSize) : base(outputSize) { }

    private protected AdaptivePoolNd(long?[] outputSize) : base(outputSize) { }
}

/// <summary>Python's <c>torch.nn.AdaptiveAvgPool1d(output_size)</c>.</summary>
public sealed class AdaptiveAvgPool1d(IntOrTuple outputSize) : AdaptivePoolNd(outputSize)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Pool(input, Functional.AdaptiveAvgPool1d, (x, _) => x);
}

/// <summary>Python's <c>torch.nn.AdaptiveAvgPool3d(output_size)</c>.</summary>
public sealed class AdaptiveAvgPool3d : AdaptivePoolNd
{
    /// <summary>A number or a triple.</summary>
    public AdaptiveAvgPool3d(IntOrTuple outputSize) : base(outputSize) { }

    /// <summary>A triple whose null entries keep the input's size: Python's <c>(2, None, 3)</c>.</summary>
    public AdaptiveAvgPool3d(long?[] outputSize) : base(outputSize) { }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Pool(input, Functional.AdaptiveAvgPool3d, Functional.AdaptiveAvgPool3d);
}

/// <summary>
/// What the adaptive max pools add: the maxima's indices on request, and Python's <c>return_indices</c> (true when
/// calling the module gives the maxima and their indices).
/// </summary>
public abstract class AdaptiveMaxPoolNd<TOutput> : AdaptivePoolNd<TOutput>
{
    private protected AdaptiveMaxPoolNd(IntOrTuple outputSize, bool returnIndices) : base(outputSize) => ReturnIndices = returnIndices;

    private protected AdaptiveMaxPoolNd(long?[] outputSize, bool returnIndices) : base(outputSize) => ReturnIndices = returnIndices;

    /// <summary>Python's <c>return_indices</c>.</summary>
    public bool ReturnIndices { get; }

    /// <summary>Python's <c>return_indices=True</c>: the maxima and their flat indices.</summary>
    public abstract (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input);
}

/// <summary>An adaptive max pool that returns the maxima only (Python's default <c>return_indices=False</c>).</summary>
public abstract class AdaptiveMaxPoolNd : AdaptiveMaxPoolNd<Tensor>
{
    private protected AdaptiveMaxPoolNd(IntOrTuple outputSize) : base(outputSize, returnIndices: false) { }

    private protected AdaptiveMaxPoolNd(long?[] outputSize) : base(outputSize, returnIndices: false) { }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        var (output, indices) = ForwardWithIndices(input);
        indices.Dispose();
        return output;
    }
}

/// <summary>Python's <c>torch.nn.AdaptiveMaxPool1d(output_size, return_indices=False)</c>.</summary>
public sealed class AdaptiveMaxPool1d(IntOrTuple outputSize) : AdaptiveMaxPoolNd(outputSize)
{
    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.AdaptiveMaxPool1dWithIndices(input, Size!.Value);
}

/// <summary>Python's <c>torch.nn.AdaptiveMaxPool2d(output_size, return_indices=False)</c>.</summary>
public sealed class AdaptiveMaxPool2d : AdaptiveMaxPoolNd
{
    /// <summary>A number or a pair.</summary>
    public AdaptiveMaxPool2d(IntOrTuple outputSize) : base(outputSize) { }

    /// <summary>A pair whose null entries keep the input's size: Python's <c>(None, 3)</c>.</summary>
    public AdaptiveMaxPool2d(long?[] outputSize) : base(outputSize) { }

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) => SizesWithNone is { } sizes
        ? Functional.AdaptiveMaxPool2dWithIndices(input, sizes)
        : Functional.AdaptiveMaxPool2dWithIndices(input, Size!.Value);
}

/// <summary>Python's <c>torch.nn.AdaptiveMaxPool3d(output_size, return_indices=False)</c>.</summary>
public sealed class AdaptiveMaxPool3d : AdaptiveMaxPoolNd
{
    /// <summary>A number or a triple.</summary>
    public AdaptiveMaxPool3d(IntOrTuple outputSize) : base(outputSize) { }

    /// <summary>A triple whose null entries keep the input's size.</summary>
    public AdaptiveMaxPool3d(long?[] outputSize) : base(outputSize) { }

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) => SizesWithNone is { } sizes
        ? Functional.AdaptiveMaxPool3dWithIndices(input, sizes)
        : Functional.AdaptiveMaxPool3dWithIndices(input, Size!.Value);
}
