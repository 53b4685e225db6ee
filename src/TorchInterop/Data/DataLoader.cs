using System.Collections;

namespace TorchInterop.Data;

/// <summary>
/// Batches of a dataset (Python's <c>torch.utils.data.DataLoader</c>). Each pass (each <c>foreach</c>) draws a base
/// seed and, when shuffling, the sampler's seed from the generator exactly as PyTorch does, so after the same
/// <c>manual_seed</c> the batches are the very batches PyTorch yields.
/// <example><code>
/// var loader = DataLoader.Create(new TensorDataset(x, y), new DataLoaderOptions { BatchSize = 4, Shuffle = true });
/// foreach (var (xb, yb) in loader) { ... }
/// </code></example>
/// </summary>
/// <typeparam name="TSample">The type of one sample.</typeparam>
/// <typeparam name="TBatch">The type of one collated batch.</typeparam>
public sealed class DataLoader<TSample, TBatch> : IEnumerable<TBatch>
{
    private readonly Dataset<TSample>? _dataset;
    private readonly IterableDataset<TSample>? _iterable;
    private readonly Func<IReadOnlyList<TSample>, TBatch> _collate;

    /// <summary>A loader over a map-style dataset.</summary>
    /// <param name="dataset">The samples.</param>
    /// <param name="options">Batching, sampling and workers; null: batches of one in order.</param>
    /// <param name="collate">Merges a list of samples into a batch; null: <see cref="Collate.Default{T}"/>, which must give a <typeparamref name="TBatch"/>.</param>
    /// <exception cref="TorchException">Options PyTorch rejects (its ValueError and message).</exception>
    public DataLoader(Dataset<TSample> dataset, DataLoaderOptions? options = null, Func<IReadOnlyList<TSample>, TBatch>? collate = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _dataset = dataset;
        Options = options ?? new DataLoaderOptions();
        _collate = collate ?? DefaultCollate;
        CheckCommon(Options);
        var o = Options;
        if (o.Sampler is not null && o.Shuffle) throw ValueError("sampler option is mutually exclusive with shuffle");
        if (o.BatchSampler is not null)
        {
            if (o.BatchSize != 1 || o.Shuffle || o.Sampler is not null || o.DropLast)
                throw ValueError("batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last");
            BatchSampler = o.BatchSampler;
        }
        else
        {
            Sampler = o.Sampler ?? (o.Shuffle ? new RandomSampler(dataset, generator: o.Generator) : new SequentialSampler(dataset));
            BatchSampler = new BatchSampler(Sampler, o.BatchSize, o.DropLast);
        }
    }

    /// <summary>A loader over an iterable-style dataset: its stream in batches of <see cref="DataLoaderOptions.BatchSize"/>.</summary>
    /// <exception cref="TorchException">Shuffle, a sampler or a batch sampler (PyTorch's ValueError and messages).</exception>
    public DataLoader(IterableDataset<TSample> dataset, DataLoaderOptions? options = null, Func<IReadOnlyList<TSample>, TBatch>? collate = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _iterable = dataset;
        Options = options ?? new DataLoaderOptions();
        _collate = collate ?? DefaultCollate;
        CheckCommon(Options);
        var o = Options;
        if (o.Shuffle) throw ValueError("DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle=True");
        if (o.Sampler is not null)
            throw ValueError($"DataLoader with IterableDataset: expected unspecified sampler option, but got sampler={o.Sampler}");
        if (o.BatchSampler is not null)
            throw ValueError($"DataLoader with IterableDataset: expected unspecified batch_sampler option, but got batch_sampler={o.BatchSampler}");
        if (o.BatchSize <= 0)
            throw ValueError($"batch_size should be a positive integer value, but got batch_size={o.BatchSize}");
    }

    /// <summary>The options the loader was made with.</summary>
    public DataLoaderOptions Options { get; }

    /// <summary>The index sampler (null with a batch sampler given, or an iterable dataset).</summary>
    public Sampler<int>? Sampler { get; }

    /// <summary>The batch sampler in use (null for an iterable dataset).</summary>
    public Sampler<IReadOnlyList<int>>? BatchSampler { get; }

    /// <summary>Batches per pass (Python's <c>len(loader)</c>).</summary>
    public int Count
    {
        get
        {
            if (BatchSampler is not null) return BatchSampler.Count;
            int n = _iterable!.Count, b = Options.BatchSize;
            return Options.DropLast ? n / b : (n + b - 1) / b;
        }
    }

