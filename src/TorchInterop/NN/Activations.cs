namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.ReLU</c>.</summary>
public sealed class ReLU : Module<Tensor, Tensor>
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.Relu(input);
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
