using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>The <c>torch</c> module's members against Python.</summary>
[TestFixture, NonParallelizable]
public class TorchModuleTests
{
    [Test]
    public void Factories() => Dialect.Verify(
        """
        print(torch.ones(2, 2, requires_grad=True))
        print(torch.zeros(3), torch.zeros(1, 2, 3).shape, torch.ones(2, 1, 1, 2).shape, torch.empty(2, 3).shape)
        print(torch.ones(2, dtype=torch.float64), torch.zeros(2, 2, dtype=torch.int64))
        torch.manual_seed(0)
        print(torch.randn(3))
        print(torch.rand(2, 2))
        print(torch.randn(2, 3, requires_grad=True))
        print(torch.rand(2, 2, 2, dtype=torch.float64))
        print(torch.ones(torch.zeros(2, 3).shape))
        print(torch.full((2, 2), 3.5), torch.full((2,), 7), torch.full((1,), True))
        print(torch.arange(4), torch.arange(4.0), torch.arange(1, 4, 0.5), torch.arange(1, 7, 2))
        print(torch.linspace(0, 1, 5), torch.eye(2), torch.eye(2, 3, dtype=torch.int64))
        """,
        () =>
        {
            print(torch.ones(2, 2, requires_grad: true));
            print(torch.zeros(3), torch.zeros(1, 2, 3).shape, torch.ones(2, 1, 1, 2).shape, torch.empty(2, 3).shape);
            print(torch.ones(2, dtype: torch.float64), torch.zeros(2, 2, dtype: torch.int64));
            torch.manual_seed(0);
            print(torch.randn(3));
            print(torch.rand(2, 2));
            print(torch.randn(2, 3, requires_grad: true));
            print(torch.rand(2, 2, 2, dtype: torch.float64));
            print(torch.ones(torch.zeros(2, 3).shape));
            print(torch.full([2, 2], 3.5), torch.full([2], 7), torch.full([1], true));
            print(torch.arange(4), torch.arange(4.0), torch.arange(1, 4, 0.5), torch.arange(1, 7, 2));
            print(torch.linspace(0, 1, 5), torch.eye(2), torch.eye(2, 3, dtype: torch.int64));
        });

