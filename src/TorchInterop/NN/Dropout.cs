using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.Dropout(p=0.5)</c>: zeroes elements with probability p while training, scaling the rest by 1/(1-p).</summary>
public sealed class Dropout : Module<Tensor, Tensor>
{
    /// <summary>A dropout layer; p must lie in [0, 1] (PyTorch's ValueError otherwise).</summary>
    public Dropout(double p = 0.5)
    {
        if (p < 0 || p > 1)
            throw new TorchException($"dropout probability has to be between 0 and 1, but got {PythonNumberFormat.Repr(p)}", TorchErrorKind.ValueError);
        P = p;
    }

    /// <summary>The probability of an element being zeroed.</summary>
    public double P { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.Dropout(input, P, Training);

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"p={PythonNumberFormat.Repr(P)}, inplace=False";
}
