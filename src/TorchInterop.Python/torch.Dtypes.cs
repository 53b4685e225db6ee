#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
namespace TorchInterop.Python;

public static partial class torch
{
    /// <summary><c>torch.complex64</c></summary>
    public const DType complex64 = DType.Complex64;
    /// <summary><c>torch.cfloat</c> (complex64)</summary>
    public const DType cfloat = DType.Complex64;
    /// <summary><c>torch.complex128</c></summary>
    public const DType complex128 = DType.Complex128;
    /// <summary><c>torch.cdouble</c> (complex128)</summary>
    public const DType cdouble = DType.Complex128;
    /// <summary><c>torch.complex32</c></summary>
    public const DType complex32 = DType.Complex32;
    /// <summary><c>torch.chalf</c> (complex32)</summary>
    public const DType chalf = DType.Complex32;
#if LIBTORCH_2
    /// <summary><c>torch.bits1x8</c></summary>
    public const DType bits1x8 = DType.Bits1x8;
    /// <summary><c>torch.bits2x4</c></summary>
    public const DType bits2x4 = DType.Bits2x4;
    /// <summary><c>torch.bits4x2</c></summary>
    public const DType bits4x2 = DType.Bits4x2;
    /// <summary><c>torch.bits8</c></summary>
    public const DType bits8 = DType.Bits8;
    /// <summary><c>torch.bits16</c></summary>
    public const DType bits16 = DType.Bits16;
    /// <summary><c>torch.float8_e5m2</c></summary>
    public const DType float8_e5m2 = DType.Float8E5M2;
    /// <summary><c>torch.float8_e4m3fn</c></summary>
    public const DType float8_e4m3fn = DType.Float8E4M3Fn;
    /// <summary><c>torch.float8_e5m2fnuz</c></summary>
    public const DType float8_e5m2fnuz = DType.Float8E5M2Fnuz;
    /// <summary><c>torch.float8_e4m3fnuz</c></summary>
    public const DType float8_e4m3fnuz = DType.Float8E4M3Fnuz;
    /// <summary><c>torch.uint16</c></summary>
    public const DType uint16 = DType.UInt16;
    /// <summary><c>torch.uint32</c></summary>
    public const DType uint32 = DType.UInt32;
    /// <summary><c>torch.uint64</c></summary>
    public const DType uint64 = DType.UInt64;
    /// <summary><c>torch.uint1</c></summary>
    public const DType uint1 = DType.UInt1;
    /// <summary><c>torch.uint2</c></summary>
    public const DType uint2 = DType.UInt2;
    /// <summary><c>torch.uint3</c></summary>
    public const DType uint3 = DType.UInt3;
    /// <summary><c>torch.uint4</c></summary>
    public const DType uint4 = DType.UInt4;
    /// <summary><c>torch.uint5</c></summary>
    public const DType uint5 = DType.UInt5;
    /// <summary><c>torch.uint6</c></summary>
    public const DType uint6 = DType.UInt6;
    /// <summary><c>torch.uint7</c></summary>
    public const DType uint7 = DType.UInt7;
    /// <summary><c>torch.int1</c></summary>
    public const DType int1 = DType.Int1;
    /// <summary><c>torch.int2</c></summary>
    public const DType int2 = DType.Int2;
    /// <summary><c>torch.int3</c></summary>
    public const DType int3 = DType.Int3;
    /// <summary><c>torch.int4</c></summary>
    public const DType int4 = DType.Int4;
    /// <summary><c>torch.int5</c></summary>
    public const DType int5 = DType.Int5;
    /// <summary><c>torch.int6</c></summary>
    public const DType int6 = DType.Int6;
    /// <summary><c>torch.int7</c></summary>
    public const DType int7 = DType.Int7;
    /// <summary><c>torch.float8_e8m0fnu</c></summary>
    public const DType float8_e8m0fnu = DType.Float8E8M0Fnu;
    /// <summary><c>torch.float4_e2m1fn_x2</c></summary>
    public const DType float4_e2m1fn_x2 = DType.Float4E2M1FnX2;
    /// <summary><c>torch.bcomplex32</c></summary>
    public const DType bcomplex32 = DType.BComplex32;
    /// <summary><c>torch.bit</c></summary>
    public const DType bit = DType.UInt1;
#endif
}
#pragma warning restore CS8981, IDE1006
