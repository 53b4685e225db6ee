using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using TorchInterop.Native;

namespace TorchInterop;

public sealed partial class GradFn
{
    /// <summary>
    /// The names of the values this node saved for its backward, as Python's <c>grad_fn._saved_&lt;name&gt;</c>
    /// without the prefix (<c>["exponent", "self"]</c> for <c>x.pow(2)</c>'s node), sorted; empty for a node that saves
    /// none (AccumulateGrad, custom Functions).
    /// </summary>
    public IReadOnlyList<string> SavedNames =>
        (Marshal.PtrToStringUTF8(NativeMethods.ti_node_saved_names(_handle)) ?? throw Check.LastError())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A value the node saved for its backward, by Python's name without <c>_saved_</c>
    /// (<c>y.GradFn!.GetSaved("exponent")</c> is <c>2L</c> for <c>y = x.Pow(2)</c>): a <see cref="Tensor"/> (null for
    /// an undefined one), <c>Tensor?[]</c>, <c>long</c>, <c>long[]</c>, <c>double</c>, <c>double[]</c>, <c>bool</c>,
    /// <c>string</c>, a number (<c>long</c>, <c>double</c>, <c>bool</c> or <see cref="Complex"/>) or <c>object[]</c> of
    /// numbers; null for an empty optional. A saved tensor is unpacked as Python unpacks it (an output comes back as
    /// a new tensor with this node as its grad_fn; a live leaf as that very object, which the caller must not dispose).
    /// Throws <see cref="TorchException"/>: AttributeError with Python's message when the node has no such value,
    /// RuntimeError with PyTorch's message when backward already freed it.
    /// </summary>
    public object? GetSaved(string name) => ReadSaved(name).Value;

    /// <summary>As <see cref="GetSaved"/>, with false instead of the AttributeError for a name the node does not have.</summary>
    public bool TryGetSaved(string name, out object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool found = TryReadSaved(name, out var saved);
        value = saved.Value;
        return found;
    }

    /// <summary>The saved value with the kind of Python getter that returns it (the dialect converts by kind).</summary>
    internal (SavedKind Kind, object? Value) ReadSaved(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryReadSaved(name, out var saved) ? saved
            : throw new TorchException($"'{Name}' object has no attribute '_saved_{name}'", TorchErrorKind.AttributeError);
    }

    private unsafe bool TryReadSaved(string name, out (SavedKind Kind, object? Value) saved)
    {
        saved = (SavedKind.None, null);
        if (Check.Status(NativeMethods.ti_node_saved(_handle, name, out SavedValue raw)) == 0) return false;
        saved = (raw.Kind, Convert(raw));
        return true;
    }

    private static unsafe object? Convert(in SavedValue raw) => raw.Kind switch
    {
        SavedKind.None => null,
        SavedKind.Tensor => TensorOf(raw.Tensors[0]),
        SavedKind.Tensors => TensorsOf(raw),
        SavedKind.Int => raw.Ints[0],
        SavedKind.Ints => new ReadOnlySpan<long>(raw.Ints, raw.Count).ToArray(),
        SavedKind.Float => raw.Floats[0],
        SavedKind.Floats => new ReadOnlySpan<double>(raw.Floats, raw.Count).ToArray(),
        SavedKind.Bool => raw.Ints[0] != 0,
        SavedKind.String => Encoding.UTF8.GetString(raw.Text, checked((int)raw.TextLength)),
        SavedKind.Number => NumberOf(raw.Numbers[0]),
        SavedKind.Numbers => new ReadOnlySpan<SavedNumber>(raw.Numbers, raw.Count).ToArray().Select(n => NumberOf(n)).ToArray(),
        var other => throw new InvalidOperationException($"unknown saved value kind {(int)other}"),
    };

    private static Tensor? TensorOf(IntPtr handle) => handle == IntPtr.Zero ? null : Tensor.Canonical(handle);

    // Every handle is the caller's: wrap them all before anything can throw, so none leaks.
    private static unsafe Tensor?[] TensorsOf(in SavedValue raw)
    {
        var tensors = new Tensor?[raw.Count];
        for (int i = 0; i < raw.Count; i++) tensors[i] = TensorOf(raw.Tensors[i]);
        return tensors;
    }

    private static object NumberOf(in SavedNumber n) => n.Kind switch
    {
        1 => n.Int,
        2 => n.Int != 0,
        3 => new Complex(n.Real, n.Imaginary),
        _ => n.Real,
    };
}
