using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>register_hook and its handle, in the dialect, against Python.</summary>
[TestFixture, NonParallelizable]
public class HookTests
{
    [Test]
    public void RegisterAndRemove() => Dialect.Verify(
        """
        x = torch.tensor([1., 2.], requires_grad=True)
        y = x * 3
        h = y.register_hook(lambda g: g * 10)
        y.sum().backward()
        print(x.grad)
        h.remove()
        x.grad.zero_()
        (x * 3).sum().backward()
        print(x.grad)
        """,
        () =>
        {
            var x = torch.tensor(new[] { 1.0, 2.0 }, requires_grad: true);
            var y = x * 3;
            var h = y.register_hook(g => g * 10);
            y.sum().backward();
            print(x.grad);
            h.remove();
            x.grad!.zero_();
            (x * 3).sum().backward();
            print(x.grad);
        });
}
