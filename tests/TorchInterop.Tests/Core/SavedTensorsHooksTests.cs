namespace TorchInterop.Tests.Core;

/// <summary>The idiomatic face of the shim's engine: saved-tensor hooks and anomaly mode's forward stacks.</summary>
[NonParallelizable]
public class SavedTensorsHooksTests
{
    [Test]
    public void BackwardAndGradRunOnTheShimsEngine() => Assert.That(Autograd.UsesManagedEngine, Is.True);

    [Test]
    public void HooksSeeEverySavedTensorAndGiveItBack()
    {
        var x = Torch.Tensor(new[] { 1f, 2f, 3f }, requiresGrad: true);
        var packed = new List<Tensor>();
        Tensor y;
        using (Autograd.SavedTensorsHooks(t => { packed.Add(t); return t.Cpu(); }, p => (Tensor)p!))
            y = (x * x).Sin();
        Assert.That(packed, Has.Count.EqualTo(3));
        y.Sum().Backward();
        var expected = (2 * x * (x * x).Cos()).Detach();
        Assert.That(x.Grad!.ToArray<float>(), Is.EqualTo(expected.ToArray<float>()).Within(1e-6));
    }

    [Test]
    public void SaveOnCpuGivesTheSameGradients()
    {
        var x = Torch.Tensor(new[] { 0.5f, -1f }, requiresGrad: true);
        Tensor y;
        using (Autograd.SaveOnCpu()) y = x.Exp() * x;
        y.Sum().Backward();
        var expected = ((x + 1) * x.Exp()).Detach();
        Assert.That(x.Grad!.ToArray<float>(), Is.EqualTo(expected.ToArray<float>()).Within(1e-6));
    }

    [Test]
    public void AnUnpackHookReturningNullIsPyTorchsTypeError()
    {
        var x = Torch.Ones([2], requiresGrad: true);
        Tensor y;
        using (Autograd.SavedTensorsHooks(t => t, p => null!)) y = x * x;
        var error = Assert.Throws<TorchException>(() => y.Sum().Backward());
        Assert.That(error!.Kind, Is.EqualTo(TorchErrorKind.TypeError));
        Assert.That(error.Message, Is.EqualTo("Output of saved tensor unpack_hook expected to be a Tensor but got result of type NoneType"));
    }

    [Test]
    public void ScopesCloseInnermostFirst()
    {
        var outer = Autograd.SavedTensorsHooks(t => t, p => (Tensor)p!);
        var inner = Autograd.SavedTensorsHooks(t => t, p => (Tensor)p!);
        Assert.Throws<InvalidOperationException>(outer.Dispose);
        inner.Dispose();
        outer.Dispose();
        outer.Dispose();
    }

    [Test]
    public void HooksApplyOnlyOnTheirThread()
    {
        int packs = 0;
        using (Autograd.SavedTensorsHooks(t => { Interlocked.Increment(ref packs); return t; }, p => (Tensor)p!))
        {
            var other = new Thread(() =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                (x * x).Sum().Backward();
            });
            other.Start();
            other.Join();
            Assert.That(packs, Is.Zero);
            var y = Torch.Ones([2], requiresGrad: true);
            _ = y * y;
        }
        Assert.That(packs, Is.EqualTo(2));
    }

    [Test]
    public void DisablingRestoresThePreviousState()
    {
        using (Autograd.DisableSavedTensorsHooks("outer"))
        {
            using (Autograd.DisableSavedTensorsHooks("inner"))
                Assert.That(SavedTensorsHooksDisabledScope.DisabledMessage, Is.EqualTo("inner"));
            Assert.That(SavedTensorsHooksDisabledScope.DisabledMessage, Is.EqualTo("outer"));
            var error = Assert.Throws<TorchException>(() => Autograd.SavedTensorsHooks(t => t, p => (Tensor)p!));
            Assert.That(error!.Message, Is.EqualTo("outer"));
        }
        Assert.That(SavedTensorsHooksDisabledScope.DisabledMessage, Is.Null);
        using (Autograd.SavedTensorsHooks(t => t, p => (Tensor)p!))
        {
            var error = Assert.Throws<TorchException>(() => Autograd.DisableSavedTensorsHooks("not now"));
            Assert.That(error!.Message, Is.EqualTo("not now"));
            Assert.That(SavedTensorsHooksDisabledScope.DisabledMessage, Is.Null);
        }
    }

    [Test]
    public void AnomalyModeKeepsTheForwardCallsStack()
    {
        using var recorded = Warnings.Catch();
        using (Autograd.DetectAnomaly())
        {
            var x = Torch.Ones([1], requiresGrad: true);
            var a = x.Sin();
            var b = a * a;
            a.Add_(1);
            Assert.Throws<TorchException>(() => b.Backward());
        }
        string message = recorded[^1].Message;
        Assert.That(message, Does.StartWith("Error detected in MulBackward0. Traceback of forward call that caused the error:\n  File "));
        Assert.That(message, Does.Contain(nameof(AnomalyModeKeepsTheForwardCallsStack)));
        Assert.That(message, Does.Not.Contain(", in TorchInterop.Native."));
    }

    [Test]
    public void NoStackIsTakenOutsideAnomalyMode()
    {
        var x = Torch.Ones([1], requiresGrad: true);
        var a = x.Sin();
        var b = a * a;
        a.Add_(1);
        using var recorded = Warnings.Catch();
        using (Autograd.SetDetectAnomaly(true)) Assert.Throws<TorchException>(() => b.Backward());
        Assert.That(recorded[^1].Message, Does.StartWith("Error detected in MulBackward0. No forward pass information available."));
    }
}
