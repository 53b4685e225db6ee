namespace TorchInterop.NN;

/// <summary>
/// The padding modules (<c>ConstantPad*</c>, <c>ZeroPad*</c>, <c>ReflectionPad*</c>, <c>ReplicationPad*</c>,
/// <c>CircularPad*</c>): <c>F.pad</c> with a fixed padding, stored as PyTorch's <c>_ntuple(2·dims)</c> stores it.
/// </summary>
public abstract class PadNd : Module<Tensor, Tensor>
{
    private readonly string _mode;
    private readonly bool _showValue;
    private readonly Scalar? _value;

    private protected PadNd(IntOrTuple padding, int dims, string mode, Scalar? value, bool showValue)
    {
        Padding = padding.AsTuple(2 * dims);
        _mode = mode;
        _value = value;
        _showValue = showValue;
    }

    /// <summary>(left, right[, top, bottom[, front, back]]).</summary>
    public IntOrTuple Padding { get; }

    /// <summary>The fill value of constant padding.</summary>
    public double? Value => _value?.ToDouble();

    /// <summary>Checks the input's rank before padding (circular padding does).</summary>
    private protected virtual void CheckInput(Tensor input) { }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckInput(input);
        return Functional.Pad(input, [.. Padding.Values], _mode, Value);
    }

    /// <inheritdoc/>
    protected override string ExtraRepr() => _showValue ? $"padding={Padding}, value={_value ?? 0.0}" : Padding.ToString();
}

/// <summary>Python's <c>torch.nn.ConstantPad1d(padding, value)</c>; the value keeps its int or float spelling in the repr.</summary>
public sealed class ConstantPad1d(IntOrTuple padding, Scalar value) : PadNd(padding, 1, "constant", value, true);

/// <summary>Python's <c>torch.nn.ConstantPad2d(padding, value)</c>; the value keeps its int or float spelling in the repr.</summary>
public sealed class ConstantPad2d(IntOrTuple padding, Scalar value) : PadNd(padding, 2, "constant", value, true);

/// <summary>Python's <c>torch.nn.ConstantPad3d(padding, value)</c>; the value keeps its int or float spelling in the repr.</summary>
public sealed class ConstantPad3d(IntOrTuple padding, Scalar value) : PadNd(padding, 3, "constant", value, true);

/// <summary>Python's <c>torch.nn.ZeroPad1d(padding)</c> (PyTorch 2.x).</summary>
public sealed class ZeroPad1d(IntOrTuple padding) : PadNd(padding, 1, "constant", 0.0, false);

/// <summary>Python's <c>torch.nn.ZeroPad2d(padding)</c>.</summary>
public sealed class ZeroPad2d(IntOrTuple padding) : PadNd(padding, 2, "constant", 0.0, false);

/// <summary>Python's <c>torch.nn.ZeroPad3d(padding)</c> (PyTorch 2.x).</summary>
public sealed class ZeroPad3d(IntOrTuple padding) : PadNd(padding, 3, "constant", 0.0, false);

/// <summary>Python's <c>torch.nn.ReflectionPad1d(padding)</c>.</summary>
public sealed class ReflectionPad1d(IntOrTuple padding) : PadNd(padding, 1, "reflect", null, false);

/// <summary>Python's <c>torch.nn.ReflectionPad2d(padding)</c>.</summary>
public sealed class ReflectionPad2d(IntOrTuple padding) : PadNd(padding, 2, "reflect", null, false);

/// <summary>Python's <c>torch.nn.ReflectionPad3d(padding)</c>.</summary>
public sealed class ReflectionPad3d(IntOrTuple padding) : PadNd(padding, 3, "reflect", null, false);

/// <summary>Python's <c>torch.nn.ReplicationPad1d(padding)</c>.</summary>
public sealed class ReplicationPad1d(IntOrTuple padding) : PadNd(padding, 1, "replicate", null, false);

/// <summary>Python's <c>torch.nn.ReplicationPad2d(padding)</c>.</summary>
public sealed class ReplicationPad2d(IntOrTuple padding) : PadNd(padding, 2, "replicate", null, false);

/// <summary>Python's <c>torch.nn.ReplicationPad3d(padding)</c>.</summary>
public sealed class ReplicationPad3d(IntOrTuple padding) : PadNd(padding, 3, "replicate", null, false);

/// <summary>PyTorch 2.x's circular padding modules: they check the input's rank first.</summary>
public abstract class CircularPadNd(IntOrTuple padding, int dims) : PadNd(padding, dims, "circular", null, false)
{
    private readonly int _dims = dims;

    private protected override void CheckInput(Tensor input)
    {
        if (input.Dim != _dims + 1 && input.Dim != _dims + 2)
            throw new TorchException($"expected {_dims + 1}D or {_dims + 2}D input (got {input.Dim}D input)", TorchErrorKind.ValueError);
    }
}

/// <summary>Python's <c>torch.nn.CircularPad1d(padding)</c> (PyTorch 2.x).</summary>
public sealed class CircularPad1d(IntOrTuple padding) : CircularPadNd(padding, 1);

/// <summary>Python's <c>torch.nn.CircularPad2d(padding)</c> (PyTorch 2.x).</summary>
public sealed class CircularPad2d(IntOrTuple padding) : CircularPadNd(padding, 2);

/// <summary>Python's <c>torch.nn.CircularPad3d(padding)</c> (PyTorch 2.x).</summary>
public sealed class CircularPad3d(IntOrTuple padding) : CircularPadNd(padding, 3);
