namespace TorchInterop.Native;

/// <summary>
/// Raw handles of a list of tensors, each kept alive (SafeHandle reference) until disposed, so the native side
/// can read them as an array. Null entries become null pointers.
/// </summary>
internal readonly struct HandleList : IDisposable
{
    private readonly TensorHandle?[] _held;

    public HandleList(IReadOnlyList<Tensor?>? tensors, string parameterName)
    {
        int count = tensors?.Count ?? 0;
        Pointers = new IntPtr[count];
        _held = new TensorHandle?[count];
        try
        {
            for (int i = 0; i < count; i++)
            {
                var handle = tensors![i]?.Handle;
                if (handle is null) continue;
                bool added = false;
                handle.DangerousAddRef(ref added);
                _held[i] = handle;
                Pointers[i] = handle.DangerousGetHandle();
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public IntPtr[] Pointers { get; }

    /// <summary>Like the main constructor, but null entries are an error.</summary>
    public static HandleList NonNull(IReadOnlyList<Tensor> tensors, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(tensors, parameterName);
        for (int i = 0; i < tensors.Count; i++)
            if (tensors[i] is null) throw new ArgumentNullException(parameterName, $"{parameterName}[{i}] is null.");
        return new HandleList(tensors, parameterName);
    }

    public void Dispose()
    {
        foreach (var handle in _held) handle?.DangerousRelease();
        Array.Clear(_held);
    }
}
