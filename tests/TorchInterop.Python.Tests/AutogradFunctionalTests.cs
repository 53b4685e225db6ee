using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.autograd.functional's vector products against PyTorch: the examples of its docstrings, strict mode, errors.</summary>
[TestFixture, NonParallelizable]
public class AutogradFunctionalTests
{
    [Test]
    public void VectorProductsMatchPyTorch() => Dialect.Verify(
        """
        from torch.autograd.functional import vjp, jvp, vhp, hvp
        def exp_reducer(x):
            return x.exp().sum(dim=1)
        def adder(x, y):
            return 2 * x + 3 * y
        def pow_reducer(x):
            return x.pow(3).sum()
        def pow_adder_reducer(x, y):
            return (2 * x.pow(2) + 3 * y.pow(2)).sum()
        torch.manual_seed(0)
        inputs = torch.rand(4, 4)
        v = torch.ones(4)
        print(vjp(exp_reducer, inputs, v))
        out, g = vjp(exp_reducer, inputs, v, create_graph=True)
        print(out.grad_fn is not None, g.grad_fn is not None)
        x, y = torch.rand(2), torch.rand(2)
        print(vjp(adder, (x, y), torch.ones(2)))
        print(jvp(exp_reducer, inputs, torch.ones(4, 4)))
        print(jvp(adder, (x, y), (torch.ones(2), torch.ones(2))))
        inputs = torch.rand(2, 2)
        print(vhp(pow_reducer, inputs, torch.ones(2, 2)))
        print(hvp(pow_reducer, inputs, torch.ones(2, 2)))
        out, h = hvp(pow_reducer, inputs, torch.ones(2, 2), create_graph=True)
        print(out.grad_fn is not None, h.grad_fn is not None)
        print(vhp(pow_adder_reducer, (x, y), (torch.zeros(2), torch.ones(2))))
        print(hvp(pow_adder_reducer, (x, y), (torch.zeros(2), torch.ones(2))))
        print(vjp(lambda t: t.sum(), torch.ones(3)))
        """,
        () =>
        {
            Tensor exp_reducer(Tensor x) => x.exp().sum(dim: 1);
            Tensor adder(Tensor x, Tensor y) => 2 * x + 3 * y;
            Tensor pow_reducer(Tensor x) => x.pow(3).sum();
            Tensor pow_adder_reducer(Tensor x, Tensor y) => (2 * x.pow(2) + 3 * y.pow(2)).sum();
            torch.manual_seed(0);
            var inputs = torch.rand(4, 4);
            var v = torch.ones(4);
            print(torch.autograd.functional.vjp(exp_reducer, inputs, v));
            var (@out, g) = torch.autograd.functional.vjp(exp_reducer, inputs, v, create_graph: true);
            print(@out.grad_fn is not null, g.grad_fn is not null);
            Tensor x = torch.rand(2), y = torch.rand(2);
            print(torch.autograd.functional.vjp(adder, (x, y), torch.ones(2)));
            print(torch.autograd.functional.jvp(exp_reducer, inputs, torch.ones(4, 4)));
            print(torch.autograd.functional.jvp(adder, (x, y), (torch.ones(2), torch.ones(2))));
            inputs = torch.rand(2, 2);
            print(torch.autograd.functional.vhp(pow_reducer, inputs, torch.ones(2, 2)));
            print(torch.autograd.functional.hvp(pow_reducer, inputs, torch.ones(2, 2)));
            var (o2, h) = torch.autograd.functional.hvp(pow_reducer, inputs, torch.ones(2, 2), create_graph: true);
            print(o2.grad_fn is not null, h.grad_fn is not null);
            print(torch.autograd.functional.vhp(pow_adder_reducer, (x, y), (torch.zeros(2), torch.ones(2))));
            print(torch.autograd.functional.hvp(pow_adder_reducer, (x, y), (torch.zeros(2), torch.ones(2))));
            print(torch.autograd.functional.vjp(t => t.sum(), torch.ones(3)));
        });

    [Test]
    public void StrictModeAndBadVectorsFailAsInPyTorch() => Dialect.Verify(
        """
        from torch.autograd.functional import vjp, jvp, vhp, hvp
        def attempt(f):
            try:
                print(f())
            except RuntimeError as e:
                print(e)
        x, y = torch.ones(2), torch.ones(2)
        attempt(lambda: vjp(lambda t: t.exp(), x))
        attempt(lambda: vjp(lambda t: t.exp(), x, torch.ones(3)))
        attempt(lambda: vjp(lambda t: torch.ones(2), x, torch.ones(2), strict=True))
        attempt(lambda: vjp(lambda t: torch.ones(2), x, torch.ones(2)))
        attempt(lambda: vjp(lambda a, b: a * 2, (x, y), torch.ones(2), strict=True))
        attempt(lambda: jvp(lambda t: t.exp(), x))
        attempt(lambda: jvp(lambda a, b: a + b, (x, y), (torch.ones(2), torch.ones(3))))
        attempt(lambda: jvp(lambda a, b: a * 2, (x, y), (torch.ones(2), torch.ones(2)), strict=True))
        attempt(lambda: vhp(lambda t: t.exp(), x, torch.ones(2)))
        attempt(lambda: hvp(lambda t: (t * 2).sum(), x, torch.ones(2), strict=True))
        attempt(lambda: vhp(lambda t: (t * 2).sum(), x, torch.ones(2), strict=True))
        attempt(lambda: hvp(lambda t: (t * 2).sum(), x, torch.ones(2)))
        """,
        () =>
        {
            void attempt(Func<object> f)
            {
                try { print(f()); }
                catch (TorchException e) { print(e.Message); }
            }
            Tensor x = torch.ones(2), y = torch.ones(2);
            attempt(() => torch.autograd.functional.vjp(t => t.exp(), x));
            attempt(() => torch.autograd.functional.vjp(t => t.exp(), x, torch.ones(3)));
            attempt(() => torch.autograd.functional.vjp(t => torch.ones(2), x, torch.ones(2), strict: true));
            attempt(() => torch.autograd.functional.vjp(t => torch.ones(2), x, torch.ones(2)));
            attempt(() => torch.autograd.functional.vjp((a, b) => a * 2, (x, y), torch.ones(2), strict: true));
            attempt(() => torch.autograd.functional.jvp(t => t.exp(), x));
            attempt(() => torch.autograd.functional.jvp((a, b) => a + b, (x, y), (torch.ones(2), torch.ones(3))));
            attempt(() => torch.autograd.functional.jvp((a, b) => a * 2, (x, y), (torch.ones(2), torch.ones(2)), strict: true));
            attempt(() => torch.autograd.functional.vhp(t => t.exp(), x, torch.ones(2)));
            attempt(() => torch.autograd.functional.hvp(t => (t * 2).sum(), x, torch.ones(2), strict: true));
            attempt(() => torch.autograd.functional.vhp(t => (t * 2).sum(), x, torch.ones(2), strict: true));
            attempt(() => torch.autograd.functional.hvp(t => (t * 2).sum(), x, torch.ones(2)));
        });
}
