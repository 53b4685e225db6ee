using System.Runtime.CompilerServices;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Core;

[NonParallelizable] // counts process-wide live handles
public class LifetimeAndDataTests
{
    [Test]
    public void UseAfterDisposeIsObjectDisposedException()
    {
        var x = Torch.Ones([2]);
        x.Dispose();
        x.Dispose(); // twice is fine
        Assert.That(x.IsDisposed, Is.True);
        Assert.Throws<ObjectDisposedException>(() => _ = x.Shape);
        Assert.Throws<ObjectDisposedException>(() => _ = x + 1);
        Assert.Throws<ObjectDisposedException>(() => _ = x.Grad);
        Assert.Throws<ObjectDisposedException>(() => x.Backward());
        using var y = Torch.Ones([2]);
        Assert.Throws<ObjectDisposedException>(() => _ = y * x);
        Assert.Throws<ObjectDisposedException>(() => Torch.Cat([y, x]));
        Assert.That(x.ToString(), Is.EqualTo("tensor(<disposed>)"));
    }

    [Test]
    public void DisposedHandlesReturnToBaseline()
    {
        ForceCollection();
        long before = Tensor.LiveHandleCount;
        long nodesBefore = GradFn.LiveHandleCount;
        ComputeAndDispose();
        ForceCollection(); // grad_fn wrappers have no Dispose; the GC releases them
        Assert.That(Tensor.LiveHandleCount, Is.EqualTo(before));
        Assert.That(GradFn.LiveHandleCount, Is.EqualTo(nodesBefore));
    }

    // In a method of its own: unoptimized code keeps a method's temporaries alive until it returns.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ComputeAndDispose()
    {
        for (int i = 0; i < 100; i++)
        {
            using var x = Torch.Randn([3], requiresGrad: true);
            using var y = x * 2 + 1;
            using var loss = y.Sum();
            loss.Backward();
            _ = x.Grad!.ToString();
            _ = y.GradFn!.NextFunctions.Count;
        }
    }

    [Test]
    public void UndisposedTensorsAreReleasedByTheFinalizer()
    {
        ForceCollection();
        long before = Tensor.LiveHandleCount;
        MakeGarbage();
        ForceCollection();
        Assert.That(Tensor.LiveHandleCount, Is.EqualTo(before));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MakeGarbage()
    {
        for (int i = 0; i < 1000; i++)
        {
            var x = Torch.Ones([4], requiresGrad: true);
            ((x * 2 + 1).Sum()).Backward();
        }
    }

    private static void ForceCollection()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    [Test]
    public void ToArrayConvertsToTheRequestedType()
    {
        using var x = Torch.Tensor(new[] { 1.5, -2.5, 3.0 });
        Assert.That(x.ToArray<double>(), Is.EqualTo(new[] { 1.5, -2.5, 3.0 }));
        Assert.That(x.ToArray<float>(), Is.EqualTo(new[] { 1.5f, -2.5f, 3.0f }));
        Assert.That(x.ToArray<long>(), Is.EqualTo(new[] { 1L, -2L, 3L }));
        Assert.That(x.ToArray<bool>(), Is.EqualTo(new[] { true, true, true }));
        using var m = Torch.Arange(6).Reshape(2, 3).T;
        Assert.That(m.ToArray<long>(), Is.EqualTo(new[] { 0L, 3L, 1L, 4L, 2L, 5L }), "row-major order of the (non-contiguous) view");
        using var h = Torch.Ones([2], DType.Float16);
        Assert.That(h.ToArray<Half>(), Is.EqualTo(new[] { (Half)1, (Half)1 }));
        using var bf = Torch.Full([1], 0.5, DType.BFloat16);
        Assert.That(bf.ToArray<float>(), Is.EqualTo(new[] { 0.5f }));
    }

    [Test]
    public void ItemReadsOneElement()
    {
        using var x = Torch.Tensor(new[] { 2.5f });
        Assert.That(x.Item<float>(), Is.EqualTo(2.5f));
        Assert.That(x.Item<double>(), Is.EqualTo(2.5));
        Assert.That(x.Item<long>(), Is.EqualTo(2L));
        Assert.That(x.Item().ToDouble(), Is.EqualTo(2.5));
        Assert.That(x.Item().Kind, Is.EqualTo(ScalarKind.Float));
        using var i = Torch.Tensor(7);
        Assert.That(i.Item().Kind, Is.EqualTo(ScalarKind.Int));
        Assert.That(i.Item().ToInt64(), Is.EqualTo(7L));
        using var b = Torch.Tensor(true);
        Assert.That(b.Item<bool>(), Is.True);
        Assert.That(b.Item().Kind, Is.EqualTo(ScalarKind.Bool));
    }

    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("item of many elements", "torch.ones(3).item()", o => o.Try(() => Torch.Ones([3]).Item<float>()));
        yield return new("item() of many elements", "torch.ones(3).item()", o => o.Try(() => Torch.Ones([3]).Item()));
        yield return new("size out of range", "torch.ones(2, 3).size(2)", o => o.Try(() => Torch.Ones([2, 3]).Size(2)));
        yield return new("out of memory", "torch.empty(1 << 40, 1 << 20)", o => o.Try(() => Torch.Empty([1L << 40, 1L << 20])));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void ExhaustedMemoryLeavesTheProcessWorking()
    {
        var error = Assert.Throws<TorchException>(() => Torch.Empty([1L << 38]));
        Assert.That(error!.Message, Does.Contain("can't allocate memory").Or.Contain("Out of memory").IgnoreCase);
        using var x = Torch.Ones([2]);
        Assert.That(x.Sum().Item<float>(), Is.EqualTo(2f));
    }
}
