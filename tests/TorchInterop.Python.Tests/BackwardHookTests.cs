using System.Runtime.CompilerServices;
using TorchInterop.NN;
using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>Hooks on grad_fn nodes and module backward hooks, in the dialect, against Python.</summary>
[TestFixture, NonParallelizable]
public class BackwardHookTests
{
    [Test]
    public void NodeHookSeesAndReplacesGradients() => Dialect.Verify(
        """
        a = torch.tensor([1., 2.], requires_grad=True)
        b = torch.tensor([3., 4.], requires_grad=True)
        c = a * b
        def hook(gi, go):
            print(gi, go)
            return (gi[0] * 2, gi[1])
        h = c.grad_fn.register_hook(hook)
        c.sum().backward()
        print(a.grad, b.grad)
        h.remove()
        a.grad = None
        d = a * torch.tensor([3., 4.])
        d.grad_fn.register_hook(lambda gi, go: print(gi, go))
        d.sum().backward()
        print(a.grad)
        """,
        () =>
        {
            var a = torch.tensor(new[] { 1.0, 2.0 }, requires_grad: true);
            var b = torch.tensor(new[] { 3.0, 4.0 }, requires_grad: true);
            var c = a * b;
            object? hook(TensorTuple gi, TensorTuple go)
            {
                print(gi, go);
                return (gi[0]! * 2, gi[1]);
            }
            var h = c.grad_fn!.register_hook(hook);
            c.sum().backward();
            print(a.grad, b.grad);
            h.remove();
            a.grad = null;
            var d = a * torch.tensor(new[] { 3.0, 4.0 });
            d.grad_fn!.register_hook((gi, go) => print(gi, go));
            d.sum().backward();
            print(a.grad);
        });

    [Test]
    public void NodePrehookReplacesGradOutputs() => Dialect.Verify(
        """
        x = torch.tensor([1., 2.], requires_grad=True)
        w = x * 2
        w.grad_fn.register_prehook(lambda go: (go[0] * 5,))
        w.grad_fn.register_prehook(lambda go: print("pre", go))
        h = w.grad_fn.register_hook(lambda gi, go: print("post", gi, go))
        h.remove()
        h.remove()
        w.sum().backward()
        print(x.grad)
        """,
        () =>
        {
            var x = torch.tensor(new[] { 1.0, 2.0 }, requires_grad: true);
            var w = x * 2;
            w.grad_fn!.register_prehook(go => new TensorTuple(go[0]! * 5));
            w.grad_fn!.register_prehook(go => print("pre", go));
            var h = w.grad_fn!.register_hook((gi, go) => print("post", gi, go));
            h.remove();
            h.remove();
            w.sum().backward();
            print(x.grad);
        });

    [Test]
    public void NodeHookErrors() => Dialect.Verify(
        """
        x = torch.tensor([1., 2.], requires_grad=True)
        def attempt(hook, pre=False):
            w = x * 2
            if pre:
                w.grad_fn.register_prehook(hook)
            else:
                w.grad_fn.register_hook(hook)
            try:
                w.sum().backward()
            except (RuntimeError, TypeError) as e:
                print(type(e).__name__, e)
        def hook(gi, go):
            return (gi[0],)
        attempt(hook)
        attempt(lambda go: (go[0], go[0]), pre=True)
        attempt(lambda gi, go: gi[0])
        attempt(lambda gi, go: (gi[0], torch.ones(2)))
        attempt(lambda gi, go: (gi[0].double(), None))
        attempt(lambda gi, go: (torch.ones(3), None))
        attempt(lambda gi, go: (3, None))
        print(x.grad)
        """,
        () =>
        {
            var x = torch.tensor(new[] { 1.0, 2.0 }, requires_grad: true);
            void attempt(Action<GradFn> register)
            {
                var w = x * 2;
                register(w.grad_fn!);
                try { w.sum().backward(); }
                catch (TorchException e) { print(e.PythonTypeName, e.Message); }
            }
            object? hook(TensorTuple gi, TensorTuple go) => new TensorTuple(gi[0]);
            attempt(n => n.register_hook(hook));
            attempt(n => n.register_prehook(go => (go[0], go[0])));
            attempt(n => n.register_hook((gi, go) => gi[0]));
            attempt(n => n.register_hook((gi, go) => (gi[0], torch.ones(2))));
            attempt(n => n.register_hook((gi, go) => (gi[0]!.@double(), (Tensor?)null)));
            attempt(n => n.register_hook((gi, go) => (torch.ones(3), (Tensor?)null)));
            attempt(n => n.register_hook((gi, go) => (3, (Tensor?)null)));
            print(x.grad);
        });

