namespace TorchInterop.Data;

/// <summary>
/// What a <see cref="DataLoader{TSample, TBatch}"/> worker knows about itself (Python's
/// <c>torch.utils.data.get_worker_info()</c>): <see cref="Current"/> is null on every thread but a worker's. Code in a
/// dataset or in <see cref="DataLoaderOptions.WorkerInitFn"/> reads it to shard its work or seed other libraries.
/// </summary>
public sealed class WorkerInfo
{
    [ThreadStatic] private static WorkerInfo? t_current;

    internal WorkerInfo(int id, int numWorkers, ulong seed, object dataset) =>
        (Id, NumWorkers, Seed, Dataset) = (id, numWorkers, seed, dataset);

    /// <summary>The worker running on the calling thread, or null outside of workers (Python's main process).</summary>
    public static WorkerInfo? Current => t_current;

    /// <summary>The worker's number, 0 to <see cref="NumWorkers"/> - 1.</summary>
    public int Id { get; }

    /// <summary>How many workers the loader's pass runs.</summary>
    public int NumWorkers { get; }

    /// <summary>
    /// The seed of the worker's own default generator: the pass's base seed (drawn from the loader's generator, or the
    /// default one) plus <see cref="Id"/>, as in PyTorch.
    /// </summary>
    public ulong Seed { get; }

    /// <summary>
    /// The loader's dataset. PyTorch gives each worker process a copy; our workers are threads and share the one
    /// dataset, so a dataset that changes its own state in a worker must make that thread-safe.
    /// </summary>
    public object Dataset { get; }

    /// <summary>
    /// Python's repr: <c>WorkerInfo(id=0, num_workers=2, seed=..., dataset=...)</c>, in 2.x a dataclass's with
    /// <c>rng=None, worker_method='multiprocessing'</c> after it (the worker method PyTorch's loader uses, whose
    /// semantics, one generator per worker, ours reproduce).
    /// </summary>
    public override string ToString()
    {
        string fields = $"id={Id}, num_workers={NumWorkers}, seed={Seed}, dataset={Dataset}";
        return LibTorch.IsAtLeast(2) ? $"WorkerInfo({fields}, rng=None, worker_method='multiprocessing')" : $"WorkerInfo({fields})";
    }

    // Marks the calling thread as this worker until the returned scope ends.
    internal IDisposable Enter()
    {
        var previous = t_current;
        t_current = this;
        return new Restore(previous);
    }

    private sealed class Restore(WorkerInfo? previous) : IDisposable
    {
        public void Dispose() => t_current = previous;
    }
}
