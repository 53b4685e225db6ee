using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.autograd.gradcheck and gradgradcheck against PyTorch: passing and failing checks, fast mode, messages.</summary>
[TestFixture, NonParallelizable]
public class GradcheckTests
{
    private sealed class GoodCube : torch.autograd.Function<GoodCube>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x)
        {
            ctx.save_for_backward(x);
            return x.pow(3);
        }

        public static Tensor backward(FunctionContext ctx, Tensor grad_output) => grad_output * 3 * ctx.saved_tensors[0]!.pow(2);
    }

    private sealed class WrongCube : torch.autograd.Function<WrongCube>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x)
        {
            ctx.save_for_backward(x);
            return x.pow(3);
        }

        public static Tensor backward(FunctionContext ctx, Tensor grad_output) => grad_output * 2 * ctx.saved_tensors[0]!.pow(2);
    }

    private sealed class ItemCube : torch.autograd.Function<ItemCube>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x)
        {
            ctx.save_for_backward(x);
            return x.pow(3);
        }

        public static Tensor backward(FunctionContext ctx, Tensor grad_output) =>
            grad_output * 3 * ctx.saved_tensors[0]!.pow(2) * grad_output.sum().item();
    }

    private const string PythonFunctions = """
        class GoodCube(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                ctx.save_for_backward(x)
                return x.pow(3)
            @staticmethod
            def backward(ctx, grad_output):
                return grad_output * 3 * ctx.saved_tensors[0].pow(2)
        class WrongCube(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                ctx.save_for_backward(x)
                return x.pow(3)
            @staticmethod
            def backward(ctx, grad_output):
                return grad_output * 2 * ctx.saved_tensors[0].pow(2)
        class ItemCube(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                ctx.save_for_backward(x)
                return x.pow(3)
            @staticmethod
            def backward(ctx, grad_output):
                return grad_output * 3 * ctx.saved_tensors[0].pow(2) * grad_output.sum().item()
        def attempt(f):
            try:
                print(f())
            except Exception as e:
                print(type(e).__name__, e)

        """;

    private static void attempt(Func<object> f)
    {
        try { print(f()); }
        catch (TorchException e) { print(e is GradcheckError ? "GradcheckError" : e.PythonTypeName, e.Message); }
    }

    [Test]
    public void PassingChecksReturnTrue() => Dialect.Verify(PythonFunctions + """
        from torch.autograd import gradcheck, gradgradcheck
        torch.manual_seed(0)
        x = torch.rand(3, dtype=torch.float64, requires_grad=True)
        a = torch.rand(2, 3, dtype=torch.float64, requires_grad=True)
        b = torch.rand(3, 2, dtype=torch.float64, requires_grad=True)
        print(gradcheck(torch.sin, x))
        print(gradcheck(torch.matmul, (a, b)))
        print(gradcheck(lambda p, q: (p * q.sum()).exp(), (x, a)))
        print(gradcheck(lambda p, q, r: p.sum() * q.mean() + r.prod(), (x, a, b)))
        print(gradcheck(lambda t: (t.sin(), t * 2), x))
        print(gradcheck(GoodCube.apply, x))
        print(gradcheck(torch.sin, x, fast_mode=True))
        print(gradcheck(torch.matmul, (a, b), fast_mode=True))
        print(gradcheck(torch.sin, x, check_forward_ad=True))
        print(gradcheck(torch.exp, x, check_forward_ad=True, check_backward_ad=False, check_undefined_grad=False))
        print(gradgradcheck(torch.sin, x))
        print(gradgradcheck(torch.matmul, (a, b), torch.ones(2, 2, dtype=torch.float64)))
        print(gradgradcheck(lambda t: t.pow(3), x, gen_non_contig_grad_outputs=True))
        print(gradgradcheck(torch.sin, x, fast_mode=True))
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.rand(3, dtype: torch.float64, requires_grad: true);
            var a = torch.rand(2, 3, dtype: torch.float64, requires_grad: true);
            var b = torch.rand(3, 2, dtype: torch.float64, requires_grad: true);
            print(torch.autograd.gradcheck(torch.sin, x));
            print(torch.autograd.gradcheck(torch.matmul, (a, b)));
            print(torch.autograd.gradcheck((p, q) => (p * q.sum()).exp(), (x, a)));
            print(torch.autograd.gradcheck((p, q, r) => p.sum() * q.mean() + r.prod(), (x, a, b)));
            print(torch.autograd.gradcheck(t => (t.sin(), t * 2), x));
            print(torch.autograd.gradcheck(t => GoodCube.apply(t), x));
            print(torch.autograd.gradcheck(torch.sin, x, fast_mode: true));
            print(torch.autograd.gradcheck(torch.matmul, (a, b), fast_mode: true));
            print(torch.autograd.gradcheck(torch.sin, x, check_forward_ad: true));
            print(torch.autograd.gradcheck(torch.exp, x, check_forward_ad: true, check_backward_ad: false, check_undefined_grad: false));
            print(torch.autograd.gradgradcheck(torch.sin, x));
            print(torch.autograd.gradgradcheck(torch.matmul, (a, b), torch.ones(2, 2, dtype: torch.float64)));
            print(torch.autograd.gradgradcheck(t => t.pow(3), x, gen_non_contig_grad_outputs: true));
            print(torch.autograd.gradgradcheck(torch.sin, x, fast_mode: true));
        });

    [Test]
    public void BatchedChecksRunUnderVmap() => Dialect.Verify(PythonFunctions + """
        from torch.autograd import gradcheck, gradgradcheck
        torch.manual_seed(0)
        x = torch.rand(3, dtype=torch.float64, requires_grad=True)
        a = torch.rand(2, 3, dtype=torch.float64, requires_grad=True)
        b = torch.rand(3, 2, dtype=torch.float64, requires_grad=True)
        print(gradcheck(torch.sin, x, check_batched_grad=True))
        print(gradcheck(torch.matmul, (a, b), check_batched_grad=True))
        print(gradcheck(lambda t: (t.sin(), t * 2), x, check_batched_grad=True))
        print(gradcheck(GoodCube.apply, x, check_batched_grad=True))
        print(gradcheck(torch.sin, x, check_forward_ad=True, check_batched_forward_grad=True))
        print(gradcheck(torch.matmul, (a, b), check_forward_ad=True, check_batched_forward_grad=True, check_batched_grad=True))
        print(gradgradcheck(torch.sin, x, check_batched_grad=True))
        attempt(lambda: gradcheck(ItemCube.apply, x, check_batched_grad=True))
        attempt(lambda: gradcheck(torch.sin, x, check_batched_forward_grad=True))
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.rand(3, dtype: torch.float64, requires_grad: true);
            var a = torch.rand(2, 3, dtype: torch.float64, requires_grad: true);
            var b = torch.rand(3, 2, dtype: torch.float64, requires_grad: true);
            print(torch.autograd.gradcheck(torch.sin, x, check_batched_grad: true));
            print(torch.autograd.gradcheck(torch.matmul, (a, b), check_batched_grad: true));
            print(torch.autograd.gradcheck(t => (t.sin(), t * 2), x, check_batched_grad: true));
            print(torch.autograd.gradcheck(t => GoodCube.apply(t), x, check_batched_grad: true));
            print(torch.autograd.gradcheck(torch.sin, x, check_forward_ad: true, check_batched_forward_grad: true));
            print(torch.autograd.gradcheck(torch.matmul, (a, b), check_forward_ad: true, check_batched_forward_grad: true, check_batched_grad: true));
            print(torch.autograd.gradgradcheck(torch.sin, x, check_batched_grad: true));
            attempt(() => torch.autograd.gradcheck(t => ItemCube.apply(t), x, check_batched_grad: true));
            attempt(() => torch.autograd.gradcheck(torch.sin, x, check_batched_forward_grad: true));
        });

    [Test]
    public void WrongBackwardFailsWithBothJacobians() => Dialect.Verify(PythonFunctions + """
        from torch.autograd import gradcheck, gradgradcheck
        torch.manual_seed(0)
        x = torch.rand(3, dtype=torch.float64, requires_grad=True)
        attempt(lambda: gradcheck(WrongCube.apply, x))
        attempt(lambda: gradcheck(WrongCube.apply, x, raise_exception=False))
        attempt(lambda: gradcheck(WrongCube.apply, x, fast_mode=True))
        attempt(lambda: gradcheck(WrongCube.apply, x, fast_mode=True, raise_exception=False))
        attempt(lambda: gradcheck(lambda t: GoodCube.apply(t) * 2 + WrongCube.apply(t), (x,), atol=1e-3))
        attempt(lambda: gradgradcheck(WrongCube.apply, x))
        attempt(lambda: gradgradcheck(WrongCube.apply, x, raise_exception=False))
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.rand(3, dtype: torch.float64, requires_grad: true);
            attempt(() => torch.autograd.gradcheck(t => WrongCube.apply(t), x));
            attempt(() => torch.autograd.gradcheck(t => WrongCube.apply(t), x, raise_exception: false));
            attempt(() => torch.autograd.gradcheck(t => WrongCube.apply(t), x, fast_mode: true));
            attempt(() => torch.autograd.gradcheck(t => WrongCube.apply(t), x, fast_mode: true, raise_exception: false));
            attempt(() => torch.autograd.gradcheck(t => GoodCube.apply(t) * 2 + WrongCube.apply(t), x, atol: 1e-3));
            attempt(() => torch.autograd.gradgradcheck(t => WrongCube.apply(t), x));
            attempt(() => torch.autograd.gradgradcheck(t => WrongCube.apply(t), x, raise_exception: false));
        });

    [Test]
    public void BadInputsAreReportedAsInPyTorch() => Dialect.Verify(PythonFunctions + """
        import warnings
        from torch.autograd import gradcheck
        torch.manual_seed(0)
        attempt(lambda: gradcheck(torch.sin, torch.rand(3, dtype=torch.float64)))
        attempt(lambda: gradcheck(torch.sin, torch.rand(1, dtype=torch.float64, requires_grad=True).expand(3)))
        attempt(lambda: gradcheck(torch.sin, torch.rand(3, dtype=torch.float64, requires_grad=True), check_backward_ad=False))
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            print(gradcheck(torch.sin, torch.rand(3, requires_grad=True), atol=1e-2, rtol=1e-2, eps=1e-3))
            print([str(m.message) for m in w])
        """,
        () =>
        {
            torch.manual_seed(0);
            attempt(() => torch.autograd.gradcheck(torch.sin, torch.rand(3, dtype: torch.float64)));
            attempt(() => torch.autograd.gradcheck(torch.sin, torch.rand(1, dtype: torch.float64, requires_grad: true).expand([3])));
            attempt(() => torch.autograd.gradcheck(torch.sin, torch.rand(3, dtype: torch.float64, requires_grad: true), check_backward_ad: false));
            using var w = warnings.catch_warnings(record: true);
            print(torch.autograd.gradcheck(torch.sin, torch.rand(3, requires_grad: true), atol: 1e-2, rtol: 1e-2, eps: 1e-3));
            print(w.Select(m => m.message).ToList());
        });

    [Test]
    public void ComplexInputsAndOutputs() => Dialect.Verify(PythonFunctions + """
        from torch.autograd import gradcheck
        torch.manual_seed(0)
        x = torch.rand(2, dtype=torch.complex128, requires_grad=True)
        y = torch.rand(2, dtype=torch.float64, requires_grad=True)
        print(gradcheck(lambda t: t.abs(), x))
        print(gradcheck(lambda t: t.exp(), x))
        print(gradcheck(lambda t: torch.polar(t, t * 2), y))
        print(gradcheck(lambda t: torch.polar(t, t * 2), y, check_forward_ad=True))
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.rand(2, dtype: torch.complex128, requires_grad: true);
            var y = torch.rand(2, dtype: torch.float64, requires_grad: true);
            print(torch.autograd.gradcheck(t => t.abs(), x));
            print(torch.autograd.gradcheck(t => t.exp(), x));
            print(torch.autograd.gradcheck(t => torch.polar(t, t * 2), y));
            print(torch.autograd.gradcheck(t => torch.polar(t, t * 2), y, check_forward_ad: true));
        });
}
