using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// functionalize (<c>torch.func.functionalize</c> in 2.x, <c>functorch.functionalize</c> in 1.13) on LibTorch's
/// functionalization, against PyTorch's own: results, mutations of inputs seen by the caller, views kept or copied,
/// composition with grad and vmap, printing inside, and the errors.
/// </summary>
[TestFixture, NonParallelizable]
public class FunctionalizeTests
{
    private static string Import => LibTorch.IsAtLeast(2)
        ? "from torch.func import functionalize, grad, vmap\n"
        : "from functorch import functionalize, grad, vmap\n";

    private const string Attempt = """
        def attempt(f):
            try:
                print(f())
            except Exception as e:
                print(type(e).__name__, e)

        """;

    private static void attempt(Func<object?> f)
    {
        try
        {
            print(f());
        }
        catch (TorchException e)
        {
            print(e.PythonTypeName, e.Message);
        }
    }

    [Test]
    public void InPlaceOpsOnIntermediatesGiveTheSameValues() => Dialect.Verify(
        Import + """
        def f(a):
            b = a.clone()
            b.mul_(2).add_(1)
            v = b[0]
            v.zero_()
            return b
        x = torch.arange(6.).view(2, 3)
        print(functionalize(f)(x), x)
        def docs(a):
            b = a + 1
            c = b.view(-1)
            c.add_(1)
            return b
        print(functionalize(docs)(x))
        print(functionalize(docs, remove='mutations_and_views')(x))
        w = torch.ones(3, requires_grad=True)
        print(functionalize(lambda a: (a * 2).add_(1))(w))
        """,
        () =>
        {
            Tensor f(Tensor a)
            {
                var b = a.clone();
                b.mul_(2).add_(1);
                var v = b[0];
                v.zero_();
                return b;
            }
            var x = torch.arange(6.0).view(2, 3);
            print(torch.func.functionalize(f)(x), x);
            Tensor docs(Tensor a)
            {
                var b = a + 1;
                var c = b.view(-1);
                c.add_(1);
                return b;
            }
            print(torch.func.functionalize(docs)(x));
            print(torch.func.functionalize(docs, remove: "mutations_and_views")(x));
            var w = torch.ones(3, requires_grad: true);
            print(torch.func.functionalize(a => (a * 2).add_(1))(w));
        });

    [Test]
    public void MutationsOfInputsReachTheCaller() => Dialect.Verify(
        Import + """
        def g(a):
            a.transpose(0, 1)[1].fill_(7)
            return a.sum()
        y = torch.ones(2, 3)
        print(functionalize(g)(y), y)
        def through_view(a):
            b = a.view(-1)
            b.add_(1)
            return a
        z = torch.ones(2, 3)
        print(functionalize(through_view, remove='mutations_and_views')(z), z)
        def two(a, b):
            a.add_(b)
            return a * b, a
        p = torch.ones(3)
        q = torch.arange(3.)
        print(functionalize(two)(p, q), p, q)
        e = torch.empty(0)
        def resize(a):
            a.resize_(2, 2)
            a.fill_(3)
            return a
        print(functionalize(resize)(e), e)
        m = torch.arange(6.).view(2, 3)
        print(functionalize(lambda a: a.unsqueeze(0).squeeze_(0).t_())(m), m)
        """,
        () =>
        {
            Tensor g(Tensor a)
            {
                a.transpose(0, 1)[1].fill_(7);
                return a.sum();
            }
            var y = torch.ones(2, 3);
            print(torch.func.functionalize(g)(y), y);
            Tensor throughView(Tensor a)
            {
                var b = a.view(-1);
                b.add_(1);
                return a;
            }
            var z = torch.ones(2, 3);
            print(torch.func.functionalize(throughView, remove: "mutations_and_views")(z), z);
            var p = torch.ones(3);
            var q = torch.arange(3.0);
            print(torch.func.functionalize((a, b) =>
            {
                a.add_(b);
                return (a * b, a);
            })(p, q), p, q);
            var e = torch.empty(0);
            print(torch.func.functionalize(a =>
            {
                a.resize_([2, 2]);
                a.fill_(3);
                return a;
            })(e), e);
            var m = torch.arange(6.0).view(2, 3);
            print(torch.func.functionalize(a => a.unsqueeze(0).squeeze_(0).t_())(m), m);
        });

