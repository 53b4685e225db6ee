using TorchInterop.Profiler;

namespace TorchInterop.Tests.Core;

/// <summary>The idiomatic profiler: a session's lifetime, its events and averages, record_function ranges.</summary>
[NonParallelizable]
public class ProfilerTests
{
    [Test]
    public void ASessionRecordsOpsAndRangesOnlyWhileRunning()
    {
        using var a = Torch.Ones([2, 2], requiresGrad: true);
        Profile prof;
        using (prof = Autograd.Profile(recordShapes: true))
        {
            Assert.That(Autograd.IsProfilerEnabled, Is.True);
            using (Autograd.RecordFunction("block"))
            {
                using var b = a.Matmul(a);
                using var s = b.Sum();
                s.Backward();
            }
        }
        Assert.That(Autograd.IsProfilerEnabled, Is.False);
        using (var outside = Torch.Ones([1])) { }

        var events = prof.Events!;
        var block = events.Single(e => e.Name == "block");
        var matmul = events.First(e => e.Name == "aten::matmul");
        Assert.That(matmul.InputShapes, Is.EqualTo(new[] { new long[] { 2, 2 }, [2, 2] }));
        Assert.That(matmul.CpuParent, Is.SameAs(block));
        Assert.That(block.Scope, Is.EqualTo(7), "record_function is a user scope");
        Assert.That(events.Any(e => e.Name == "aten::ones"), Is.False, "nothing is recorded after the session");

        var averages = prof.KeyAverages();
        Assert.That(averages.Single(e => e.Key == "block").Count, Is.EqualTo(1));
        Assert.That(averages.Sum(e => e.SelfCpuTimeTotal), Is.EqualTo(prof.SelfCpuTimeTotal).Within(1e-6));
        Assert.That(prof.TotalAverage().Key, Is.EqualTo("Total"));
        Assert.That(averages.Table(sortBy: "count"), Does.Contain("Self CPU time total: "));
    }

    [Test]
    public void ARangeOutsideAProfileAndASecondDisposeDoNothing()
    {
        using (Autograd.RecordFunction("nobody listens")) { }
        var prof = Autograd.Profile();
        prof.Dispose();
        prof.Dispose();
        Assert.That(prof.Events, Is.Not.Null);
        Assert.That(Autograd.IsProfilerEnabled, Is.False);
    }

    [Test]
    public void ADisabledProfileRecordsNothing()
    {
        using (var prof = Autograd.Profile(enabled: false))
        {
            Assert.That(Autograd.IsProfilerEnabled, Is.False);
        }
    }
}
