namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>Python's attributes of <c>torch.dtype</c> objects: <c>torch.float32.is_floating_point</c>.</summary>
public static class DTypeAttributes
{
    extension(DType dtype)
    {
        /// <summary><c>dtype.is_floating_point</c></summary>
        public bool is_floating_point => dtype.IsFloatingPoint();

        /// <summary><c>dtype.is_complex</c></summary>
        public bool is_complex => dtype.IsComplex();

        /// <summary><c>dtype.is_signed</c></summary>
        public bool is_signed => dtype.IsSigned();

#if LIBTORCH_2
        /// <summary><c>dtype.itemsize</c>: bytes per element.</summary>
        public long itemsize => dtype.ElementSize();

        /// <summary><c>dtype.to_real()</c>: a complex dtype's real counterpart; other dtypes are their own.</summary>
        public DType to_real() => dtype switch
        {
            DType.Complex32 => DType.Float16,
            DType.Complex64 => DType.Float32,
            DType.Complex128 => DType.Float64,
            DType.BComplex32 => DType.BFloat16,
            _ => dtype,
        };

        /// <summary><c>dtype.to_complex()</c>: a floating dtype's complex counterpart; complex dtypes are their own.</summary>
        public DType to_complex() => dtype switch
        {
            DType.Float16 => DType.Complex32,
            DType.Float32 => DType.Complex64,
            DType.Float64 => DType.Complex128,
            DType.BFloat16 => DType.BComplex32,
            _ when dtype.IsComplex() => dtype,
            _ => throw new TorchException($"Unknown Complex ScalarType for {dtype.CppName()}"),
        };
#endif
    }

}
#pragma warning restore CS8981, IDE1006
