using System.Runtime.CompilerServices;
using TorchInterop.Testing;

namespace TorchInterop.Tests.Reliability;

/// <summary>
/// Tensors that are never disposed are released by the finalizer while other threads keep computing: no crash, no
/// corrupted result, and every handle is returned.
/// </summary>
[TestFixture, NonParallelizable]
public class FinalizerTests
{
    [Test]
    public void GarbageIsReleasedWhileOtherThreadsCompute()
    {
        LiveHandles.CountAfterCollecting();
        long tensorsBefore = Tensor.LiveHandleCount, nodesBefore = GradFn.LiveHandleCount;
        Stress(computers: 3, seconds: 4);
        LiveHandles.CountAfterCollecting();
        Assert.That(Tensor.LiveHandleCount, Is.EqualTo(tensorsBefore), "tensor handles");
        Assert.That(GradFn.LiveHandleCount, Is.EqualTo(nodesBefore), "graph node handles");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Stress(int computers, int seconds)
    {
        var expected = Compute(5);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var failures = new List<Exception>();
        long checkedResults = 0;
        var threads = Enumerable.Range(0, computers).Select(_ => new Thread(() =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    TensorAssert.Equal(Compute(5), expected); // never disposed: left to the finalizer
                    Interlocked.Increment(ref checkedResults);
                }
            }
            catch (Exception e)
            {
                lock (failures) failures.Add(e);
            }
        })).ToList();
        var collector = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                Thread.Sleep(5);
            }
        });
        threads.ForEach(t => t.Start());
        collector.Start();
        threads.ForEach(t => t.Join());
        collector.Join();
        Assert.That(failures, Is.Empty);
        Assert.That(checkedResults, Is.GreaterThan(computers), "the computing threads made progress");
    }

    private static Tensor Compute(int n)
    {
        var x = Torch.Linspace(-1, 1, n * n).Reshape(n, n).RequiresGrad_();
        var loss = (x.Matmul(x).Tanh() * 3).Sum();
        loss.Backward();
        return x.Grad!;
    }
}
