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
#if LIBTORCH_2
    /// <summary><c>torch.bits1x8</c> (LibTorch 2.x; few ops support it).</summary>
    Bits1x8 = 18,
    /// <summary><c>torch.bits2x4</c> (LibTorch 2.x; few ops support it).</summary>
    Bits2x4 = 19,
    /// <summary><c>torch.bits4x2</c> (LibTorch 2.x; few ops support it).</summary>
    Bits4x2 = 20,
    /// <summary><c>torch.bits8</c> (LibTorch 2.x; few ops support it).</summary>
    Bits8 = 21,
    /// <summary><c>torch.bits16</c> (LibTorch 2.x; few ops support it).</summary>
    Bits16 = 22,
    /// <summary><c>torch.float8_e5m2</c> (LibTorch 2.x; few ops support it).</summary>
    Float8E5M2 = 23,
    /// <summary><c>torch.float8_e4m3fn</c> (LibTorch 2.x; few ops support it).</summary>
    Float8E4M3Fn = 24,
    /// <summary><c>torch.float8_e5m2fnuz</c> (LibTorch 2.x; few ops support it).</summary>
    Float8E5M2Fnuz = 25,
    /// <summary><c>torch.float8_e4m3fnuz</c> (LibTorch 2.x; few ops support it).</summary>
    Float8E4M3Fnuz = 26,
    /// <summary><c>torch.uint16</c> (LibTorch 2.x; few ops support it).</summary>
    UInt16 = 27,
    /// <summary><c>torch.uint32</c> (LibTorch 2.x; few ops support it).</summary>
    UInt32 = 28,
    /// <summary><c>torch.uint64</c> (LibTorch 2.x; few ops support it).</summary>
    UInt64 = 29,
    /// <summary><c>torch.uint1</c> (LibTorch 2.x; few ops support it).</summary>
    UInt1 = 30,
    /// <summary><c>torch.uint2</c> (LibTorch 2.x; few ops support it).</summary>
    UInt2 = 31,
    /// <summary><c>torch.uint3</c> (LibTorch 2.x; few ops support it).</summary>
    UInt3 = 32,
    /// <summary><c>torch.uint4</c> (LibTorch 2.x; few ops support it).</summary>
    UInt4 = 33,
    /// <summary><c>torch.uint5</c> (LibTorch 2.x; few ops support it).</summary>
    UInt5 = 34,
    /// <summary><c>torch.uint6</c> (LibTorch 2.x; few ops support it).</summary>
    UInt6 = 35,
    /// <summary><c>torch.uint7</c> (LibTorch 2.x; few ops support it).</summary>
    UInt7 = 36,
    /// <summary><c>torch.int1</c> (LibTorch 2.x; few ops support it).</summary>
    Int1 = 37,
    /// <summary><c>torch.int2</c> (LibTorch 2.x; few ops support it).</summary>
    Int2 = 38,
    /// <summary><c>torch.int3</c> (LibTorch 2.x; few ops support it).</summary>
    Int3 = 39,
    /// <summary><c>torch.int4</c> (LibTorch 2.x; few ops support it).</summary>
    Int4 = 40,
    /// <summary><c>torch.int5</c> (LibTorch 2.x; few ops support it).</summary>
    Int5 = 41,
    /// <summary><c>torch.int6</c> (LibTorch 2.x; few ops support it).</summary>
    Int6 = 42,
    /// <summary><c>torch.int7</c> (LibTorch 2.x; few ops support it).</summary>
    Int7 = 43,
    /// <summary><c>torch.float8_e8m0fnu</c> (LibTorch 2.x; few ops support it).</summary>
    Float8E8M0Fnu = 44,
    /// <summary><c>torch.float4_e2m1fn_x2</c> (LibTorch 2.x; few ops support it).</summary>
    Float4E2M1FnX2 = 45,
    /// <summary><c>torch.bcomplex32</c> (LibTorch 2.x; few ops support it).</summary>
    BComplex32 = 46,
