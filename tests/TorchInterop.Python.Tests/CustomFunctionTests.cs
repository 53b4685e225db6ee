using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.autograd.Function in C#, against PyTorch: the examples of PyTorch's "Extending torch.autograd" page.</summary>
[TestFixture, NonParallelizable]
public class CustomFunctionTests
{
    private sealed class LinearFunction : torch.autograd.Function<LinearFunction>
    {
        public static Tensor forward(FunctionContext ctx, Tensor input, Tensor weight, Tensor? bias = null)
        {
            ctx.save_for_backward(input, weight, bias);
            var output = input.mm(weight.t());
            if (bias is not null) output += bias.unsqueeze(0).expand_as(output);
            return output;
        }

        public static (Tensor?, Tensor?, Tensor?) backward(FunctionContext ctx, Tensor grad_output)
        {
            var saved = ctx.saved_tensors;
            Tensor input = saved[0]!, weight = saved[1]!;
            Tensor? bias = saved.Count > 2 ? saved[2] : null;
            Tensor? grad_input = null, grad_weight = null, grad_bias = null;
            if (ctx.needs_input_grad[0]) grad_input = grad_output.mm(weight);
            if (ctx.needs_input_grad[1]) grad_weight = grad_output.t().mm(input);
            if (bias is not null && ctx.needs_input_grad[2]) grad_bias = grad_output.sum(0);
            return (grad_input, grad_weight, grad_bias);
        }
    }

    private sealed class MulConstant : torch.autograd.Function<MulConstant>
    {
        public static Tensor forward(FunctionContext ctx, Tensor tensor, double constant)
        {
            ctx["constant"] = constant;
            return tensor * constant;
        }

        public static (Tensor, Tensor?) backward(FunctionContext ctx, Tensor grad_output) =>
            (grad_output * (double)ctx["constant"]!, null);
    }

