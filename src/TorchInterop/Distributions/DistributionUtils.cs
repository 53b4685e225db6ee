namespace TorchInterop.Distributions;

/// <summary>Helpers of <c>torch/distributions/utils.py</c>, with its semantics.</summary>
public static class DistributionUtils
{
    /// <summary>The Euler–Mascheroni constant.</summary>
    public const double EulerConstant = 0.57721566490153286060;

    /// <summary>
    /// Python's <c>broadcast_all</c>: numbers (wrapped numbers, as C# passes a number where a tensor is expected)
    /// become tensors of the first tensor's dtype and device, or of the default dtype when all are numbers; then all
    /// are broadcast together.
    /// </summary>
    public static Tensor[] BroadcastAll(params Tensor[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.All(v => !v.IsWrappedNumber)) return Torch.BroadcastTensors(values);
        var like = values.FirstOrDefault(v => !v.IsWrappedNumber);
        DType dtype = like?.Dtype ?? Torch.DefaultDtype;
        var converted = values.Select(v => v.IsWrappedNumber ? Torch.Tensor(v.Item(), dtype) : v).ToArray();
        if (like is not null && like.Device != Device.CPU)
            converted = converted.Select(v => v.Device == like.Device ? v : v.To(like.Device)).ToArray();
        return Torch.BroadcastTensors(converted);
    }

    /// <summary>Whether a parameter was a Python number (C#'s implicit number-to-tensor conversion yields a wrapped number).</summary>
    public static bool IsNumber(Tensor value) => value.IsWrappedNumber;

    /// <summary>Standard normal noise of the given shape, drawn as PyTorch draws it (<c>torch.empty(shape).normal_()</c>).</summary>
    public static Tensor StandardNormal(long[] shape, DType dtype, Device device) =>
        Torch.Empty(shape, dtype, device).Normal_();

    /// <summary>Sums out the <paramref name="dim"/> rightmost dimensions (Python's <c>_sum_rightmost</c>).</summary>
    public static Tensor SumRightmost(Tensor value, int dim)
    {
        if (dim == 0) return value;
        var shape = value.Shape;
        return value.Reshape([.. shape[..^dim], -1]).Sum(-1);
    }

    /// <summary>Logits to probabilities: a sigmoid for binary logits, a softmax over the last dimension otherwise.</summary>
    public static Tensor LogitsToProbs(Tensor logits, bool isBinary = false) =>
        isBinary ? Torch.Sigmoid(logits) : logits.Softmax(-1);

    /// <summary>Clamps probabilities into <c>[eps, 1 - eps]</c> of their dtype.</summary>
    public static Tensor ClampProbs(Tensor probs)
    {
        double eps = FloatInfo.Of(probs.Dtype).Eps;
        return probs.Clamp(eps, 1 - eps);
    }

    /// <summary>Probabilities to logits: log-odds for binary probabilities, logs otherwise.</summary>
    public static Tensor ProbsToLogits(Tensor probs, bool isBinary = false)
    {
        var clamped = ClampProbs(probs);
        return isBinary ? Torch.Log(clamped) - Torch.Log1p(-clamped) : Torch.Log(clamped);
    }

    /// <summary>Computes a lazily derived parameter under grad mode, as Python's <c>lazy_property</c> does.</summary>
    internal static Tensor Lazy(ref Tensor? field, Func<Tensor> compute)
    {
        if (field is null)
            using (Autograd.EnableGrad()) field = compute();
        return field;
    }

    internal static void RequireOneOf(Tensor? probs, Tensor? logits)
    {
        if ((probs is null) == (logits is null))
            throw new TorchException("Either `probs` or `logits` must be specified, but not both.", TorchErrorKind.ValueError);
    }
}
