using System.Collections;

namespace TorchInterop.Data;

/// <summary>
/// Yields the indices (or batches of indices) a <see cref="DataLoader{TSample, TBatch}"/> fetches, in order
/// (Python's <c>torch.utils.data.Sampler</c>). Enumerating draws random numbers where the Python sampler does, at
/// the first <c>MoveNext</c>.
/// </summary>
/// <typeparam name="T">An index (<c>int</c>) or a batch of indices.</typeparam>
public abstract class Sampler<T> : IEnumerable<T>
{
    /// <summary>How many items one pass yields (Python's <c>len(sampler)</c>).</summary>
    public abstract int Count { get; }

    /// <summary>One pass over the items (Python's <c>__iter__</c>).</summary>
    public abstract IEnumerator<T> GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
