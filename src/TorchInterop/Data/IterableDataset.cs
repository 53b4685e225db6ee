using System.Collections;

namespace TorchInterop.Data;

/// <summary>
/// An iterable-style dataset (Python's <c>torch.utils.data.IterableDataset</c>): a stream of samples. A
/// <see cref="DataLoader{TSample, TBatch}"/> over it batches the stream in order; samplers and shuffling do not apply.
/// </summary>
/// <typeparam name="T">The type of one sample.</typeparam>
public abstract class IterableDataset<T> : IEnumerable<T>
{
    /// <summary>The samples, in order (Python's <c>__iter__</c>).</summary>
    public abstract IEnumerator<T> GetEnumerator();

    /// <summary>
    /// How many samples the stream yields, for datasets that know it (Python's optional <c>__len__</c>); the default
    /// throws Python's <c>TypeError</c> text as a <see cref="NotSupportedException"/>.
    /// </summary>
    public virtual int Count => throw new TorchException($"object of type '{GetType().Name}' has no len()", TorchErrorKind.TypeError);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
