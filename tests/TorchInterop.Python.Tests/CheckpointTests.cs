using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.utils.checkpoint against PyTorch: recomputation in backward with the forward's random state.</summary>
[TestFixture, NonParallelizable]
public class CheckpointTests
{
    private const string Block = """
        import warnings
        import torch.utils.checkpoint
        torch.manual_seed(0)
        lin = torch.nn.Linear(4, 4)
        drop = torch.nn.Dropout(0.5)
        def block(x):
            return drop(torch.relu(lin(x)))
        x = torch.randn(3, 4, requires_grad=True)
        """;

    [Test]
    public void ReentrantCheckpointsGiveTheGradientsOfThePlainRun() => Dialect.Verify(
        Block + """

        y = torch.utils.checkpoint.checkpoint(block, x, use_reentrant=True)
        print(y, y.grad_fn)
        torch.randn(5)
        y.sum().backward()
        print(x.grad, lin.weight.grad, torch.randn(2))
        torch.manual_seed(1)
        x.grad = None
        lin.weight.grad = None
        y = torch.utils.checkpoint.checkpoint(block, x, use_reentrant=True, preserve_rng_state=False)
        torch.manual_seed(1)
        y.sum().backward()
        print(x.grad, lin.weight.grad)
        seq = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.ReLU(), torch.nn.Linear(4, 4), torch.nn.Tanh())
        z = torch.utils.checkpoint.checkpoint_sequential(seq, 2, x)
        z.sum().backward()
        print(z, seq[0].weight.grad, seq[2].weight.grad)
        """,
        () =>
        {
            torch.manual_seed(0);
            var lin = torch.nn.Linear(4, 4);
            var drop = torch.nn.Dropout(0.5);
            Tensor block(Tensor x) => drop.forward(torch.relu(lin.forward(x)));
            var x = torch.randn(3, 4, requires_grad: true);
            var y = torch.utils.checkpoint.checkpoint(block, x, use_reentrant: true);
            print(y, y.grad_fn);
            torch.randn(5);
            y.sum().backward();
            print(x.grad, lin.weight!.grad, torch.randn(2));
            torch.manual_seed(1);
            x.grad = null;
            lin.weight!.grad = null;
            y = torch.utils.checkpoint.checkpoint(block, x, use_reentrant: true, preserve_rng_state: false);
            torch.manual_seed(1);
            y.sum().backward();
            print(x.grad, lin.weight!.grad);
            var seq = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.ReLU(), torch.nn.Linear(4, 4), torch.nn.Tanh());
            var z = torch.utils.checkpoint.checkpoint_sequential(seq, 2, x, use_reentrant: LibTorch.IsAtLeast(2) ? true : null);
            z.sum().backward();
            print(z, seq[0].weight!.grad, seq[2].weight!.grad);
        });

    [Test]
    public void ReentrantCheckpointsFailAsInPyTorch() => Dialect.Verify(
        Block + """

        try:
            torch.autograd.grad(torch.utils.checkpoint.checkpoint(block, x, use_reentrant=True).sum(), x)
        except RuntimeError as e:
            print(e)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            y = torch.utils.checkpoint.checkpoint(lambda t: t * 2, torch.ones(2), use_reentrant=True)
            print(y.grad_fn, [str(m.message) for m in w])
        def two(t):
            return t.detach() * 2, t.detach() + 1
        a, b = torch.utils.checkpoint.checkpoint(two, x, use_reentrant=True)
        try:
            (a.sum() + b.sum()).backward()
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var lin = torch.nn.Linear(4, 4);
            var drop = torch.nn.Dropout(0.5);
            Tensor block(Tensor x) => drop.forward(torch.relu(lin.forward(x)));
            var x = torch.randn(3, 4, requires_grad: true);
            try { torch.autograd.grad(torch.utils.checkpoint.checkpoint(block, x, use_reentrant: true).sum(), x); }
            catch (TorchException e) { print(e.Message); }
            using (var w = warnings.catch_warnings(record: true))
            {
                var y = torch.utils.checkpoint.checkpoint(t => t * 2, torch.ones(2), use_reentrant: true);
                print(y.grad_fn, w.Select(m => m.message).ToList());
            }
            var (a, b) = torch.utils.checkpoint.checkpoint(t => (t.detach() * 2, t.detach() + 1), x, use_reentrant: true);
            try { (a.sum() + b.sum()).backward(); }
            catch (TorchException e) { print(e.Message); }
        });

    [Test]
    public void NonReentrantCheckpointsRecomputeUnderSavedTensorHooks() => Dialect.Verify(
        Block + """

        def sined(t):
            return block(t).sin()
        y = torch.utils.checkpoint.checkpoint(sined, x, use_reentrant=False)
        print(y, y.grad_fn)
        torch.randn(3)
        y.sum().backward()
        print(x.grad, lin.weight.grad)
        g, = torch.autograd.grad(torch.utils.checkpoint.checkpoint(sined, x, use_reentrant=False).sum(), x)
        print(g)
        z = torch.utils.checkpoint.checkpoint(sined, x, use_reentrant=False).sum()
        z.backward(retain_graph=True)
        try:
            z.backward()
            print(x.grad)
        except RuntimeError as e:
            print(e)
        with torch.no_grad():
            print(torch.utils.checkpoint.checkpoint(sined, x, use_reentrant=False).grad_fn)
        """,
        () =>
        {
            torch.manual_seed(0);
            var lin = torch.nn.Linear(4, 4);
            var drop = torch.nn.Dropout(0.5);
            Tensor block(Tensor x) => drop.forward(torch.relu(lin.forward(x)));
            var x = torch.randn(3, 4, requires_grad: true);
            Tensor sined(Tensor t) => block(t).sin();
            var y = torch.utils.checkpoint.checkpoint(sined, x, use_reentrant: false);
            print(y, y.grad_fn);
            torch.randn(3);
            y.sum().backward();
            print(x.grad, lin.weight!.grad);
            var g = torch.autograd.grad(torch.utils.checkpoint.checkpoint(sined, x, use_reentrant: false).sum(), x)[0];
            print(g);
            var z = torch.utils.checkpoint.checkpoint(sined, x, use_reentrant: false).sum();
            z.backward(retain_graph: true);
            try
            {
                z.backward();
                print(x.grad);
            }
            catch (TorchException e) { print(e.Message); }
            using (torch.no_grad())
                print(torch.utils.checkpoint.checkpoint(sined, x, use_reentrant: false).grad_fn);
        });

#if LIBTORCH_2
    [Test]
    public void NonReentrantCheckpointsCheckTheRecomputation() => Dialect.Verify(
        """
        import torch.utils.checkpoint
        calls = [0]
        def flaky(t):
            calls[0] += 1
            return t.sin() if calls[0] == 1 else t[:1].sin()
        x = torch.ones(3, 4, requires_grad=True)
        y = torch.utils.checkpoint.checkpoint(flaky, x, use_reentrant=False)
        try:
            y.sum().backward()
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            int calls = 0;
            Tensor flaky(Tensor t) => ++calls == 1 ? t.sin() : t[..1].sin();
            var x = torch.ones(3, 4, requires_grad: true);
            var y = torch.utils.checkpoint.checkpoint(flaky, x, use_reentrant: false);
            try { y.sum().backward(); }
            catch (TorchException e) { print(e.Message); }
        });
