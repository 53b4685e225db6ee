using static TorchInterop.Python.Builtins;
using F = TorchInterop.Python.torch.autograd.functional;

namespace TorchInterop.Python.Tests;

/// <summary>
/// torch.autograd.functional's jacobian and hessian against PyTorch: every result shape, create_graph's grad_fn, both
/// strategies vectorized, strict mode and the errors.
/// </summary>
[TestFixture, NonParallelizable]
public class AutogradJacobianTests
{
    [Test]
    public void JacobiansMatchPyTorchInEveryShape() => Dialect.Verify(
        """
        from torch.autograd.functional import jacobian
        def exp_reducer(x):
            return x.exp().sum(dim=1)
        def exp_adder(x, y):
            return 2 * x.exp() + 3 * y
        def two_out(x):
            return x ** 2, x.sum()
        def two_two(x, y):
            return x * y, (x + y).sum()
        torch.manual_seed(0)
        inputs = torch.rand(2, 2)
        x, y = torch.rand(2), torch.rand(2)
        print(jacobian(exp_reducer, inputs))
        print(jacobian(exp_reducer, inputs, create_graph=True))
        print(jacobian(exp_adder, (x, y)))
        print(jacobian(two_out, x))
        print(jacobian(two_two, (x, y)))
        print(jacobian(lambda a, b: a * 2, (x, y)))
        print(jacobian(lambda a, b: (a * 2, b.sum()), (x, y), create_graph=True))
        print(jacobian(lambda t: torch.ones(2), x))
        """,
        () =>
        {
            Tensor exp_reducer(Tensor x) => x.exp().sum(dim: 1);
            Tensor exp_adder(Tensor x, Tensor y) => 2 * x.exp() + 3 * y;
            (Tensor, Tensor) two_out(Tensor x) => (x.pow(2), x.sum());
            (Tensor, Tensor) two_two(Tensor x, Tensor y) => (x * y, (x + y).sum());
            torch.manual_seed(0);
            var inputs = torch.rand(2, 2);
            Tensor x = torch.rand(2), y = torch.rand(2);
            print(F.jacobian(exp_reducer, inputs));
            print(F.jacobian(exp_reducer, inputs, create_graph: true));
            print(F.jacobian(exp_adder, (x, y)));
            print(F.jacobian(two_out, x));
            print(F.jacobian(two_two, (x, y)));
            print(F.jacobian((a, b) => a * 2, (x, y)));
            print(F.jacobian((a, b) => (a * 2, b.sum()), (x, y), create_graph: true));
            print(F.jacobian(t => torch.ones(2), x));
        });

    [Test]
    public void VectorizedJacobiansMatchPyTorchInBothStrategies() => Dialect.Verify(
        """
        from torch.autograd.functional import jacobian
        def exp_reducer(x):
            return x.exp().sum(dim=1)
        def two_two(x, y):
            return x * y, (x + y).sum()
        torch.manual_seed(0)
        inputs = torch.rand(2, 2)
        x, y = torch.rand(2), torch.rand(2)
        print(jacobian(exp_reducer, inputs, vectorize=True))
        print(jacobian(exp_reducer, inputs, vectorize=True, create_graph=True))
        print(jacobian(two_two, (x, y), vectorize=True))
        print(jacobian(lambda a, b: a * 2, (x, y), vectorize=True))
        print(jacobian(lambda t: (t.sin(), t.sum()), x, vectorize=True, create_graph=True))
        print(jacobian(exp_reducer, inputs, vectorize=True, strategy="forward-mode"))
        print(jacobian(two_two, (x, y), vectorize=True, strategy="forward-mode"))
        print(jacobian(lambda a, b: a * 2, (x, y), vectorize=True, strategy="forward-mode"))
        print(jacobian(lambda t: (t.sin(), torch.ones(3)), x, vectorize=True, strategy="forward-mode"))
        """,
        () =>
        {
            Tensor exp_reducer(Tensor x) => x.exp().sum(dim: 1);
            (Tensor, Tensor) two_two(Tensor x, Tensor y) => (x * y, (x + y).sum());
            torch.manual_seed(0);
            var inputs = torch.rand(2, 2);
            Tensor x = torch.rand(2), y = torch.rand(2);
            print(F.jacobian(exp_reducer, inputs, vectorize: true));
            print(F.jacobian(exp_reducer, inputs, vectorize: true, create_graph: true));
            print(F.jacobian(two_two, (x, y), vectorize: true));
            print(F.jacobian((a, b) => a * 2, (x, y), vectorize: true));
            print(F.jacobian(t => (t.sin(), t.sum()), x, vectorize: true, create_graph: true));
            print(F.jacobian(exp_reducer, inputs, vectorize: true, strategy: "forward-mode"));
            print(F.jacobian(two_two, (x, y), vectorize: true, strategy: "forward-mode"));
            print(F.jacobian((a, b) => a * 2, (x, y), vectorize: true, strategy: "forward-mode"));
            print(F.jacobian(t => (t.sin(), torch.ones(3)), x, vectorize: true, strategy: "forward-mode"));
        });

