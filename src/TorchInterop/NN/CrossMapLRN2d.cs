namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.CrossMapLRN2d(size, alpha=1e-4, beta=0.75, k=1)</c>: local response normalization across the
/// channels of a 4-D input, computed by PyTorch's legacy autograd Function (<c>torch.nn._functions.CrossMapLRN2d</c>)
/// with its hand-written backward, so values, gradients and the node's name (<c>CrossMapLRN2dBackward</c>) match.
/// The numbers keep the kind they were given (an int <c>k=1</c> prints as <c>k=1</c>), as Python's repr shows them.
/// </summary>
/// <param name="size">Neighbouring channels normalized over.</param>
/// <param name="alpha">The multiplicative factor (1e-4 when null).</param>
/// <param name="beta">The exponent (0.75 when null).</param>
/// <param name="k">The additive factor (the int 1 when null).</param>
public sealed class CrossMapLRN2d(long size, Scalar? alpha = null, Scalar? beta = null, Scalar? k = null) : Module<Tensor, Tensor>
{
    /// <summary>Neighbouring channels normalized over.</summary>
    public long Size { get; } = size;

    /// <summary>The multiplicative factor.</summary>
    public Scalar Alpha { get; } = alpha ?? 1e-4;

    /// <summary>The exponent.</summary>
    public Scalar Beta { get; } = beta ?? 0.75;

    /// <summary>The additive factor.</summary>
    public Scalar K { get; } = k ?? 1;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => CrossMapLrn2dFunction.Apply(input, Size, Alpha, Beta, K);

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"{Size}, alpha={Alpha}, beta={Beta}, k={K}";
}

/// <summary>
/// PyTorch's <c>torch.nn._functions.CrossMapLRN2d</c> autograd Function: the forward keeps the running sum of squares
/// over a window of channels (the scale), and the backward walks the channels with a sliding accumulator, in the same
/// order of floating-point operations as PyTorch's.
/// </summary>
public static class CrossMapLrn2dFunction
{
    /// <summary>Python's <c>CrossMapLRN2d.apply(input, size, alpha, beta, k)</c>.</summary>
    public static Tensor Apply(Tensor input, long size, Scalar alpha, Scalar beta, Scalar k)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (Tensor)CustomFunction.Apply("CrossMapLRN2d", [input, size, alpha, beta, k], Forward, Backward);
    }

    private static object Forward(FunctionContext ctx, object?[] args)
    {
        var input = (Tensor)args[0]!;
        long size = (long)args[1]!;
        double alpha = (Scalar)args[2]!, beta = (Scalar)args[3]!, k = (Scalar)args[4]!;
#if LIBTORCH_2
        if (input.Dim != 4)
            throw new TorchException($"CrossMapLRN2d: Expected input to be 4D, got {input.Dim}D instead.", TorchErrorKind.ValueError);
#else
        if (input.Dim != 4) throw new TorchException("", TorchErrorKind.AssertionError);
#endif
        long channels = input.Shape[1];
        var squares = input.Pow(2);
        var scale = Torch.ZerosLike(input);
        // Python's int((size - 1) / 2 + 1): true division, then truncation.
        long prePad = (long)((size - 1) / 2.0 + 1);
        long prePadCrop = Math.Min(prePad, channels);
        var first = scale.Select(1, 0);
        for (long c = 0; c < prePadCrop; c++) first.Add_(squares.Select(1, c));
        for (long c = 1; c < channels; c++)
        {
            var current = scale.Select(1, c);
            current.Copy_(scale.Select(1, c - 1));
            if (c < channels - prePad + 1) current.Add_(squares.Select(1, c + prePad - 1), 1);
            if (c > prePad) current.Add_(squares.Select(1, c - prePad), -1);
        }
        scale.Mul_(alpha / size).Add_(k);
        var output = scale.Pow(-beta).Mul_(input);
        ctx["scale"] = scale;
        ctx["size"] = size;
        ctx["alpha"] = alpha;
        ctx["beta"] = beta;
        ctx.SaveForBackward(input, output);
        return output;
    }

    private static object? Backward(FunctionContext ctx, Tensor?[] grads)
    {
        var gradOutput = grads[0]!;
        var input = ctx.SavedTensors[0];
        var output = ctx.SavedTensors[1];
        var scale = (Tensor)ctx["scale"]!;
        long size = (long)ctx["size"]!;
        double alpha = (double)ctx["alpha"]!, beta = (double)ctx["beta"]!;
        long batch = input.Shape[0], channels = input.Shape[1], height = input.Shape[2], width = input.Shape[3];
        var paddedRatio = input.NewZeros([channels + size - 1, height, width]);
        double cacheRatio = 2 * alpha * beta / size;
        // Python's int(size - (size - 1) / 2).
        long inversePrePad = (long)(size - (size - 1) / 2.0);
        var gradInput = scale.Pow(-beta).Mul_(gradOutput);
        var center = paddedRatio.Narrow(0, inversePrePad, channels);
        for (long n = 0; n < batch; n++)
        {
            center.Copy_(gradOutput.Select(0, n).Mul(output.Select(0, n)));
            center.Div_(scale.Select(0, n));
            var accum = paddedRatio.Narrow(0, 0, size - 1).Sum(0);
            for (long c = 0; c < channels; c++)
            {
                accum.Add_(paddedRatio.Select(0, c + size - 1));
                gradInput.Select(0, n).Select(0, c).Addcmul_(input.Select(0, n).Select(0, c), accum, -cacheRatio);
                accum.Add_(paddedRatio.Select(0, c), -1);
            }
        }
        return (gradInput, (Tensor?)null, (Tensor?)null, (Tensor?)null, (Tensor?)null);
    }
}
