namespace TorchInterop.Data;

/// <summary>
/// A map-style dataset (Python's <c>torch.utils.data.Dataset</c>): samples by index from 0 to <see cref="Count"/> - 1.
/// Derive from it and override <see cref="Count"/> and <see cref="GetItem"/>.
/// </summary>
/// <typeparam name="T">The type of one sample.</typeparam>
public abstract class Dataset<T> : IDataset
{
    /// <inheritdoc />
    public abstract int Count { get; }

    /// <summary>The sample at <paramref name="index"/> (Python's <c>__getitem__</c>).</summary>
    public abstract T GetItem(int index);

    /// <summary>The sample at <paramref name="index"/>, as Python's <c>dataset[index]</c>.</summary>
    public T this[int index] => GetItem(index);
}
