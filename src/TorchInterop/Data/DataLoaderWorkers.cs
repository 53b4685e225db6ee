using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace TorchInterop.Data;

/// <summary>
/// The worker threads of a <see cref="DataLoader{TSample, TBatch}"/> pass: batch i goes to worker i % n (over a
/// map-style dataset) or to the worker the loader names, as PyTorch assigns them, and results are taken back in batch order, so batches are the same as without workers. Each worker
/// starts as PyTorch's worker process does: its own default generator seeded with base seed + worker id, its
/// <see cref="WorkerInfo"/>, then the loader's <c>worker_init_fn</c>. A failure in a worker (its init function
/// included) is rethrown when its batch is taken.
/// </summary>
internal sealed class DataLoaderWorkers<TBatch> : IDisposable
{
    private readonly BlockingCollection<(int Index, Func<TBatch> Work)>[] _queues;
    private readonly Thread[] _threads;
    private readonly Dictionary<int, (TBatch? Value, ExceptionDispatchInfo? Error)> _done = [];
    private bool _disposed;

    /// <param name="count">How many workers.</param>
    /// <param name="baseSeed">The pass's base seed (Python's <c>_base_seed</c>); worker i is seeded with it + i.</param>
    /// <param name="dataset">The loader's dataset, for <see cref="WorkerInfo.Dataset"/>.</param>
    /// <param name="initFn">Python's <c>worker_init_fn(worker_id)</c>, run in each worker after seeding.</param>
    internal DataLoaderWorkers(int count, long baseSeed, object dataset, Action<int>? initFn)
    {
        _queues = new BlockingCollection<(int, Func<TBatch>)>[count];
        _threads = new Thread[count];
        for (int w = 0; w < count; w++)
        {
            var queue = _queues[w] = new BlockingCollection<(int, Func<TBatch>)>();
            var info = new WorkerInfo(w, count, unchecked((ulong)baseSeed + (ulong)w), dataset);
            // Thread.Start carries the caller's ExecutionContext: tensors made in workers join the caller's DisposeScope.
            _threads[w] = new Thread(() => Run(queue, info, initFn)) { IsBackground = true, Name = $"DataLoader worker {w}" };
            _threads[w].Start();
        }
    }

    internal void Submit(int index, Func<TBatch> work) => Submit(index, index % _queues.Length, work);

    // An iterable dataset's tasks skip the workers whose stream has ended, so they name their worker.
    internal void Submit(int index, int worker, Func<TBatch> work) => _queues[worker].Add((index, work));

    internal TBatch Take(int index)
    {
        lock (_done)
        {
            (TBatch? Value, ExceptionDispatchInfo? Error) result;
            while (!_done.Remove(index, out result)) Monitor.Wait(_done);
            result.Error?.Throw();
            return result.Value!;
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        foreach (var q in _queues) q.CompleteAdding();
        foreach (var t in _threads) t.Join();
        foreach (var q in _queues) q.Dispose();
    }

    private void Run(BlockingCollection<(int Index, Func<TBatch> Work)> queue, WorkerInfo info, Action<int>? initFn)
    {
        ThreadDefaultGenerator? generator = null;
        IDisposable? worker = null;
        // As in PyTorch, a failed start is reported for the first batch the worker is given.
        ExceptionDispatchInfo? startError = null;
        try
        {
            generator = new ThreadDefaultGenerator(info.Seed);
            worker = info.Enter();
            initFn?.Invoke(info.Id);
        }
        catch (Exception e)
        {
            startError = ExceptionDispatchInfo.Capture(e);
        }
        try
        {
            foreach (var (index, work) in queue.GetConsumingEnumerable())
            {
                (TBatch?, ExceptionDispatchInfo?) result;
                if (startError is not null)
                {
                    result = (default, startError);
                    startError = null;
                }
                else
                {
                    try
                    {
                        result = (work(), null);
                    }
                    catch (Exception e)
                    {
                        result = (default, ExceptionDispatchInfo.Capture(e));
                    }
                }
                lock (_done)
                {
                    _done[index] = result;
                    Monitor.PulseAll(_done);
                }
            }
        }
        finally
        {
            worker?.Dispose();
            generator?.Dispose();
        }
    }
}
