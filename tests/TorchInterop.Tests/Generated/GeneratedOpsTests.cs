using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Generated;

/// <summary>
/// Generated ops against PyTorch: printed results (values, grad_fn names) and the gradients of every input.
/// Each case seeds both sides, builds random inputs that require grad, and backpropagates the sum of the result.
/// </summary>
public class GeneratedOpsTests
{
    private const string Setup = "torch.manual_seed(0)\na = torch.randn(3, 4, requires_grad=True)\nb = torch.randn(4, 5, requires_grad=True)\nc = torch.randn(3, 5, requires_grad=True)\n";

    private static (Tensor A, Tensor B, Tensor C) Inputs()
    {
        Torch.ManualSeed(0);
        return (Torch.Randn([3, 4], requiresGrad: true), Torch.Randn([4, 5], requiresGrad: true), Torch.Randn([3, 5], requiresGrad: true));
    }

    // r = <python>; print(r); r.sum().backward(); print the gradients of a, b, c (None where unused)
    private static ParityCase Op(string python, Func<Tensor, Tensor, Tensor, Tensor> csharp) =>
        new(python, Setup + $"r = {python}\nprint(r)\nr.sum().backward()\nprint(a.grad, b.grad, c.grad)",
            o =>
            {
                var (a, b, c) = Inputs();
                var r = csharp(a, b, c);
                o.Print(r);
                r.Sum().Backward();
                o.Print(a.Grad, b.Grad, c.Grad);
            });

    private static IEnumerable<ParityCase> Cases()
    {
        yield return Op("torch.addmm(c, a, b)", (a, b, c) => Torch.Addmm(c, a, b));
        yield return Op("torch.addmm(c, a, b, beta=0.5, alpha=2)", (a, b, c) => Torch.Addmm(c, a, b, beta: 0.5, alpha: 2));
        yield return Op("torch.log_softmax(a, 1)", (a, _, _) => Torch.LogSoftmax(a, 1));
        yield return Op("torch.log_softmax(a, 0, dtype=torch.float64)", (a, _, _) => Torch.LogSoftmax(a, 0, DType.Float64));
        yield return Op("a.index_select(1, torch.tensor([3, 0, 0]))", (a, _, _) => a.IndexSelect(1, Torch.Tensor(new long[] { 3, 0, 0 })));
        yield return Op("torch.einsum('ij,jk->ik', a, b)", (a, b, _) => Torch.Einsum("ij,jk->ik", [a, b]));
        yield return Op("torch.einsum('ij,ij->i', c, c)", (_, _, c) => Torch.Einsum("ij,ij->i", [c, c]));
        yield return Op("torch.cdist(a, a[:2] * 2)", (a, _, _) => Torch.Cdist(a, a[..2] * 2));
        yield return Op("torch.cdist(a, b.t(), p=1.0)", (a, b, _) => Torch.Cdist(a, b.T, p: 1.0));
        yield return Op("(a * 1).masked_fill_(a > 0, 2.5)", (a, _, _) => (a * 1).MaskedFill_(a > 0, 2.5));
        yield return Op("(a * 1).masked_fill_(a > 0, torch.tensor(-1.0))", (a, _, _) => (a * 1).MaskedFill_(a > 0, Torch.Tensor(-1f)));
        yield return Op("torch.where(c > 0, c, c * 3)", (_, _, c) => Torch.Where(c > 0, c, c * 3));
        yield return Op("torch.where(c > 0, c, 0.0)", (_, _, c) => Torch.Where(c > 0, c, 0.0));
        yield return Op("torch.cat([a, c], 1)", (a, _, c) => Torch.Cat([a, c], 1));
        yield return Op("torch.stack([a, a * 2])", (a, _, _) => Torch.Stack([a, a * 2]));
        yield return Op("torch.stack([a, a], dim=2)", (a, _, _) => Torch.Stack([a, a], dim: 2));
        yield return Op("a.unfold(1, 2, 1)", (a, _, _) => a.Unfold(1, 2, 1));
        yield return Op("a.unfold(0, 2, 2)", (a, _, _) => a.Unfold(0, 2, 2));
        // svd's singular vectors are unique only up to sign: compare the singular values and a sign-free product
        yield return Op("torch.svd(a)[1]", (a, _, _) => Torch.Svd(a).Item2);
        yield return Op("(lambda usv: usv[0] @ torch.diag(usv[1]) @ usv[2].t())(torch.svd(a))",
            (a, _, _) => { var (u, s, v) = Torch.Svd(a); return Torch.Matmul(Torch.Matmul(u, Torch.Diag(s)), v.T); });
        yield return Op("torch.add(a, 2)", (a, _, _) => Torch.Add(a, 2));
        yield return Op("torch.mul(c, 2.5)", (_, _, c) => Torch.Mul(c, 2.5));
        yield return Op("torch.div(a, 4, rounding_mode='floor')", (a, _, _) => Torch.Div(a, 4, roundingMode: "floor"));
        yield return Op("torch.sort(a, 1, descending=True)[0]", (a, _, _) => Torch.Sort(a, 1, descending: true).values);
        yield return Op("torch.split(a, 2, 1)[1]", (a, _, _) => Torch.Split(a, 2, 1)[1]);
        yield return Op("torch.clamp(a, min=-0.5, max=0.5)", (a, _, _) => Torch.Clamp(a, min: -0.5, max: 0.5));
        yield return Op("torch.nn.functional.gelu(a)", (a, _, _) => Torch.Gelu(a));
        yield return Op("torch.cumsum(a, 1)", (a, _, _) => Torch.Cumsum(a, 1));
        yield return Op("torch.linalg.norm(a, dim=1)", (a, _, _) => Torch.LinalgNorm(a, dim: [1]));
    }

