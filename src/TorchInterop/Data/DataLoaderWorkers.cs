using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace TorchInterop.Data;

/// <summary>
/// The worker threads of a <see cref="DataLoader{TSample, TBatch}"/> pass: batch i goes to worker i % n, as PyTorch
/// assigns them, and results are taken back in batch order, so batches are the same as without workers. A failure in a
/// worker is rethrown when its batch is taken.
/// </summary>
internal sealed class DataLoaderWorkers<TBatch> : IDisposable
{
    private readonly BlockingCollection<(int Index, Func<TBatch> Work)>[] _queues;
    private readonly Thread[] _threads;
    private readonly Dictionary<int, (TBatch? Value, ExceptionDispatchInfo? Error)> _done = [];

    internal DataLoaderWorkers(int count)
    {
        _queues = new BlockingCollection<(int, Func<TBatch>)>[count];
        _threads = new Thread[count];
        for (int w = 0; w < count; w++)
        {
            var queue = _queues[w] = new BlockingCollection<(int, Func<TBatch>)>();
            // Thread.Start carries the caller's ExecutionContext: tensors made in workers join the caller's DisposeScope.
            _threads[w] = new Thread(() => Run(queue)) { IsBackground = true, Name = $"DataLoader worker {w}" };
            _threads[w].Start();
        }
    }

    internal void Submit(int index, Func<TBatch> work) => _queues[index % _queues.Length].Add((index, work));

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
        foreach (var q in _queues) q.CompleteAdding();
        foreach (var t in _threads) t.Join();
        foreach (var q in _queues) q.Dispose();
    }

    private void Run(BlockingCollection<(int Index, Func<TBatch> Work)> queue)
    {
        foreach (var (index, work) in queue.GetConsumingEnumerable())
        {
            (TBatch?, ExceptionDispatchInfo?) result;
            try
            {
                result = (work(), null);
            }
            catch (Exception e)
            {
                result = (default, ExceptionDispatchInfo.Capture(e));
            }
            lock (_done)
            {
                _done[index] = result;
                Monitor.PulseAll(_done);
            }
        }
    }
}
