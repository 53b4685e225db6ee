namespace TorchInterop.Data;

// Python's index and unpacking rules for the fixed sequences of tensors (TensorSample, TensorBatch).
internal static class TensorItems
{
    internal static int Index(int index, int count, string kind)
    {
        int i = index < 0 ? index + count : index;
        if (i < 0 || i >= count) throw new IndexOutOfRangeException($"{kind} index out of range");
        return i;
    }

    internal static void CheckUnpack(int expected, int count)
    {
        if (count > expected) throw new InvalidOperationException($"too many values to unpack (expected {expected})");
        if (count < expected) throw new InvalidOperationException($"not enough values to unpack (expected {expected}, got {count})");
    }
}
