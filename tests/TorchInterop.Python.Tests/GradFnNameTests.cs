using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary><c>grad_fn.name()</c> is LibTorch's name with its namespace, as Python's; reprs keep the short class name.</summary>
[TestFixture, NonParallelizable]
public class GradFnNameTests
{
    [Test]
    public void NameKeepsTheNamespaceAndReprDoesNot() => Dialect.Verify(
        """
        x = torch.ones(3, requires_grad=True)
        y = (x * 2).sum()
        acc = y.grad_fn.next_functions[0][0].next_functions[0][0]
        print(y.grad_fn.name(), acc.name(), type(acc).__name__)
        z = x.clone()
        z[0] = 5
        print(z.grad_fn.name(), z.grad_fn)
        """,
        () =>
        {
            var x = torch.ones(3, requires_grad: true);
            var y = (x * 2).sum();
            var acc = y.grad_fn!.next_functions[0].Item1!.next_functions[0].Item1!;
            var grad_fn = y.grad_fn!;
            print(grad_fn.name(), acc.name(), acc.Name);
            var z = x.clone();
            z[0] = 5;
            print(z.grad_fn!.name(), z.grad_fn);
        });
}
