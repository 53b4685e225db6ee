namespace TorchInterop.Distributions;

/// <summary>The polynomial approximations of <c>torch/distributions/von_mises.py</c> for the log of the modified Bessel functions I0 and I1.</summary>
internal static class BesselMath
{
    private static readonly double[][] SmallCoefficients =
    [
        [1.0, 3.5156229, 3.0899424, 1.2067492, 0.2659732, 0.0360768, 0.0045813],
        [0.5, 0.87890594, 0.51498869, 0.15084934, 0.02658733, 0.00301532, 0.00032411],
    ];

    private static readonly double[][] LargeCoefficients =
    [
        [0.39894228, 0.01328592, 0.00225319, -0.00157565, 0.00916281, -0.02057706, 0.02635537, -0.01647633, 0.00392377],
        [0.39894228, -0.03988024, -0.00362018, 0.00163801, -0.01031555, 0.02282967, -0.02895312, 0.01787654, -0.00420059],
    ];

    /// <summary>Python's <c>_log_modified_bessel_fn(x, order)</c> for order 0 or 1.</summary>
    public static Tensor LogModifiedBessel(Tensor x, int order)
    {
        if (order is not (0 or 1))
            throw new TorchException($"order must be 0 or 1, got {order}", TorchErrorKind.AssertionError);
        var y = x / 3.75;
        y = y * y;
        var small = EvalPoly(y, SmallCoefficients[order]);
        if (order == 1) small = x.Abs() * small;
        small = small.Log();
        y = 3.75 / x;
        var large = x - 0.5 * x.Log() + EvalPoly(y, LargeCoefficients[order]).Log();
        return Torch.Where(x < 3.75, small, large);
    }

    // Horner's rule from the highest coefficient, the first step a number times a tensor as in Python
    private static Tensor EvalPoly(Tensor y, double[] coefficients)
    {
        Tensor result = y * coefficients[^1];
        result = coefficients[^2] + result;
        for (int i = coefficients.Length - 3; i >= 0; i--) result = coefficients[i] + y * result;
        return result;
    }
}