    [Test]
    public void AnExceptionInANodeHookSurfacesAsItself()
    {
        var x = torch.ones(2, requires_grad: true);
        var y = x * 2;
        y.grad_fn!.register_hook((TensorTuple gi, TensorTuple go) => throw new ArithmeticException("hook failed on purpose"));
        var thrown = Assert.Throws<ArithmeticException>(() => y.sum().backward());
        Assert.That(thrown!.Message, Is.EqualTo("hook failed on purpose"));
    }

    [Test]
    public void NodeHooksAreReleasedWithTheirNodes()
    {
        CollectGarbage();
        long hooks = GradFn.LiveHookCount;
        long nodes = GradFn.LiveHandleCount;
        long tensors = Tensor.LiveHandleCount;
        BuildGraphsWithHooks();
        CollectGarbage();
        Assert.That(GradFn.LiveHookCount, Is.EqualTo(hooks));
        Assert.That(GradFn.LiveHandleCount, Is.EqualTo(nodes));
        Assert.That(Tensor.LiveHandleCount, Is.LessThanOrEqualTo(tensors));
    }

    // In a method of its own, so that no local of the test's frame keeps the last graph alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BuildGraphsWithHooks()
    {
        for (int i = 0; i < 20; i++)
        {
            using var x = torch.ones(3, requires_grad: true);
            var lin = torch.nn.Linear(3, 2);
            lin.register_full_backward_hook((m, gi, go) => new TensorTuple(gi[0]! * 2));
            var y = x * 2;
            y.grad_fn!.register_hook((gi, go) => null);
            var h = y.grad_fn!.register_prehook(go => null);
            if (i % 3 == 0) h.remove();
            var loss = lin.forward(y).sum();
            if (i % 2 == 0) loss.backward();
            loss.Dispose();
            y.Dispose();
        }
    }

