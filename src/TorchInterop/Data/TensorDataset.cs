namespace TorchInterop.Data;

/// <summary>
/// Tensors indexed together along their first dimension (Python's <c>torch.utils.data.TensorDataset</c>): sample
/// <c>i</c> is <c>(x[i], y[i], ...)</c>.
/// <example><code>var ds = new TensorDataset(x, y); var (x0, y0) = ds[0];</code></example>
/// </summary>
public sealed class TensorDataset : Dataset<TensorSample>
{
    private readonly Tensor[] _tensors;

    /// <summary>A dataset over tensors with the same size of the first dimension.</summary>
    /// <exception cref="ArgumentException">The first dimensions differ (Python's <c>Size mismatch between tensors</c>).</exception>
    public TensorDataset(params Tensor[] tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        if (tensors.Length == 0) throw new TorchException("tuple index out of range", TorchErrorKind.IndexError);
        long first = tensors[0].Size(0);
        foreach (var t in tensors)
        {
            ArgumentNullException.ThrowIfNull(t, nameof(tensors));
            if (t.Size(0) != first) throw new ArgumentException("Size mismatch between tensors", nameof(tensors));
        }
        _tensors = (Tensor[])tensors.Clone();
    }

    /// <summary>The tensors, in the order given.</summary>
    public IReadOnlyList<Tensor> Tensors => _tensors;

    /// <inheritdoc />
    public override int Count => checked((int)_tensors[0].Size(0));

    /// <inheritdoc />
    /// <exception cref="TorchException">The index is out of range (PyTorch's IndexError text).</exception>
    public override TensorSample GetItem(int index) => new(Array.ConvertAll(_tensors, t => t[index]));
}