    [Test]
    public void ViewsStayViewsUnlessRemoved() => Dialect.Verify(
        Import + """
        y = torch.ones(2, 3)
        print(functionalize(lambda a: a.view(3, 2))(y).data_ptr() == y.data_ptr())
        print(functionalize(lambda a: a.view(3, 2), remove='mutations_and_views')(y).data_ptr() == y.data_ptr())
        print(functionalize(lambda a: a.t())(y).is_contiguous())
        print(functionalize(lambda a: a.t(), remove='mutations_and_views')(y).is_contiguous())
        def g(a):
            b = a.clone()
            c = b.t()
            c[0].mul_(10)
            return b, c
        print(functionalize(g)(y))
        print(functionalize(g, remove='mutations_and_views')(y))
        """,
        () =>
        {
            var y = torch.ones(2, 3);
            print(torch.func.functionalize(a => a.view(3, 2))(y).data_ptr() == y.data_ptr());
            print(torch.func.functionalize(a => a.view(3, 2), remove: "mutations_and_views")(y).data_ptr() == y.data_ptr());
            print(torch.func.functionalize(a => a.t())(y).is_contiguous());
            print(torch.func.functionalize(a => a.t(), remove: "mutations_and_views")(y).is_contiguous());
            (Tensor, Tensor) g(Tensor a)
            {
                var b = a.clone();
                var c = b.t();
                c[0].mul_(10);
                return (b, c);
            }
            print(torch.func.functionalize(g)(y));
            print(torch.func.functionalize(g, remove: "mutations_and_views")(y));
        });

    [Test]
    public void ComposesWithGradAndVmap() => Dialect.Verify(
        Import + """
        def h(a):
            b = a.sin()
            b.mul_(2)
            b = b * a
            return b.sum()
        z = torch.tensor([0.3, 1.2, -0.5])
        print(functionalize(grad(h))(z))
        print(grad(functionalize(h))(z))
        def k(a):
            b = a * 1
            b.add_(a.sum())
            return b
        x = torch.arange(6.).view(2, 3)
        print(vmap(functionalize(k))(x))
        print(functionalize(vmap(k))(x))
        def bump(a):
            a.mul_(2)
            return a.sum()
        u = torch.arange(6.).view(2, 3)
        print(vmap(functionalize(bump))(u), u)
        """,
        () =>
        {
            Tensor h(Tensor a)
            {
                var b = a.sin();
                b.mul_(2);
                b = b * a;
                return b.sum();
            }
            var z = torch.tensor(new[] { 0.3f, 1.2f, -0.5f });
            print(torch.func.functionalize(torch.func.grad(h))(z));
            print(torch.func.grad(torch.func.functionalize(h))(z));
            Tensor k(Tensor a)
            {
                var b = a * 1;
                b.add_(a.sum());
                return b;
            }
            var x = torch.arange(6.0).view(2, 3);
            print(torch.func.vmap(torch.func.functionalize(k))(x));
            print(torch.func.functionalize(torch.func.vmap(k))(x));
            Tensor bump(Tensor a)
            {
                a.mul_(2);
                return a.sum();
            }
            var u = torch.arange(6.0).view(2, 3);
            print(torch.func.vmap(torch.func.functionalize(bump))(u), u);
        });

    [Test]
    public void TensorsInsidePrintAsFunctionalTensors() => Dialect.Verify(
        Import + """
        def show(a):
            b = a + 1
            print(b)
            b.add_(1)
            print(b)
            return b
        x = torch.arange(6.).view(2, 3)
        print(functionalize(show)(x[0]))
        print(vmap(functionalize(show))(x))
        """,
        () =>
        {
            Tensor show(Tensor a)
            {
                var b = a + 1;
                print(b);
                b.add_(1);
                print(b);
                return b;
            }
            var x = torch.arange(6.0).view(2, 3);
            print(torch.func.functionalize(show)(x[0]));
            print(torch.func.vmap(torch.func.functionalize(show))(x));
        });