#endif
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
#if LIBTORCH_2
        DType.Bits1x8 => "torch.bits1x8",
        DType.Bits2x4 => "torch.bits2x4",
        DType.Bits4x2 => "torch.bits4x2",
        DType.Bits8 => "torch.bits8",
        DType.Bits16 => "torch.bits16",
        DType.Float8E5M2 => "torch.float8_e5m2",
        DType.Float8E4M3Fn => "torch.float8_e4m3fn",
        DType.Float8E5M2Fnuz => "torch.float8_e5m2fnuz",
        DType.Float8E4M3Fnuz => "torch.float8_e4m3fnuz",
        DType.UInt16 => "torch.uint16",
        DType.UInt32 => "torch.uint32",
        DType.UInt64 => "torch.uint64",
        DType.UInt1 => "torch.uint1",
        DType.UInt2 => "torch.uint2",
        DType.UInt3 => "torch.uint3",
        DType.UInt4 => "torch.uint4",
        DType.UInt5 => "torch.uint5",
        DType.UInt6 => "torch.uint6",
        DType.UInt7 => "torch.uint7",
        DType.Int1 => "torch.int1",
        DType.Int2 => "torch.int2",
        DType.Int3 => "torch.int3",
        DType.Int4 => "torch.int4",
        DType.Int5 => "torch.int5",
        DType.Int6 => "torch.int6",
        DType.Int7 => "torch.int7",
        DType.Float8E8M0Fnu => "torch.float8_e8m0fnu",
        DType.Float4E2M1FnX2 => "torch.float4_e2m1fn_x2",
        DType.BComplex32 => "torch.bcomplex32",
#endif
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "Unknown dtype."),
    };

    /// <summary>True for float16, bfloat16, float32 and float64 (Python's <c>dtype.is_floating_point</c>).</summary>
    public static bool IsFloatingPoint(this DType dtype) =>
        dtype is DType.Float16 or DType.BFloat16 or DType.Float32 or DType.Float64
#if LIBTORCH_2
            or DType.Float8E5M2 or DType.Float8E4M3Fn or DType.Float8E5M2Fnuz or DType.Float8E4M3Fnuz or DType.Float8E8M0Fnu
            or DType.Float4E2M1FnX2
#endif
        ;

    /// <summary>True for the complex dtypes.</summary>
    public static bool IsComplex(this DType dtype) => dtype is DType.Complex32 or DType.Complex64 or DType.Complex128
#if LIBTORCH_2
        or DType.BComplex32
#endif
        ;

    /// <summary>Whether the dtype holds negative numbers (Python's <c>dtype.is_signed</c>).</summary>
    public static bool IsSigned(this DType dtype) => dtype switch
    {
        DType.UInt8 or DType.Bool => false,
#if LIBTORCH_2
        DType.UInt16 or DType.UInt32 or DType.UInt64 or DType.UInt1 or DType.UInt2 or DType.UInt3 or DType.UInt4 or DType.UInt5
            or DType.UInt6 or DType.UInt7 or DType.Float8E8M0Fnu => false,
        DType.Bits1x8 or DType.Bits2x4 or DType.Bits4x2 or DType.Bits8 or DType.Bits16 =>
            throw new TorchException("Bits types are undefined"),
#endif
        _ => true,
    };

    /// <summary>LibTorch's name of the scalar type, as its messages show it (<c>Float</c>, <c>Long</c>, <c>ComplexFloat</c>).</summary>
    internal static string CppName(this DType dtype) => dtype switch
    {
        DType.UInt8 => "Byte", DType.Int8 => "Char", DType.Int16 => "Short", DType.Int32 => "Int", DType.Int64 => "Long",
        DType.Float16 => "Half", DType.Float32 => "Float", DType.Float64 => "Double", DType.Complex32 => "ComplexHalf",
        DType.Complex64 => "ComplexFloat", DType.Complex128 => "ComplexDouble", var other => other.ToString(),
    };

    /// <summary>Size of one element in bytes.</summary>
    public static int ElementSize(this DType dtype) => dtype switch
    {
        DType.UInt8 or DType.Int8 or DType.Bool => 1,
        DType.Int16 or DType.Float16 or DType.BFloat16 => 2,
        DType.Int32 or DType.Float32 or DType.Complex32 => 4,
        DType.Int64 or DType.Float64 or DType.Complex64 => 8,
        DType.Complex128 => 16,
#if LIBTORCH_2
        DType.Bits1x8 or DType.Bits2x4 or DType.Bits4x2 or DType.Bits8 or DType.Float8E5M2 or DType.Float8E4M3Fn
            or DType.Float8E5M2Fnuz or DType.Float8E4M3Fnuz or DType.Float8E8M0Fnu or DType.Float4E2M1FnX2 => 1,
        DType.UInt1 or DType.UInt2 or DType.UInt3 or DType.UInt4 or DType.UInt5 or DType.UInt6 or DType.UInt7 => 1,
        DType.Int1 or DType.Int2 or DType.Int3 or DType.Int4 or DType.Int5 or DType.Int6 or DType.Int7 => 1,
        DType.Bits16 or DType.UInt16 => 2,
        DType.UInt32 or DType.BComplex32 => 4,
        DType.UInt64 => 8,
#endif
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
