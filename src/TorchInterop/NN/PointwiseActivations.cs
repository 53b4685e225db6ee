using System.Globalization;
using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>An activation with only an <c>inplace</c> flag, whose repr is <c>inplace=True</c> when set (PyTorch's SiLU, Mish, SELU, ReLU6).</summary>
public abstract class InplaceActivation(bool inplace) : Module<Tensor, Tensor>
{
    /// <summary>Whether the input is overwritten instead of copied.</summary>
    public bool Inplace { get; } = inplace;

    /// <inheritdoc/>
    protected override string ExtraRepr() => Inplace ? "inplace=True" : "";
}

/// <summary>Python's <c>torch.nn.CELU(alpha=1.0, inplace=False)</c>.</summary>
public sealed class CELU(double alpha = 1.0, bool inplace = false) : Module<Tensor, Tensor>
{
    /// <summary>The scale of the negative part.</summary>
    public double Alpha { get; } = alpha;

    /// <summary>Whether the input is overwritten.</summary>
    public bool Inplace { get; } = inplace;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Celu(input, Alpha, Inplace);

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"alpha={PythonNumberFormat.Repr(Alpha)}" + (Inplace ? ", inplace=True" : "");
}

/// <summary>Python's <c>torch.nn.SELU(inplace=False)</c>.</summary>
public sealed class SELU(bool inplace = false) : InplaceActivation(inplace)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Selu(input, Inplace);
}

/// <summary>Python's <c>torch.nn.SiLU(inplace=False)</c>.</summary>
public sealed class SiLU(bool inplace = false) : InplaceActivation(inplace)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Silu(input, Inplace);
}

/// <summary>Python's <c>torch.nn.Mish(inplace=False)</c>.</summary>
public sealed class Mish(bool inplace = false) : InplaceActivation(inplace)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Mish(input, Inplace);
}

/// <summary>Python's <c>torch.nn.Hardsigmoid(inplace=False)</c> (its repr shows no arguments).</summary>
public sealed class Hardsigmoid(bool inplace = false) : Module<Tensor, Tensor>
{
    /// <summary>Whether the input is overwritten.</summary>
    public bool Inplace { get; } = inplace;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Hardsigmoid(input, Inplace);
}

/// <summary>Python's <c>torch.nn.GLU(dim=-1)</c>.</summary>
public sealed class GLU(long dim = -1) : Module<Tensor, Tensor>
{
    /// <summary>The dimension split in halves.</summary>
    public long Dim { get; } = dim;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Glu(input, Dim);

    /// <inheritdoc/>
    protected override string ExtraRepr() => string.Create(CultureInfo.InvariantCulture, $"dim={Dim}");
}

/// <summary>Python's <c>torch.nn.Hardshrink(lambd=0.5)</c>.</summary>
public sealed class Hardshrink(Scalar lambd) : Module<Tensor, Tensor>
{
    /// <summary>Python's default, <c>lambd=0.5</c>.</summary>
    public Hardshrink() : this(0.5) { }

    /// <summary>The half-width of the zeroed band.</summary>
    public double Lambd { get; } = lambd.ToDouble();

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Hardshrink(input, Lambd);

    /// <inheritdoc/>
    protected override string ExtraRepr() => lambd.ToString();
}

/// <summary>Python's <c>torch.nn.Softshrink(lambd=0.5)</c>.</summary>
public sealed class Softshrink(Scalar lambd) : Module<Tensor, Tensor>
{
    /// <summary>Python's default, <c>lambd=0.5</c>.</summary>
    public Softshrink() : this(0.5) { }

    /// <summary>The half-width of the zeroed band, subtracted outside it.</summary>
    public double Lambd { get; } = lambd.ToDouble();

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Softshrink(input, Lambd);

    /// <inheritdoc/>
    protected override string ExtraRepr() => lambd.ToString();
}

/// <summary>
/// Python's <c>torch.nn.Hardtanh(min_val=-1.0, max_val=1.0, inplace=False)</c>; <c>max_val</c> must exceed
/// <c>min_val</c> (PyTorch's AssertionError).
/// </summary>
public class Hardtanh : Module<Tensor, Tensor>
{
    /// <summary>A clamp to [<paramref name="minVal"/>, <paramref name="maxVal"/>].</summary>
    public Hardtanh(double minVal = -1.0, double maxVal = 1.0, bool inplace = false)
    {
        if (maxVal <= minVal)
            throw new TorchException(LibTorch.IsAtLeast(2)
                ? $"max_val ({PythonNumberFormat.Repr(maxVal)}) must be greater than min_val ({PythonNumberFormat.Repr(minVal)})"
                : "", TorchErrorKind.AssertionError);
        MinVal = minVal;
        MaxVal = maxVal;
        Inplace = inplace;
    }

    /// <summary>The lower bound.</summary>
    public double MinVal { get; }

    /// <summary>The upper bound.</summary>
    public double MaxVal { get; }

    /// <summary>Whether the input is overwritten.</summary>
    public bool Inplace { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Hardtanh(input, MinVal, MaxVal, Inplace);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        $"min_val={PythonNumberFormat.Repr(MinVal)}, max_val={PythonNumberFormat.Repr(MaxVal)}" + (Inplace ? ", inplace=True" : "");
}

/// <summary>Python's <c>torch.nn.ReLU6(inplace=False)</c>: a <see cref="Hardtanh"/> from 0 to 6.</summary>
public sealed class ReLU6(bool inplace = false) : Hardtanh(0.0, 6.0, inplace)
{
    /// <inheritdoc/>
    protected override string ExtraRepr() => Inplace ? "inplace=True" : "";
}

/// <summary>Python's <c>torch.nn.LogSigmoid()</c>.</summary>
public sealed class LogSigmoid : Module<Tensor, Tensor>
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Logsigmoid(input);
}

