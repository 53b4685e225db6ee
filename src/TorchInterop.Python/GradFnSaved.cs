using TorchInterop.Native;

namespace TorchInterop.Python;

/// <summary>
/// The Python view of a node's saved value, for the generated <c>_saved_&lt;name&gt;</c> properties: tuples are
/// <see cref="PyTuple{T}"/>, and ints are <c>ulong</c> because PyTorch's getters convert them with
/// <c>PyLong_FromUnsignedLong</c> (a saved <c>dim=-1</c> reads 18446744073709551615 in Python too).
/// </summary>
internal static class GradFnSaved
{
    /// <summary>The value named <paramref name="name"/> as the property's type <typeparamref name="T"/>.</summary>
    public static T Get<T>(GradFn node, string name)
    {
        var (kind, value) = node.ReadSaved(name);
        return (T)PythonView(kind, value)!;
    }

    private static object? PythonView(SavedKind kind, object? value) => kind switch
    {
        SavedKind.Int => unchecked((ulong)(long)value!),
        SavedKind.Ints => new PyTuple<ulong>(((long[])value!).Select(v => unchecked((ulong)v)).ToArray()),
        SavedKind.Floats => new PyTuple<double>((double[])value!),
        SavedKind.Tensors => new PyTuple<Tensor?>((Tensor?[])value!),
        SavedKind.Numbers => new PyTuple<object>((object[])value!),
        _ => value,
    };
}
