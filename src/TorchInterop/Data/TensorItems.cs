namespace TorchInterop.Data;

// Python's index and unpacking rules for the fixed sequences of tensors (TensorSample, TensorBatch).
internal static class TensorItems
{
    internal static int Index(int index, int count, string kind)
    {
        int i = index < 0 ? index + count : index;
        if (i < 0 || i >= count) throw new TorchException($"{kind} index out of range", TorchErrorKind.IndexError);
        return i;
    }

    internal static void CheckUnpack(int expected, int count)
    {
        if (count > expected) throw new TorchException($"too many values to unpack (expected {expected})", TorchErrorKind.ValueError);
        if (count < expected) throw new TorchException($"not enough values to unpack (expected {expected}, got {count})", TorchErrorKind.ValueError);
    }
}
