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

    [Test]
    public void AccumulateGradVariableIsTheLeafItself() => Dialect.Verify(
        """
        torch.manual_seed(0)
        w = torch.randn(3, requires_grad=True)
        y = (w * 2).sum()
        acc = y.grad_fn.next_functions[0][0].next_functions[0][0]
        print(acc.variable is w, acc.variable is acc.variable)
        m = torch.nn.Linear(2, 1)
        out = m(torch.ones(1, 2)).sum()
        leaves = [f[0].variable for f in out.grad_fn.next_functions[0][0].next_functions if f[0] is not None and hasattr(f[0], 'variable')]
        print([v is m.bias or v is m.weight for v in leaves])
        v = torch.zeros(2).requires_grad_()
        u = torch.tensor([1.0, 2.0], requires_grad=True)
        print((v + u).sum().grad_fn.next_functions[0][0].next_functions[0][0].variable is v,
              (v + u).sum().grad_fn.next_functions[0][0].next_functions[1][0].variable is u)
        """,
        () =>
        {
            torch.manual_seed(0);
            var w = torch.randn(3, requires_grad: true);
            var y = (w * 2).sum();
            var acc = y.grad_fn!.next_functions[0].Item1!.next_functions[0].Item1!;
            print(ReferenceEquals(acc.variable, w), ReferenceEquals(acc.variable, acc.variable));
            var m = torch.nn.Linear(2, 1);
            var @out = m.forward(torch.ones(1, 2)).sum();
            var leaves = @out.grad_fn!.next_functions[0].Item1!.next_functions
                .Where(f => f.Item1 is { } fn && fn.variable is not null).Select(f => f.Item1!.variable).ToList();
            print(leaves.Select(v => ReferenceEquals(v, m.bias) || ReferenceEquals(v, m.weight)).ToList());
            var v = torch.zeros(2).requires_grad_();
            var u = torch.tensor([1.0, 2.0], requires_grad: true);
            print(ReferenceEquals((v + u).sum().grad_fn!.next_functions[0].Item1!.next_functions[0].Item1!.variable, v),
                  ReferenceEquals((v + u).sum().grad_fn!.next_functions[0].Item1!.next_functions[1].Item1!.variable, u));
        });
}
