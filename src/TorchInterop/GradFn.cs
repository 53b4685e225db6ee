using System.Runtime.InteropServices;
using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// A node of the autograd graph: the backward function that produced a tensor (Python's <c>grad_fn</c>).
/// Two <see cref="GradFn"/> objects are equal when they denote the same node.
/// </summary>
public sealed partial class GradFn : IEquatable<GradFn>
{
    private readonly NodeHandle _handle;
    private string? _name;
    private IReadOnlyList<(GradFn? Function, int InputNr)>? _next;

    internal GradFn(NodeHandle handle)
    {
        if (handle.IsInvalid) throw Check.LastError();
        _handle = handle;
        Identity = NativeMethods.ti_node_identity(handle);
    }

    internal IntPtr Identity { get; }

    /// <summary>The class name Python shows in reprs, e.g. <c>AddBackward0</c> or <c>AccumulateGrad</c>.</summary>
    public string Name => QualifiedName[(QualifiedName.LastIndexOf("::", StringComparison.Ordinal) is var i and >= 0 ? i + 2 : 0)..];

    /// <summary>
    /// LibTorch's name of the node, with its C++ namespace where it has one: what Python's <c>grad_fn.name()</c>
    /// returns (<c>torch::autograd::AccumulateGrad</c>, <c>AddBackward0</c>).
    /// </summary>
    public string QualifiedName => _name ??= Marshal.PtrToStringUTF8(NativeMethods.ti_node_name(_handle)) ?? throw Check.LastError();

    /// <summary>
    /// The nodes this one passes gradients to, with the input index of each (Python's <c>next_functions</c>);
    /// a null function stands for an input that does not require grad.
    /// </summary>
    public IReadOnlyList<(GradFn? Function, int InputNr)> NextFunctions => _next ??= LoadNext();

    private IReadOnlyList<(GradFn? Function, int InputNr)> LoadNext()
    {
        int count = Check.Status(NativeMethods.ti_node_num_next(_handle));
        var next = new (GradFn?, int)[count];
        for (int i = 0; i < count; i++)
        {
            Check.Status(NativeMethods.ti_node_next(_handle, i, out NodeHandle function, out int inputNr));
            next[i] = (function.IsInvalid ? null : new GradFn(function), inputNr);
        }
        return next;
    }

    /// <summary>
    /// For an <c>AccumulateGrad</c> node, the leaf tensor it accumulates into (Python's <c>grad_fn.variable</c>);
    /// otherwise null. It is the very object of that leaf while one is alive (<c>fn.Variable == w</c>, as Python's
    /// <c>is</c>): do not dispose it.
    /// </summary>
    public Tensor? Variable
    {
        get
        {
            Check.Status(NativeMethods.ti_node_variable(_handle, out IntPtr variable));
            return variable == IntPtr.Zero ? null : Tensor.Canonical(variable);
        }
    }

    /// <summary>The leaf as a wrapper of its own, which the caller disposes (for walkers that must not hold the user's).</summary>
    internal Tensor? OwnVariable()
    {
        Check.Status(NativeMethods.ti_node_variable(_handle, out IntPtr variable));
        return variable == IntPtr.Zero ? null : Tensor.From(variable);
    }

    /// <summary>Number of graph node references currently held by this process (for leak checks).</summary>
    public static long LiveHandleCount => NativeMethods.ti_live_nodes();

    /// <summary>
    /// Python's repr: <c>&lt;AddBackward0 object at 0x7f...&gt;</c>; a custom Function's node is a class of Python's
    /// <c>torch.autograd.function</c> module there: <c>&lt;torch.autograd.function.MyCubeBackward object at 0x7f...&gt;</c>.
    /// </summary>
    public override string ToString() =>
        Check.Flag(NativeMethods.ti_node_is_custom(_handle)) ? $"<torch.autograd.function.{Name} object at 0x{Identity:x}>"
            : $"<{Name} object at 0x{Identity:x}>";

    /// <inheritdoc />
    public bool Equals(GradFn? other) => other is not null && other.Identity == Identity;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GradFn);

    /// <inheritdoc />
    public override int GetHashCode() => Identity.GetHashCode();
}
