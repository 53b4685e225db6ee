namespace TorchInterop.NN;

/// <summary>
/// What PyTorch's <c>_MaxPoolNd</c> holds: the window, stride (the window by default), padding, dilation, ceil mode
/// and <c>return_indices</c>, and its repr (which leaves <c>return_indices</c> out). <typeparamref name="TOutput"/> is
/// what calling the module gives: the maxima, or with <c>return_indices=True</c> the maxima and their indices.
/// </summary>
public abstract class MaxPoolNd<TOutput> : Module<Tensor, TOutput>
{
    private protected MaxPoolNd(IntOrTuple kernelSize, IntOrTuple? stride, IntOrTuple? padding, IntOrTuple? dilation, bool ceilMode, bool returnIndices)
    {
        KernelSize = kernelSize;
        Stride = stride ?? kernelSize;
        Padding = padding ?? 0;
        Dilation = dilation ?? 1;
        CeilMode = ceilMode;
        ReturnIndices = returnIndices;
    }

    /// <summary>The window size.</summary>
    public IntOrTuple KernelSize { get; }

    /// <summary>The step between windows.</summary>
    public IntOrTuple Stride { get; }

    /// <summary>Implicit negative-infinity padding on both sides.</summary>
    public IntOrTuple Padding { get; }

    /// <summary>The spacing between window elements.</summary>
    public IntOrTuple Dilation { get; }

    /// <summary>Rounds output sizes up instead of down.</summary>
    public bool CeilMode { get; }

    /// <summary>Python's <c>return_indices</c>: true when calling the module gives the maxima and their indices.</summary>
    public bool ReturnIndices { get; }

    /// <summary>Python's <c>return_indices=True</c>: the maxima and their flat indices (for <c>MaxUnpool</c>).</summary>
    public abstract (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        $"kernel_size={KernelSize}, stride={Stride}, padding={Padding}, dilation={Dilation}, ceil_mode={(CeilMode ? "True" : "False")}";
}

/// <summary>A max pool that returns the maxima only (Python's default <c>return_indices=False</c>).</summary>
public abstract class MaxPoolNd : MaxPoolNd<Tensor>
{
    private protected MaxPoolNd(IntOrTuple kernelSize, IntOrTuple? stride, IntOrTuple? padding, IntOrTuple? dilation, bool ceilMode)
        : base(kernelSize, stride, padding, dilation, ceilMode, returnIndices: false) { }
}

/// <summary>Python's <c>torch.nn.MaxPool1d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)</c>.</summary>
public sealed class MaxPool1d(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceilMode = false)
    : MaxPoolNd(kernelSize, stride, padding, dilation, ceilMode)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.MaxPool1d(input, KernelSize, Stride, Padding, Dilation, CeilMode);

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.MaxPool1dWithIndices(input, KernelSize, Stride, Padding, Dilation, CeilMode);
}

/// <summary>Python's <c>torch.nn.MaxPool2d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)</c>.</summary>
public sealed class MaxPool2d(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceilMode = false)
    : MaxPoolNd(kernelSize, stride, padding, dilation, ceilMode)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.MaxPool2d(input, KernelSize, Stride, Padding, Dilation, CeilMode);

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.MaxPool2dWithIndices(input, KernelSize, Stride, Padding, Dilation, CeilMode);
}

/// <summary>Python's <c>torch.nn.MaxPool3d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)</c>.</summary>
public sealed class MaxPool3d(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null, IntOrTuple? dilation = null, bool ceilMode = false)
    : MaxPoolNd(kernelSize, stride, padding, dilation, ceilMode)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.MaxPool3d(input, KernelSize, Stride, Padding, Dilation, CeilMode);

    /// <inheritdoc/>
    public override (Tensor Output, Tensor Indices) ForwardWithIndices(Tensor input) =>
        Functional.MaxPool3dWithIndices(input, KernelSize, Stride, Padding, Dilation, CeilMode);
}

/// <summary>What PyTorch's <c>_AvgPoolNd</c> holds, and its repr (<c>kernel_size, stride, padding</c>).</summary>
public abstract class AvgPoolNd : Module<Tensor, Tensor>
{
    private protected AvgPoolNd(IntOrTuple kernelSize, IntOrTuple stride, IntOrTuple padding, bool ceilMode, bool countIncludePad, long? divisorOverride)
    {
        KernelSize = kernelSize;
        Stride = stride;
        Padding = padding;
        CeilMode = ceilMode;
        CountIncludePad = countIncludePad;
        DivisorOverride = divisorOverride;
    }

    /// <summary>The window size.</summary>
    public IntOrTuple KernelSize { get; }

    /// <summary>The step between windows (the window by default).</summary>
    public IntOrTuple Stride { get; }

    /// <summary>Implicit zero padding on both sides.</summary>
    public IntOrTuple Padding { get; }

    /// <summary>Rounds output sizes up instead of down.</summary>
    public bool CeilMode { get; }

    /// <summary>Counts the padding zeros in the average.</summary>
    public bool CountIncludePad { get; }

    /// <summary>The divisor used instead of the window's size, if set (2-D and 3-D only).</summary>
    public long? DivisorOverride { get; }

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"kernel_size={KernelSize}, stride={Stride}, padding={Padding}";
}

/// <summary>Python's <c>torch.nn.AvgPool1d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)</c>; sizes are stored as 1-tuples.</summary>
public sealed class AvgPool1d(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null, bool ceilMode = false, bool countIncludePad = true)
    : AvgPoolNd(kernelSize.AsTuple(1), (stride ?? kernelSize).AsTuple(1), (padding ?? 0).AsTuple(1), ceilMode, countIncludePad, null)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.AvgPool1d(input, KernelSize, Stride, Padding, CeilMode, CountIncludePad);
}

/// <summary>Python's <c>torch.nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)</c>.</summary>
public sealed class AvgPool2d(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null, bool ceilMode = false,
    bool countIncludePad = true, long? divisorOverride = null)
    : AvgPoolNd(kernelSize, stride ?? kernelSize, padding ?? 0, ceilMode, countIncludePad, divisorOverride)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.AvgPool2d(input, KernelSize, Stride, Padding, CeilMode, CountIncludePad, DivisorOverride);
}

/// <summary>Python's <c>torch.nn.AvgPool3d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)</c>.</summary>
public sealed class AvgPool3d(IntOrTuple kernelSize, IntOrTuple? stride = null, IntOrTuple? padding = null, bool ceilMode = false,
    bool countIncludePad = true, long? divisorOverride = null)
    : AvgPoolNd(kernelSize, stride ?? kernelSize, padding ?? 0, ceilMode, countIncludePad, divisorOverride)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.AvgPool3d(input, KernelSize, Stride, Padding, CeilMode, CountIncludePad, DivisorOverride);
}
