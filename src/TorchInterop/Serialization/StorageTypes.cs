namespace TorchInterop.Serialization;

// The legacy storage classes (torch.FloatStorage, ...) by which torch.save 1.13 names a storage's dtype.
internal static class StorageTypes
{
    private static readonly (string Name, DType DType)[] Table =
    [
        ("DoubleStorage", DType.Float64),
        ("FloatStorage", DType.Float32),
        ("HalfStorage", DType.Float16),
        ("BFloat16Storage", DType.BFloat16),
        ("LongStorage", DType.Int64),
        ("IntStorage", DType.Int32),
        ("ShortStorage", DType.Int16),
        ("CharStorage", DType.Int8),
        ("ByteStorage", DType.UInt8),
        ("BoolStorage", DType.Bool),
        ("ComplexDoubleStorage", DType.Complex128),
        ("ComplexFloatStorage", DType.Complex64),
    ];

    public static bool TryGetDType(string name, out DType dtype)
    {
        foreach (var (n, d) in Table)
        {
            if (n == name)
            {
                dtype = d;
                return true;
            }
        }
        dtype = default;
        return false;
    }

    public static string NameOf(DType dtype)
    {
        foreach (var (n, d) in Table)
            if (d == dtype) return n;
        throw new NotSupportedException($"{dtype.PythonName()} tensors cannot be saved in PyTorch's format");
    }
}
