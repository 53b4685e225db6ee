namespace TorchInterop;

/// <summary>Element types of tensors. The values are LibTorch's <c>c10::ScalarType</c> numbers.</summary>
public enum DType
{
    /// <summary><c>torch.uint8</c></summary>
    UInt8 = 0,
    /// <summary><c>torch.int8</c></summary>
    Int8 = 1,
    /// <summary><c>torch.int16</c></summary>
    Int16 = 2,
    /// <summary><c>torch.int32</c></summary>
    Int32 = 3,
    /// <summary><c>torch.int64</c></summary>
    Int64 = 4,
    /// <summary><c>torch.float16</c></summary>
    Float16 = 5,
    /// <summary><c>torch.float32</c>, the default.</summary>
    Float32 = 6,
    /// <summary><c>torch.float64</c></summary>
    Float64 = 7,
    /// <summary><c>torch.complex32</c> (carried through only).</summary>
    Complex32 = 8,
    /// <summary><c>torch.complex64</c> (carried through only).</summary>
    Complex64 = 9,
    /// <summary><c>torch.complex128</c> (carried through only).</summary>
    Complex128 = 10,
    /// <summary><c>torch.bool</c></summary>
    Bool = 11,
    /// <summary><c>torch.bfloat16</c></summary>
    BFloat16 = 15,
}

/// <summary>Facts about <see cref="DType"/> values.</summary>
public static class DTypeExtensions
{
    /// <summary>The name Python prints, e.g. <c>torch.float32</c>.</summary>
    public static string PythonName(this DType dtype) => dtype switch
    {
        DType.UInt8 => "torch.uint8",
        DType.Int8 => "torch.int8",
        DType.Int16 => "torch.int16",
        DType.Int32 => "torch.int32",
        DType.Int64 => "torch.int64",
        DType.Float16 => "torch.float16",
        DType.Float32 => "torch.float32",
        DType.Float64 => "torch.float64",
        DType.Complex32 => "torch.complex32",
        DType.Complex64 => "torch.complex64",
        DType.Complex128 => "torch.complex128",
        DType.Bool => "torch.bool",
        DType.BFloat16 => "torch.bfloat16",
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "Unknown dtype."),
    };

    /// <summary>True for float16, bfloat16, float32 and float64 (Python's <c>dtype.is_floating_point</c>).</summary>
    public static bool IsFloatingPoint(this DType dtype) =>
        dtype is DType.Float16 or DType.BFloat16 or DType.Float32 or DType.Float64;

    /// <summary>True for the complex dtypes.</summary>
    public static bool IsComplex(this DType dtype) => dtype is DType.Complex32 or DType.Complex64 or DType.Complex128;

    /// <summary>Size of one element in bytes.</summary>
    public static int ElementSize(this DType dtype) => dtype switch
    {
        DType.UInt8 or DType.Int8 or DType.Bool => 1,
        DType.Int16 or DType.Float16 or DType.BFloat16 => 2,
        DType.Int32 or DType.Float32 or DType.Complex32 => 4,
        DType.Int64 or DType.Float64 or DType.Complex64 => 8,
        DType.Complex128 => 16,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "Unknown dtype."),
    };

    /// <summary>The dtype that holds elements of the .NET type <typeparamref name="T"/>.</summary>
    internal static DType Of<T>() where T : unmanaged
    {
        if (typeof(T) == typeof(float)) return DType.Float32;
        if (typeof(T) == typeof(double)) return DType.Float64;
        if (typeof(T) == typeof(long)) return DType.Int64;
        if (typeof(T) == typeof(int)) return DType.Int32;
        if (typeof(T) == typeof(short)) return DType.Int16;
        if (typeof(T) == typeof(sbyte)) return DType.Int8;
        if (typeof(T) == typeof(byte)) return DType.UInt8;
        if (typeof(T) == typeof(bool)) return DType.Bool;
        if (typeof(T) == typeof(Half)) return DType.Float16;
        if (typeof(T) == typeof(System.Numerics.Complex)) return DType.Complex128;
        throw new ArgumentException(
            $"{typeof(T).Name} has no tensor dtype; use float, double, long, int, short, sbyte, byte, bool, Half or System.Numerics.Complex.");
    }
}