    // Earlier tests leave tensors and nodes to the collector: release them before counting.
    private static void CollectGarbage()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            torch.zeros(1).Dispose(); // frees the handles the finalizers queued
        }
    }

    [Test]
    public void FullBackwardHookOnLinear() => Dialect.Verify(
        """
        torch.manual_seed(0)
        lin = torch.nn.Linear(3, 2)
        def hook(m, gi, go):
            print("gi", gi)
            print("go", go)
        h = lin.register_full_backward_hook(hook)
        x = torch.tensor([[1., 2., 3.]], requires_grad=True)
        y = lin(x)
        print(y.grad_fn)
        y.sum().backward()
        print(x.grad)
        h.remove()
        lin.register_full_backward_hook(lambda m, gi, go: (gi[0] * 0,))
        x.grad = None
        lin(x).sum().backward()
        print(x.grad)
        """,
        () =>
        {
            torch.manual_seed(0);
            var lin = torch.nn.Linear(3, 2);
            void hook(Module<Tensor, Tensor> m, TensorTuple gi, TensorTuple go)
            {
                print("gi", gi);
                print("go", go);
            }
            var h = lin.register_full_backward_hook(hook);
            var x = torch.tensor(new[,] { { 1.0, 2.0, 3.0 } }, requires_grad: true);
            var y = lin.forward(x);
            print(y.grad_fn);
            y.sum().backward();
            print(x.grad);
            h.remove();
            lin.register_full_backward_hook((m, gi, go) => new TensorTuple(gi[0]! * 0));
            x.grad = null;
            lin.forward(x).sum().backward();
            print(x.grad);
        });

    [Test]
    public void FullBackwardHooksOnSequentialAndItsLayer() => Dialect.Verify(
        """
        torch.manual_seed(0)
        seq = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.ReLU())
        seq.register_full_backward_hook(lambda m, gi, go: print("seq", gi, go))
        seq[0].register_full_backward_hook(lambda m, gi, go: print("lin", gi, go))
        x = torch.tensor([[1., 2., 3.]], requires_grad=True)
        seq(x).sum().backward()
        """,
        () =>
        {
            torch.manual_seed(0);
            var seq = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.ReLU());
            seq.register_full_backward_hook((m, gi, go) => print("seq", gi, go));
            seq[0].register_full_backward_hook((m, gi, go) => print("lin", gi, go));
            var x = torch.tensor(new[,] { { 1.0, 2.0, 3.0 } }, requires_grad: true);
            seq.forward(x).sum().backward();
        });

    [Test]
    public void FullBackwardHooksWithTwoInputsAndTwoOutputs() => Dialect.Verify(
        """
        torch.manual_seed(0)
        def hook(m, gi, go):
            print("gi", gi)
            print("go", go)
        bil = torch.nn.Bilinear(2, 2, 1)
        bil.register_full_backward_hook(hook)
        a = torch.ones(1, 2, requires_grad=True)
        bil(a, torch.ones(1, 2)).sum().backward()
        gru = torch.nn.GRU(2, 2)
        gru.register_full_backward_hook(hook)
        out, hn = gru(torch.ones(1, 1, 2, requires_grad=True))
        out.sum().backward()
        """,
        () =>
        {
            torch.manual_seed(0);
            void hook<TIn, TOut>(Module<TIn, TOut> m, TensorTuple gi, TensorTuple go)
            {
                print("gi", gi);
                print("go", go);
            }
            var bil = torch.nn.Bilinear(2, 2, 1);
            bil.register_full_backward_hook(hook);
            var a = torch.ones(1, 2, requires_grad: true);
            bil.forward(a, torch.ones(1, 2)).sum().backward();
            var gru = torch.nn.GRU(2, 2);
            gru.register_full_backward_hook(hook);
            var (output, hn) = gru.forward(torch.ones(1, 1, 2, requires_grad: true));
            output.sum().backward();
        });

    [Test]
    public void FullBackwardHookWhenNoInputRequiresGrad() => Dialect.Verify(
        """
        import warnings
        torch.manual_seed(0)
        lin = torch.nn.Linear(3, 2)
        lin.register_full_backward_hook(lambda m, gi, go: print(gi, go))
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            lin(torch.ones(1, 3)).sum().backward()
            print([str(x.message) for x in w])
        lin.register_full_backward_hook(lambda m, gi, go: (torch.ones(1, 3),))
        try:
            lin(torch.ones(1, 3)).sum().backward()
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var lin = torch.nn.Linear(3, 2);
            lin.register_full_backward_hook((m, gi, go) => print(gi, go));
            using (var w = warnings.catch_warnings(record: true))
            {
                lin.forward(torch.ones(1, 3)).sum().backward();
                print(w.Select(x => x.message).ToList());
            }
            lin.register_full_backward_hook((m, gi, go) => new TensorTuple(torch.ones(1, 3)));
            try { lin.forward(torch.ones(1, 3)).sum().backward(); }
            catch (TorchException e) { print(e.Message); }
        });

    [Test]
    public void FullBackwardHookErrors() => Dialect.Verify(
        """
        torch.manual_seed(0)
        def hook(m, gi, go):
            pass
        relu = torch.nn.ReLU(inplace=True)
        relu.register_full_backward_hook(hook)
        x = torch.tensor([[1., 2., 3.]], requires_grad=True)
        try:
            relu(x * 1)
        except RuntimeError as e:
            print(e)
        lin = torch.nn.Linear(3, 2)
        lin.register_full_backward_hook(lambda m, gi, go: (gi[0], gi[0]))
        try:
            lin(x).sum().backward()
        except RuntimeError as e:
            print(e)
        try:
            lin.register_backward_hook(hook)
        except RuntimeError as e:
            print(e)
        lin2 = torch.nn.Linear(3, 2)
        lin2.register_backward_hook(hook)
        try:
            lin2.register_full_backward_hook(hook)
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            void hook(Module<Tensor, Tensor> m, TensorTuple gi, TensorTuple go) { }
            var relu = torch.nn.ReLU(inplace: true);
            relu.register_full_backward_hook(hook);
            var x = torch.tensor(new[,] { { 1.0, 2.0, 3.0 } }, requires_grad: true);
            try { relu.forward(x * 1); }
            catch (TorchException e) { print(e.Message); }
            var lin = torch.nn.Linear(3, 2);
            lin.register_full_backward_hook((m, gi, go) => (gi[0], gi[0]));
            try { lin.forward(x).sum().backward(); }
            catch (TorchException e) { print(e.Message); }
            try { lin.register_backward_hook(hook); }
            catch (TorchException e) { print(e.Message); }
            var lin2 = torch.nn.Linear(3, 2);
            lin2.register_backward_hook(hook);
            try { lin2.register_full_backward_hook(hook); }
            catch (TorchException e) { print(e.Message); }
        });

    [Test]
    public void OldStyleBackwardHookOnTheOutputsNode() => Dialect.Verify(
        """
        import warnings
        torch.manual_seed(0)
        lin = torch.nn.Linear(3, 2)
        lin.register_backward_hook(lambda m, gi, go: print(len(gi), go))
        x = torch.tensor([[1., 2., 3.]], requires_grad=True)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            lin(x).sum().backward()
            print([(x.category.__name__, str(x.message)) for x in w])
        """,
        () =>
        {
            torch.manual_seed(0);
            var lin = torch.nn.Linear(3, 2);
            lin.register_backward_hook((m, gi, go) => print(gi.Count, go));
            var x = torch.tensor(new[,] { { 1.0, 2.0, 3.0 } }, requires_grad: true);
            using (var w = warnings.catch_warnings(record: true))
            {
                lin.forward(x).sum().backward();
                print(w.Select(x => (x.category.__name__, x.message)).ToList());
            }
        });

