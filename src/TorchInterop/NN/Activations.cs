namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.ReLU(inplace=False)</c>.</summary>
public sealed class ReLU(bool inplace = false) : Module<Tensor, Tensor>
{
    /// <summary>Whether the input is overwritten (<c>relu_</c>) instead of copied.</summary>
    public bool Inplace { get; } = inplace;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Relu(input, Inplace);

    /// <inheritdoc/>
    protected override string ExtraRepr() => Inplace ? "inplace=True" : "";
}

/// <summary>Python's <c>torch.nn.Sigmoid</c>.</summary>
public sealed class Sigmoid : Module<Tensor, Tensor>
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.Sigmoid(input);
}

/// <summary>Python's <c>torch.nn.Tanh</c>.</summary>
public sealed class Tanh : Module<Tensor, Tensor>
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.Tanh(input);
}
