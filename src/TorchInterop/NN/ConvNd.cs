using System.Globalization;

namespace TorchInterop.NN;

/// <summary>
/// What PyTorch's <c>_ConvNd</c> holds for every convolution: the hyper-parameters, the weight (and bias) initialized as
/// PyTorch initializes them, and Python's repr.
/// </summary>
public abstract partial class ConvNd : Module<Tensor, Tensor>
{
    private static readonly string[] PaddingModes = ["zeros", "reflect", "replicate", "circular"];

    private protected ConvNd(long inChannels, long outChannels, long[] kernelSize, long[] stride, long[] padding, string? paddingString,
        long[] dilation, bool transposed, long[] outputPadding, long groups, bool bias, string paddingMode, DType? dtype)
    {
        ArgumentNullException.ThrowIfNull(paddingMode);
        if (groups <= 0) throw new ArgumentException("groups must be a positive integer", nameof(groups));
        if (inChannels % groups != 0) throw new ArgumentException("in_channels must be divisible by groups", nameof(inChannels));
        if (outChannels % groups != 0) throw new ArgumentException("out_channels must be divisible by groups", nameof(outChannels));
        if (paddingString is not null)
        {
            if (paddingString is not ("same" or "valid"))
                throw new ArgumentException($"Invalid padding string '{paddingString}', should be one of {{'same', 'valid'}}", "padding");
            if (paddingString == "same" && stride.Any(s => s != 1))
                throw new ArgumentException("padding='same' is not supported for strided convolutions", "padding");
        }
        if (!PaddingModes.Contains(paddingMode))
            throw new ArgumentException($"padding_mode must be one of {{'zeros', 'reflect', 'replicate', 'circular'}}, but got padding_mode='{paddingMode}'", nameof(paddingMode));

        InChannels = inChannels;
        OutChannels = outChannels;
        KernelSize = kernelSize;
        Stride = stride;
        Padding = padding;
        PaddingString = paddingString;
        Dilation = dilation;
        Transposed = transposed;
        OutputPadding = outputPadding;
        Groups = groups;
        PaddingMode = paddingMode;
        ReversedPaddingRepeatedTwice = ReversedPadding(kernelSize, padding, paddingString, dilation);

        long[] weightShape = transposed ? [inChannels, outChannels / groups, .. kernelSize] : [outChannels, inChannels / groups, .. kernelSize];
        RegisterParameter("weight", Parameter.Create(Torch.Empty(weightShape, dtype)));
        RegisterParameter("bias", bias ? Parameter.Create(Torch.Empty([outChannels], dtype)) : null);
        ResetParameters();
    }

    /// <summary>Input channels.</summary>
    public long InChannels { get; private protected set; }

    /// <summary>Output channels.</summary>
    public long OutChannels { get; private protected set; }

    /// <summary>The kernel's size along each spatial dimension.</summary>
    public long[] KernelSize { get; }

    /// <summary>The stride along each spatial dimension.</summary>
    public long[] Stride { get; }

    /// <summary>Implicit padding on both sides of each spatial dimension (zeros when <see cref="PaddingString"/> is set).</summary>
    public long[] Padding { get; }

    /// <summary><c>"same"</c> or <c>"valid"</c> when the padding was given as a string, else null.</summary>
    public string? PaddingString { get; }

    /// <summary>The spacing between kernel elements.</summary>
    public long[] Dilation { get; }

    /// <summary>True for transposed convolutions.</summary>
    public bool Transposed { get; }

    /// <summary>Extra size added to one side of each output dimension (transposed convolutions).</summary>
    public long[] OutputPadding { get; }

    /// <summary>Blocked connections from input to output channels.</summary>
    public long Groups { get; }

    /// <summary><c>"zeros"</c>, <c>"reflect"</c>, <c>"replicate"</c> or <c>"circular"</c>.</summary>
    public string PaddingMode { get; }

    /// <summary>The weight: (out, in / groups, *kernel), or (in, out / groups, *kernel) when transposed.</summary>
    public Tensor Weight => GetParameter("weight")!;

    /// <summary>The bias, shape (out_channels), or null.</summary>
    public Tensor? Bias => GetParameter("bias");

