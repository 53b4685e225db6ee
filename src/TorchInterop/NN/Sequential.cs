namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.Sequential</c>: modules applied in order, registered as <c>0</c>, <c>1</c>, ...</summary>
public sealed class Sequential : Module<Tensor, Tensor>
{
    private readonly List<Module<Tensor, Tensor>> _layers = [];

    /// <summary>The layers, in order.</summary>
    public Sequential(params Module<Tensor, Tensor>[] layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        foreach (var layer in layers) Append(layer);
    }

    /// <summary>Adds a layer at the end (Python's <c>append</c>); returns this.</summary>
    public Sequential Append(Module<Tensor, Tensor> layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        RegisterModule(_layers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), layer);
        _layers.Add(layer);
        return this;
    }

    /// <summary>The layer at <paramref name="index"/> (negative counts from the end).</summary>
    public Module<Tensor, Tensor> this[int index] => _layers[index < 0 ? index + _layers.Count : index];

    /// <summary>How many layers.</summary>
    public int Count => _layers.Count;

    // A layer replaced by name ("1") is the layer the forward runs.
    internal override void ReplaceChild(string name, Module child)
    {
        base.ReplaceChild(name, child);
        if (int.TryParse(name, System.Globalization.CultureInfo.InvariantCulture, out int index) && child is Module<Tensor, Tensor> layer) _layers[index] = layer;
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        var x = input;
        foreach (var layer in _layers) x = layer.Call(x);
        return x;
    }
}
