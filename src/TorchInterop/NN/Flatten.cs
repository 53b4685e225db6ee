using System.Globalization;

namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.Flatten(start_dim=1, end_dim=-1)</c>.</summary>
public sealed class Flatten(long startDim = 1, long endDim = -1) : Module<Tensor, Tensor>
{
    /// <summary>The first dimension flattened.</summary>
    public long StartDim { get; } = startDim;

    /// <summary>The last dimension flattened.</summary>
    public long EndDim { get; } = endDim;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.Flatten(input, StartDim, EndDim);

    /// <inheritdoc/>
    protected override string ExtraRepr() => string.Create(CultureInfo.InvariantCulture, $"start_dim={StartDim}, end_dim={EndDim}");
}