/// <summary>Python's <c>torch.nn.Softsign()</c>.</summary>
public sealed class Softsign : Module<Tensor, Tensor>
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Softsign(input);
}

/// <summary>Python's <c>torch.nn.Tanhshrink()</c>.</summary>
public sealed class Tanhshrink : Module<Tensor, Tensor>
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Tanhshrink(input);
}

/// <summary>
/// Python's <c>torch.nn.Softplus(beta=1, threshold=20)</c> (PyTorch 2.x's defaults are the floats 1.0 and 20.0, and
/// its repr says so): numbers keep their int or float kind, as Python's do.
/// </summary>
public sealed class Softplus(Scalar? beta = null, Scalar? threshold = null) : Module<Tensor, Tensor>
{
    /// <summary>The sharpness.</summary>
    public Scalar Beta { get; } = beta ?? (LibTorch.IsAtLeast(2) ? Scalar.FromDouble(1.0) : Scalar.FromInt64(1));

    /// <summary>Above <c>input · beta</c> of this, the function is the identity.</summary>
    public Scalar Threshold { get; } = threshold ?? (LibTorch.IsAtLeast(2) ? Scalar.FromDouble(20.0) : Scalar.FromInt64(20));

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Softplus(input, Beta, Threshold);

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"beta={Beta}, threshold={Threshold}";
}

/// <summary>Python's <c>torch.nn.Threshold(threshold, value, inplace=False)</c>: numbers keep their int or float kind in the repr.</summary>
public sealed class Threshold(Scalar threshold, Scalar value, bool inplace = false) : Module<Tensor, Tensor>
{
    /// <summary>Elements not above it are replaced.</summary>
    public Scalar ThresholdValue { get; } = threshold;

    /// <summary>The replacement.</summary>
    public Scalar Value { get; } = value;

    /// <summary>Whether the input is overwritten.</summary>
    public bool Inplace { get; } = inplace;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Threshold(input, ThresholdValue, Value, Inplace);

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"threshold={ThresholdValue}, value={Value}" + (Inplace ? ", inplace=True" : "");
}

/// <summary>Python's <c>torch.nn.RReLU(lower=1/8, upper=1/3, inplace=False)</c>: random slopes while training.</summary>
public sealed class RReLU(double lower = 1.0 / 8, double upper = 1.0 / 3, bool inplace = false) : Module<Tensor, Tensor>
{
    /// <summary>The smallest slope drawn.</summary>
    public double Lower { get; } = lower;

    /// <summary>The largest slope drawn.</summary>
    public double Upper { get; } = upper;

    /// <summary>Whether the input is overwritten.</summary>
    public bool Inplace { get; } = inplace;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Rrelu(input, Lower, Upper, Training, Inplace);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        $"lower={PythonNumberFormat.Repr(Lower)}, upper={PythonNumberFormat.Repr(Upper)}" + (Inplace ? ", inplace=True" : "");
}

/// <summary>Python's <c>torch.nn.PReLU(num_parameters=1, init=0.25)</c>: a learned negative slope, the parameter <c>weight</c>.</summary>
public sealed class PReLU : Module<Tensor, Tensor>
{
    /// <summary>A PReLU with <paramref name="numParameters"/> slopes (1, or the input's channels), all <paramref name="init"/>.</summary>
    public PReLU(long numParameters = 1, double init = 0.25, DType? dtype = null)
    {
        NumParameters = numParameters;
        InitValue = init;
        RegisterParameter("weight", Parameter.Create(Torch.Empty([numParameters], dtype).Fill_(init)));
    }

    /// <summary>How many slopes.</summary>
    public long NumParameters { get; }

    /// <summary>The slopes' initial value.</summary>
    public double InitValue { get; }

    /// <summary>The slopes.</summary>
    public Tensor Weight => GetParameter("weight")!;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Prelu(input, Weight);

    /// <inheritdoc/>
    protected override string ExtraRepr() => string.Create(CultureInfo.InvariantCulture, $"num_parameters={NumParameters}");
}

/// <summary>Python's <c>torch.nn.Softmin(dim=None)</c>.</summary>
public sealed class Softmin(long? dim = null) : Module<Tensor, Tensor>
{
    /// <summary>The dimension that sums to one (null: PyTorch's implicit choice, with its warning).</summary>
    public long? Dim { get; } = dim;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Softmin(input, Dim);

    /// <inheritdoc/>
    protected override string ExtraRepr() => "dim=" + (Dim?.ToString(CultureInfo.InvariantCulture) ?? "None");
}

/// <summary>Python's <c>torch.nn.Softmax2d()</c>: softmax over the channels of (N, C, H, W) or (C, H, W) input.</summary>
public sealed class Softmax2d : Module<Tensor, Tensor>
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Dim is not (3 or 4))
        {
            if (LibTorch.IsAtLeast(2))
                throw new TorchException($"Softmax2d: expected input to be 3D or 4D, got {input.Dim}D instead", TorchErrorKind.ValueError);
            throw new TorchException("Softmax2d requires a 3D or 4D tensor as input", TorchErrorKind.AssertionError);
        }
        return Functional.Softmax(input, -3);
    }
}
