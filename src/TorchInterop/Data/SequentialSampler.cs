namespace TorchInterop.Data;

/// <summary>Indices 0, 1, ..., n-1 (Python's <c>SequentialSampler</c>).</summary>
public sealed class SequentialSampler : Sampler<int>
{
    private readonly Func<int> _length;

    /// <summary>Sequential indices over <paramref name="dataSource"/>; its length is read at each pass.</summary>
    public SequentialSampler(IDataset dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _length = () => dataSource.Count;
    }

    /// <summary>Sequential indices over a data source of <paramref name="length"/> items.</summary>
    public SequentialSampler(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _length = () => length;
    }

    /// <inheritdoc />
    public override int Count => _length();

    /// <inheritdoc />
    public override IEnumerator<int> GetEnumerator() => Enumerable.Range(0, _length()).GetEnumerator();
}
