namespace TorchInterop;

// _make_vectors and _adjusted_atol of fast mode. The vectors come from a fresh torch.Generator() (PyTorch's default
// seed), as PyTorch draws them, so the user's RNG state is untouched and both languages draw the same numbers.
internal static class GradCheckVectors
{
    internal static (Tensor[]? AllV, GradCheckVector[] AllU) Make(Tensor[] inputs, Tensor[] outputs, bool forwardAD)
    {
        using var generator = new Generator();
        var allU = new GradCheckVector[inputs.Length];
        for (int i = 0; i < inputs.Length; i++)
        {
            var real = FromTensor(inputs[i], generator, downcastComplex: true);
            allU[i] = new GradCheckVector(real, inputs[i].IsComplex() ? FromTensor(inputs[i], generator, downcastComplex: true) : null);
        }
        var allV = forwardAD ? null : outputs.Select(o => FromTensor(o, generator, downcastComplex: false)).ToArray();
        return (allV, allU);
    }

    // _vec_from_tensor: a random unit vector with x's number of elements (dtype real when downcasting a complex x).
    private static Tensor FromTensor(Tensor x, Generator generator, bool downcastComplex)
    {
        var dtype = downcastComplex ? x.Dtype switch { DType.Complex128 => DType.Float64, DType.Complex64 => DType.Float32, var d => d }
                                    : x.Dtype;
        var vector = Rand(x.NumEl, generator).To(x.Device, dtype);
        vector.Div_(vector.Norm());
        return vector;
    }

    // torch.rand(n, generator=g): the draw runs on the default generator loaded with g's state, which then goes back to g.
    private static Tensor Rand(long n, Generator generator)
    {
        var saved = Torch.GetRngState();
        try
        {
            Torch.SetRngState(generator.GetState());
            var values = Torch.Rand([n]);
            generator.SetState(Torch.GetRngState());
            return values;
        }
        finally
        {
            Torch.SetRngState(saved);
        }
    }

    // The element-wise atol scaled by vᵀMu = sum(u)·sum(v) for the all-ones M (2.x adds the imaginary part's sum).
    internal static double AdjustedAtol(double atol, GradCheckVector u, Tensor? v)
    {
        double sumV = v is null ? 1.0 : v.Sum().Item().ToDouble();
        double sumU = u.Real.Sum().Item().ToDouble();
        if (LibTorch.IsAtLeast(2) && u.Imag is { } imag) sumU += imag.Sum().Item().ToDouble();
        return atol * sumU * sumV;
    }
}