    [Test]
    public void HessiansMatchPyTorch() => Dialect.Verify(
        """
        from torch.autograd.functional import hessian
        def pow_reducer(x):
            return x.pow(3).sum()
        def pow_adder_reducer(x, y):
            return (2 * x.pow(2) + 3 * y.pow(2)).sum()
        torch.manual_seed(0)
        inputs = torch.rand(2, 2)
        x, y = torch.rand(2), torch.rand(2)
        print(hessian(pow_reducer, inputs))
        print(hessian(pow_reducer, inputs, create_graph=True))
        print(hessian(pow_adder_reducer, (x, y)))
        print(hessian(lambda a, b: (a * b).sin().sum(), (x, y), create_graph=True))
        print(hessian(pow_reducer, inputs, vectorize=True))
        print(hessian(pow_reducer, inputs, vectorize=True, create_graph=True))
        print(hessian(pow_adder_reducer, (x, y), vectorize=True))
        print(hessian(pow_reducer, inputs, vectorize=True, outer_jacobian_strategy="forward-mode"))
        print(hessian(pow_adder_reducer, (x, y), vectorize=True, outer_jacobian_strategy="forward-mode"))
        print(hessian(lambda a, b: (a * b).sin().sum(), (x, y), vectorize=True, outer_jacobian_strategy="forward-mode"))
        print(hessian(lambda t: (t * 2).sum(), x))
        """,
        () =>
        {
            Tensor pow_reducer(Tensor x) => x.pow(3).sum();
            Tensor pow_adder_reducer(Tensor x, Tensor y) => (2 * x.pow(2) + 3 * y.pow(2)).sum();
            torch.manual_seed(0);
            var inputs = torch.rand(2, 2);
            Tensor x = torch.rand(2), y = torch.rand(2);
            print(F.hessian(pow_reducer, inputs));
            print(F.hessian(pow_reducer, inputs, create_graph: true));
            print(F.hessian(pow_adder_reducer, (x, y)));
            print(F.hessian((a, b) => (a * b).sin().sum(), (x, y), create_graph: true));
            print(F.hessian(pow_reducer, inputs, vectorize: true));
            print(F.hessian(pow_reducer, inputs, vectorize: true, create_graph: true));
            print(F.hessian(pow_adder_reducer, (x, y), vectorize: true));
            print(F.hessian(pow_reducer, inputs, vectorize: true, outer_jacobian_strategy: "forward-mode"));
            print(F.hessian(pow_adder_reducer, (x, y), vectorize: true, outer_jacobian_strategy: "forward-mode"));
            print(F.hessian((a, b) => (a * b).sin().sum(), (x, y), vectorize: true, outer_jacobian_strategy: "forward-mode"));
            print(F.hessian(t => (t * 2).sum(), x));
        });

