using TorchInterop.NN;
using TorchInterop.Testing;
using static TorchInterop.Python.Builtins;
using F = TorchInterop.Torch.Func;

namespace TorchInterop.Python.Tests;

/// <summary>
/// torch.func's transforms on LibTorch's functorch machinery, against PyTorch's own (<c>torch.func</c> in 2.x, the
/// <c>functorch</c> package it came from in 1.13): values, composition, and the checks' messages.
/// </summary>
[TestFixture, NonParallelizable]
public class FuncTransformTests
{
    private static string Import => LibTorch.IsAtLeast(2)
        ? "from torch.func import grad, grad_and_value, vmap, vjp, jvp, jacrev, jacfwd, hessian, functional_call\n"
        : "from functorch import grad, grad_and_value, vmap, vjp, jvp, jacrev, jacfwd, hessian\n" +
          "from torch.nn.utils.stateless import functional_call\n";

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
    public void GradNestsAndFollowsPyTorch() => Dialect.Verify(
        Import + """
        x = torch.tensor(0.7)
        print(grad(torch.sin)(x))
        print(grad(grad(torch.sin))(x))
        print(grad(grad(grad(lambda t: t ** 4)))(x))
        w = torch.tensor([1.0, -2.0, 3.0])
        v = torch.tensor([0.5, 0.25, 2.0], requires_grad=True)
        print(grad(lambda a, b: (a * b).sum().tanh(), argnums=1)(w, v))
        print(grad(lambda a, b: (a * b).sum().tanh(), argnums=(0, 1))(w, v))
        g, value = grad_and_value(lambda t: (t * t).sum())(w)
        print(g, value)
        print(grad(lambda t: ((t * t).sum(), t.cos()), has_aux=True)(w))
        print(grad_and_value(lambda t: ((t * t).sum(), t.cos()), has_aux=True)(w))
        print(grad(lambda t: torch.tensor(3.0))(x))
        with torch.no_grad():
            print(grad(torch.exp)(x))
        grad(lambda t: t * 2)(w)
        """,
        () =>
        {
            var x = torch.tensor(0.7);
            print(F.Grad(t => t.Sin())(x));
            print(F.Grad(F.Grad(t => t.Sin()))(x));
            print(F.Grad(F.Grad(F.Grad(t => t.pow(4))))(x));
            var w = torch.tensor(new[] { 1.0f, -2.0f, 3.0f });
            var v = torch.tensor(new[] { 0.5f, 0.25f, 2.0f }, requires_grad: true);
            print(F.Grad((a, b) => (a * b).sum().tanh(), argnums: 1)(w, v));
            print(torch.func.grad((a, b) => (a * b).sum().tanh(), argnums: [0, 1])(w, v));
            var (g, value) = F.GradAndValue(t => (t * t).sum())(w);
            print(g, value);
            print(torch.func.grad(t => ((t * t).sum(), t.cos()), has_aux: true)(w));
            print(torch.func.grad_and_value(t => ((t * t).sum(), t.cos()), has_aux: true)(w));
            print(F.Grad(t => torch.tensor(3.0))(x));
            using (torch.no_grad()) print(F.Grad(t => t.Exp())(x));
            F.Grad(t => t * 2)(w);
        });