#if LIBTORCH_2
    [Test]
    public void ForwardHooksPrepended() => Dialect.Verify(
        """
        lin = torch.nn.ReLU()
        lin.register_forward_hook(lambda m, i, o: print("first"))
        lin.register_forward_hook(lambda m, i, o: print("second"), prepend=True)
        lin.register_forward_pre_hook(lambda m, i: print("pre first"))
        lin.register_forward_pre_hook(lambda m, i: print("pre second"), prepend=True)
        lin(torch.ones(1))
        """,
        () =>
        {
            var lin = torch.nn.ReLU();
            lin.register_forward_hook((m, i, o) => print("first"));
            lin.register_forward_hook((m, i, o) => print("second"), prepend: true);
            lin.register_forward_pre_hook((m, i) => print("pre first"));
            lin.register_forward_pre_hook((m, i) => print("pre second"), prepend: true);
            lin.forward(torch.ones(1));
        });

    [Test]
    public void FullBackwardPreHookReplacesGradOutput() => Dialect.Verify(
        """
        torch.manual_seed(0)
        lin = torch.nn.Linear(3, 2)
        lin.register_full_backward_pre_hook(lambda m, go: (go[0] * 10,))
        lin.register_full_backward_pre_hook(lambda m, go: print("pre", go), prepend=True)
        lin.register_full_backward_hook(lambda m, gi, go: print("post", gi, go))
        x = torch.tensor([[1., 2., 3.]], requires_grad=True)
        lin(x).sum().backward()
        print(x.grad)
        lin.register_full_backward_pre_hook(lambda m, go: (go[0], go[0]))
        try:
            lin(x).sum().backward()
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var lin = torch.nn.Linear(3, 2);
            lin.register_full_backward_pre_hook((m, go) => new TensorTuple(go[0]! * 10));
            lin.register_full_backward_pre_hook((m, go) => print("pre", go), prepend: true);
            lin.register_full_backward_hook((m, gi, go) => print("post", gi, go));
            var x = torch.tensor(new[,] { { 1.0, 2.0, 3.0 } }, requires_grad: true);
            lin.forward(x).sum().backward();
            print(x.grad);
            lin.register_full_backward_pre_hook((m, go) => (go[0], go[0]));
            try { lin.forward(x).sum().backward(); }
            catch (TorchException e) { print(e.Message); }
        });

    [Test]
    public void PostAccumulateGradHook() => Dialect.Verify(
        """
        w = torch.tensor([1., 2.], requires_grad=True)
        h = w.register_post_accumulate_grad_hook(lambda p: print("acc", p.grad, p is w))
        (w * 3).sum().backward()
        h.remove()
        (w * 3).sum().backward()
        print(w.grad)
        for t in (torch.ones(2), w * 2):
            try:
                t.register_post_accumulate_grad_hook(lambda p: None)
            except RuntimeError as e:
                print(e)
        """,
        () =>
        {
            var w = torch.tensor(new[] { 1.0, 2.0 }, requires_grad: true);
            var h = w.register_post_accumulate_grad_hook(p => print("acc", p.grad, ReferenceEquals(p, w)));
            (w * 3).sum().backward();
            h.remove();
            (w * 3).sum().backward();
            print(w.grad);
            foreach (var t in new[] { torch.ones(2), w * 2 })
            {
                try { t.register_post_accumulate_grad_hook(p => { }); }
                catch (TorchException e) { print(e.Message); }
            }
        });
#endif
}
