namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary><c>F.elu(input, alpha=1.0, inplace=False)</c>.</summary>
    public static Tensor Elu(Tensor input, double alpha = 1.0, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? Torch.Elu_(input, alpha) : Torch.Elu(input, alpha);
    }

    /// <summary><c>F.elu_(input, alpha=1.0)</c>: ELU in place.</summary>
    public static Tensor Elu_(Tensor input, double alpha = 1.0) => Elu(input, alpha, inplace: true);

    /// <summary><c>F.celu(input, alpha=1.0, inplace=False)</c>.</summary>
    public static Tensor Celu(Tensor input, double alpha = 1.0, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? Torch.Celu_(input, alpha) : Torch.Celu(input, alpha);
    }

    /// <summary><c>F.celu_(input, alpha=1.0)</c>: CELU in place.</summary>
    public static Tensor Celu_(Tensor input, double alpha = 1.0) => Celu(input, alpha, inplace: true);

    /// <summary><c>F.selu(input, inplace=False)</c>.</summary>
    public static Tensor Selu(Tensor input, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? Torch.Selu_(input) : Torch.Selu(input);
    }

    /// <summary><c>F.selu_(input)</c>: SELU in place.</summary>
    public static Tensor Selu_(Tensor input) => Selu(input, inplace: true);

    /// <summary><c>F.glu(input, dim=-1)</c>: the first half of <paramref name="dim"/> gated by the sigmoid of the second; 0-dim inputs are refused as in PyTorch.</summary>
    public static Tensor Glu(Tensor input, long dim = -1)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Dim == 0) throw new TorchException("glu does not support scalars because halving size must be even");
        return Torch.Glu(input, dim);
    }

    /// <summary><c>F.gelu(input, approximate='none')</c>; <paramref name="approximate"/> is <c>"none"</c> or <c>"tanh"</c>.</summary>
    public static Tensor Gelu(Tensor input, string approximate = "none")
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(approximate);
        return Torch.Gelu(input, approximate);
    }

    /// <summary><c>F.hardshrink(input, lambd=0.5)</c>.</summary>
    public static Tensor Hardshrink(Tensor input, double lambd = 0.5)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Torch.Hardshrink(input, lambd);
    }

    /// <summary><c>F.hardsigmoid(input, inplace=False)</c>.</summary>
    public static Tensor Hardsigmoid(Tensor input, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? Torch.Hardsigmoid_(input) : Torch.Hardsigmoid(input);
    }

    /// <summary><c>F.hardswish(input, inplace=False)</c>.</summary>
    public static Tensor Hardswish(Tensor input, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? Torch.Hardswish_(input) : Torch.Hardswish(input);
    }

    /// <summary>
    /// <c>F.hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False)</c>; PyTorch 2.x refuses
    /// <paramref name="minVal"/> above <paramref name="maxVal"/> (ValueError).
    /// </summary>
    public static Tensor Hardtanh(Tensor input, double minVal = -1.0, double maxVal = 1.0, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (LibTorch.IsAtLeast(2) && minVal > maxVal)
            throw new TorchException("min_val cannot be greater than max_val", TorchErrorKind.ValueError);
        return inplace ? Torch.Hardtanh_(input, minVal, maxVal) : Torch.Hardtanh(input, minVal, maxVal);
    }

    /// <summary><c>F.hardtanh_(input, min_val=-1.0, max_val=1.0)</c>: ATen's in-place hardtanh, without Python's check.</summary>
    public static Tensor Hardtanh_(Tensor input, double minVal = -1.0, double maxVal = 1.0)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Torch.Hardtanh_(input, minVal, maxVal);
    }

    /// <summary><c>F.leaky_relu(input, negative_slope=0.01, inplace=False)</c>.</summary>
    public static Tensor LeakyRelu(Tensor input, double negativeSlope = 0.01, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? Torch.LeakyRelu_(input, negativeSlope) : Torch.LeakyRelu(input, negativeSlope);
    }

    /// <summary><c>F.leaky_relu_(input, negative_slope=0.01)</c>.</summary>
    public static Tensor LeakyRelu_(Tensor input, double negativeSlope = 0.01) => LeakyRelu(input, negativeSlope, inplace: true);

    /// <summary><c>F.logsigmoid(input)</c>.</summary>
    public static Tensor Logsigmoid(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Torch.LogSigmoid(input);
    }

    /// <summary><c>F.mish(input, inplace=False)</c>.</summary>
    public static Tensor Mish(Tensor input, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? Torch.Mish_(input) : Torch.Mish(input);
    }

    /// <summary><c>F.prelu(input, weight)</c>: a learned slope for negative inputs, one or one per channel (dimension 1).</summary>
    public static Tensor Prelu(Tensor input, Tensor weight)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(weight);
        return Torch.Prelu(input, weight);
    }

    /// <summary><c>F.relu6(input, inplace=False)</c>.</summary>
    public static Tensor Relu6(Tensor input, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? Torch.Relu6_(input) : Torch.Relu6(input);
    }

    /// <summary><c>F.relu_(input)</c>.</summary>
    public static Tensor Relu_(Tensor input) => Relu(input, inplace: true);

    /// <summary>
    /// <c>F.rrelu(input, lower=1/8, upper=1/3, training=False, inplace=False)</c>: in training, negative inputs are scaled
    /// by slopes drawn uniformly from [lower, upper] (from the same generator as PyTorch); otherwise by their mean.
    /// </summary>
    public static Tensor Rrelu(Tensor input, double lower = 1.0 / 8, double upper = 1.0 / 3, bool training = false, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? Torch.Rrelu_(input, lower, upper, training) : Torch.Rrelu(input, lower, upper, training);
    }

    /// <summary><c>F.rrelu_(input, lower=1/8, upper=1/3, training=False)</c>.</summary>
    public static Tensor Rrelu_(Tensor input, double lower = 1.0 / 8, double upper = 1.0 / 3, bool training = false) =>
        Rrelu(input, lower, upper, training, inplace: true);

    /// <summary><c>F.silu(input, inplace=False)</c>.</summary>
    public static Tensor Silu(Tensor input, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? Torch.Silu_(input) : Torch.Silu(input);
    }

    /// <summary><c>F.softmin(input, dim=None, dtype=None)</c>: <c>softmax(-input)</c>; an implicit dimension warns as <see cref="Softmax"/> does.</summary>
    public static Tensor Softmin(Tensor input, long? dim = null, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        long d = dim ?? ImplicitSoftmaxDim("softmin", input.Dim);
        return Torch.Softmax(-input, d, dtype);
    }

    /// <summary><c>F.softplus(input, beta=1, threshold=20)</c>.</summary>
    public static Tensor Softplus(Tensor input, double beta = 1, double threshold = 20)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Torch.Softplus(input, beta, threshold);
    }

    /// <summary><c>F.softshrink(input, lambd=0.5)</c>.</summary>
    public static Tensor Softshrink(Tensor input, double lambd = 0.5)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Torch.Softshrink(input, lambd);
    }

    /// <summary><c>F.softsign(input)</c>: <c>input / (input.abs() + 1)</c>.</summary>
    public static Tensor Softsign(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input / (input.Abs() + 1);
    }

    /// <summary><c>F.tanh(input)</c>: <c>input.tanh()</c>; PyTorch 1.13 warns that it is deprecated, 2.x does not.</summary>
    public static Tensor Tanh(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!LibTorch.IsAtLeast(2))
            Warnings.Raise("nn.functional.tanh is deprecated. Use torch.tanh instead.", FunctionalFile);
        return input.Tanh();
    }

    /// <summary><c>F.tanhshrink(input)</c>: <c>input - input.tanh()</c>.</summary>
    public static Tensor Tanhshrink(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input - input.Tanh();
    }

    /// <summary><c>F.threshold(input, threshold, value, inplace=False)</c>: elements not above <paramref name="threshold"/> become <paramref name="value"/>.</summary>
    public static Tensor Threshold(Tensor input, Scalar threshold, Scalar value, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return inplace ? Torch.Threshold_(input, threshold, value) : Torch.Threshold(input, threshold, value);
    }

    /// <summary><c>F.threshold_(input, threshold, value)</c>.</summary>
    public static Tensor Threshold_(Tensor input, Scalar threshold, Scalar value) => Threshold(input, threshold, value, inplace: true);

    /// <summary>
    /// <c>F.gumbel_softmax(logits, tau=1, hard=False, eps=1e-10, dim=-1)</c>: Gumbel noise drawn as PyTorch draws it
    /// (<c>-log(Exponential(1))</c> into a tensor shaped as the logits), so a seed gives the same samples. With
    /// <paramref name="hard"/>, the one-hot of the arg-max with the soft sample's gradient (straight through).
    /// </summary>
    public static Tensor GumbelSoftmax(Tensor logits, double tau = 1, bool hard = false, double eps = 1e-10, long dim = -1)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (eps != 1e-10) Warnings.Raise("`eps` parameter is deprecated and has no effect.", FunctionalFile);
        var gumbels = -Torch.EmptyLike(logits, memoryFormat: MemoryFormat.Contiguous).Exponential_().Log();
        var ySoft = ((logits + gumbels) / tau).Softmax(dim);
        if (!hard) return ySoft;
        var index = ySoft.Max(dim, keepDim: true).Indices;
        var yHard = Torch.ZerosLike(logits, memoryFormat: MemoryFormat.Contiguous).Scatter_(dim, index, 1.0);
        return yHard - ySoft.Detach() + ySoft;
    }

    /// <summary>
    /// <c>F.normalize(input, p=2.0, dim=1, eps=1e-12, out=None)</c>: divides by the p-norm over <paramref name="dim"/>,
    /// at least <paramref name="eps"/>.
    /// </summary>
    public static Tensor Normalize(Tensor input, double p = 2.0, long dim = 1, double eps = 1e-12, Tensor? @out = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var norm = input.Norm(p, [dim], keepDim: true);
        if (@out is null) return input / norm.ClampMin(eps).ExpandAs(input);
        return Torch.Div(input, norm.ClampMin_(eps).ExpandAs(input), @out);
    }
}
