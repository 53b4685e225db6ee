namespace TorchInterop.Testing;

/// <summary>assert_close's default tolerances per dtype and the rule that rtol and atol come together.</summary>
internal static class Tolerances
{
    // PyTorch's table (the same in 1.13 and 2.x); every dtype not listed (the integers and bool) compares exactly.
    private static (double Rtol, double Atol) ForDtype(DType dtype) => dtype switch
    {
        DType.Float16 or DType.Complex32 => (0.001, 1e-5),
        DType.BFloat16 => (0.016, 1e-5),
        DType.Float32 or DType.Complex64 => (1.3e-6, 1e-5),
        DType.Float64 or DType.Complex128 => (1e-7, 1e-7),
        _ => (0.0, 0.0),
    };

    /// <summary>The loosest rtol and the loosest atol over <paramref name="dtypes"/>.</summary>
    public static (double Rtol, double Atol) Default(IEnumerable<DType> dtypes)
    {
        double rtol = double.NegativeInfinity, atol = double.NegativeInfinity;
        bool any = false;
        foreach (DType dtype in dtypes)
        {
            var (r, a) = ForDtype(dtype);
            rtol = Math.Max(rtol, r);
            atol = Math.Max(atol, a);
            any = true;
        }
        if (!any) throw new ArgumentException("At least one dtype is needed to choose default tolerances.", nameof(dtypes));
        return (rtol, atol);
    }

    /// <summary>
    /// The given tolerances, or the defaults for both dtypes when both are omitted.
    /// </summary>
    /// <exception cref="ArgumentException">Only one of them is given (PyTorch's ValueError, naming the item).</exception>
    public static (double Rtol, double Atol) Resolve(double? rtol, double? atol, DType actual, DType expected, ItemPath item)
    {
        if (rtol is { } r && atol is { } a) return (r, a);
        if (rtol is null && atol is null) return Default([actual, expected]);
        throw new ArgumentException(item.Annotate(
            "Both 'rtol' and 'atol' must be either specified or omitted, " +
            $"but got no {(rtol is null ? "rtol" : "atol")}."));
    }
}
