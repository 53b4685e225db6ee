namespace TorchInterop.Data;

/// <summary>The arguments of Python's <c>DataLoader(...)</c> besides the dataset and <c>collate_fn</c>.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>Samples per batch (Python's <c>batch_size</c>, default 1).</summary>
    public int BatchSize { get; init; } = 1;

    /// <summary>Reshuffle the indices at every pass (a <see cref="RandomSampler"/> over the dataset).</summary>
    public bool Shuffle { get; init; }

    /// <summary>The order of indices; mutually exclusive with <see cref="Shuffle"/>.</summary>
    public Sampler<int>? Sampler { get; init; }

    /// <summary>Batches of indices; mutually exclusive with <see cref="BatchSize"/>, <see cref="Shuffle"/>, <see cref="Sampler"/> and <see cref="DropLast"/>.</summary>
    public Sampler<IReadOnlyList<int>>? BatchSampler { get; init; }

    /// <summary>
    /// Threads that fetch and collate batches ahead; 0 fetches on the caller's thread. Batches come in the same order
    /// either way. As PyTorch's worker processes, worker i has a default generator of its own seeded with the pass's
    /// base seed + i, so random draws in a dataset match PyTorch's; each worker iterates an iterable dataset in full.
    /// </summary>
    public int NumWorkers { get; init; }

    /// <summary>Drop the last batch when it is short.</summary>
    public bool DropLast { get; init; }

    /// <summary>The generator the shuffling and the per-pass base seed draw from; null: the default generator.</summary>
    public Generator? Generator { get; init; }

    /// <summary>
    /// Python's <c>worker_init_fn(worker_id)</c>: runs in each worker before it loads any data, after its generator is
    /// seeded and <see cref="WorkerInfo.Current"/> is set. Unused without workers, as in PyTorch.
    /// </summary>
    public Action<int>? WorkerInitFn { get; init; }

    /// <summary>Batches each worker prepares ahead (Python's <c>prefetch_factor</c>; 2 when null and there are workers).</summary>
    public int? PrefetchFactor { get; init; }
}