    [Test]
    public void VmapMapsDimsAndComposesWithGrad() => Dialect.Verify(
        Import + """
        torch.manual_seed(0)
        x = torch.randn(4, 3)
        y = torch.randn(3)
        print(vmap(torch.dot, in_dims=(0, None))(x, y))
        print(vmap(lambda a: a.sum(0), in_dims=1)(x))
        print(vmap(lambda a: a * 2, out_dims=1)(x))
        print(vmap(lambda a, b: (a + b, a * b))(x, x))
        print(vmap(lambda a: (a.sin(), a.cos()), out_dims=(0, 1))(x))
        print(vmap(vmap(lambda a: a ** 2))(x))
        print(vmap(lambda a: y)(x))
        print(vmap(lambda a: a.sum(), out_dims=-1)(x))
        w = torch.randn(3)
        per_sample = vmap(grad(lambda w, xi: (w * xi).sum().tanh()), in_dims=(None, 0))(w, x)
        print(per_sample)
        print(vmap(lambda a: a @ x.T)(x))
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn(4, 3);
            var y = torch.randn(3);
            print(torch.func.vmap((a, b) => torch.dot(a, b), in_dims: (0, null))(x, y));
            print(torch.func.vmap(a => a.sum(0), in_dims: 1)(x));
            print(torch.func.vmap(a => a * 2, out_dims: 1)(x));
            print(torch.func.vmap((a, b) => (a + b, a * b))(x, x));
            print(torch.func.vmap(a => (a.sin(), a.cos()), out_dims: (0, 1))(x));
            print(torch.func.vmap(torch.func.vmap(a => a.pow(2)))(x));
            print(torch.func.vmap(a => y)(x));
            print(torch.func.vmap(a => a.sum(), out_dims: -1)(x));
            var w = torch.randn(3);
            var perSample = torch.func.vmap(torch.func.grad((w, xi) => (w * xi).sum().tanh()), in_dims: (null, 0))(w, x);
            print(perSample);
            print(torch.func.vmap(a => a.matmul(x.T))(x));
        });

    [Test]
    public void FunctorchPortsUnderItsOwnName() => Dialect.Verify(
        (LibTorch.IsAtLeast(2) ? "import torch.func as functorch\n" : "import functorch\n") + """
        x = torch.arange(6.0).view(2, 3)
        print(functorch.vmap(functorch.grad(lambda t: (t ** 2).sum()))(x))
        print(functorch.hessian(lambda t: t.sin().sum())(x[0]))
        """,
        () =>
        {
            var x = torch.arange(6.0).view(2, 3);
            print(functorch.vmap(functorch.grad(t => t.pow(2).sum()))(x));
            print(functorch.hessian(t => t.sin().sum())(x[0]));
        });

    [Test]
    public void VmapChecksItsArguments()
    {
        string python = Import + Attempt + """
            x = torch.ones(2, 3)
            attempt(lambda: vmap(lambda a, b: a + b, in_dims=(0,))(x, x))
            attempt(lambda: vmap(lambda a, b: a + b, in_dims=(0, 0, 0))(x, x))
            attempt(lambda: vmap(lambda a: (a, a), out_dims=(0, 0, 1))(x))
            attempt(lambda: vmap(lambda a: a, out_dims=(0, 1))(x))
            attempt(lambda: vmap(lambda a: a, in_dims=2)(x))
            attempt(lambda: vmap(lambda a, b: a, in_dims=(None, None))(x, x))
            attempt(lambda: vmap(lambda a, b: a, in_dims=(0, 1))(x, x))
            attempt(lambda: vmap(lambda a: a, out_dims=5)(x))
            attempt(lambda: vmap(lambda a: torch.rand(2))(x))
            attempt(lambda: vmap(lambda a: a, randomness='foo'))
            attempt(lambda: vmap(lambda a: a, in_dims=-1)(x))
            """;
        Dialect.Verify(python, () =>
        {
            var x = torch.ones(2, 3);
            attempt(() => torch.func.vmap((a, b) => a + b, in_dims: [0])(x, x));
            attempt(() => torch.func.vmap((a, b) => a + b, in_dims: (0, 0, 0))(x, x));
            attempt(() => torch.func.vmap(a => (a, a), out_dims: (0, 0, 1))(x));
            attempt(() => torch.func.vmap(a => a, out_dims: (0, 1))(x));
            attempt(() => torch.func.vmap(a => a, in_dims: 2)(x));
            attempt(() => torch.func.vmap((a, b) => a, in_dims: (null, null))(x, x));
            attempt(() => torch.func.vmap((a, b) => a, in_dims: (0, 1))(x, x));
            attempt(() => torch.func.vmap(a => a, out_dims: 5)(x));
            attempt(() => torch.func.vmap(a => torch.rand(2))(x));
            attempt(() => torch.func.vmap(a => a, randomness: "foo"));
            attempt(() => torch.func.vmap(a => a, in_dims: -1)(x));
        });
    }

    [Test]
    public void VmapRandomness() => Dialect.Verify(
        Import + """
        torch.manual_seed(1)
        x = torch.ones(5, 2)
        print(vmap(lambda a: a + torch.rand(2), randomness='same')(x))
        print(vmap(lambda a: a + torch.rand(2), randomness='different')(x))
        print(vmap(lambda a, b: a * b + torch.randn(()), in_dims=(0, None), randomness='different')(x, x[0]))
        """,
        () =>
        {
            torch.manual_seed(1);
            var x = torch.ones(5, 2);
            print(torch.func.vmap(a => a + torch.rand(2), randomness: "same")(x));
            print(torch.func.vmap(a => a + torch.rand(2), randomness: "different")(x));
            print(torch.func.vmap((a, b) => a * b + torch.randn([]), in_dims: (0, null), randomness: "different")(x, x[0]));
        });

    [Test]
    public void VmapInChunksAndUnmappedOutputs()
    {
        // chunk_size and out_dims=None are 2.x's; on 1.13 they are checked against the whole-batch results.
        string python = LibTorch.IsAtLeast(2)
            ? Import + """
              torch.manual_seed(1)
              x = torch.ones(5, 2)
              print(vmap(lambda a: a + torch.rand(2), randomness='same', chunk_size=2)(x))
              print(vmap(lambda a: a.cumsum(0), chunk_size=3)(torch.arange(10.0).view(5, 2)))
              print(vmap(lambda a: x.sum(), out_dims=None)(x))
              """
            : Import + """
              torch.manual_seed(1)
              x = torch.ones(5, 2)
              print(vmap(lambda a: a + torch.rand(2), randomness='same')(x))
              print(vmap(lambda a: a.cumsum(0))(torch.arange(10.0).view(5, 2)))
              print(x.sum())
              """;
        Dialect.Verify(python, () =>
        {
            torch.manual_seed(1);
            var x = torch.ones(5, 2);
            print(torch.func.vmap(a => a + torch.rand(2), randomness: "same", chunk_size: 2)(x));
            print(torch.func.vmap(a => a.cumsum(0), chunk_size: 3)(torch.arange(10.0).view(5, 2)));
            if (LibTorch.IsAtLeast(2)) print(torch.func.vmap(a => x.sum(), out_dims: null)(x));
            else print(x.sum());
        });
    }

    [Test]
    public void VjpAndJvpGiveProducts() => Dialect.Verify(
        Import + """
        torch.manual_seed(2)
        x = torch.randn(3)
        y = torch.randn(3)
        out, vjp_fn = vjp(lambda t: t.sin() * 2, x)
        print(out, vjp_fn(torch.ones(3)))
        out, vjp_fn = vjp(lambda a, b: a * b.exp(), x, y)
        print(out, vjp_fn(torch.tensor([1.0, 0.0, -1.0])))
        out, vjp_fn, aux = vjp(lambda t: (t.tanh(), t.sum()), x, has_aux=True)
        print(out, vjp_fn(torch.ones(3)), aux)
        print(jvp(lambda t: t.sin() * t, (x,), (torch.ones(3),)))
        print(jvp(lambda a, b: a * b, (x, y), (torch.ones(3), torch.zeros(3))))
        print(jvp(lambda t: (t.exp(), t.sum()), (x,), (y,), has_aux=True))
        print(jvp(lambda t: torch.ones(2), (x,), (y,)))
        try:
            jvp(lambda t: torch.ones(2), (x,), (y,), strict=True)
        except RuntimeError as e:
            print(e)
        print(jvp(grad(lambda t: (t ** 3).sum()), (x,), (y,)))
        """,
        () =>
        {
            torch.manual_seed(2);
            var x = torch.randn(3);
            var y = torch.randn(3);
            var (out1, vjpFn1) = torch.func.vjp(t => t.sin() * 2, x);
            print(out1, vjpFn1(torch.ones(3)));
            var (out2, vjpFn2) = torch.func.vjp((a, b) => a * b.exp(), x, y);
            print(out2, vjpFn2(torch.tensor(new[] { 1.0f, 0.0f, -1.0f })));
            var (out3, vjpFn3, aux) = torch.func.vjp(t => (t.tanh(), t.sum()), x, has_aux: true);
            print(out3, vjpFn3(torch.ones(3)), aux);
            print(torch.func.jvp(t => t.sin() * t, [x], [torch.ones(3)]));
            print(torch.func.jvp((a, b) => a * b, (x, y), (torch.ones(3), torch.zeros(3))));
            print(torch.func.jvp(t => (t.exp(), t.sum()), [x], [y], has_aux: true));
            print(torch.func.jvp(t => torch.ones(2), [x], [y]));
            try
            {
                torch.func.jvp(t => torch.ones(2), [x], [y], strict: true);
            }
            catch (TorchException e)
            {
                print(e.Message);
            }
            print(torch.func.jvp(torch.func.grad(t => t.pow(3).sum()), [x], [y]));
        });

    [Test]
    public void JacobiansAndHessians() => Dialect.Verify(
        Import + """
        torch.manual_seed(3)
        x = torch.randn(3)
        y = torch.randn(2, 3)
        f = lambda t: t.sin() * t.sum()
        print(jacrev(f)(x))
        print(jacfwd(f)(x))
        print(jacrev(lambda a, b: b @ a, argnums=1)(x, y))
        print(jacfwd(lambda a, b: b @ a, argnums=(0, 1))(x, y))
        print(jacrev(lambda a, b: b @ a, argnums=(0, 1))(x, y))
        print(jacrev(lambda t: (t.exp(), t.sum()))(x))
        print(jacfwd(lambda t: (t.exp(), t.sum()))(x))
        print(jacrev(lambda t: (t.exp(), t.sum()), has_aux=True)(x))
        print(jacfwd(lambda t: (t.exp(), t.sum()), has_aux=True)(x))
        print(hessian(lambda t: (t ** 3).sum() + t.prod())(x))
        print(hessian(lambda a, b: (b @ a).pow(2).sum(), argnums=0)(x, y))
        print(jacrev(jacrev(lambda t: t.sin()))(torch.tensor(0.5)))
        print(jacfwd(lambda t: t * 2)(torch.tensor(1.5)))
        print(vmap(jacrev(lambda t: t.tanh()))(y))
        """,
        () =>
        {
            torch.manual_seed(3);
            var x = torch.randn(3);
            var y = torch.randn(2, 3);
            Func<Tensor, Tensor> f = t => t.sin() * t.sum();
            print(torch.func.jacrev(f)(x));
            print(torch.func.jacfwd(f)(x));
            print(torch.func.jacrev((a, b) => b.matmul(a), argnums: 1)(x, y));
            print(torch.func.jacfwd((a, b) => b.matmul(a), argnums: [0, 1])(x, y));
            print(torch.func.jacrev((a, b) => b.matmul(a), argnums: [0, 1])(x, y));
            print(torch.func.jacrev(t => (t.exp(), t.sum()))(x));
            print(torch.func.jacfwd(t => (t.exp(), t.sum()))(x));
            print(torch.func.jacrev(t => (t.exp(), t.sum()), has_aux: true)(x));
            print(torch.func.jacfwd(t => (t.exp(), t.sum()), has_aux: true)(x));
            print(torch.func.hessian(t => t.pow(3).sum() + t.prod())(x));
            print(torch.func.hessian((a, b) => b.matmul(a).pow(2).sum(), argnums: 0)(x, y));
            print(torch.func.jacrev(torch.func.jacrev(t => t.sin()))(torch.tensor(0.5f)));
            print(torch.func.jacfwd(t => t * 2)(torch.tensor(1.5f)));
            print(torch.func.vmap(torch.func.jacrev(t => t.tanh()))(y));
        });

    [Test]
    public void JacrevInChunksMatchesWhole()
    {
        var x = Torch.Randn([5]);
        Func<Tensor, Tensor> f = t => t.Sin() * t.Sum();
        var whole = F.Jacrev(f)(x);
        TensorAssert.Close(F.Jacrev(f, chunkSize: 2)(x), whole);
        TensorAssert.Close(F.Jacrev(f, chunkSize: 1)(x), whole);
        Assert.That(() => F.Jacrev(f, chunkSize: 0)(x), Throws.TypeOf<TorchException>().With.Message.EqualTo("jacrev: `chunk_size` should be greater than 0."));
    }

    [Test]
    public void FunctionalCallSwapsParametersForOneCall()
    {
        string fc = LibTorch.IsAtLeast(2) ? "functional_call(m, p, (x,), strict=True)" : "functional_call(m, p, (x,))";
        Dialect.Verify(
            Import + Attempt + $$"""
            from torch import nn
            torch.manual_seed(4)
            m = nn.Linear(3, 2)
            x = torch.randn(4, 3)
            p = {'weight': torch.ones(2, 3), 'bias': torch.zeros(2)}
            print(functional_call(m, p, (x,)))
            print({{fc}})
            print(m(x))
            print(functional_call(m, {'weight': torch.zeros(2, 3)}, (x,)))
            params = {k: v.detach() for k, v in m.named_parameters()}
            g = grad(lambda w: functional_call(m, {'weight': w, 'bias': params['bias']}, (x,)).pow(2).sum())(params['weight'])
            print(g)
            """,
            () =>
            {
                torch.manual_seed(4);
                var m = torch.nn.Linear(3, 2);
                var x = torch.randn(4, 3);
                var p = new Dictionary<string, Tensor> { ["weight"] = torch.ones(2, 3), ["bias"] = torch.zeros(2) };
                print(torch.func.functional_call(m, p, x));
                print(torch.func.functional_call(m, p, x, strict: LibTorch.IsAtLeast(2)));
                print(m.Call(x));
                print(torch.func.functional_call(m, new Dictionary<string, Tensor> { ["weight"] = torch.zeros(2, 3) }, x));
                var parameters = m.NamedParameters().ToDictionary(n => n.Name, n => n.Value.detach());
                var g = torch.func.grad(w => torch.func.functional_call(m, new Dictionary<string, Tensor> { ["weight"] = w, ["bias"] = parameters["bias"] }, x)
                    .pow(2).sum())(parameters["weight"]);
                print(g);
            });
    }

    [Test]
    public void FunctionalCallStrictNamesMissingAndUnexpectedKeys()
    {
        var m = new Linear(3, 2);
        var p = new Dictionary<string, Tensor> { ["weight"] = Torch.Ones([2, 3]), ["extra"] = Torch.Ones([1]) };
        Assert.That(() => F.FunctionalCall(m, p, Torch.Ones([1, 3]), strict: true),
            Throws.TypeOf<TorchException>().With.Message.EqualTo(
                "Error(s) in reparametrizing for Linear:\n\tUnexpected key(s): 'extra'.\n\tMissing key(s): 'bias'."));
        Assert.That(m.Weight.IsParameter, Is.True, "the module's own parameters are back after a failed call");
    }

    [Test]
    public void ForwardADDualTensorsCarryTangents() => Dialect.Verify(
        """
        import torch.autograd.forward_ad as fwAD
        x = torch.tensor([0.5, 1.0, 2.0])
        t = torch.tensor([1.0, 0.0, 2.0])
        with fwAD.dual_level():
            d = fwAD.make_dual(x, t)
            y = (d.sin() * d).exp().sum()
            p, tangent = fwAD.unpack_dual(y)
            print(p, tangent)
            print(fwAD.unpack_dual(x).tangent)
        try:
            fwAD.make_dual(x, t)
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            var x = torch.tensor(new[] { 0.5f, 1.0f, 2.0f });
            var t = torch.tensor(new[] { 1.0f, 0.0f, 2.0f });
            using (Autograd.ForwardAD.DualLevel())
            {
                var d = Autograd.ForwardAD.MakeDual(x, t);
                var y = (d.sin() * d).exp().sum();
                var (p, tangent) = Autograd.ForwardAD.UnpackDual(y);
                print(p, tangent);
                print(Autograd.ForwardAD.UnpackDual(x).Tangent);
            }
            try
            {
                Autograd.ForwardAD.MakeDual(x, t);
            }
            catch (TorchException e)
            {
                print(e.Message);
            }
        });
}
