namespace TorchInterop.Data;

/// <summary>Datasets one after another (Python's <c>torch.utils.data.ConcatDataset</c>).</summary>
/// <typeparam name="T">The type of one sample.</typeparam>
public sealed class ConcatDataset<T> : Dataset<T>
{
    private readonly Dataset<T>[] _datasets;
    private readonly int[] _cumulativeSizes;

    /// <summary>The concatenation of <paramref name="datasets"/>.</summary>
    /// <exception cref="ArgumentException">No datasets (Python's <c>datasets should not be an empty iterable</c>).</exception>
    public ConcatDataset(IEnumerable<Dataset<T>> datasets)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        _datasets = [.. datasets];
        if (_datasets.Length == 0) throw new ArgumentException("datasets should not be an empty iterable", nameof(datasets));
        _cumulativeSizes = new int[_datasets.Length];
        int sum = 0;
        for (int i = 0; i < _datasets.Length; i++) _cumulativeSizes[i] = sum += _datasets[i].Count;
    }

    /// <summary>The datasets, in order.</summary>
    public IReadOnlyList<Dataset<T>> Datasets => _datasets;

    /// <summary>The running totals of the datasets' lengths (Python's <c>cumulative_sizes</c>).</summary>
    public IReadOnlyList<int> CumulativeSizes => _cumulativeSizes;

    /// <inheritdoc />
    public override int Count => _cumulativeSizes[^1];

    /// <inheritdoc />
    public override T GetItem(int index)
    {
        if (index < 0)
        {
            if (-index > Count) throw new TorchException("absolute value of index should not exceed dataset length", TorchErrorKind.ValueError);
            index += Count;
        }
        // bisect_right: the first dataset whose running total exceeds the index
        int d = 0;
        while (d < _cumulativeSizes.Length && _cumulativeSizes[d] <= index) d++;
        if (d == _datasets.Length) throw new TorchException("list index out of range", TorchErrorKind.IndexError);
        return _datasets[d][d == 0 ? index : index - _cumulativeSizes[d - 1]];
    }
}
