#if LIBTORCH_2
namespace TorchInterop.Optim;

// Muon's orthogonalization, PyTorch 2.x's _zeropower_via_newtonschulz: the quintic Newton–Schulz iteration in
// bfloat16, on the wide orientation of the matrix.
internal static class NewtonSchulz
{
    public static Tensor ZeroPower(Tensor grad, IReadOnlyList<double> coefficients, long steps, double eps)
    {
        if (steps >= 100) throw PythonFloat.ValueError($"Number of steps must be less than 100 for computational efficiency");
        if (grad.Dim != 2) throw PythonFloat.ValueError($"Input tensor gradient must be a 2D matrix");
        if (coefficients.Count != 3) throw PythonFloat.ValueError($"Coefficients must be a tuple of exactly 3 values");
        double a = coefficients[0], b = coefficients[1], c = coefficients[2];
        bool tall = grad.Shape[0] > grad.Shape[1];
        var x = grad.To(DType.BFloat16);
        if (tall) x = Replace(x, x.T);
        // Scale so that the spectral norm is at most 1.
        using (var norm = Torch.LinalgVectorNorm(x, 2))
        using (var clamped = norm.Clamp(min: eps))
        {
            x.Div_(clamped);
        }
        for (long i = 0; i < steps; i++)
        {
            using var xT = x.T;
            using var gram = x.Matmul(xT);
            using var gramUpdate = Torch.Addmm(gram, gram, gram, beta: b, alpha: c);
            x = Replace(x, Torch.Addmm(x, gramUpdate, x, beta: a));
        }
        return tall ? Replace(x, x.T) : x;
    }

    private static Tensor Replace(Tensor old, Tensor next)
    {
        old.Dispose();
        return next;
    }
}
#endif
