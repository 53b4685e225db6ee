using System.Runtime.CompilerServices;
using TorchInterop.NN;
using TorchInterop.Testing;

namespace TorchInterop.Tests.Reliability;

/// <summary>Autograd on many threads at once: the same gradients as serial runs, grad mode per thread.</summary>
[TestFixture, NonParallelizable]
public class ThreadTests
{
    private const int Threads = 8;
    private const int Rounds = 25;

    [Test]
    public void ConcurrentForwardAndBackwardGiveTheSerialGradients()
    {
        var serial = Enumerable.Range(0, Threads).Select(Gradients).ToArray();
        var concurrent = new Tensor[Threads][][];
        using var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            concurrent[i] = Enumerable.Range(0, Rounds).Select(_ => Gradients(i)).ToArray();
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        for (int i = 0; i < Threads; i++)
        {
            foreach (var round in concurrent[i]) TensorAssert.Equal(round, serial[i]);
        }
    }

    [Test]
    public void GradModeOfOneThreadDoesNotReachAnother()
    {
        using var bothInside = new Barrier(2);
        bool? trackedInOther = null, trackedInNoGrad = null;
        var noGrad = new Thread(() =>
        {
            using (Autograd.NoGrad())
            {
                bothInside.SignalAndWait();
                trackedInNoGrad = (Torch.Ones([2], requiresGrad: true) * 2).RequiresGrad;
                bothInside.SignalAndWait();
            }
        });
        var tracking = new Thread(() =>
        {
            bothInside.SignalAndWait();
            trackedInOther = (Torch.Ones([2], requiresGrad: true) * 2).RequiresGrad;
            bothInside.SignalAndWait();
        });
        noGrad.Start();
        tracking.Start();
        noGrad.Join();
        tracking.Join();
        Assert.That(trackedInNoGrad, Is.False);
        Assert.That(trackedInOther, Is.True);
    }

    [Test]
    public void ScopeDisposedAfterAnAwaitOnAnotherThreadIsInvalidOperation()
    {
        // On a thread of its own: the thread that opens the scope keeps its no-grad mode when the dispose is refused,
        // and must not be a test runner's thread that other tests use afterwards.
        Exception? error = null;
        var opener = new Thread(() => error = CatchAsync(async () =>
        {
            var scope = Autograd.NoGrad();
            await new ContinueOnNewThread();
            scope.Dispose();
        }).GetAwaiter().GetResult());
        opener.Start();
        opener.Join();
        Assert.That(error, Is.TypeOf<InvalidOperationException>());
        Assert.That(error!.Message, Does.Contain("must be disposed on the thread that created it"));
        Assert.That(Autograd.IsGradEnabled, Is.True, "this thread's mode is untouched");
    }

    // A small network's gradients for input i; only deterministic tensors, so every run gives the same bits.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Tensor[] Gradients(int i)
    {
        using var scope = Torch.NewDisposeScope();
        var w1 = Torch.Linspace(-1, 1, 32).Reshape(8, 4).RequiresGrad_();
        var w2 = Torch.Linspace(1, -2, 8).Reshape(1, 8).RequiresGrad_();
        var x = Torch.Linspace(i, i + 1, 12).Reshape(3, 4);
        var y = Torch.Tanh(Torch.Linear(x, w1, null)).Matmul(w2.T).Sigmoid();
        new MSELoss().Forward(y, Torch.Ones([3, 1])).Backward();
        return [w1.Grad!.Clone().MoveToOuterScope(), w2.Grad!.Clone().MoveToOuterScope()];
    }

    private static async Task<Exception?> CatchAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    // An awaitable that always resumes on a thread of its own, as an await may after any real I/O.
    private readonly struct ContinueOnNewThread : ICriticalNotifyCompletion
    {
        public ContinueOnNewThread GetAwaiter() => this;

        public bool IsCompleted => false;

        public void OnCompleted(Action continuation) => new Thread(() => continuation()).Start();

        public void UnsafeOnCompleted(Action continuation) => OnCompleted(continuation);

        public void GetResult() { }
    }
}