    /// <summary>The padding <c>F.pad</c> takes for non-zero padding modes: last dimension first, both sides each.</summary>
    private protected long[] ReversedPaddingRepeatedTwice { get; }

    /// <summary>PyTorch's <c>reset_parameters</c>: kaiming_uniform_ with a=√5, the bias uniform in ±1/√fan_in.</summary>
    public virtual void ResetParameters()
    {
        Init.KaimingUniform_(Weight, a: Math.Sqrt(5));
        if (Bias is { } bias)
        {
            var (fanIn, _) = Init.CalculateFanInAndFanOut(Weight);
            if (fanIn != 0) Init.Uniform_(bias, -1 / Math.Sqrt(fanIn), 1 / Math.Sqrt(fanIn));
        }
    }

    /// <summary>LibTorch's <c>convNd</c> with numeric padding.</summary>
    private protected delegate Tensor Kernel(Tensor input, Tensor weight, Tensor? bias, long[]? stride, long[]? padding, long[]? dilation, long groups);

    /// <summary>LibTorch's <c>convNd</c> with <c>"same"</c> or <c>"valid"</c> padding.</summary>
    private protected delegate Tensor StringPaddingKernel(Tensor input, Tensor weight, Tensor? bias, long[]? stride, string padding, long[]? dilation, long groups);

    /// <summary>
    /// PyTorch's <c>_conv_forward</c>: padding modes other than zeros pad the input first (<c>F.pad</c>), then the
    /// kernel runs without padding; otherwise the kernel pads.
    /// </summary>
    private protected Tensor Convolve(Tensor input, Kernel kernel, StringPaddingKernel stringKernel)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (PaddingMode != "zeros")
            return kernel(Torch.Pad(input, ReversedPaddingRepeatedTwice, PaddingMode), Weight, Bias, Stride, new long[KernelSize.Length], Dilation, Groups);
        return PaddingString is { } padding
            ? stringKernel(input, Weight, Bias, Stride, padding, Dilation, Groups)
            : kernel(input, Weight, Bias, Stride, Padding, Dilation, Groups);
    }

    /// <inheritdoc/>
    protected override string ExtraRepr()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{InChannels}, {OutChannels}, kernel_size={Tuple(KernelSize)}, stride={Tuple(Stride)}");
        if (PaddingString is not null) text += $", padding={PaddingString}";
        else if (Padding.Any(p => p != 0)) text += $", padding={Tuple(Padding)}";
        if (Dilation.Any(d => d != 1)) text += $", dilation={Tuple(Dilation)}";
        if (OutputPadding.Any(p => p != 0)) text += $", output_padding={Tuple(OutputPadding)}";
        if (Groups != 1) text += string.Create(CultureInfo.InvariantCulture, $", groups={Groups}");
        if (Bias is null) text += ", bias=False";
        if (PaddingMode != "zeros") text += $", padding_mode={PaddingMode}";
        return text;
    }

    /// <summary><paramref name="value"/> repeated for each of <paramref name="dims"/> dimensions, or checked to have that many.</summary>
    private protected static long[] Expand(long[]? value, long fill, int dims, string name)
    {
        if (value is null) return Enumerable.Repeat(fill, dims).ToArray();
        if (value.Length == 1 && dims > 1) return Enumerable.Repeat(value[0], dims).ToArray();
        if (value.Length != dims) throw new ArgumentException($"{name} must have {dims} elements, got {value.Length}", name);
        return (long[])value.Clone();
    }

    private static string Tuple(long[] values) =>
        "(" + string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + (values.Length == 1 ? ",)" : ")");

    private static long[] ReversedPadding(long[] kernelSize, long[] padding, string? paddingString, long[] dilation)
    {
        var result = new long[2 * kernelSize.Length];
        for (int d = kernelSize.Length - 1, i = 0; d >= 0; d--, i += 2)
        {
            if (paddingString == "same")
            {
                long total = dilation[d] * (kernelSize[d] - 1);
                result[i] = total / 2;
                result[i + 1] = total - total / 2;
            }
            else
            {
                result[i] = result[i + 1] = paddingString == "valid" ? 0 : padding[d];
            }
        }
        return result;
    }
}
