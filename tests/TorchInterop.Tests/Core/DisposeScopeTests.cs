using System.Runtime.CompilerServices;
using TorchInterop.Native;

namespace TorchInterop.Tests.Core;

[NonParallelizable] // counts process-wide live handles
public class DisposeScopeTests
{
    [Test]
    public void DisposesWhatWasCreatedInside()
    {
        using var x = Torch.Ones([2], requiresGrad: true);
        Tensor y, loss;
        using (var scope = Torch.NewDisposeScope())
        {
            y = x * 2 + 1;
            loss = y.Sum();
            loss.Backward();
            Assert.That(DisposeScope.Current, Is.SameAs(scope));
            Assert.That(scope.Count, Is.EqualTo(3), "x * 2, + 1 and Sum");
        }
        Assert.That(y.IsDisposed && loss.IsDisposed, Is.True);
        Assert.That(x.IsDisposed, Is.False, "created before the scope");
        Assert.That(x.Grad!.IsDisposed, Is.False, "a gradient belongs to its tensor, not to a scope");
        Assert.That(DisposeScope.Current, Is.Null);
    }

    [Test]
    public void MovedTensorsSurviveAndJoinTheOuterScope()
    {
        Tensor kept, outerOwned, detached;
        using (var outer = Torch.NewDisposeScope())
        {
            using (var inner = Torch.NewDisposeScope())
            {
                outerOwned = Torch.Ones([2]).MoveToOuterScope();
                detached = Torch.Ones([2]).DetachFromDisposeScope();
                Assert.That(inner.Parent, Is.SameAs(outer));
            }
            Assert.That(outerOwned.IsDisposed, Is.False);
            kept = outerOwned.MoveToOuterScope(); // no scope outside: now owned by nobody
        }
        Assert.That(kept.IsDisposed, Is.False);
        Assert.That(detached.IsDisposed, Is.False);
        kept.Dispose();
        detached.Dispose();
    }

    [Test]
    public void DisposesAlsoWhenAnExceptionLeaves()
    {
        Tensor? y = null;
        Assert.Throws<TorchException>(() =>
        {
            using var scope = Torch.NewDisposeScope();
            y = Torch.Ones([3]) * 2;
            _ = Torch.Ones([3]) + Torch.Ones([2]);
        });
        Assert.That(y!.IsDisposed, Is.True);
        Assert.That(DisposeScope.Current, Is.Null);
    }

    [Test]
    public void UsingATensorOfADisposedScopeIsObjectDisposedException()
    {
        Tensor y;
        using (Torch.NewDisposeScope()) y = Torch.Ones([2]);
        Assert.Throws<ObjectDisposedException>(() => _ = y + 1);
    }

    [Test]
    public async Task ScopesFollowTheAsyncFlowAcrossAwait()
    {
        Tensor before, after;
        using (var scope = Torch.NewDisposeScope())
        {
            before = Torch.Ones([2]);
            await Task.Yield(); // may resume on another thread
            await Task.Run(() => { }).ConfigureAwait(false);
            after = Torch.Ones([2]) * 3;
            var inTask = await Task.Run(() => Torch.Zeros([1])); // a task started inside inherits the scope
            Assert.That(DisposeScope.Current, Is.SameAs(scope));
            Assert.That(scope.Count, Is.EqualTo(4));
            Assert.That(inTask.Scope, Is.SameAs(scope));
        }
        Assert.That(before.IsDisposed && after.IsDisposed, Is.True);
    }

    [Test]
    public async Task AScopeDoesNotLeakIntoOtherFlows()
    {
        using var scope = Torch.NewDisposeScope();
        var other = await Task.Factory.StartNew(() => Torch.Ones([1]), CancellationToken.None,
            TaskCreationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
        Assert.That(other.Scope, Is.SameAs(scope), "started from inside the scope: inherits it");
        var unrelated = await RunWithoutFlow(() => Torch.Ones([1]));
        Assert.That(unrelated.Scope, Is.Null, "a flow that does not descend from the scope is not affected");
        unrelated.Dispose();
    }

    private static Task<Tensor> RunWithoutFlow(Func<Tensor> body)
    {
        using (ExecutionContext.SuppressFlow()) return Task.Run(body);
    }

    [Test]
    public void ScopePerIterationKeepsHandlesAtBaseline()
    {
        using var x = Torch.Ones([4], requiresGrad: true);
        long before = LiveHandles.CountAfterCollecting();
        for (int i = 0; i < 1000; i++)
        {
            using var scope = Torch.NewDisposeScope();
            ((x * 2 + 1).Sum()).Backward();
            Assert.That(NativeMethods.ti_live_tensors(), Is.LessThanOrEqualTo(before + 4));
        }
        Assert.That(Tensor.LiveHandleCount, Is.EqualTo(before));
    }

    [Test]
    public void UndisposedTensorsStayBoundedWithoutCallingTheGC()
    {
        using var x = Torch.Ones([4], requiresGrad: true);
        long before = LiveHandles.CountAfterCollecting();
        long peak = RunUndisposed(x, 50_000);
        Assert.That(peak - before, Is.LessThan(5_000),
            "the collection policy keeps undisposed handles near its budget (512) instead of letting them pile up");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long RunUndisposed(Tensor x, int iterations)
    {
        long peak = 0;
        for (int i = 0; i < iterations; i++)
        {
            ((x * 2 + 1).Sum()).Backward();
            if (i % 100 == 0) peak = Math.Max(peak, NativeMethods.ti_live_tensors());
        }
        return peak;
    }
}