    [Test]
    public void TensorFollowsPythonDtypeRules() => Dialect.Verify(
        """
        a = torch.tensor([2.0, 3.0], requires_grad=True)
        print(a, a.dtype)
        print(torch.tensor([1, 2]).dtype, torch.tensor([True, False]).dtype, torch.tensor(2.0).dtype, torch.tensor(2).dtype, torch.tensor(True).dtype)
        print(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[1, 2], [3, 4]]).dtype)
        print(torch.tensor([1, 2], dtype=torch.float32), torch.tensor(1.5, dtype=torch.float64))
        print(torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float))
        print(torch.tensor([1, 2], requires_grad=True))
        """,
        () =>
        {
            var a = torch.tensor(new[] { 2.0, 3.0 }, requires_grad: true);
            print(a, a.dtype);
            print(torch.tensor(new[] { 1, 2 }).dtype, torch.tensor(new[] { true, false }).dtype, torch.tensor(2.0).dtype, torch.tensor(2).dtype, torch.tensor(true).dtype);
            print(torch.tensor(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 } }), torch.tensor(new[,] { { 1, 2 }, { 3, 4 } }).dtype);
            print(torch.tensor(new[] { 1, 2 }, dtype: torch.float32), torch.tensor(1.5, dtype: torch.float64));
            print(torch.tensor(new[] { 0.1, 1.0, 0.0001 }, dtype: torch.@float));
            print(torch.tensor(new[] { 1, 2 }, requires_grad: true));
        });

    [Test]
    public void Dtypes() => Dialect.Verify(
        """
        print(torch.float32, torch.float, torch.float64, torch.double, torch.float16, torch.half, torch.bfloat16)
        print(torch.int64, torch.long, torch.int32, torch.int, torch.int16, torch.short, torch.int8, torch.uint8, torch.bool)
        """,
        () =>
        {
            print(torch.float32, torch.@float, torch.float64, torch.@double, torch.float16, torch.half, torch.bfloat16);
            print(torch.int64, torch.@long, torch.int32, torch.@int, torch.int16, torch.@short, torch.int8, torch.uint8, torch.@bool);
        });

    [Test]
    public void MathFunctions() => Dialect.Verify(
        """
        x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
        m = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
        print(torch.sin(x), torch.cos(x), torch.exp(x))
        print(torch.log(x), torch.sqrt(x), torch.abs(-x))
        print(torch.tanh(x), torch.sigmoid(x), torch.relu(x - 1))
        print(torch.sum(x), torch.mean(x), torch.norm(x), torch.sum(m, 1), torch.mean(m, 0, True))
        print(torch.pow(x, 2), torch.pow(2, x.detach()), torch.pow(x, x))
        print(torch.dot(x, x), torch.mm(m, m), torch.matmul(m, m), torch.t(m), torch.transpose(m, 0, 1))
        print(torch.cat([m, m]), torch.cat([m, m], 1), torch.reshape(m, (4,)))
        """,
        () =>
        {
            var x = torch.tensor(new[] { 0.5, 1.0, 2.0 }, requires_grad: true);
            var m = torch.tensor(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 } });
            print(torch.sin(x), torch.cos(x), torch.exp(x));
            print(torch.log(x), torch.sqrt(x), torch.abs(-x));
            print(torch.tanh(x), torch.sigmoid(x), torch.relu(x - 1));
            print(torch.sum(x), torch.mean(x), torch.norm(x), torch.sum(m, 1), torch.mean(m, 0, true));
            print(torch.pow(x, 2), torch.pow(2, x.detach()), torch.pow(x, x));
            print(torch.dot(x, x), torch.mm(m, m), torch.matmul(m, m), torch.t(m), torch.transpose(m, 0, 1));
            print(torch.cat([m, m]), torch.cat([m, m], 1), torch.reshape(m, 4));
        });

    [Test]
    public void GradModes() => Dialect.Verify(
        """
        x = torch.ones(2, requires_grad=True)
        with torch.no_grad():
            print((x * 2).requires_grad, torch.is_grad_enabled())
            with torch.enable_grad():
                print((x * 2).requires_grad)
        with torch.set_grad_enabled(False):
            print((x * 2).requires_grad)
        print(torch.is_grad_enabled())
        torch.set_grad_enabled(False)
        print((x * 2).requires_grad, torch.is_grad_enabled())
        torch.set_grad_enabled(True)
        print((x * 2).requires_grad)
        with torch.inference_mode():
            y = x * 2
            print(y.requires_grad, torch.is_inference_mode_enabled(), y.is_inference())
        print(torch.is_inference_mode_enabled())
        """,
        () =>
        {
            var x = torch.ones(2, requires_grad: true);
            using (torch.no_grad())
            {
                print((x * 2).requires_grad, torch.is_grad_enabled());
                using (torch.enable_grad())
                    print((x * 2).requires_grad);
            }
            using (torch.set_grad_enabled(false))
                print((x * 2).requires_grad);
            print(torch.is_grad_enabled());
            torch.set_grad_enabled(false);
            print((x * 2).requires_grad, torch.is_grad_enabled());
            torch.set_grad_enabled(true);
            print((x * 2).requires_grad);
            using (torch.inference_mode())
            {
                var y = x * 2;
                print(y.requires_grad, torch.is_inference_mode_enabled(), y.is_inference());
            }
            print(torch.is_inference_mode_enabled());
        });

    [Test]
    public void PrintOptions() => Dialect.Verify(
        """
        torch.set_printoptions(precision=2)
        print(torch.tensor([1.23456, 2.5]))
        torch.set_printoptions(sci_mode=True)
        print(torch.tensor([1.5, 2.0]))
        torch.set_printoptions(threshold=5, edgeitems=2)
        print(torch.arange(10.0))
        torch.set_printoptions(linewidth=20)
        print(torch.arange(8.0))
        torch.set_printoptions(profile='default')
        print(torch.tensor([1.23456]))
        """,
        () =>
        {
            torch.set_printoptions(precision: 2);
            print(torch.tensor(new[] { 1.23456, 2.5 }));
            torch.set_printoptions(sci_mode: true);
            print(torch.tensor(new[] { 1.5, 2.0 }));
            torch.set_printoptions(threshold: 5, edgeitems: 2);
            print(torch.arange(10.0));
            torch.set_printoptions(linewidth: 20);
            print(torch.arange(8.0));
            torch.set_printoptions(profile: "default");
            print(torch.tensor(new[] { 1.23456 }));
        });

    [Test]
    public void AutogradGrad() => Dialect.Verify(
        """
        x = torch.tensor([1.0, 2.0], requires_grad=True)
        w = torch.tensor([3.0, 4.0], requires_grad=True)
        y = (x * x * w).sum()
        g = torch.autograd.grad(y, x, retain_graph=True)
        print(g)
        print(g[0])
        gx, gw = torch.autograd.grad(y, [x, w], create_graph=True)
        print(gx, gw)
        print(torch.autograd.grad(gx.sum(), x))
        z = x * 2
        print(torch.autograd.grad(z, [x, w], grad_outputs=torch.ones(2), allow_unused=True))
        print(torch.autograd.grad([(x * 3).sum(), (x * x).sum()], [x]))
        torch.autograd.backward((x * w).sum())
        print(x.grad, w.grad)
        torch.autograd.backward([x * 2], [torch.tensor([1.0, 0.5])])
        print(x.grad)
        torch.autograd.grad((x * 2).sum(), w)
        """,
        () =>
        {
            var x = torch.tensor(new[] { 1.0, 2.0 }, requires_grad: true);
            var w = torch.tensor(new[] { 3.0, 4.0 }, requires_grad: true);
            var y = (x * x * w).sum();
            var g = torch.autograd.grad(y, x, retain_graph: true);
            print(g);
            print(g[0]);
            var (gx, gw) = torch.autograd.grad(y, [x, w], create_graph: true);
            print(gx, gw);
            print(torch.autograd.grad(gx!.sum(), x));
            var z = x * 2;
            print(torch.autograd.grad(z, [x, w], grad_outputs: torch.ones(2), allow_unused: true));
            print(torch.autograd.grad([(x * 3).sum(), (x * x).sum()], [x]));
            torch.autograd.backward((x * w).sum());
            print(x.grad, w.grad);
            torch.autograd.backward([x * 2], [torch.tensor(new[] { 1.0, 0.5 })]);
            print(x.grad);
            torch.autograd.grad((x * 2).sum(), w);
        });

    [Test]
    public void FactoryErrorsCarryPythonsMessages() => Dialect.Verify(
        "torch.ones(2, dtype=torch.int64, requires_grad=True)",
        () => torch.ones(2, dtype: torch.int64, requires_grad: true));

    [Test]
    public void ItemOfManyElementsIsPythonsValueError() => Dialect.Verify(
        "torch.tensor([1.0, 2.0]).item()",
        () => torch.tensor(new[] { 1.0, 2.0 }).item());

    [Test]
    public void DisposingAStatementSetGradEnabledRestoresTheMode()
    {
        string text = Dialect.Capture(() =>
        {
            var scope = torch.set_grad_enabled(false);
            Builtins.print(torch.is_grad_enabled());
            scope.Dispose();
            Builtins.print(torch.is_grad_enabled());
            scope.Dispose();
            Builtins.print(torch.is_grad_enabled());
        });
        Assert.That(text, Is.EqualTo("False\nTrue\nTrue\n"));
    }
}