#endif

    [Test]
    public void TheModulesHelpersMatchPyTorch() => Dialect.Verify(
        """
        import warnings
        import torch.utils.checkpoint as cp
        x = torch.ones(2, requires_grad=True) * 2
        xs = cp.detach_variable((x, torch.ones(2)))
        print(xs[0].requires_grad, xs[0].grad_fn, xs[1].requires_grad, xs[0] is x)
        print(cp.get_device_states(x, 3))
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            cp.check_backward_validity((torch.ones(2), 1))
            cp.check_backward_validity((x,))
            print([str(m.message) for m in w])
        """,
        () =>
        {
            var cp = torch.utils.checkpoint;
            var x = torch.ones(2, requires_grad: true) * 2;
            var xs = cp.detach_variable(new TensorTuple(x, torch.ones(2)));
            print(xs[0]!.requires_grad, xs[0]!.grad_fn, xs[1]!.requires_grad, ReferenceEquals(xs[0], x));
            print(cp.get_device_states(x, 3));
            using var w = warnings.catch_warnings(record: true);
            cp.check_backward_validity([torch.ones(2), 1]);
            cp.check_backward_validity([x]);
            print(w.Select(m => m.message).ToList());
        });

    [Test]
    public void NodesAndSavedInputsAreReleased()
    {
        var x = torch.randn(3, 4, requires_grad: true);
        long nodes = CustomFunctionTests.SettledLiveNodes();
        for (int i = 0; i < 3; i++)
        {
            var y = torch.utils.checkpoint.checkpoint(t => (t * 2).tanh(), x, use_reentrant: true);
            if (i == 0) { using var s = y.sum(); s.backward(); }
            y.Dispose();
        }
        Assert.That(CustomFunctionTests.SettledLiveNodes(), Is.EqualTo(nodes));
    }
}
