using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Core;

public class AutogradTests
{
    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("tutorial",
            "x = torch.ones(2, 2, requires_grad=True)\ny = x + 2\nz = y * y * 3\nout = z.mean()\nprint(y)\nprint(z, out)\nout.backward()\nprint(x.grad)",
            o =>
            {
                var x = Torch.Ones([2, 2], requiresGrad: true);
                var y = x + 2;
                var z = y * y * 3;
                var output = z.Mean();
                o.Print(y);
                o.Print(z, output);
                output.Backward();
                o.Print(x.Grad);
            });
        yield return new("vector-Jacobian product",
            "torch.manual_seed(0)\nx = torch.randn(3, requires_grad=True)\ny = x * 2\nwhile y.data.norm() < 1000:\n    y = y * 2\nv = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)\ny.backward(v)\nprint(y)\nprint(x.grad)",
            o =>
            {
                Torch.ManualSeed(0);
                var x = Torch.Randn([3], requiresGrad: true);
                var y = x * 2;
                while (y.Detach().Norm().Item<float>() < 1000) y = y * 2;
                var v = Torch.Tensor(new[] { 0.1f, 1.0f, 0.0001f });
                y.Backward(v);
                o.Print(y);
                o.Print(x.Grad);
            });
        yield return new("gradients accumulate",
            "x = torch.arange(4.0, requires_grad=True)\nfor _ in range(3):\n    (2 * torch.dot(x, x)).backward()\n    print(x.grad)\nx.grad.zero_()\nx.sum().backward()\nprint(x.grad)",
            o =>
            {
                var x = Torch.Arange(4.0, requiresGrad: true);
                for (int i = 0; i < 3; i++)
                {
                    (2 * Torch.Dot(x, x)).Backward();
                    o.Print(x.Grad);
                }
                x.Grad!.Zero_();
                x.Sum().Backward();
                o.Print(x.Grad);
            });
        yield return new("requires_grad flags",
            "a = torch.randn(2, 2)\na = ((a * 3) / (a - 1))\nprint(a.requires_grad)\na.requires_grad_(True)\nprint(a.requires_grad, a.is_leaf)\nb = (a * a).sum()\nprint(type(b.grad_fn).__name__, b.is_leaf, b.requires_grad)",
            o =>
            {
                var a = Torch.Randn([2, 2]);
                a = (a * 3) / (a - 1);
                o.Print(a.RequiresGrad);
                a.RequiresGrad_(true);
                o.Print(a.RequiresGrad, a.IsLeaf);
                var b = (a * a).Sum();
                o.Print(b.GradFn!.Name, b.IsLeaf, b.RequiresGrad);
            });
        yield return new("grad_fn chain",
            "x = torch.ones(2, requires_grad=True)\ny = (x * 2 + 1).sum()\nf = y.grad_fn\nwhile f is not None:\n    print(type(f).__name__, [(type(n).__name__ if n else None, i) for n, i in f.next_functions])\n    f = f.next_functions[0][0] if f.next_functions else None",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                var y = (x * 2 + 1).Sum();
                var f = y.GradFn;
                while (f is not null)
                {
                    var next = f.NextFunctions.Select(n => $"({(n.Function is null ? "None" : "'" + n.Function.Name + "'")}, {n.InputNr})");
                    o.Print(f.Name, "[" + string.Join(", ", next) + "]");
                    f = f.NextFunctions.Count > 0 ? f.NextFunctions[0].Function : null;
                }
            });
        yield return new("grad_fn of two-input op",
            "a = torch.ones(2, requires_grad=True)\nb = torch.ones(2)\nc = a * b\nprint([(type(n).__name__ if n else None, i) for n, i in c.grad_fn.next_functions])",
            o =>
            {
                var c = Torch.Ones([2], requiresGrad: true) * Torch.Ones([2]);
                o.Print("[" + string.Join(", ", c.GradFn!.NextFunctions.Select(n => $"({(n.Function is null ? "None" : "'" + n.Function.Name + "'")}, {n.InputNr})")) + "]");
            });
        yield return new("retain_grad on non-leaf",
            "x = torch.ones(2, requires_grad=True)\ny = x * 3\ny.retain_grad()\nprint(y.retains_grad, x.retains_grad)\n(y * y).sum().backward()\nprint(y.grad, x.grad)",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                var y = x * 3;
                y.RetainGrad();
                o.Print(y.RetainsGrad, x.RetainsGrad);
                (y * y).Sum().Backward();
                o.Print(y.Grad, x.Grad);
            });
        yield return new("retain_graph allows a second backward",
            "x = torch.ones(2, requires_grad=True)\ny = (x * x).sum()\ny.backward(retain_graph=True)\ny.backward()\nprint(x.grad)",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                var y = (x * x).Sum();
                y.Backward(retainGraph: true);
                y.Backward();
                o.Print(x.Grad);
            });
        yield return new("backward twice",
            "x = torch.ones(2, requires_grad=True)\ny = (x * x).sum()\ny.backward()\ny.backward()",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                var y = (x * x).Sum();
                y.Backward();
                o.Try(() => y.Backward());
            });
        yield return new("backward on non-scalar without gradient",
            "x = torch.ones(2, requires_grad=True)\n(x * 2).backward()",
            o => o.Try(() => (Torch.Ones([2], requiresGrad: true) * 2).Backward()));
        yield return new("backward with wrong-shaped gradient",
            "x = torch.ones(3, requires_grad=True)\n(x * 2).backward(torch.ones(2))",
            o => o.Try(() => (Torch.Ones([3], requiresGrad: true) * 2).Backward(Torch.Ones([2]))));
        yield return new("backward on tensor without grad",
            "torch.ones(2).sum().backward()",
            o => o.Try(() => Torch.Ones([2]).Sum().Backward()));
        yield return new("backward with empty inputs",
            "x = torch.ones(2, requires_grad=True)\nx.sum().backward(inputs=[])",
            o => o.Try(() => Torch.Ones([2], requiresGrad: true).Sum().Backward(inputs: [])));
        yield return new("backward with inputs",
            "a = torch.ones(2, requires_grad=True)\nb = torch.ones(2, requires_grad=True)\n(a * b * 2).sum().backward(inputs=[a])\nprint(a.grad, b.grad)",
            o =>
            {
                var a = Torch.Ones([2], requiresGrad: true);
                var b = Torch.Ones([2], requiresGrad: true);
                (a * b * 2).Sum().Backward(inputs: [a]);
                o.Print(a.Grad, b.Grad);
            });
        yield return new("create_graph for second derivative",
            "x = torch.tensor([2., 3.], requires_grad=True)\ny = (x ** 3).sum()\ng, = torch.autograd.grad(y, x, create_graph=True)\nprint(g)\ng.sum().backward()\nprint(x.grad)",
            o =>
            {
                var x = Torch.Tensor(new[] { 2f, 3f }, requiresGrad: true);
                var y = x.Pow(3).Sum();
                var g = Autograd.Grad(y, x, createGraph: true)!;
                o.Print(g);
                g.Sum().Backward();
                o.Print(x.Grad);
            });
        yield return new("backward create_graph",
            "x = torch.tensor([2., 3.], requires_grad=True)\n(x ** 3).sum().backward(create_graph=True)\nprint(x.grad)",
            o =>
            {
                var x = Torch.Tensor(new[] { 2f, 3f }, requiresGrad: true);
                x.Pow(3).Sum().Backward(createGraph: true);
                o.Print(x.Grad);
            });
        yield return new("autograd.grad with grad_outputs and several inputs",
            "a = torch.tensor([1., 2.], requires_grad=True)\nb = torch.tensor([3., 4.], requires_grad=True)\nc = a * b\nga, gb = torch.autograd.grad([c], [a, b], grad_outputs=[torch.tensor([1., 10.])])\nprint(ga, gb, a.grad)",
            o =>
            {
                var a = Torch.Tensor(new[] { 1f, 2f }, requiresGrad: true);
                var b = Torch.Tensor(new[] { 3f, 4f }, requiresGrad: true);
                var c = a * b;
                var g = Autograd.Grad([c], [a, b], [Torch.Tensor(new[] { 1f, 10f })]);
                o.Print(g[0], g[1], a.Grad);
            });
        yield return new("autograd.grad unused input",
            "a = torch.ones(2, requires_grad=True)\nb = torch.ones(2, requires_grad=True)\ntorch.autograd.grad(a.sum(), [a, b])",
            o =>
            {
                var a = Torch.Ones([2], requiresGrad: true);
                var b = Torch.Ones([2], requiresGrad: true);
                o.Try(() => Autograd.Grad([a.Sum()], [a, b]));
            });
        yield return new("autograd.grad allow_unused",
            "a = torch.ones(2, requires_grad=True)\nb = torch.ones(2, requires_grad=True)\nprint(torch.autograd.grad(a.sum(), [a, b], allow_unused=True))",
            o =>
            {
                var a = Torch.Ones([2], requiresGrad: true);
                var b = Torch.Ones([2], requiresGrad: true);
                var g = Autograd.Grad([a.Sum()], [a, b], allowUnused: true);
                o.Print($"({g[0]}, {(g[1] is null ? "None" : g[1])})");
            });
        yield return new("detach",
            "x = torch.ones(2, requires_grad=True)\ny = x * 2\nd = y.detach()\nprint(d, d.requires_grad, d.is_leaf, d.grad_fn)\ny.detach_()\nprint(y, y.requires_grad, y.grad_fn)",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                var y = x * 2;
                var d = y.Detach();
                o.Print(d, d.RequiresGrad, d.IsLeaf, d.GradFn);
                y.Detach_();
                o.Print(y, y.RequiresGrad, y.GradFn);
            });
        yield return new("requires_grad_ on integer",
            "torch.ones(2, dtype=torch.int64).requires_grad_()",
            o => o.Try(() => Torch.Ones([2], DType.Int64).RequiresGrad_()));
        yield return new("requires_grad setter on integer",
            "a = torch.ones(2, dtype=torch.int64)\na.requires_grad = True",
            o => o.Try(() => Torch.Ones([2], DType.Int64).RequiresGrad = true));
        yield return new("requires_grad setter on non-leaf",
            "x = torch.ones(2, requires_grad=True)\ny = x * 2\ny.requires_grad = False",
            o => o.Try(() => (Torch.Ones([2], requiresGrad: true) * 2).RequiresGrad = false));
        yield return new("requires_grad_(False) on non-leaf",
            "x = torch.ones(2, requires_grad=True)\ny = x * 2\ny.requires_grad_(False)",
            o => o.Try(() => (Torch.Ones([2], requiresGrad: true) * 2).RequiresGrad_(false)));
        yield return new("no_grad",
            "x = torch.ones(2, requires_grad=True)\nprint((x ** 2).requires_grad)\nwith torch.no_grad():\n    print((x ** 2).requires_grad, torch.is_grad_enabled())\n    with torch.enable_grad():\n        print((x * 2).requires_grad)\n    print(torch.is_grad_enabled())\nprint(torch.is_grad_enabled())\nwith torch.set_grad_enabled(False):\n    print((x * 2).requires_grad)",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                o.Print(x.Pow(2).RequiresGrad);
                using (Autograd.NoGrad())
                {
                    o.Print(x.Pow(2).RequiresGrad, Autograd.IsGradEnabled);
                    using (Autograd.EnableGrad()) o.Print((x * 2).RequiresGrad);
                    o.Print(Autograd.IsGradEnabled);
                }
                o.Print(Autograd.IsGradEnabled);
                using (Autograd.SetGradEnabled(false)) o.Print((x * 2).RequiresGrad);
            });
        yield return new("inference_mode",
            "x = torch.ones(2, requires_grad=True)\nwith torch.inference_mode():\n    y = x * 2\n    print(y.requires_grad, y.is_inference(), torch.is_inference_mode_enabled())\nprint(torch.is_inference_mode_enabled(), x.is_inference())",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                using (Autograd.InferenceMode())
                {
                    var y = x * 2;
                    o.Print(y.RequiresGrad, y.IsInference, Autograd.IsInferenceModeEnabled);
                }
                o.Print(Autograd.IsInferenceModeEnabled, x.IsInference);
            });
        yield return new("grad assignment",
            "x = torch.ones(2, requires_grad=True)\nx.grad = torch.full((2,), 3.)\nprint(x.grad)\nx.grad = None\nprint(x.grad)",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                x.Grad = Torch.Full([2], 3.0);
                o.Print(x.Grad);
                x.Grad = null;
                o.Print(x.Grad);
            });
        yield return new("grad assignment of wrong size", "x = torch.ones(2, requires_grad=True)\nx.grad = torch.ones(3)",
            o => o.Try(() => Torch.Ones([2], requiresGrad: true).Grad = Torch.Ones([3])));
        yield return new("grad assignment of wrong type", "x = torch.ones(2, requires_grad=True)\nx.grad = torch.ones(2, dtype=torch.float64)",
            o => o.Try(() => Torch.Ones([2], requiresGrad: true).Grad = Torch.Ones([2], DType.Float64)));
        yield return new("in-place op records CopySlices",
            "x = torch.ones(3, requires_grad=True)\ny = x * 1\ny[0] = 5\nprint(type(y.grad_fn).__name__)\ny.sum().backward()\nprint(x.grad)",
            o =>
            {
                var x = Torch.Ones([3], requiresGrad: true);
                var y = x * 1;
                y[0] = Torch.Tensor(5f);
                o.Print(y.GradFn!.Name);
                y.Sum().Backward();
                o.Print(x.Grad);
            });
        yield return new("AccumulateGrad name",
            "x = torch.ones(2, requires_grad=True)\nprint(type((x * 2).grad_fn.next_functions[0][0]).__name__)",
            o => o.Print((Torch.Ones([2], requiresGrad: true) * 2).GradFn!.NextFunctions[0].Function!.Name));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void GradReturnsTheSameObjectWhileUnchanged()
    {
        using var x = Torch.Ones([2], requiresGrad: true);
        Assert.That(x.Grad, Is.Null);
        (x * 2).Sum().Backward();
        var first = x.Grad;
        Assert.That(x.Grad, Is.SameAs(first));
        first!.Zero_();
        Assert.That(x.Grad, Is.SameAs(first), "zeroing in place keeps the same gradient tensor");
        x.Grad = null;
        (x * 2).Sum().Backward();
        Assert.That(x.Grad, Is.Not.SameAs(first));
    }

    [Test]
    public void AssignedGradIsTheSameObject()
    {
        using var x = Torch.Ones([2], requiresGrad: true);
        using var g = Torch.Zeros([2]);
        x.Grad = g;
        Assert.That(x.Grad, Is.SameAs(g));
        x.Dispose();
        Assert.That(g.IsDisposed, Is.False, "a gradient the user assigned stays the user's");
    }

    [Test]
    public void GradIsReleasedWithItsTensor()
    {
        var x = Torch.Ones([2], requiresGrad: true);
        (x * 2).Sum().Backward();
        var grad = x.Grad!;
        x.Dispose();
        Assert.That(grad.IsDisposed, Is.True);
    }

    [Test]
    public void GradFnIsTheSameObjectWhileUnchanged()
    {
        using var x = Torch.Ones([2], requiresGrad: true);
        using var y = x * 2;
        Assert.That(y.GradFn, Is.SameAs(y.GradFn));
        Assert.That(x.GradFn, Is.Null);
        Assert.That(y.GradFn!.ToString(), Does.Match("^<MulBackward0 object at 0x[0-9a-f]+>$"));
    }

    [Test]
    public void RequiresGradReturnsTheSameObject()
    {
        using var x = Torch.Ones([2]);
        Assert.That(x.RequiresGrad_(), Is.SameAs(x));
        Assert.That(x.RetainGrad(), Is.SameAs(x));
        Assert.That(x.Detach_(), Is.SameAs(x));
    }

    [Test]
    public void GradModeScopeRestoresOnException()
    {
        Assert.Throws<InvalidOperationException>(() =>
        {
            using (Autograd.NoGrad()) throw new InvalidOperationException("boom");
        });
        Assert.That(Autograd.IsGradEnabled, Is.True);
    }

    [Test]
    public void GradModeIsPerThread()
    {
        using (Autograd.NoGrad())
        {
            bool other = false;
            TestThreads.Run(() => other = Autograd.IsGradEnabled);
            Assert.That(other, Is.True);
            Assert.That(Autograd.IsGradEnabled, Is.False);
        }
    }

    [Test]
    public void ScopeDisposedOnAnotherThreadIsInvalidOperation()
    {
        var scope = Autograd.NoGrad();
        try
        {
            var error = Assert.Throws<AggregateException>(() => TestThreads.Run(scope.Dispose));
            Assert.That(error!.InnerException, Is.InstanceOf<InvalidOperationException>());
            Assert.That(error.InnerException!.Message, Does.Contain("thread that created it"));
        }
        finally
        {
            scope.Dispose();
        }
        Assert.That(Autograd.IsGradEnabled, Is.True);
    }

    [Test]
    public void BackwardArgumentsAreChecked()
    {
        using var x = Torch.Ones([2], requiresGrad: true);
        Assert.Throws<ArgumentNullException>(() => Autograd.Backward(null!));
        Assert.Throws<ArgumentNullException>(() => Autograd.Backward([null!]));
        Assert.Throws<ArgumentException>(() => Autograd.Backward([x.Sum()], [null, null]));
        Assert.Throws<ArgumentNullException>(() => Autograd.Grad([x.Sum()], [null!]));
    }
}
