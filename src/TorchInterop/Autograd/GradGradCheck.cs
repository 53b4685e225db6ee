namespace TorchInterop;

public static partial class Autograd
{
    /// <summary>
    /// Python's <c>torch.autograd.gradgradcheck</c>: <see cref="GradCheck"/> of the backward pass itself, i.e. of
    /// <c>(inputs, grad_outputs) → autograd.grad(func(inputs), inputs, grad_outputs, create_graph=True)</c>. Without
    /// <paramref name="gradOutputs"/>, random ones in [-1, 1) are drawn from the default generator as
    /// <c>torch.testing.make_tensor</c> draws them.
    /// </summary>
    public static bool GradGradCheck(Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[]? gradOutputs = null,
                                     GradGradCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(func);
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= new GradGradCheckOptions();
        Assert(options.CheckFwdOverRev || options.CheckRevOverRev,
               "Expected at least one of check_fwd_over_rev or check_rev_over_rev to be True");
        Assert(!(options.CheckUndefinedGrad && !options.CheckRevOverRev),
               "Setting check_undefined_grad=True requires check_rev_over_rev to be True");
        Assert(!(options.CheckBatchedGrad && !options.CheckRevOverRev),
               "Setting check_batched_grad=True requires check_rev_over_rev to be True");
        gradOutputs ??= [.. GradCheckHelpers.Differentiable(func(inputs)).Select(o => RandomGradOutput(o, options.GenNonContigGradOutputs))];
        int numOutputs = gradOutputs.Length;
        // gradcheck detaches inputs for forward AD: remember which required grad
        var diffInputIndices = Enumerable.Range(0, inputs.Length).Where(i => inputs[i].RequiresGrad).ToHashSet();
        var diffGradOutputIndices = Enumerable.Range(0, numOutputs).Where(i => gradOutputs[i].RequiresGrad).ToHashSet();
        Tensor[] BackwardOf(Tensor[] args)
        {
            var inputArgs = args[..^numOutputs].Select((x, i) => diffInputIndices.Contains(i) ? x.RequiresGrad_() : x).ToArray();
            var outputs = GradCheckHelpers.Differentiable(func(inputArgs));
            var grads = args[^numOutputs..].Select((x, i) => (Tensor?)(diffGradOutputIndices.Contains(i) ? x.RequiresGrad_() : x)).ToArray();
            var diffInputArgs = inputArgs.Where((_, i) => diffInputIndices.Contains(i)).ToArray();
            var gradInputs = Grad(outputs, diffInputArgs, grads, createGraph: true, allowUnused: true);
            return [.. gradInputs.OfType<Tensor>()];
        }
        return GradCheck(BackwardOf, [.. inputs, .. gradOutputs], new GradCheckOptions
        {
            Eps = options.Eps, Atol = options.Atol, Rtol = options.Rtol, RaiseException = options.RaiseException,
            NondetTol = options.NondetTol, CheckUndefinedGrad = options.CheckUndefinedGrad,
            CheckGradDtypes = options.CheckGradDtypes, CheckBatchedGrad = options.CheckBatchedGrad, FastMode = options.FastMode,
            CheckForwardAD = options.CheckFwdOverRev, CheckBackwardAD = options.CheckRevOverRev,
        });
    }

    // torch.testing.make_tensor(shape, dtype, low=-1, high=1, requires_grad=True, noncontiguous=...), each version's way.
    private static Tensor RandomGradOutput(Tensor output, bool noncontiguous)
    {
        var dtype = output.IsFloatingPoint() || output.IsComplex() ? output.Dtype : DType.Float64;
        var shape = output.Shape;
        noncontiguous = noncontiguous && shape.Aggregate(1L, (a, b) => a * b) > 1;
        Tensor result;
#if LIBTORCH_2
        if (noncontiguous) shape = [.. shape[..^1], 2 * shape[^1]];
        result = Torch.Empty(shape, dtype, output.Device);
        (dtype.IsComplex() ? Torch.ViewAsReal(result) : result).Uniform_(-1, 1);
        if (noncontiguous) result = result[TensorIndex.Ellipsis, TensorIndex.Slice(1, null, 2)];
#else
        Tensor Uniform(DType d)
        {
            var r = Torch.Rand(shape, d, output.Device);
            return 1 * r + (-1) * (1 - r);
        }
        result = dtype.IsComplex()
            ? Torch.Complex(Uniform(dtype == DType.Complex64 ? DType.Float32 : DType.Float64),
                            Uniform(dtype == DType.Complex64 ? DType.Float32 : DType.Float64))
            : Uniform(dtype);
        if (noncontiguous)
            result = result.RepeatInterleave(2, dim: -1)[TensorIndex.Ellipsis, TensorIndex.Slice(null, null, 2)];
#endif
        return result.RequiresGrad_();
    }
}
