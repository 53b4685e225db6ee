namespace TorchInterop.Data;

/// <summary>
/// One pass over an iterable dataset with workers, as PyTorch runs it: every worker iterates the whole dataset (its
/// own stream, so a dataset shards itself by <see cref="WorkerInfo.Current"/>) and makes a batch per task; tasks go
/// round robin to the workers whose stream has not ended, <c>prefetch_factor</c> per worker ahead, and batches come
/// back in task order. A worker's stream ends at its first empty (or, with <c>drop_last</c>, short) batch; the pass
/// ends when every worker's has. Results are handled strictly in task order, which is PyTorch's order whenever a
/// worker's end is not reported ahead of an earlier task's batch.
/// </summary>
internal sealed class StreamWorkers<TSample, TBatch>
{
    private readonly IterableDataset<TSample> _dataset;
    private readonly DataLoaderOptions _options;
    private readonly Func<IReadOnlyList<TSample>, TBatch> _collate;
    private readonly long _baseSeed;
    // Each worker's stream, created and read on that worker's thread only.
    private readonly IEnumerator<TSample>?[] _streams;
    private readonly bool[] _ended;

    internal StreamWorkers(IterableDataset<TSample> dataset, DataLoaderOptions options, Func<IReadOnlyList<TSample>, TBatch> collate, long baseSeed)
    {
        (_dataset, _options, _collate, _baseSeed) = (dataset, options, collate, baseSeed);
        _streams = new IEnumerator<TSample>?[options.NumWorkers];
        _ended = new bool[options.NumWorkers];
    }

    internal IEnumerator<TBatch> Iterate()
    {
        int count = _options.NumWorkers;
        var active = Enumerable.Repeat(true, count).ToArray();
        var owners = new List<int>();
        int next = 0;
        var workers = new DataLoaderWorkers<(bool Ended, TBatch? Batch)>(count, _baseSeed, _dataset, _options.WorkerInitFn);
        try
        {
            // Python's _try_put_index: the next task to the next worker in the cycle whose stream is still open.
            void Put()
            {
                for (int tried = 0; tried < count; tried++)
                {
                    int w = next;
                    next = (next + 1) % count;
                    if (!active[w]) continue;
                    owners.Add(w);
                    workers.Submit(owners.Count - 1, w, () => Fetch(w));
                    return;
                }
            }
            for (int i = 0; i < count * (_options.PrefetchFactor ?? 2); i++) Put();
            for (int received = 0; received < owners.Count; received++)
            {
                int w = owners[received];
                var (ended, batch) = workers.Take(received);
                // a task sent before its worker's end was known: PyTorch never gets a batch for it
                if (!active[w]) continue;
                if (ended) active[w] = false;
                Put();
                if (!ended) yield return batch!;
            }
        }
        finally
        {
            // once the workers have stopped, their streams can be released here
            workers.Dispose();
            foreach (var stream in _streams) stream?.Dispose();
        }
    }

    // Python's _IterableDatasetFetcher.fetch on worker w's thread: up to batch_size samples from its stream.
    private (bool Ended, TBatch? Batch) Fetch(int w)
    {
        if (_ended[w]) return (true, default);
        var stream = _streams[w] ??= _dataset.GetEnumerator();
        var samples = new List<TSample>(_options.BatchSize);
        while (samples.Count < _options.BatchSize)
        {
            if (!stream.MoveNext())
            {
                _ended[w] = true;
                break;
            }
            samples.Add(stream.Current);
        }
        if (samples.Count == 0 || (_options.DropLast && samples.Count < _options.BatchSize)) return (true, default);
        return (false, _collate(samples));
    }
}
