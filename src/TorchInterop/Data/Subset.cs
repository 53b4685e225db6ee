namespace TorchInterop.Data;

/// <summary>The samples of a dataset at the given indices (Python's <c>torch.utils.data.Subset</c>).</summary>
/// <typeparam name="T">The type of one sample.</typeparam>
public sealed class Subset<T> : Dataset<T>
{
    private readonly int[] _indices;

    /// <summary>A view of <paramref name="dataset"/> at <paramref name="indices"/>.</summary>
    public Subset(Dataset<T> dataset, IEnumerable<int> indices)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(indices);
        Dataset = dataset;
        _indices = [.. indices];
    }

    /// <summary>The whole dataset.</summary>
    public Dataset<T> Dataset { get; }

    /// <summary>The indices into <see cref="Dataset"/>, in the subset's order.</summary>
    public IReadOnlyList<int> Indices => _indices;

    /// <inheritdoc />
    public override int Count => _indices.Length;

    /// <inheritdoc />
    /// <exception cref="TorchException">Python's IndexError <c>list index out of range</c>.</exception>
    public override T GetItem(int index)
    {
        int i = index < 0 ? index + _indices.Length : index;
        if (i < 0 || i >= _indices.Length) throw new TorchException("list index out of range", TorchErrorKind.IndexError);
        return Dataset[_indices[i]];
    }
}
