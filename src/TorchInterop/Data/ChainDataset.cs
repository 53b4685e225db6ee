namespace TorchInterop.Data;

/// <summary>Iterable datasets chained on the fly (Python's <c>torch.utils.data.ChainDataset</c>).</summary>
/// <typeparam name="T">The type of one sample.</typeparam>
public sealed class ChainDataset<T> : IterableDataset<T>
{
    private readonly IterableDataset<T>[] _datasets;

    /// <summary>The chain of <paramref name="datasets"/>.</summary>
    public ChainDataset(IEnumerable<IterableDataset<T>> datasets)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        _datasets = [.. datasets];
    }

    /// <inheritdoc />
    public override IEnumerator<T> GetEnumerator()
    {
        foreach (var d in _datasets)
            foreach (var x in d)
                yield return x;
    }

    /// <inheritdoc />
    public override int Count => _datasets.Sum(d => d.Count);
}
