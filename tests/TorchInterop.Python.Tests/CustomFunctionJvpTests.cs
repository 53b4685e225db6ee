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

    private sealed class Mul : torch.autograd.Function<Mul>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x, Tensor y, double k)
        {
            ctx.save_for_forward(x, y);
            ctx["k"] = k;
            return x * y * k;
        }

        public static (Tensor?, Tensor?, Tensor?) backward(FunctionContext ctx, Tensor g) => (null, null, null);

        public static Tensor jvp(FunctionContext ctx, Tensor? x_t, Tensor? y_t, object? k_t)
        {
            Tensor x = ctx.saved_tensors[0]!, y = ctx.saved_tensors[1]!;
            print("tangents", x_t, y_t, k_t);
            return (double)ctx["k"]! * (y * x_t! + x * y_t!);
        }
    }

    private sealed class Unmaterialized : torch.autograd.Function<Unmaterialized>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x, Tensor y)
        {
            ctx.set_materialize_grads(false);
            ctx.save_for_backward(x);
            return x + y;
        }

        public static (Tensor, Tensor) backward(FunctionContext ctx, Tensor g) => (g, g);

        public static Tensor jvp(FunctionContext ctx, Tensor? x_t, Tensor? y_t)
        {
            print("unmaterialized", x_t, y_t, ctx.saved_tensors);
            return x_t ?? y_t!;
        }
    }

    [Test]
    public void SaveForForwardAndInputsWithoutTangentsReachJvpAsInPyTorch() => Dialect.Verify(
        """
        import torch.autograd.forward_ad as fwAD
        class Mul(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x, y, k):
                ctx.save_for_forward(x, y)
                ctx.k = k
                return x * y * k
            @staticmethod
            def backward(ctx, g):
                return None, None, None
            @staticmethod
            def jvp(ctx, x_t, y_t, k_t):
                x, y = ctx.saved_tensors
                print("tangents", x_t, y_t, k_t)
                return ctx.k * (y * x_t + x * y_t)
        class Unmaterialized(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x, y):
                ctx.set_materialize_grads(False)
                ctx.save_for_backward(x)
                return x + y
            @staticmethod
            def backward(ctx, g):
                return g, g
            @staticmethod
            def jvp(ctx, x_t, y_t):
                print("unmaterialized", x_t, y_t, ctx.saved_tensors)
                return x_t if x_t is not None else y_t
        with fwAD.dual_level():
            x = fwAD.make_dual(torch.tensor([1., 2.]), torch.tensor([1., 1.]))
            y = torch.tensor([3., 4.], requires_grad=True)
            m = Mul.apply(x, y, 2.0)
            print(m, m.grad_fn)
            print(fwAD.unpack_dual(Mul.apply(y, x, 2.0)))
            u = Unmaterialized.apply(y, x)
            print(u)
            u.sum().backward()
            print(y.grad)
        """,
        () =>
        {
            using (fwAD.dual_level())
            {
                var x = fwAD.make_dual(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 1.0]));
                var y = torch.tensor([3.0, 4.0], requires_grad: true);
                var m = Mul.apply(x, y, 2.0);
                print(m, m.grad_fn);
                print(fwAD.unpack_dual(Mul.apply(y, x, 2.0)));
                var u = Unmaterialized.apply(y, x);
                print(u);
                u.sum().backward();
                print(y.grad);
            }
        });

    private sealed class TooMany : torch.autograd.Function<TooMany>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x) => x * 2;

        public static Tensor backward(FunctionContext ctx, Tensor g) => g * 2;

        public static (Tensor, Tensor) jvp(FunctionContext ctx, Tensor t) => (t * 2, t);
    }

    private sealed class WrongShape : torch.autograd.Function<WrongShape>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x) => x * 2;

        public static Tensor backward(FunctionContext ctx, Tensor g) => g;

        public static Tensor jvp(FunctionContext ctx, Tensor t) => t.sum();
    }

    private sealed class WithCount : torch.autograd.Function<WithCount, (Tensor, int)>
    {
        public static (Tensor, int) forward(FunctionContext ctx, Tensor x, Tensor i) => (x * 2, 5);

        public static (Tensor, Tensor?) backward(FunctionContext ctx, Tensor g, Tensor? g2) => (g, null);

        public static (Tensor, Tensor?) jvp(FunctionContext ctx, Tensor t, Tensor? ti)
        {
            print("integer input's tangent", ti);
            return (t * 2, null);
        }
    }

    private sealed class WithCountOneTangent : torch.autograd.Function<WithCountOneTangent, (Tensor, int)>
    {
        public static (Tensor, int) forward(FunctionContext ctx, Tensor x) => (x * 2, 5);

        public static Tensor backward(FunctionContext ctx, Tensor g, Tensor? g2) => g;

        public static Tensor jvp(FunctionContext ctx, Tensor t) => t * 2;
    }

    private sealed class SortBad : torch.autograd.Function<SortBad, (Tensor, Tensor)>
    {
        public static (Tensor, Tensor) forward(FunctionContext ctx, Tensor x)
        {
            var (v, i) = x.sort();
            ctx.mark_non_differentiable(i);
            return (v, i);
        }

        public static Tensor? backward(FunctionContext ctx, Tensor g, Tensor? gi) => null;

        public static (Tensor, Tensor) jvp(FunctionContext ctx, Tensor t) => (t, t);
    }

    [Test]
    public void WhatJvpReturnsIsCheckedWithPyTorchsMessages() => Dialect.Verify(
        """
        import torch.autograd.forward_ad as fwAD
        class TooMany(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                return x * 2
            @staticmethod
            def backward(ctx, g):
                return g * 2
            @staticmethod
            def jvp(ctx, t):
                return t * 2, t
        class WrongShape(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                return x * 2
            @staticmethod
            def backward(ctx, g):
                return g
            @staticmethod
            def jvp(ctx, t):
                return t.sum()
        class WithCount(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x, i):
                return x * 2, 5
            @staticmethod
            def backward(ctx, g, g2):
                return g, None
            @staticmethod
            def jvp(ctx, t, ti):
                print("integer input's tangent", ti)
                return t * 2, None
        class WithCountOneTangent(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                return x * 2, 5
            @staticmethod
            def backward(ctx, g, g2):
                return g
            @staticmethod
            def jvp(ctx, t):
                return t * 2
        class SortBad(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                v, i = x.sort()
                ctx.mark_non_differentiable(i)
                return v, i
            @staticmethod
            def backward(ctx, g, gi):
                return None
            @staticmethod
            def jvp(ctx, t):
                return t, t
        with fwAD.dual_level():
            d = fwAD.make_dual(torch.tensor([3., 1., 2.]), torch.tensor([10., 20., 30.]))
            for f in (TooMany, WrongShape, WithCountOneTangent, SortBad):
                try:
                    f.apply(d)
                except RuntimeError as e:
                    print(e)
            r, n = WithCount.apply(d, torch.tensor([1, 2, 3]))
            print(r, n)
        """,
        () =>
        {
            using (fwAD.dual_level())
            {
                var d = fwAD.make_dual(torch.tensor([3.0, 1.0, 2.0]), torch.tensor([10.0, 20.0, 30.0]));
                foreach (var f in new Action[] { () => TooMany.apply(d), () => WrongShape.apply(d), () => WithCountOneTangent.apply(d),
                                                 () => SortBad.apply(d) })
                {
                    try { f(); }
                    catch (TorchException e) { print(e.Message); }
                }
                var (r, n) = WithCount.apply(d, torch.tensor([1, 2, 3]));
                print(r, n);
            }
        });

    private sealed class AddOne : torch.autograd.Function<AddOne>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x)
        {
            x.add_(1);
            ctx.mark_dirty(x);
            return x;
        }

        public static Tensor backward(FunctionContext ctx, Tensor g) => g;

        public static Tensor jvp(FunctionContext ctx, Tensor t) => t.mul_(2);
    }

    private sealed class AddOneOutOfPlace : torch.autograd.Function<AddOneOutOfPlace>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x)
        {
            x.add_(1);
            ctx.mark_dirty(x);
            return x;
        }

        public static Tensor backward(FunctionContext ctx, Tensor g) => g;

        public static Tensor jvp(FunctionContext ctx, Tensor t) => t * 2;
    }

    [Test]
    public void InPlaceFunctionsModifyTheTangentInPlace() => Dialect.Verify(
        """
        import torch.autograd.forward_ad as fwAD
        class AddOne(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                x.add_(1)
                ctx.mark_dirty(x)
                return x
            @staticmethod
            def backward(ctx, g):
                return g
            @staticmethod
            def jvp(ctx, t):
                return t.mul_(2)
        class AddOneOutOfPlace(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                x.add_(1)
                ctx.mark_dirty(x)
                return x
            @staticmethod
            def backward(ctx, g):
                return g
            @staticmethod
            def jvp(ctx, t):
                return t * 2
        with fwAD.dual_level():
            a = fwAD.make_dual(torch.tensor([1., 2.]), torch.tensor([1., 1.]))
            b = AddOne.apply(a)
            print(b is a, b, a, a._version)
            w = torch.ones(2, requires_grad=True)
            c = fwAD.make_dual(w * 1, torch.tensor([1., 3.]))
            e = AddOne.apply(c)
            print(e, e.grad_fn)
            e.sum().backward()
            print(w.grad)
            try:
                AddOneOutOfPlace.apply(fwAD.make_dual(torch.tensor([1., 2.]), torch.tensor([1., 1.])))
            except RuntimeError as e:
                print(e)
        """,
        () =>
        {
            using (fwAD.dual_level())
            {
                var a = fwAD.make_dual(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 1.0]));
                var b = AddOne.apply(a);
                print(ReferenceEquals(b, a), b, a, a._version);
                var w = torch.ones(2, requires_grad: true);
                var c = fwAD.make_dual(w * 1, torch.tensor([1.0, 3.0]));
                var e = AddOne.apply(c);
                print(e, e.grad_fn);
                e.sum().backward();
                print(w.grad);
                try { AddOneOutOfPlace.apply(fwAD.make_dual(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 1.0]))); }
                catch (TorchException ex) { print(ex.Message); }
            }
        });
}
