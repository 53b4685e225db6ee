namespace TorchInterop.Data;

/// <summary>Groups another sampler's indices into lists of <c>batch_size</c> (Python's <c>BatchSampler</c>).</summary>
public sealed class BatchSampler : Sampler<IReadOnlyList<int>>
{
    private readonly IEnumerable<int> _sampler;

    /// <summary>Batches of <paramref name="batchSize"/> indices from <paramref name="sampler"/>; with <paramref name="dropLast"/> a short last batch is dropped.</summary>
    /// <exception cref="TorchException">(ValueError) <paramref name="batchSize"/> is not positive.</exception>
    public BatchSampler(IEnumerable<int> sampler, int batchSize, bool dropLast)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        if (batchSize <= 0)
            throw new TorchException($"batch_size should be a positive integer value, but got batch_size={batchSize}", TorchErrorKind.ValueError);
        _sampler = sampler;
        BatchSize = batchSize;
        DropLast = dropLast;
    }

    /// <summary>Indices per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Whether a short last batch is dropped.</summary>
    public bool DropLast { get; }

    /// <summary>The batches one pass yields: the sampler's length divided by the batch size, rounded as <see cref="DropLast"/> says.</summary>
    public override int Count
    {
        get
        {
            int n = _sampler switch
            {
                Sampler<int> s => s.Count,
                IReadOnlyCollection<int> c => c.Count,
                _ => throw new TorchException($"object of type '{_sampler.GetType().Name}' has no len()", TorchErrorKind.TypeError),
            };
            return DropLast ? n / BatchSize : (n + BatchSize - 1) / BatchSize;
        }
    }

    /// <inheritdoc />
    public override IEnumerator<IReadOnlyList<int>> GetEnumerator()
    {
        var batch = new List<int>(BatchSize);
        foreach (int index in _sampler)
        {
            batch.Add(index);
            if (batch.Count == BatchSize)
            {
                yield return batch;
                batch = new List<int>(BatchSize);
            }
        }
        if (batch.Count > 0 && !DropLast) yield return batch;
    }
}
