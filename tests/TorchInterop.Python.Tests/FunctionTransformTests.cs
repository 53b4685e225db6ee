using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>Custom autograd Functions under torch.func's transforms, against each version's PyTorch.</summary>
[TestFixture, NonParallelizable]
public class FunctionTransformTests
{
    private sealed class OldStyle : torch.autograd.Function<OldStyle>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x) => x * 2;

        public static Tensor backward(FunctionContext ctx, Tensor grad) => grad * 2;
    }

#if LIBTORCH_2
    private sealed class MyCube : torch.autograd.Function<MyCube, (Tensor, Tensor)>
    {
        public static (Tensor, Tensor) forward(Tensor x) => (x.pow(3), 3 * x.pow(2));

        public static void setup_context(FunctionContext ctx, Tensor inputs, (Tensor result, Tensor dx) output) =>
            ctx.save_for_backward(inputs, output.dx);

        public static Tensor backward(FunctionContext ctx, Tensor grad_output, Tensor grad_dx)
        {
            Tensor x = ctx.saved_tensors[0]!, dx = ctx.saved_tensors[1]!;
            return grad_output * dx + grad_dx * 6 * x;
        }

        public static ((Tensor, Tensor), (int?, int?)) vmap(VmapInfo info, int?[] in_dims, Tensor x)
        {
            print(info, in_dims[0]);
            return ((x.pow(3), 3 * x.pow(2)), (in_dims[0], in_dims[0]));
        }
    }

    private sealed class Doubled : torch.autograd.Function<Doubled>
    {
        public static bool generate_vmap_rule => true;

        public static Tensor forward(Tensor x) => x * 2;

        public static void setup_context(FunctionContext ctx, Tensor inputs, Tensor output) { }

        public static Tensor backward(FunctionContext ctx, Tensor grad) => grad * 2;
    }

    private sealed class NoRule : torch.autograd.Function<NoRule>
    {
        public static Tensor forward(Tensor x) => x * 2;

        public static void setup_context(FunctionContext ctx, Tensor inputs, Tensor output) { }

        public static Tensor backward(FunctionContext ctx, Tensor grad) => grad * 2;
    }

    private sealed class BothRules : torch.autograd.Function<BothRules>
    {
        public static bool generate_vmap_rule => true;

        public static Tensor forward(Tensor x) => x * 2;

        public static void setup_context(FunctionContext ctx, Tensor inputs, Tensor output) { }

        public static Tensor backward(FunctionContext ctx, Tensor grad) => grad * 2;

        public static (Tensor, int?) vmap(VmapInfo info, int?[] in_dims, Tensor x) => (x * 2, in_dims[0]);
    }

    [Test]
    public void VmapRulesOfCustomFunctionsMatchPyTorch() => Dialect.Verify(
        """
        class MyCube(torch.autograd.Function):
            @staticmethod
            def forward(x):
                return x ** 3, 3 * x ** 2
            @staticmethod
            def setup_context(ctx, inputs, output):
                x, = inputs
                result, dx = output
                ctx.save_for_backward(x, dx)
            @staticmethod
            def backward(ctx, grad_output, grad_dx):
                x, dx = ctx.saved_tensors
                return grad_output * dx + grad_dx * 6 * x
            @staticmethod
            def vmap(info, in_dims, x):
                print(info, in_dims[0])
                return (x ** 3, 3 * x ** 2), (in_dims[0], in_dims[0])
        class Doubled(torch.autograd.Function):
            generate_vmap_rule = True
            @staticmethod
            def forward(x):
                return x * 2
            @staticmethod
            def setup_context(ctx, inputs, output):
                pass
            @staticmethod
            def backward(ctx, grad):
                return grad * 2
        class NoRule(torch.autograd.Function):
            @staticmethod
            def forward(x):
                return x * 2
            @staticmethod
            def setup_context(ctx, inputs, output):
                pass
            @staticmethod
            def backward(ctx, grad):
                return grad * 2
        class BothRules(torch.autograd.Function):
            generate_vmap_rule = True
            @staticmethod
            def forward(x):
                return x * 2
            @staticmethod
            def setup_context(ctx, inputs, output):
                pass
            @staticmethod
            def backward(ctx, grad):
                return grad * 2
            @staticmethod
            def vmap(info, in_dims, x):
                return x * 2, in_dims[0]
        class OldStyle(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                return x * 2
            @staticmethod
            def backward(ctx, grad):
                return grad * 2
        x = torch.tensor([[1., 2.], [3., 4.], [5., 6.]])
        r, dx = torch.func.vmap(lambda t: MyCube.apply(t))(x)
        print(r, dx)
        r, dx = torch.func.vmap(lambda t: MyCube.apply(t), in_dims=1)(x)
        print(r, dx)
        print(torch.func.vmap(lambda t: Doubled.apply(t))(x))
        print(torch.func.grad(lambda t: Doubled.apply(t).sum())(torch.ones(3)))
        for f in (NoRule, BothRules, OldStyle):
            try:
                torch.func.vmap(lambda t: f.apply(t))(x)
            except RuntimeError as e:
                print(e)
        try:
            torch.func.grad(lambda t: OldStyle.apply(t).sum())(torch.ones(3))
        except RuntimeError as e:
            print(e)
        print(MyCube.apply(torch.ones(2))[0])
        """,
        () =>
        {
            var x = torch.tensor(new[,] { { 1.0f, 2.0f }, { 3.0f, 4.0f }, { 5.0f, 6.0f } });
            var (r, dx) = torch.func.vmap(t => MyCube.apply(t))(x);
            print(r, dx);
            (r, dx) = torch.func.vmap(t => MyCube.apply(t), in_dims: 1)(x);
            print(r, dx);
            print(torch.func.vmap(t => Doubled.apply(t))(x));
            print(torch.func.grad(t => Doubled.apply(t).sum())(torch.ones(3)));
            foreach (var f in new Func<Tensor, Tensor>[] { t => NoRule.apply(t), t => BothRules.apply(t), t => OldStyle.apply(t) })
            {
                try { torch.func.vmap(f)(x); }
                catch (TorchException e) { print(e.Message); }
            }
            try { torch.func.grad(t => OldStyle.apply(t).sum())(torch.ones(3)); }
            catch (TorchException e) { print(e.Message); }
            print(MyCube.apply(torch.ones(2)).Item1);
        });
#else
    [Test]
    public void FunctorchRefusesCustomFunctionsAsInPyTorch() => Dialect.Verify(
        """
        import functorch
        class OldStyle(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                return x * 2
            @staticmethod
            def backward(ctx, grad):
                return grad * 2
        for transform in (functorch.vmap, functorch.grad):
            try:
                transform(lambda t: OldStyle.apply(t).sum())(torch.ones(3))
            except RuntimeError as e:
                print(e)
        print(OldStyle.apply(torch.ones(2)))
        """,
        () =>
        {
            try { torch.func.vmap(t => OldStyle.apply(t).sum())(torch.ones(3)); }
            catch (TorchException e) { print(e.Message); }
            try { torch.func.grad(t => OldStyle.apply(t).sum())(torch.ones(3)); }
            catch (TorchException e) { print(e.Message); }
            print(OldStyle.apply(torch.ones(2)));
        });
#endif
}
