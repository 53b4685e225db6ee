using static TorchInterop.Python.Builtins;
using fwAD = TorchInterop.Python.torch.autograd.forward_ad;

namespace TorchInterop.Python.Tests;

/// <summary>The jvp static method of torch.autograd.Function (forward-mode AD through custom Functions), against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class CustomFunctionJvpTests
{
    private const string Classes = """
        import torch.autograd.forward_ad as fwAD
        class Cube(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                ctx.save_for_backward(x)
                ctx.save_for_forward(x)
                return x ** 3
            @staticmethod
            def backward(ctx, g):
                x, = ctx.saved_tensors
                return g * 3 * x ** 2
            @staticmethod
            def jvp(ctx, x_t):
                x, = ctx.saved_tensors
                print("jvp", x_t, ctx.needs_input_grad)
                return 3 * x ** 2 * x_t
        class NoJvp(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                return x * 2
            @staticmethod
            def backward(ctx, g):
                return g * 2

        """;

    private sealed class Cube : torch.autograd.Function<Cube>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x)
        {
            ctx.save_for_backward(x);
            ctx.save_for_forward(x);
            return x.pow(3);
        }

        public static Tensor backward(FunctionContext ctx, Tensor g) => g * 3 * ctx.saved_tensors[0]!.pow(2);

        public static Tensor jvp(FunctionContext ctx, Tensor x_t)
        {
            var x = ctx.saved_tensors[0]!;
            print("jvp", x_t, ctx.needs_input_grad);
            return 3 * x.pow(2) * x_t;
        }
    }

    private sealed class NoJvp : torch.autograd.Function<NoJvp>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x) => x * 2;

        public static Tensor backward(FunctionContext ctx, Tensor g) => g * 2;
    }

    [Test]
    public void JvpGivesTheOutputsTangentsAndBackwardStillWorks() => Dialect.Verify(
        Classes + """
        x = torch.tensor([1., 2.], requires_grad=True)
        with fwAD.dual_level():
            d = fwAD.make_dual(x, torch.tensor([1., 0.5]))
            y = Cube.apply(d)
            p, t = fwAD.unpack_dual(y)
            print(p, t)
            y.sum().backward()
            print(x.grad)
            plain = fwAD.make_dual(torch.tensor([1., 2.]), torch.ones(2))
            z = Cube.apply(plain)
            print(z, fwAD.unpack_dual(z).tangent, z.grad_fn)
            with torch.no_grad():
                print(fwAD.unpack_dual(Cube.apply(d)))
            print(fwAD.unpack_dual(Cube.apply(torch.ones(2))))
        """,
        () =>
        {
            var x = torch.tensor([1.0, 2.0], requires_grad: true);
            using (fwAD.dual_level())
            {
                var d = fwAD.make_dual(x, torch.tensor([1.0, 0.5]));
                var y = Cube.apply(d);
                var (p, t) = fwAD.unpack_dual(y);
                print(p, t);
                y.sum().backward();
                print(x.grad);
                var plain = fwAD.make_dual(torch.tensor([1.0, 2.0]), torch.ones(2));
                var z = Cube.apply(plain);
                print(z, fwAD.unpack_dual(z).tangent, z.grad_fn);
                using (torch.no_grad()) print(fwAD.unpack_dual(Cube.apply(d)));
                print(fwAD.unpack_dual(Cube.apply(torch.ones(2))));
            }
        });

    [Test]
    public void AFunctionWithoutJvpFailsOnlyWhereAnInputHasATangent() => Dialect.Verify(
        Classes + """
        with fwAD.dual_level():
            print(fwAD.unpack_dual(NoJvp.apply(torch.ones(2))))
            try:
                NoJvp.apply(fwAD.make_dual(torch.ones(2), torch.ones(2)))
            except NotImplementedError as e:
                print("NotImplementedError:", e)
        """,
        () =>
        {
            using (fwAD.dual_level())
            {
                print(fwAD.unpack_dual(NoJvp.apply(torch.ones(2))));
                try { NoJvp.apply(fwAD.make_dual(torch.ones(2), torch.ones(2))); }
                catch (TorchException e) { print($"{e.PythonTypeName}:", e.Message); }
            }
        });
}