    [Test]
    public void DebugUnwrapSeesThroughFunctionalTensors()
    {
        if (!LibTorch.IsAtLeast(2)) Assert.Ignore("a PyTorch 2.x name");
        Dialect.Verify("from torch.func import functionalize, vmap, debug_unwrap\n" + """
            def show(a):
                b = a + 1
                b.add_(1)
                print(debug_unwrap(b), debug_unwrap(b, recurse=False))
                return b
            x = torch.arange(4.).view(2, 2)
            functionalize(show)(x[0])
            vmap(functionalize(show))(x)
            """,
            () =>
            {
                Tensor show(Tensor a)
                {
                    var b = a + 1;
                    b.add_(1);
                    print(torch.func.debug_unwrap(b), torch.func.debug_unwrap(b, recurse: false));
                    return b;
                }
                var x = torch.arange(4.0).view(2, 2);
                torch.func.functionalize(show)(x[0]);
                torch.func.vmap(torch.func.functionalize(show))(x);
            });
    }

    [Test]
    public void FunctorchPortsUnderItsOwnName() => Dialect.Verify(
        (LibTorch.IsAtLeast(2) ? "import torch.func as functorch\n" : "import functorch\n") + """
        def f(a):
            a.add_(1)
            return a * 2
        y = torch.ones(3)
        print(functorch.functionalize(f)(y), y)
        print(functorch.functionalize(f, remove='mutations_and_views')(y), y)
        """,
        () =>
        {
            Tensor f(Tensor a)
            {
                a.add_(1);
                return a * 2;
            }
            var y = torch.ones(3);
            print(functorch.functionalize(f)(y), y);
            print(functorch.functionalize(f, remove: "mutations_and_views")(y), y);
        });

    [Test]
    public void ErrorsAndUnusualOutputsFollowPyTorch()
    {
        string python = Import + Attempt + """
            y = torch.ones(2, 3)
            def f(a):
                return a
            attempt(lambda: functionalize(f, remove='views'))
            attempt(lambda: functionalize(f, remove=''))
            w = torch.ones(3, requires_grad=True)
            def leaf(a):
                a.add_(1)
                return a
            attempt(lambda: functionalize(leaf)(w))
            attempt(lambda: functionalize(functionalize(lambda a: a + 1))(y))
            print(functionalize(lambda a: a + 1)(y))
            glob = torch.zeros(2)
            print(functionalize(lambda a: glob)(y))
            print(functionalize(lambda a: None)(y))
            def boom(a):
                a.add_(1)
                raise RuntimeError("boom")
            attempt(lambda: functionalize(boom)(y))
            print(y)
            attempt(lambda: functionalize(lambda a: a.view(4))(y))
            print(functionalize(lambda a: a * 3)(y))
            """;
        Dialect.Verify(python, () =>
        {
            var y = torch.ones(2, 3);
            Tensor f(Tensor a) => a;
            attempt(() => torch.func.functionalize(f, remove: "views"));
            attempt(() => torch.func.functionalize(f, remove: ""));
            var w = torch.ones(3, requires_grad: true);
            attempt(() => torch.func.functionalize(a => a.add_(1))(w));
            attempt(() => torch.func.functionalize(torch.func.functionalize(a => a + 1))(y));
            print(torch.func.functionalize(a => a + 1)(y));
            var glob = torch.zeros(2);
            print(torch.func.functionalize(a => glob)(y));
            print(torch.func.functionalize(a => (Tensor)null!)(y));
            attempt(() => torch.func.functionalize(Tensor (a) =>
            {
                a.add_(1);
                throw new TorchException("boom");
            })(y));
            print(y);
            attempt(() => torch.func.functionalize(a => a.view(4))(y));
            print(torch.func.functionalize(a => a * 3)(y));
        });
    }
}