    [Test]
    public void StrictModeAndBadArgumentsFailAsInPyTorch() => Dialect.Verify(
        """
        from torch.autograd.functional import jacobian, hessian
        def attempt(f):
            try:
                print(f())
            except (RuntimeError, NotImplementedError, AssertionError) as e:
                print(type(e).__name__, e)
        x, y = torch.ones(2), torch.ones(2)
        attempt(lambda: jacobian(lambda a, b: a * 2, (x, y), strict=True))
        attempt(lambda: jacobian(lambda t: torch.ones(2), x, strict=True))
        attempt(lambda: jacobian(lambda t: t * 2, x, strict=True, create_graph=True))
        attempt(lambda: jacobian(lambda t: (t ** 2, t * 2), x, strict=True, create_graph=True))
        attempt(lambda: jacobian(lambda t: t * 2, x, strict=True, vectorize=True))
        attempt(lambda: jacobian(lambda t: torch.ones(2), x, strict=True, vectorize=True))
        attempt(lambda: jacobian(lambda t: t * 2, x, strategy="forward"))
        attempt(lambda: jacobian(lambda t: t * 2, x, strategy="forward-mode"))
        attempt(lambda: jacobian(lambda t: t * 2, x, strategy="forward-mode", create_graph=True))
        attempt(lambda: jacobian(lambda t: t * 2, x, strategy="forward-mode", strict=True))
        attempt(lambda: hessian(lambda t: t.exp(), x))
        attempt(lambda: hessian(lambda t: (t.exp(), t.sum()), x))
        attempt(lambda: hessian(lambda t: (t * 2).sum(), x, strict=True))
        attempt(lambda: hessian(lambda t: torch.ones(()), x, strict=True))
        attempt(lambda: hessian(lambda a, b: (a ** 3).sum(), (x, y), strict=True))
        attempt(lambda: hessian(lambda t: t.pow(3).sum(), x, outer_jacobian_strategy="x"))
        attempt(lambda: hessian(lambda t: t.pow(3).sum(), x, outer_jacobian_strategy="forward-mode"))
        attempt(lambda: hessian(lambda t: t.pow(3).sum(), x, outer_jacobian_strategy="forward-mode", vectorize=True, create_graph=True))
        attempt(lambda: hessian(lambda t: t.pow(3).sum(), x, outer_jacobian_strategy="forward-mode", vectorize=True, strict=True))
        attempt(lambda: hessian(lambda t: t.pow(3).sum(), x, strict=True, create_graph=True))
        attempt(lambda: hessian(lambda t: t.pow(3).sum(), x, strict=True, vectorize=True))
        """,
        () =>
        {
            void attempt(Func<object> f)
            {
                try { print(f()); }
                catch (TorchException e) when (e.Kind is TorchErrorKind.RuntimeError or TorchErrorKind.NotImplementedError
                                                       or TorchErrorKind.AssertionError)
                {
                    print(e.Kind.ToString(), e.Message);
                }
            }
            Tensor x = torch.ones(2), y = torch.ones(2);
            attempt(() => F.jacobian((a, b) => a * 2, (x, y), strict: true));
            attempt(() => F.jacobian(t => torch.ones(2), x, strict: true));
            attempt(() => F.jacobian(t => t * 2, x, strict: true, create_graph: true));
            attempt(() => F.jacobian(t => (t.pow(2), t * 2), x, strict: true, create_graph: true));
            attempt(() => F.jacobian(t => t * 2, x, strict: true, vectorize: true));
            attempt(() => F.jacobian(t => torch.ones(2), x, strict: true, vectorize: true));
            attempt(() => F.jacobian(t => t * 2, x, strategy: "forward"));
            attempt(() => F.jacobian(t => t * 2, x, strategy: "forward-mode"));
            attempt(() => F.jacobian(t => t * 2, x, strategy: "forward-mode", create_graph: true));
            attempt(() => F.jacobian(t => t * 2, x, strategy: "forward-mode", strict: true));
            attempt(() => F.hessian(t => t.exp(), x));
            attempt(() => F.hessian(t => (t.exp(), t.sum()), x));
            attempt(() => F.hessian(t => (t * 2).sum(), x, strict: true));
            attempt(() => F.hessian(t => torch.ones(), x, strict: true));
            attempt(() => F.hessian((a, b) => a.pow(3).sum(), (x, y), strict: true));
            attempt(() => F.hessian(t => t.pow(3).sum(), x, outer_jacobian_strategy: "x"));
            attempt(() => F.hessian(t => t.pow(3).sum(), x, outer_jacobian_strategy: "forward-mode"));
            attempt(() => F.hessian(t => t.pow(3).sum(), x, outer_jacobian_strategy: "forward-mode", vectorize: true, create_graph: true));
            attempt(() => F.hessian(t => t.pow(3).sum(), x, outer_jacobian_strategy: "forward-mode", vectorize: true, strict: true));
            attempt(() => F.hessian(t => t.pow(3).sum(), x, strict: true, create_graph: true));
            attempt(() => F.hessian(t => t.pow(3).sum(), x, strict: true, vectorize: true));
        });

    [Test]
    public void AFunctionThatThrowsUnderTheVectorizedJacobianLeavesNoBatchingLevelOrDualLevelBehind()
    {
        var x = torch.ones(2);
        foreach (var strategy in new[] { "reverse-mode", "forward-mode" })
        {
            Assert.Throws<InvalidOperationException>(() => F.jacobian(Tensor (Tensor t) => throw new InvalidOperationException("from the function"), x,
                                                                       vectorize: true, strategy: strategy));
            Assert.That(Autograd.ForwardAD.CurrentLevel, Is.EqualTo(-1));
            Assert.That(F.jacobian(t => t * 3, x, vectorize: true, strategy: strategy).ToString(),
                        Is.EqualTo(F.jacobian(t => t * 3, x).ToString()));
        }
        Assert.That((x * 2).ToString(), Is.EqualTo("tensor([2., 2.])"));
    }
}