    private static IEnumerable<ParityCase> ErrorCases()
    {
        yield return new("addmm shape mismatch", "torch.addmm(torch.ones(2, 2), torch.ones(2, 3), torch.ones(2, 3))",
            o => o.Try(() => Torch.Addmm(Torch.Ones([2, 2]), Torch.Ones([2, 3]), Torch.Ones([2, 3]))));
        yield return new("index_select with a float index", "torch.ones(3).index_select(0, torch.tensor([0.0]))",
            o => o.Try(() => Torch.Ones([3]).IndexSelect(0, Torch.Tensor(new[] { 0.0 }))));
        yield return new("stack of different shapes", "torch.stack([torch.ones(2), torch.ones(3)])",
            o => o.Try(() => Torch.Stack([Torch.Ones([2]), Torch.Ones([3])])));
        yield return new("einsum with a bad equation", "torch.einsum('ij,jk', torch.ones(2, 2))",
            o => o.Try(() => Torch.Einsum("ij,jk", [Torch.Ones([2, 2])])));
        yield return new("unfold with a too large size", "torch.ones(3).unfold(0, 5, 1)",
            o => o.Try(() => Torch.Ones([3]).Unfold(0, 5, 1)));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [TestCaseSource(nameof(ErrorCases))]
    public void ErrorsCarryPyTorchsMessage(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void NullArgumentsAndDisposedTensorsAreRejectedBeforeNativeCode()
    {
        Assert.That(() => Torch.Addmm(null!, Torch.Ones([1, 1]), Torch.Ones([1, 1])), Throws.ArgumentNullException);
        Assert.That(() => Torch.Stack(null!), Throws.ArgumentNullException);
        Assert.That(() => Torch.Stack([Torch.Ones([1]), null!]), Throws.ArgumentNullException);
        var disposed = Torch.Ones([2]);
        disposed.Dispose();
        Assert.That(() => Torch.Cumsum(disposed, 0), Throws.TypeOf<ObjectDisposedException>());
        Assert.That(() => disposed.IndexSelect(0, Torch.Tensor(new long[] { 0 })), Throws.TypeOf<ObjectDisposedException>());
    }
}
