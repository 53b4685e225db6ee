using System.Globalization;
using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>What PyTorch's <c>_LPPoolNd</c> holds: the norm's power as given, the window, the stride, the ceil mode, and its repr.</summary>
public abstract class LPPoolNd : Module<Tensor, Tensor>
{
    private readonly string _normTypeText;

    private protected LPPoolNd(double normType, string normTypeText, IntOrTuple kernelSize, IntOrTuple? stride, bool ceilMode)
    {
        NormType = normType;
        _normTypeText = normTypeText;
        KernelSize = kernelSize;
        Stride = stride;
        CeilMode = ceilMode;
    }

    /// <summary>The power p of the p-norm.</summary>
    public double NormType { get; }

    /// <summary>The window size.</summary>
    public IntOrTuple KernelSize { get; }

    /// <summary>The step between windows; null for the window size.</summary>
    public IntOrTuple? Stride { get; }

    /// <summary>Rounds output sizes up instead of down.</summary>
    public bool CeilMode { get; }

    private protected static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private protected static string Text(double value) => PythonNumberFormat.Repr(value);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        $"norm_type={_normTypeText}, kernel_size={KernelSize}, stride={Stride?.ToString() ?? "None"}, ceil_mode={(CeilMode ? "True" : "False")}";
}

/// <summary>Python's <c>torch.nn.LPPool1d(norm_type, kernel_size, stride=None, ceil_mode=False)</c>.</summary>
public sealed class LPPool1d : LPPoolNd
{
    /// <summary>An integer power: <c>LPPool1d(2, 3)</c>.</summary>
    public LPPool1d(long normType, long kernelSize, IntOrTuple? stride = null, bool ceilMode = false)
        : base(normType, Text(normType), kernelSize, stride, ceilMode) { }

    /// <summary>A real power: <c>LPPool1d(1.5, 3)</c>.</summary>
    public LPPool1d(double normType, long kernelSize, IntOrTuple? stride = null, bool ceilMode = false)
        : base(normType, Text(normType), kernelSize, stride, ceilMode) { }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.LpPool1d(input, NormType, KernelSize.Values[0], Stride, CeilMode);
}

/// <summary>Python's <c>torch.nn.LPPool2d(norm_type, kernel_size, stride=None, ceil_mode=False)</c>.</summary>
public sealed class LPPool2d : LPPoolNd
{
    /// <summary>An integer power: <c>LPPool2d(2, 3)</c>.</summary>
    public LPPool2d(long normType, IntOrTuple kernelSize, IntOrTuple? stride = null, bool ceilMode = false)
        : base(normType, Text(normType), kernelSize, stride, ceilMode) { }

    /// <summary>A real power: <c>LPPool2d(1.5, (3, 2))</c>.</summary>
    public LPPool2d(double normType, IntOrTuple kernelSize, IntOrTuple? stride = null, bool ceilMode = false)
        : base(normType, Text(normType), kernelSize, stride, ceilMode) { }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.LpPool2d(input, NormType, KernelSize, Stride, CeilMode);
}

/// <summary>Python's <c>torch.nn.LPPool3d(norm_type, kernel_size, stride=None, ceil_mode=False)</c> (PyTorch 2.x).</summary>
public sealed class LPPool3d : LPPoolNd
{
    /// <summary>An integer power: <c>LPPool3d(2, 3)</c>.</summary>
    public LPPool3d(long normType, IntOrTuple kernelSize, IntOrTuple? stride = null, bool ceilMode = false)
        : base(normType, Text(normType), kernelSize, stride, ceilMode) { }

    /// <summary>A real power: <c>LPPool3d(1.5, 2)</c>.</summary>
    public LPPool3d(double normType, IntOrTuple kernelSize, IntOrTuple? stride = null, bool ceilMode = false)
        : base(normType, Text(normType), kernelSize, stride, ceilMode) { }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.LpPool3d(input, NormType, KernelSize, Stride, CeilMode);
}