    private sealed class MyCube : torch.autograd.Function<MyCube>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x)
        {
            var result = x.pow(3);
            ctx.save_for_backward(x);
            return result;
        }

        public static Tensor backward(FunctionContext ctx, Tensor grad_output)
        {
            var x = ctx.saved_tensors[0]!;
            return grad_output * 3 * x.pow(2);
        }
    }

    private sealed class Exp : torch.autograd.Function<Exp>
    {
        public static Tensor forward(FunctionContext ctx, Tensor i)
        {
            var result = i.exp();
            ctx.save_for_backward(result);
            return result;
        }

        public static Tensor backward(FunctionContext ctx, Tensor grad_output) => grad_output * ctx.saved_tensors[0]!;
    }

    private sealed class WrongCount : torch.autograd.Function<WrongCount>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x, Tensor y) => x * y;

        public static Tensor backward(FunctionContext ctx, Tensor grad_output) => grad_output;
    }

    private sealed class Throwing : torch.autograd.Function<Throwing>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x) => x * 2;

        public static Tensor backward(FunctionContext ctx, Tensor grad_output) => throw new ArithmeticException("backward failed on purpose");
    }

    private sealed class SortWithIndices : torch.autograd.Function<SortWithIndices, (Tensor, Tensor)>
    {
        public static (Tensor, Tensor) forward(FunctionContext ctx, Tensor x)
        {
            var (values, indices) = x.sort();
            ctx.mark_non_differentiable(indices);
            ctx.save_for_backward(indices);
            print(ctx.needs_input_grad);
            return (values, indices);
        }

        public static Tensor backward(FunctionContext ctx, Tensor g, Tensor? g_indices)
        {
            var indices = ctx.saved_tensors[0]!;
            var grad = torch.zeros_like(g);
            grad.index_add_(0, indices, g);
            return grad;
        }
    }

    private sealed class SplitTwo : torch.autograd.Function<SplitTwo, (Tensor, Tensor)>
    {
        public static (Tensor, Tensor) forward(FunctionContext ctx, Tensor x)
        {
            ctx.set_materialize_grads(false);
            return (x * 2, x * 3);
        }

        public static Tensor backward(FunctionContext ctx, Tensor? ga, Tensor? gb)
        {
            print(ga is null, gb is null);
            return (ga ?? torch.zeros(2)) * 2 + (gb ?? torch.zeros(2)) * 3;
        }
    }

    private sealed class NonTensorGrad : torch.autograd.Function<NonTensorGrad>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x, double k) => x * k;

        public static (Tensor, Tensor) backward(FunctionContext ctx, Tensor g) => (g, g);
    }

    private sealed class OnceCube : torch.autograd.Function<OnceCube>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x)
        {
            ctx.save_for_backward(x);
            return x.pow(3);
        }

        [once_differentiable]
        public static Tensor backward(FunctionContext ctx, Tensor grad_output) => grad_output * 3 * ctx.saved_tensors[0]!.pow(2);
    }

    private sealed class AddOne : torch.autograd.Function<AddOne>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x)
        {
            x.add_(1);
            ctx.mark_dirty(x);
            return x;
        }

        public static Tensor backward(FunctionContext ctx, Tensor g) => g * 2;
    }

    [Test]
    public void InPlaceFunctionsMarkTheirInputsDirty() => Dialect.Verify(
        """
        class AddOne(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                x.add_(1)
                ctx.mark_dirty(x)
                return x
            @staticmethod
            def backward(ctx, g):
                return g * 2
        a = torch.ones(2, requires_grad=True)
        b = a * 3
        c = AddOne.apply(b)
        print(c is b, c, b._version, c.grad_fn)
        c.sum().backward()
        print(a.grad)
        try:
            AddOne.apply(a)
        except RuntimeError as e:
            print(e)
        d = a.clone()
        e = AddOne.apply(d[0:1])
        print(e, d)
        """,
        () =>
        {
            var a = torch.ones(2, requires_grad: true);
            var b = a * 3;
            var c = AddOne.apply(b);
            print(ReferenceEquals(c, b), c, b._version, c.grad_fn);
            c.sum().backward();
            print(a.grad);
            try { AddOne.apply(a); }
            catch (TorchException e) { print(e.Message); }
            var d = a.clone();
            var e2 = AddOne.apply(d[0..1]);
            print(e2, d);
        });

    [Test]
    public void OnceDifferentiableBackwardsCannotBeDifferentiatedAgain() => Dialect.Verify(
        """
        from torch.autograd.function import once_differentiable
        class OnceCube(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                ctx.save_for_backward(x)
                return x ** 3
            @staticmethod
            @once_differentiable
            def backward(ctx, grad_output):
                x, = ctx.saved_tensors
                return grad_output * 3 * x ** 2
        x = torch.tensor([1., 2.], requires_grad=True)
        g, = torch.autograd.grad(OnceCube.apply(x).sum(), x)
        print(g, g.requires_grad)
        y = OnceCube.apply(x)
        g, = torch.autograd.grad((y * y).sum(), x, create_graph=True)
        print(g, g.requires_grad, g.grad_fn.name())
        try:
            g.sum().backward()
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            var x = torch.tensor([1.0, 2.0], requires_grad: true);
            var g = torch.autograd.grad(OnceCube.apply(x).sum(), x)[0]!;
            print(g, g.requires_grad);
            var y = OnceCube.apply(x);
            g = torch.autograd.grad((y * y).sum(), x, create_graph: true)[0]!;
            print(g, g.requires_grad, g.grad_fn!.name());
            try { g.sum().backward(); }
            catch (TorchException e) { print(e.Message); }
        });

    [Test]
    public void OutputsGradientsAndSavedTensorChecksMatchPyTorch() => Dialect.Verify(
        """
        class SortWithIndices(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                values, indices = x.sort()
                ctx.mark_non_differentiable(indices)
                ctx.save_for_backward(indices)
                print(ctx.needs_input_grad)
                return values, indices
            @staticmethod
            def backward(ctx, g, g_indices):
                indices, = ctx.saved_tensors
                grad = torch.zeros_like(g)
                grad.index_add_(0, indices, g)
                return grad
        class SplitTwo(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                ctx.set_materialize_grads(False)
                return x * 2, x * 3
            @staticmethod
            def backward(ctx, ga, gb):
                print(ga is None, gb is None)
                return (ga if ga is not None else torch.zeros(2)) * 2 + (gb if gb is not None else torch.zeros(2)) * 3
        class NonTensorGrad(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x, k):
                return x * k
            @staticmethod
            def backward(ctx, g):
                return g, g
        x = torch.tensor([3., 1., 2.], requires_grad=True)
        values, indices = SortWithIndices.apply(x)
        print(values, indices, indices.requires_grad, values.grad_fn)
        (values * torch.tensor([1., 10., 100.])).sum().backward()
        print(x.grad)
        y = torch.ones(2, requires_grad=True)
        a, b = SplitTwo.apply(y)
        a.sum().backward()
        print(y.grad)
        try:
            NonTensorGrad.apply(y, 2.0).sum().backward()
        except RuntimeError as e:
            print(e)
        c = torch.ones(2, requires_grad=True)
        d = c * 1
        s, i = SortWithIndices.apply(d)
        d.add_(1)
        try:
            s.sum().backward()
        except RuntimeError as e:
            print(e)
        v, j = SortWithIndices.apply(c * 2)
        v.sum().backward()
        try:
            v.sum().backward()
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            var x = torch.tensor([3.0, 1.0, 2.0], requires_grad: true);
            var (values, indices) = SortWithIndices.apply(x);
            print(values, indices, indices.requires_grad, values.grad_fn);
            (values * torch.tensor([1.0, 10.0, 100.0])).sum().backward();
            print(x.grad);
            var y = torch.ones(2, requires_grad: true);
            var (a, b) = SplitTwo.apply(y);
            a.sum().backward();
            print(y.grad);
            try { NonTensorGrad.apply(y, 2.0).sum().backward(); }
            catch (TorchException e) { print(e.Message); }
            var c = torch.ones(2, requires_grad: true);
            var d = c * 1;
            var (s, i) = SortWithIndices.apply(d);
            d.add_(1);
            try { s.sum().backward(); }
            catch (TorchException e) { print(e.Message); }
            var (v, j) = SortWithIndices.apply(c * 2);
            v.sum().backward();
            try { v.sum().backward(); }
            catch (TorchException e) { print(e.Message); }
        });

    [Test]
    public void TheExtendingAutogradExamplesMatchPyTorch() => Dialect.Verify(
        """
        class LinearFunction(torch.autograd.Function):
            @staticmethod
            def forward(ctx, input, weight, bias=None):
                ctx.save_for_backward(input, weight, bias)
                output = input.mm(weight.t())
                if bias is not None:
                    output += bias.unsqueeze(0).expand_as(output)
                return output
            @staticmethod
            def backward(ctx, grad_output):
                input, weight, bias = ctx.saved_tensors
                grad_input = grad_weight = grad_bias = None
                if ctx.needs_input_grad[0]:
                    grad_input = grad_output.mm(weight)
                if ctx.needs_input_grad[1]:
                    grad_weight = grad_output.t().mm(input)
                if bias is not None and ctx.needs_input_grad[2]:
                    grad_bias = grad_output.sum(0)
                return grad_input, grad_weight, grad_bias
        class MulConstant(torch.autograd.Function):
            @staticmethod
            def forward(ctx, tensor, constant):
                ctx.constant = constant
                return tensor * constant
            @staticmethod
            def backward(ctx, grad_output):
                return grad_output * ctx.constant, None
        class MyCube(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                result = x ** 3
                ctx.save_for_backward(x)
                return result
            @staticmethod
            def backward(ctx, grad_output):
                x, = ctx.saved_tensors
                return grad_output * 3 * x ** 2
        class Exp(torch.autograd.Function):
            @staticmethod
            def forward(ctx, i):
                result = i.exp()
                ctx.save_for_backward(result)
                return result
            @staticmethod
            def backward(ctx, grad_output):
                result, = ctx.saved_tensors
                return grad_output * result
        torch.manual_seed(0)
        x = torch.randn(3, 4, requires_grad=True)
        w = torch.randn(2, 4, requires_grad=True)
        b = torch.randn(2, requires_grad=True)
        y = LinearFunction.apply(x, w, b)
        print(y, y.grad_fn.name(), y.grad_fn)
        y.sum().backward()
        print(x.grad, w.grad, b.grad)
        z = MulConstant.apply(x, 5)
        z.sum().backward()
        print(z.grad_fn.name(), x.grad)
        c = torch.tensor([1., 2., 3.], requires_grad=True)
        out = MyCube.apply(c)
        g, = torch.autograd.grad(out.sum(), c, create_graph=True)
        print(out, g, g.grad_fn is not None)
        gg, = torch.autograd.grad(g.sum(), c)
        print(gg)
        e = Exp.apply(c)
        e.sum().backward()
        print(e, c.grad)
        print(MyCube.apply(torch.ones(2)).grad_fn, out.grad_fn.next_functions)
        with torch.no_grad():
            print(MyCube.apply(c).grad_fn)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn(3, 4, requires_grad: true);
            var w = torch.randn(2, 4, requires_grad: true);
            var b = torch.randn(2, requires_grad: true);
            var y = LinearFunction.apply(x, w, b);
            print(y, y.grad_fn!.name(), y.grad_fn);
            y.sum().backward();
            print(x.grad, w.grad, b.grad);
            var z = MulConstant.apply(x, 5);
            z.sum().backward();
            print(z.grad_fn!.name(), x.grad);
            var c = torch.tensor([1.0, 2.0, 3.0], requires_grad: true);
            var @out = MyCube.apply(c);
            var g = torch.autograd.grad(@out.sum(), c, create_graph: true)[0]!;
            print(@out, g, g.grad_fn is not null);
            var gg = torch.autograd.grad(g.sum(), c)[0];
            print(gg);
            var e = Exp.apply(c);
            e.sum().backward();
            print(e, c.grad);
            print(MyCube.apply(torch.ones(2)).grad_fn, @out.grad_fn!.next_functions);
            using (torch.no_grad())
                print(MyCube.apply(c).grad_fn);
        });

    [Test]
    public void WrongGradientCountsAndThrowingBackwardsFailAsInPyTorch() => Dialect.Verify(
        """
        class WrongCount(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x, y):
                return x * y
            @staticmethod
            def backward(ctx, grad_output):
                return grad_output
        x = torch.ones(2, requires_grad=True)
        try:
            WrongCount.apply(x, torch.ones(2)).sum().backward()
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            var x = torch.ones(2, requires_grad: true);
            try
            {
                WrongCount.apply(x, torch.ones(2)).sum().backward();
            }
            catch (TorchException e)
            {
                print(e.Message);
            }
        });

    [Test]
    public void AnExceptionInBackwardSurfacesAsItself()
    {
        var x = torch.ones(2, requires_grad: true);
        var y = Throwing.apply(x).sum();
        var thrown = Assert.Throws<ArithmeticException>(() => y.backward());
        Assert.That(thrown!.Message, Is.EqualTo("backward failed on purpose"));
    }

    [Test]
    public void NodesAndTheirContextsAreReleased()
    {
        long before = SettledLiveNodes();
        ApplyAndDifferentiate();
        Assert.That(SettledLiveNodes(), Is.EqualTo(before));
    }

    // In a frame of its own, so that no temporary of the loop is still reported live when the count is taken.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ApplyAndDifferentiate()
    {
        for (int i = 0; i < 50; i++)
        {
            using var x = torch.ones(3, requires_grad: true);
            using var y = MyCube.apply(x);
            if (i % 2 == 0) y.sum().backward();
        }
    }

    // Other tests' garbage is collected first, so that only this test's nodes can differ; a freed graph can release
    // wrappers that need another round.
    internal static long SettledLiveNodes()
    {
        for (int round = 0; round < 3; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            torch.zeros(1).Dispose(); // frees the handles the finalizers queued
        }
        return CustomFunction.LiveNodes;
    }

    [Test]
    public void AnomalyDetectionNamesTheNodeThatMadeNaN() => Dialect.Verify(
        """
        import warnings
        x = torch.zeros(2, requires_grad=True)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            with torch.autograd.detect_anomaly():
                print(torch.is_anomaly_enabled())
                y = (x / x).sum()
                try:
                    y.backward()
                except RuntimeError as e:
                    print(e)
            print(torch.is_anomaly_enabled(), str(w[0].message))
        with torch.autograd.set_detect_anomaly(True, check_nan=False):
            print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
        print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
        """,
        () =>
        {
            var x = torch.zeros(2, requires_grad: true);
            using (var w = warnings.catch_warnings(record: true))
            {
                using (torch.autograd.detect_anomaly())
                {
                    print(torch.is_anomaly_enabled());
                    var y = (x / x).sum();
                    try { y.backward(); }
                    catch (TorchException e) { print(e.Message); }
                }
                print(torch.is_anomaly_enabled(), w[0].message);
            }
            using (torch.autograd.set_detect_anomaly(true, check_nan: false))
                print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled());
            print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled());
        });
}
