using System.Globalization;

namespace TorchInterop;

/// <summary>
/// The numerical limits of a floating-point dtype (Python's <c>torch.finfo</c>). Complex dtypes report their real
/// part's limits, as in PyTorch. The string is Python's repr.
/// </summary>
/// <param name="Bits">The number of bits the type occupies.</param>
/// <param name="Eps">The difference between 1.0 and the next representable number.</param>
/// <param name="Max">The largest representable number.</param>
/// <param name="Min">The smallest representable number (usually <c>-Max</c>).</param>
/// <param name="Tiny">The smallest positive normal number (also <see cref="SmallestNormal"/>).</param>
/// <param name="Resolution">The approximate decimal resolution, <c>10**-precision</c>.</param>
/// <param name="Dtype">The dtype the limits describe (the real dtype for complex ones).</param>
public sealed record FloatInfo(int Bits, double Eps, double Max, double Min, double Tiny, double Resolution, DType Dtype)
{
    /// <summary>The smallest positive normal number (Python's <c>smallest_normal</c>, the same as <see cref="Tiny"/>).</summary>
    public double SmallestNormal => Tiny;

    /// <summary>The limits of <paramref name="dtype"/>, with PyTorch's TypeError for a dtype that is not floating-point or complex.</summary>
    public static FloatInfo Of(DType dtype) => dtype switch
    {
        DType.Float32 or DType.Complex64 => new(32, Math.Pow(2, -23), float.MaxValue, -(double)float.MaxValue, Math.Pow(2, -126), 1e-6, DType.Float32),
        DType.Float64 or DType.Complex128 => new(64, Math.Pow(2, -52), double.MaxValue, double.MinValue, Math.Pow(2, -1022), 1e-15, DType.Float64),
        DType.Float16 or DType.Complex32 => new(16, Math.Pow(2, -10), 65504, -65504, Math.Pow(2, -14), 1e-3, DType.Float16),
        DType.BFloat16 => new(16, Math.Pow(2, -7), (2 - Math.Pow(2, -7)) * Math.Pow(2, 127), -(2 - Math.Pow(2, -7)) * Math.Pow(2, 127),
            Math.Pow(2, -126), 1e-2, DType.BFloat16),
#if LIBTORCH_2
        DType.BComplex32 => Of(DType.BFloat16) with { Dtype = DType.BFloat16 },
        DType.Float8E4M3Fn => new(8, 0.125, 448, -448, Math.Pow(2, -6), 1, dtype),
        DType.Float8E5M2 => new(8, 0.25, 57344, -57344, Math.Pow(2, -14), 1, dtype),
        DType.Float8E4M3Fnuz => new(8, 0.125, 240, -240, Math.Pow(2, -7), 1, dtype),
        DType.Float8E5M2Fnuz => new(8, 0.125, 57344, -57344, Math.Pow(2, -15), 1, dtype),
        DType.Float8E8M0Fnu => new(8, 1, Math.Pow(2, 127), Math.Pow(2, -127), Math.Pow(2, -127), 1, dtype),
        DType.Float4E2M1FnX2 => throw new TorchException("\"epsilon\" not implemented for 'Float4_e2m1fn_x2'", TorchErrorKind.NotImplementedError),
#endif
        _ => throw new TorchException("torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'",
                                      TorchErrorKind.TypeError),
    };

    /// <summary>Python's repr, e.g. <c>finfo(resolution=1e-06, min=-3.40282e+38, ...)</c>.</summary>
    public override string ToString() =>
        $"finfo(resolution={G(Resolution)}, min={G(Min)}, max={G(Max)}, eps={G(Eps)}, smallest_normal={G(Tiny)}, tiny={G(Tiny)}, " +
        $"dtype={Dtype.PythonName()["torch.".Length..]})";

    /// <summary>C's <c>%g</c> with six significant digits, as PyTorch formats these reprs.</summary>
    internal static string G(double value)
    {
        string text = value.ToString("G6", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E');
        if (e < 0) return text;
        string exponent = text[(e + 2)..].PadLeft(2, '0');
        return text[..e] + "e" + text[e + 1] + exponent;
    }
}

/// <summary>The numerical limits of an integer dtype (Python's <c>torch.iinfo</c>). The string is Python's repr.</summary>
/// <param name="Bits">The number of bits the type occupies.</param>
/// <param name="Min">The smallest representable number.</param>
/// <param name="Dtype">The dtype the limits describe.</param>
public sealed record IntInfo(int Bits, long Min, DType Dtype)
{
    /// <summary>The largest representable number. uint64's does not fit a <see cref="long"/>: it throws.</summary>
    public long Max => Dtype switch
    {
        DType.UInt8 => byte.MaxValue,
        DType.Int8 => sbyte.MaxValue,
        DType.Int16 => short.MaxValue,
        DType.Int32 => int.MaxValue,
#if LIBTORCH_2
        DType.UInt16 => ushort.MaxValue,
        DType.UInt32 => uint.MaxValue,
        DType.UInt64 => throw new OverflowException("iinfo(uint64).max is 18446744073709551615, more than a long holds: use ulong.MaxValue"),
#endif
        _ => long.MaxValue,
    };

    /// <summary>The limits of <paramref name="dtype"/>, with PyTorch's TypeError for one that is not an integer type.</summary>
    public static IntInfo Of(DType dtype) => dtype switch
    {
        DType.UInt8 => new(8, 0, dtype),
        DType.Int8 => new(8, sbyte.MinValue, dtype),
        DType.Int16 => new(16, short.MinValue, dtype),
        DType.Int32 => new(32, int.MinValue, dtype),
        DType.Int64 => new(64, long.MinValue, dtype),
#if LIBTORCH_2
        DType.UInt16 => new(16, 0, dtype),
        DType.UInt32 => new(32, 0, dtype),
        DType.UInt64 => new(64, 0, dtype),
#endif
        DType.Bool => throw new TorchException("torch.bool is not supported by torch.iinfo", TorchErrorKind.TypeError),
        _ => throw new TorchException("torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'",
                                      TorchErrorKind.TypeError),
    };

    /// <summary>Python's repr, e.g. <c>iinfo(min=-2.14748e+09, max=2.14748e+09, dtype=int32)</c>.</summary>
    public override string ToString() =>
        $"iinfo(min={FloatInfo.G(Min)}, max={FloatInfo.G(MaxAsDouble)}, dtype={Dtype.PythonName()["torch.".Length..]})";

    private double MaxAsDouble =>
#if LIBTORCH_2
        Dtype == DType.UInt64 ? ulong.MaxValue :
#endif
        Max;
}

public static partial class Torch
{
    /// <summary>The limits of a floating-point dtype, the default dtype when none is given (Python's <c>torch.finfo</c>).</summary>
    public static FloatInfo FInfo(DType? dtype = null) => FloatInfo.Of(dtype ?? DefaultDtype);

    /// <summary>The limits of an integer dtype (Python's <c>torch.iinfo</c>).</summary>
    public static IntInfo IInfo(DType dtype) => IntInfo.Of(dtype);
}
