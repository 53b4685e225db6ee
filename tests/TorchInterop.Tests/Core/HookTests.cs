using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Core;

public class HookTests
{
    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("hook on a leaf replaces its gradient",
            "x = torch.ones(2, requires_grad=True)\nh = x.register_hook(lambda g: g * 2)\n(x * 3).sum().backward()\nprint(x.grad)\nh.remove()\nx.grad = None\n(x * 3).sum().backward()\nprint(x.grad)",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                var h = x.RegisterHook(g => g * 2);
                (x * 3).Sum().Backward();
                o.Print(x.Grad);
                h.Remove();
                x.Grad = null;
                (x * 3).Sum().Backward();
                o.Print(x.Grad);
            });
        yield return new("hook on a non-leaf sees and keeps the gradient",
            "x = torch.tensor([1., 2.], requires_grad=True)\ny = x * x\ny.register_hook(lambda g: print('seen', g))\ny.sum().backward()\nprint(x.grad)",
            o =>
            {
                var x = Torch.Tensor(new[] { 1f, 2f }, requiresGrad: true);
                var y = x * x;
                y.RegisterHook(g => { o.Print("seen", g); return null; });
                y.Sum().Backward();
                o.Print(x.Grad);
            });
        yield return new("hooks run in registration order",
            "x = torch.ones(1, requires_grad=True)\nx.register_hook(lambda g: g + 1)\nx.register_hook(lambda g: g * 10)\nx.sum().backward()\nprint(x.grad)",
            o =>
            {
                var x = Torch.Ones([1], requiresGrad: true);
                x.RegisterHook(g => g + 1);
                x.RegisterHook(g => g * 10);
                x.Sum().Backward();
                o.Print(x.Grad);
            });
        yield return new("hook on a tensor without grad", "torch.ones(2).register_hook(lambda g: g)",
            o => o.Try(() => Torch.Ones([2]).RegisterHook(g => g)));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void AHookThatThrowsFailsBackwardWithItsException()
    {
        using var x = Torch.Ones([2], requiresGrad: true);
        x.RegisterHook(_ => throw new InvalidOperationException("hook failed"));
        var error = Assert.Throws<TorchException>(() => (x * 2).Sum().Backward());
        Assert.That(error!.InnerException, Is.InstanceOf<InvalidOperationException>());
        Assert.That(error.Message, Does.Contain("hook failed"));
        using var y = Torch.Ones([2], requiresGrad: true);
        (y * 2).Sum().Backward(); // the engine is still usable
        Assert.That(y.Grad!.ToArray<float>(), Is.EqualTo(new[] { 2f, 2f }));
    }

    [Test]
    public void RemovingTwiceOrAfterDisposeIsHarmless()
    {
        var x = Torch.Ones([2], requiresGrad: true);
        var h = x.RegisterHook(g => g);
        h.Remove();
        h.Remove();
        var h2 = x.RegisterHook(g => g);
        x.Dispose();
        h2.Remove();
        Assert.Throws<ArgumentNullException>(() => Torch.Ones([1], requiresGrad: true).RegisterHook(null!));
    }
}
