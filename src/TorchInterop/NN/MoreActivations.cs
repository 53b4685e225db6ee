using System.Globalization;
using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.LeakyReLU(negative_slope=0.01)</c>.</summary>
public sealed class LeakyReLU(double negativeSlope = 0.01) : Module<Tensor, Tensor>
{
    /// <summary>The slope for negative inputs.</summary>
    public double NegativeSlope { get; } = negativeSlope;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.LeakyRelu(input, NegativeSlope);

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"negative_slope={PythonNumberFormat.Repr(NegativeSlope)}";
}

/// <summary>Python's <c>torch.nn.GELU(approximate='none')</c>.</summary>
public sealed class GELU(string approximate = "none") : Module<Tensor, Tensor>
{
    /// <summary><c>"none"</c> or <c>"tanh"</c>.</summary>
    public string Approximate { get; } = approximate ?? throw new ArgumentNullException(nameof(approximate));

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.Gelu(input, Approximate);

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"approximate='{Approximate}'";
}

/// <summary>Python's <c>torch.nn.Softmax(dim=None)</c>.</summary>
public sealed class Softmax(long? dim = null) : Module<Tensor, Tensor>
{
    /// <summary>The dimension that sums to one (null: PyTorch's implicit choice, with its warning).</summary>
    public long? Dim { get; } = dim;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Softmax(input, Dim);

    /// <inheritdoc/>
    protected override string ExtraRepr() => "dim=" + (Dim?.ToString(CultureInfo.InvariantCulture) ?? "None");
}

/// <summary>Python's <c>torch.nn.LogSoftmax(dim=None)</c>.</summary>
public sealed class LogSoftmax(long? dim = null) : Module<Tensor, Tensor>
{
    /// <summary>The dimension normalized over (null: PyTorch's implicit choice, with its warning).</summary>
    public long? Dim { get; } = dim;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.LogSoftmax(input, Dim);

    /// <inheritdoc/>
    protected override string ExtraRepr() => "dim=" + (Dim?.ToString(CultureInfo.InvariantCulture) ?? "None");
}

/// <summary>Python's <c>torch.nn.ELU(alpha=1.0, inplace=False)</c>.</summary>
public sealed class ELU(double alpha = 1.0, bool inplace = false) : Module<Tensor, Tensor>
{
    /// <summary>The value negative inputs saturate to (times -1).</summary>
    public double Alpha { get; } = alpha;

    /// <summary>Whether the input is overwritten.</summary>
    public bool Inplace { get; } = inplace;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Inplace ? Torch.Elu_(input, Alpha) : Torch.Elu(input, Alpha);

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"alpha={PythonNumberFormat.Repr(Alpha)}" + (Inplace ? ", inplace=True" : "");
}

/// <summary>Python's <c>torch.nn.Hardswish(inplace=False)</c>.</summary>
public sealed class Hardswish(bool inplace = false) : Module<Tensor, Tensor>
{
    /// <summary>Whether the input is overwritten.</summary>
    public bool Inplace { get; } = inplace;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Inplace ? Torch.Hardswish_(input) : Torch.Hardswish(input);
}
