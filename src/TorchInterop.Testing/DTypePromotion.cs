namespace TorchInterop.Testing;

/// <summary><c>torch.promote_types</c> for the real dtypes: the dtype two tensors are compared in when check_dtype is off.</summary>
internal static class DTypePromotion
{
    public static DType Promote(DType a, DType b)
    {
        if (a == b) return a;
        if (a == DType.Bool) return b;
        if (b == DType.Bool) return a;
        if (a.IsComplex() || b.IsComplex()) throw ComplexSupport.NotSupported();

        bool aFloat = a.IsFloatingPoint(), bFloat = b.IsFloatingPoint();
        if (aFloat != bFloat) return aFloat ? a : b;
        if (aFloat)
        {
            // Neither half type holds the other's values; float32 holds both.
            if (a is DType.Float16 or DType.BFloat16 && b is DType.Float16 or DType.BFloat16) return DType.Float32;
            return FloatRank(a) >= FloatRank(b) ? a : b;
        }

        // uint8 and int8 need a type holding 0..255 and -128..127.
        if (a is DType.UInt8 && b is DType.Int8 || a is DType.Int8 && b is DType.UInt8) return DType.Int16;
        if (a == DType.UInt8) return b;
        if (b == DType.UInt8) return a;
        return a.ElementSize() >= b.ElementSize() ? a : b;
    }

    private static int FloatRank(DType dtype) => dtype switch
    {
        DType.Float16 or DType.BFloat16 => 0,
        DType.Float32 => 1,
        _ => 2,
    };
}
