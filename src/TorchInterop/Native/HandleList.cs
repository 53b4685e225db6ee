namespace TorchInterop.Native;

/// <summary>
/// The raw handles of a list of tensors, for native functions that take an array. The tensors stay reachable
/// until this is disposed (after the native call), so none can be finalized while native code reads it.
/// Null entries become null pointers.
/// </summary>
internal readonly struct HandleList : IDisposable
{
    private readonly IReadOnlyList<Tensor?>? _tensors;

    public HandleList(IReadOnlyList<Tensor?>? tensors)
    {
        _tensors = tensors;
        Pointers = new IntPtr[tensors?.Count ?? 0];
        for (int i = 0; i < Pointers.Length; i++) Pointers[i] = tensors![i]?.Handle ?? IntPtr.Zero;
    }

    public IntPtr[] Pointers { get; }

    /// <summary>Like the main constructor, but null entries are an error.</summary>
    public static HandleList NonNull(IReadOnlyList<Tensor> tensors, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(tensors, parameterName);
        for (int i = 0; i < tensors.Count; i++)
            if (tensors[i] is null) throw new ArgumentNullException(parameterName, $"{parameterName}[{i}] is null.");
        return new HandleList(tensors);
    }

    /// <summary>A list that must exist but may hold nulls (PyTorch's <c>Tensor?[]</c>).</summary>
    public static HandleList AllowingNulls(IReadOnlyList<Tensor?> tensors, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(tensors, parameterName);
        return new HandleList(tensors);
    }

    public void Dispose() => GC.KeepAlive(_tensors);
}
