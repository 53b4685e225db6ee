using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// torch.autograd.graph's saved-tensor hooks against PyTorch: the examples of PyTorch's "Hooks for saved tensors"
/// tutorial, the hooks' errors, and the release of what they packed.
/// </summary>
[TestFixture, NonParallelizable]
public class SavedTensorsHooksTests
{
    private sealed class Square : torch.autograd.Function<Square>
    {
        public static Tensor forward(FunctionContext ctx, Tensor x)
        {
            ctx.save_for_backward(x);
            return x.pow(2);
        }

        public static Tensor backward(FunctionContext ctx, Tensor grad_output) => 2 * ctx.saved_tensors[0]! * grad_output;
    }

    // The graphs these tests leave to the garbage collector (custom Functions' nodes among them) are released
    // before the next test, so leak checks elsewhere count from a settled baseline.
    [TearDown]
    public void ReleaseGraphs()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        torch.zeros(1).Dispose(); // frees the handles the finalizers queued
    }

    [Test]
    public void PackAndUnpackHooksThatPrint() => Dialect.Verify(
        """
        def pack_hook(x):
            print("Packing", x)
            return x

        def unpack_hook(x):
            print("Unpacking", x)
            return x

        a = torch.ones(5, requires_grad=True)
        b = torch.ones(5, requires_grad=True) * 2
        with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):
            y = a * b
        y.sum().backward()
        print(a.grad)
        """,
        () =>
        {
            object? pack_hook(Tensor x)
            {
                print("Packing", x);
                return x;
            }

            object? unpack_hook(object? x)
            {
                print("Unpacking", x);
                return x;
            }

            var a = torch.ones(5, requires_grad: true);
            var b = torch.ones(5, requires_grad: true) * 2;
            Tensor y;
            using (torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook))
                y = a * b;
            y.sum().backward();
            print(a.grad);
        });

    [Test]
    public void HooksThatCountTheirCalls() => Dialect.Verify(
        """
        counts = {"pack": 0, "unpack": 0}
        def pack_hook(x):
            counts["pack"] += 1
            return x * 4

        def unpack_hook(x):
            counts["unpack"] += 1
            return x / 4

        torch.manual_seed(0)
        x = torch.randn(5, requires_grad=True)
        with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):
            y = x.pow(2)
            z = (y * x).sin()
        print(counts["pack"], counts["unpack"])
        z.sum().backward(retain_graph=True)
        print(counts["pack"], counts["unpack"])
        z.sum().backward()
        print(counts["pack"], counts["unpack"])
        print(x.grad)
        """,
        () =>
        {
            int pack = 0, unpack = 0;
            object? pack_hook(Tensor x)
            {
                pack++;
                return x * 4;
            }

            object? unpack_hook(object? x)
            {
                unpack++;
                return (Tensor)x! / 4;
            }

            torch.manual_seed(0);
            var x = torch.randn(5, requires_grad: true);
            Tensor z;
            using (torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook))
            {
                var y = x.pow(2);
                z = (y * x).sin();
            }
            print(pack, unpack);
            z.sum().backward(retain_graph: true);
            print(pack, unpack);
            z.sum().backward();
            print(pack, unpack);
            print(x.grad);
        });

    [Test]
    public void SavingOnTheCpu() => Dialect.Verify(
        """
        def pack_hook(x):
            return (x.device, x.cpu())

        def unpack_hook(packed):
            device, tensor = packed
            return tensor.to(device)

        torch.manual_seed(0)
        x = torch.randn(5, requires_grad=True)
        with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):
            y = x * x
        y.sum().backward()
        print(x.grad.equal(2 * x))

        a = torch.randn(5, requires_grad=True)
        b = torch.randn(5, requires_grad=True)
        c = torch.randn(5, requires_grad=True)
        def f(a, b, c):
            prod_1 = a * b
            with torch.autograd.graph.save_on_cpu():
                prod_2 = prod_1 * c
            y = prod_2 * a
            return y
        y = f(a, b, c)
        y.sum().backward()
        print(a.grad, b.grad, c.grad)
        with torch.autograd.graph.save_on_cpu(pin_memory=True):
            w = a.exp()
        w.sum().backward()
        print(a.grad)
        """,
        () =>
        {
            object? pack_hook(Tensor x) => (x.device, x.cpu());
            object? unpack_hook(object? packed)
            {
                var (device, tensor) = ((Device, Tensor))packed!;
                return tensor.to(device);
            }

            torch.manual_seed(0);
            var x = torch.randn(5, requires_grad: true);
            Tensor y;
            using (torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook))
                y = x * x;
            y.sum().backward();
            print(x.grad!.equal(2 * x));

            var a = torch.randn(5, requires_grad: true);
            var b = torch.randn(5, requires_grad: true);
            var c = torch.randn(5, requires_grad: true);
            Tensor f(Tensor a, Tensor b, Tensor c)
            {
                var prod_1 = a * b;
                Tensor prod_2;
                using (torch.autograd.graph.save_on_cpu())
                    prod_2 = prod_1 * c;
                var y = prod_2 * a;
                return y;
            }
            y = f(a, b, c);
            y.sum().backward();
            print(a.grad, b.grad, c.grad);
            Tensor w;
            using (torch.autograd.graph.save_on_cpu(pin_memory: true))
                w = a.exp();
            w.sum().backward();
            print(a.grad);
        });

    [Test]
    public void HooksApplyToTensorsSavedByCustomFunctions() => Dialect.Verify(
        """
        class Square(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                ctx.save_for_backward(x)
                return x ** 2

            @staticmethod
            def backward(ctx, grad_output):
                x, = ctx.saved_tensors
                return 2 * x * grad_output

        def pack_hook(x):
            print("Packing", x)
            return x

        def unpack_hook(x):
            print("Unpacking", x)
            return x

        x = torch.tensor([1., 2., 3.], requires_grad=True)
        with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):
            y = Square.apply(x)
        y.sum().backward()
        print(x.grad)
        """,
        () =>
        {
            object? pack_hook(Tensor x)
            {
                print("Packing", x);
                return x;
            }

            object? unpack_hook(object? x)
            {
                print("Unpacking", x);
                return x;
            }

            var x = torch.tensor(new[] { 1.0, 2.0, 3.0 }, requires_grad: true);
            Tensor y;
            using (torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook))
                y = Square.apply(x);
            y.sum().backward();
            print(x.grad);
        });

    [Test]
    public void OnlyTheInnermostPairApplies() => Dialect.Verify(
        """
        x = torch.ones(3, requires_grad=True)
        with torch.autograd.graph.saved_tensors_hooks(lambda t: print("outer") or t, lambda t: t):
            with torch.autograd.graph.saved_tensors_hooks(lambda t: print("inner") or t, lambda t: t):
                y = x.exp()
            z = y.sin()
        (z.sum()).backward()
        print(x.grad)
        """,
        () =>
        {
            var x = torch.ones(3, requires_grad: true);
            Tensor y, z;
            using (torch.autograd.graph.saved_tensors_hooks(t => { print("outer"); return t; }, t => t))
            {
                using (torch.autograd.graph.saved_tensors_hooks(t => { print("inner"); return t; }, t => t))
                    y = x.exp();
                z = y.sin();
            }
            z.sum().backward();
            print(x.grad);
        });

    [Test]
    public void AnUnpackHookMustReturnATensor() => Dialect.Verify(
        """
        a = torch.ones(3, requires_grad=True)
        for result in (5, None, "five", (1, 2)):
            with torch.autograd.graph.saved_tensors_hooks(lambda x: x, lambda x: result):
                y = a * a
            try:
                y.sum().backward()
            except TypeError as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            var a = torch.ones(3, requires_grad: true);
            foreach (var result in new object?[] { 5, null, "five", (1, 2) })
            {
                Tensor y;
                using (torch.autograd.graph.saved_tensors_hooks(x => x, x => result))
                    y = a * a;
                try { y.sum().backward(); }
                catch (TorchException e) { print(e.PythonTypeName, e.Message); }
            }
        });

    [Test]
    public void APackHookMustNotModifyItsInput() => Dialect.Verify(
        """
        a = torch.ones(3, requires_grad=True)
        with torch.autograd.graph.saved_tensors_hooks(lambda x: x.add_(1), lambda x: x):
            try:
                y = a.exp() * 2
                z = y * y
            except RuntimeError as e:
                print(e)
        """,
        () =>
        {
            var a = torch.ones(3, requires_grad: true);
            using (torch.autograd.graph.saved_tensors_hooks(x => x.add_(1), x => x))
            {
                try
                {
                    var y = a.exp() * 2;
                    var z = y * y;
                }
                catch (TorchException e) { print(e.Message); }
            }
        });

    [Test]
    public void DisabledHooksFailWithTheGivenMessage() => Dialect.Verify(
        """
        get = torch._C._autograd._saved_tensors_hooks_get_disabled_error_message
        a = torch.ones(3, requires_grad=True)
        try:
            with torch.autograd.graph.disable_saved_tensors_hooks("saved tensors default hooks are disabled"):
                with torch.autograd.graph.save_on_cpu():
                    pass
        except RuntimeError as e:
            print(e)
        try:
            with torch.autograd.graph.saved_tensors_hooks(lambda x: x, lambda x: x):
                with torch.autograd.graph.disable_saved_tensors_hooks("not while hooks are set"):
                    pass
        except RuntimeError as e:
            print(e)
        print(get())
        with torch.autograd.graph.disable_saved_tensors_hooks("outer"):
            with torch.autograd.graph.disable_saved_tensors_hooks("inner"):
                y = a * a
            try:
                with torch.autograd.graph.saved_tensors_hooks(lambda x: x, lambda x: x):
                    pass
            except RuntimeError as e:
                print(e)
        y.sum().backward()
        print(a.grad)
        with torch.autograd.graph.saved_tensors_hooks(lambda x: x, lambda x: x):
            z = a * a
        print(z)
        """,
        () =>
        {
            var a = torch.ones(3, requires_grad: true);
            try
            {
                using (torch.autograd.graph.disable_saved_tensors_hooks("saved tensors default hooks are disabled"))
                using (torch.autograd.graph.save_on_cpu()) { }
            }
            catch (TorchException e) { print(e.Message); }
            try
            {
                using (torch.autograd.graph.saved_tensors_hooks(x => x, x => x))
                using (torch.autograd.graph.disable_saved_tensors_hooks("not while hooks are set")) { }
            }
            catch (TorchException e) { print(e.Message); }
            print(SavedTensorsDisabledMessage() ?? "None");
            Tensor y;
            using (torch.autograd.graph.disable_saved_tensors_hooks("outer"))
            {
                using (torch.autograd.graph.disable_saved_tensors_hooks("inner"))
                    y = a * a;
                try
                {
                    using (torch.autograd.graph.saved_tensors_hooks(x => x, x => x)) { }
                }
                catch (TorchException e) { print(e.Message); }
            }
            y.sum().backward();
            print(a.grad);
            Tensor z;
            using (torch.autograd.graph.saved_tensors_hooks(x => x, x => x))
                z = a * a;
            print(z);
        });

    // Python's torch._C._autograd._saved_tensors_hooks_get_disabled_error_message(), through the failure it causes.
    private static string? SavedTensorsDisabledMessage()
    {
        try
        {
            using (torch.autograd.graph.saved_tensors_hooks(x => x, x => x)) { }
            return null;
        }
        catch (TorchException e)
        {
            return e.Message;
        }
    }

    [Test]
    public void ExceptionsInHooksSurfaceAsThemselves()
    {
        var a = torch.ones(3, requires_grad: true);
        using (torch.autograd.graph.saved_tensors_hooks(x => throw new ArithmeticException("pack failed"), x => x))
        {
            var thrown = Assert.Throws<ArithmeticException>(() => _ = a * a);
            Assert.That(thrown!.Message, Is.EqualTo("pack failed"));
        }
        Tensor y;
        using (torch.autograd.graph.saved_tensors_hooks(x => x, x => throw new ArithmeticException("unpack failed")))
            y = a * a;
        var fromBackward = Assert.Throws<ArithmeticException>(() => y.sum().backward());
        Assert.That(fromBackward!.Message, Is.EqualTo("unpack failed"));
        // The failure leaves nothing behind: the next error is LibTorch's own.
        var next = Assert.Throws<TorchException>(() => torch.ones(2).add(torch.ones(3)));
        Assert.That(next!.Message, Does.Contain("must match the size"));
    }

    [Test]
    public void PackedValuesAndTheirTensorsAreReleasedWithTheGraph()
    {
        long tensorsBefore = LiveTensorsAfterCollecting();
        long packedBefore = SavedTensorsHooksScope.LivePackedValues;
        long nodesBefore = GradFn.LiveHandleCount;
        var collected = new List<WeakReference>();
        BuildGraphsWithPackedValues(collected, packedBefore);
        long tensorsAfter = LiveTensorsAfterCollecting();
        Assert.That(SavedTensorsHooksScope.LivePackedValues, Is.EqualTo(packedBefore));
        Assert.That(GradFn.LiveHandleCount, Is.EqualTo(nodesBefore));
        Assert.That(collected.Count(w => w.IsAlive), Is.Zero);
        Assert.That(tensorsAfter, Is.EqualTo(tensorsBefore));
    }

    // In a method of its own, so no local of the loop keeps a graph alive in the caller's frame.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void BuildGraphsWithPackedValues(List<WeakReference> collected, long packedBefore)
    {
        for (int i = 0; i < 20; i++)
        {
            var x = torch.ones(4, requires_grad: true);
            Tensor y;
            using (torch.autograd.graph.saved_tensors_hooks(t => { var p = new[] { t.clone() }; collected.Add(new(p)); return p; },
                                                              p => ((Tensor[])p!)[0]))
                y = (x * x).sin();
            Assert.That(SavedTensorsHooksScope.LivePackedValues, Is.GreaterThan(packedBefore));
            if (i % 2 == 0) y.sum().backward();
        }
    }

    // Tensors other code left to the garbage collector are released first, so the count is stable.
    private static long LiveTensorsAfterCollecting()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            torch.zeros(1).Dispose(); // frees the handles the finalizers queued
        }
        return Tensor.LiveHandleCount;
    }
}