    /// <summary>
    /// One pass over the batches. The base seed is drawn now, as Python's <c>iter(loader)</c> does; with workers,
    /// worker i's own default generator is seeded with it + i.
    /// </summary>
    public IEnumerator<TBatch> GetEnumerator()
    {
        var indices = BatchSampler?.GetEnumerator();
        long baseSeed = RandomSeed.Draw(Options.Generator);
        if (_iterable is not null)
            return Options.NumWorkers == 0 ? IterateStream(_iterable.GetEnumerator()) : new StreamWorkers<TSample, TBatch>(_iterable, Options, _collate, baseSeed).Iterate();
        return Options.NumWorkers == 0 ? Iterate(indices!) : IterateWithWorkers(indices!, baseSeed);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerator<TBatch> Iterate(IEnumerator<IReadOnlyList<int>> indices)
    {
        using (indices)
            while (indices.MoveNext())
                yield return Fetch(indices.Current);
    }

    private IEnumerator<TBatch> IterateWithWorkers(IEnumerator<IReadOnlyList<int>> indices, long baseSeed)
    {
        using (indices)
        using (var workers = new DataLoaderWorkers<TBatch>(Options.NumWorkers, baseSeed, _dataset!, Options.WorkerInitFn))
        {
            int ahead = Options.NumWorkers * (Options.PrefetchFactor ?? 2), sent = 0, received = 0;
            bool more = true;
            void Fill()
            {
                while (more && sent - received < Math.Max(ahead, 1))
                {
                    more = indices.MoveNext();
                    if (!more) break;
                    var batch = indices.Current;
                    workers.Submit(sent++, () => Fetch(batch));
                }
            }
            Fill();
            while (received < sent)
            {
                var batch = workers.Take(received++);
                Fill();
                yield return batch;
            }
        }
    }

    private IEnumerator<TBatch> IterateStream(IEnumerator<TSample> samples)
    {
        using (samples)
        {
            var batch = new List<TSample>(Options.BatchSize);
            while (samples.MoveNext())
            {
                batch.Add(samples.Current);
                if (batch.Count == Options.BatchSize)
                {
                    yield return _collate(batch);
                    batch = new List<TSample>(Options.BatchSize);
                }
            }
            if (batch.Count > 0 && !Options.DropLast) yield return _collate(batch);
        }
    }

    private TBatch Fetch(IReadOnlyList<int> batch)
    {
        var samples = new TSample[batch.Count];
        for (int i = 0; i < samples.Length; i++) samples[i] = _dataset!.GetItem(batch[i]);
        return _collate(samples);
    }

    private static TBatch DefaultCollate(IReadOnlyList<TSample> samples) => (TBatch)Collate.Default(samples);

    private static void CheckCommon(DataLoaderOptions o)
    {
        if (o.NumWorkers < 0)
            throw ValueError("num_workers option should be non-negative; use num_workers=0 to disable multiprocessing.");
        if (o.NumWorkers == 0 && o.PrefetchFactor is { } p && (LibTorch.IsAtLeast(2) || p != 2))
            throw ValueError(LibTorch.IsAtLeast(2)
                ? "prefetch_factor option could only be specified in multiprocessing.let num_workers > 0 to enable multiprocessing, otherwise set prefetch_factor to None."
                : "prefetch_factor option could only be specified in multiprocessing.let num_workers > 0 to enable multiprocessing.");
    }

    private static TorchException ValueError(string message) => new(message, TorchErrorKind.ValueError);
}

/// <summary>Factories that pick the batch type of the default collation.</summary>
public static class DataLoader
{
    /// <summary>A loader over samples of tensors (a <see cref="TensorDataset"/>): batches are <see cref="TensorBatch"/>es.</summary>
    public static DataLoader<TensorSample, TensorBatch> Create(Dataset<TensorSample> dataset, DataLoaderOptions? options = null) =>
        new(dataset, options, Collate.Stack);

    /// <summary>A loader over tensor samples: batches are the stacked tensors.</summary>
    public static DataLoader<Tensor, Tensor> Create(Dataset<Tensor> dataset, DataLoaderOptions? options = null) =>
        new(dataset, options, Collate.Stack);

    /// <summary>A loader over any samples, collated by <see cref="Collate.Default{T}"/> (batches typed as <c>object</c>).</summary>
    public static DataLoader<T, object> Create<T>(Dataset<T> dataset, DataLoaderOptions? options = null) =>
        new(dataset, options, Collate.Default);

    /// <summary>A loader over an iterable dataset of tensor samples.</summary>
    public static DataLoader<TensorSample, TensorBatch> Create(IterableDataset<TensorSample> dataset, DataLoaderOptions? options = null) =>
        new(dataset, options, Collate.Stack);

    /// <summary>A loader over an iterable dataset of any samples, collated by <see cref="Collate.Default{T}"/>.</summary>
    public static DataLoader<T, object> Create<T>(IterableDataset<T> dataset, DataLoaderOptions? options = null) =>
        new(dataset, options, Collate.Default);
}
