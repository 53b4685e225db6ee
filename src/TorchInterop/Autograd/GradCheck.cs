namespace TorchInterop;

public static partial class Autograd
{
    /// <summary>
    /// Python's <c>torch.autograd.gradcheck</c>: compares the gradients autograd computes for <paramref name="func"/>
    /// with central finite differences, with respect to the inputs that require grad (double precision recommended).
    /// Returns true when all agree within <c>atol + rtol·|numerical|</c>; otherwise throws <see cref="GradcheckError"/>
    /// with both Jacobians, or returns false when <see cref="GradCheckOptions.RaiseException"/> is off.
    /// Example: <c>Autograd.GradCheck(a => [a[0].Sin()], [Torch.Rand([3], DType.Float64, requiresGrad: true)])</c>.
    /// </summary>
    public static bool GradCheck(Func<Tensor[], Tensor[]> func, Tensor[] inputs, GradCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(func);
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= new GradCheckOptions();
        Assert(options.CheckForwardAD || options.CheckBackwardAD,
               "Expected at least one of check_forward_ad or check_backward_ad to be True");
        Assert(!(options.CheckBatchedGrad && !options.CheckBackwardAD),
               "Setting check_batched_grad=True requires check_backward_ad to be True");
        Assert(!(options.CheckBatchedForwardGrad && !options.CheckForwardAD),
               "Setting check_batched_forward_grad=True requires check_forward_ad to be True");
        if (options.RaiseException) return GradCheckRun.Run(func, inputs, options);
        try
        {
            return GradCheckRun.Run(func, inputs, options);
        }
        catch (GradcheckError)
        {
            return false;
        }
    }

    internal static void Assert(bool condition, string message)
    {
        if (!condition) throw new TorchException(message, TorchErrorKind.AssertionError);
    }
}

// _gradcheck_helper and the small helpers the other parts share.
internal static class GradCheckHelpers
{
    internal static bool IsFloatOrComplex(Tensor t) => t.IsFloatingPoint() || t.IsComplex();

    // Python's `1j * x` for a real x.
    internal static Tensor TimesI(Tensor x) => Torch.Complex(Torch.ZerosLike(x), x);

    // itertools.product(*[range(m) for m in shape]): every index in row-major order (one, empty, for a 0-dim tensor).
    internal static IEnumerable<long[]> Indices(long[] shape)
    {
        if (shape.Any(s => s == 0)) yield break;
        var index = new long[shape.Length];
        while (true)
        {
            yield return (long[])index.Clone();
            int d = shape.Length - 1;
            while (d >= 0 && ++index[d] == shape[d]) index[d--] = 0;
            if (d < 0) yield break;
        }
    }

    // x[idx] as a 0-dim view that writes through to x.
    internal static Tensor Element(Tensor x, long[] index)
    {
        var element = x;
        foreach (var i in index) element = element.Select(0, i);
        return index.Length == 0 ? x.ViewAs(x) : element;
    }

    // _allclose_with_type_promotion
    internal static bool AllClose(Tensor a, Tensor b, double rtol, double atol)
    {
        var promoted = Torch.PromoteTypes(a.Dtype, b.Dtype);
        return a.To(promoted).Allclose(b.To(promoted), rtol, atol);
    }

    internal static Tensor[] Differentiable(Tensor[] outputs) => [.. outputs.Where(o => o.RequiresGrad)];
}

internal static class GradCheckRun
{
    internal static bool Run(Func<Tensor[], Tensor[]> func, Tensor[] inputs, GradCheckOptions options)
    {
        CheckInputs(inputs);
        var funcOut = func(inputs);
        var outputs = GradCheckHelpers.Differentiable(funcOut);
        if (outputs.Any(o => o.Layout is not Layout.Strided))
            throw new TorchException(GradCheckMessages.SparseOutput, TorchErrorKind.ValueError);
        GradCheckModes.RealImag(func, funcOut, inputs, outputs, options);
        if (options.CheckBatchedForwardGrad) GradCheckBatched.ForwardGrad(func, inputs);
        if (!options.CheckBackwardAD) return true;
        for (int i = 0; i < outputs.Length; i++)
            if (options.CheckBatchedGrad) GradCheckBatched.Grad(inputs, outputs[i], i);
        GradCheckBackwardChecks.BackwardMultipliedByGradOutput(outputs, inputs);
        if (options.CheckUndefinedGrad) GradCheckBackwardChecks.UndefinedBackward(func, outputs, inputs);
        return true;
    }

    // _check_inputs
    private static void CheckInputs(Tensor[] inputs)
    {
        if (!LibTorch.IsAtLeast(2) && inputs.Any(i => i.Layout is not Layout.Strided))
            throw new GradcheckError("gradcheck expects all tensor inputs are dense when check_sparse_nnz is set to False.");
        if (LibTorch.IsAtLeast(2) && inputs.Any(i => i.Layout is not Layout.Strided))
            throw new NotSupportedException("gradcheck of sparse inputs (masked=...) is not supported.");
        bool anyRequiresGrad = false;
        for (int idx = 0; idx < inputs.Length; idx++)
        {
            var input = inputs[idx];
            if (!input.RequiresGrad) continue;
            if (input.Dtype is not (DType.Float64 or DType.Complex128))
                Warnings.Raise(GradCheckMessages.NotDoublePrecision(idx));
            var shape = input.Shape;
            var strides = input.Stride();
            for (int d = 0; d < shape.Length; d++)
                if (strides[d] <= 0 && shape[d] > 1) throw new TorchException(GradCheckMessages.StrideZero(idx));
            anyRequiresGrad = true;
            if (!LibTorch.IsAtLeast(2)) input.RetainGrad();
        }
        if (!anyRequiresGrad) throw new TorchException(GradCheckMessages.NoInputRequiresGrad, TorchErrorKind.ValueError);
    }
}
