using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Core;

public class ShapeAndReductionTests
{
    private const string Setup = "torch.manual_seed(3)\nm = torch.randn(2, 3, requires_grad=True)\n";

    private static Tensor M()
    {
        Torch.ManualSeed(3);
        return Torch.Randn([2, 3], requiresGrad: true);
    }

    // Prints the result, its grad_fn, and the gradient it sends back to m.
    private static ParityCase Expr(string python, Func<Tensor, Tensor> csharp) =>
        new(python, Setup + $"r = {python}\nprint(r, type(r.grad_fn).__name__)\nr.sum().backward()\nprint(m.grad)",
            o =>
            {
                var m = M();
                var r = csharp(m);
                o.Print(r, r.GradFn!.Name);
                r.Sum().Backward();
                o.Print(m.Grad);
            });

    private static IEnumerable<ParityCase> Cases()
    {
        yield return Expr("m.sum()", m => m.Sum());
        yield return Expr("m.sum(0)", m => m.Sum(0));
        yield return Expr("m.sum(1, keepdim=True)", m => m.Sum(1, keepDim: true));
        yield return Expr("m.sum((0, 1))", m => m.Sum([0, 1]));
        yield return Expr("m.sum(dtype=torch.float64)", m => m.Sum(DType.Float64));
        yield return Expr("m.mean()", m => m.Mean());
        yield return Expr("m.mean(-1)", m => m.Mean(-1));
        yield return Expr("m.mean(0, keepdim=True)", m => m.Mean(0, keepDim: true));
        yield return Expr("m.norm()", m => m.Norm());
        yield return Expr("m.norm(p=1)", m => m.Norm(1));
        yield return Expr("m.norm(p=2, dim=1)", m => m.Norm(2, [1]));
        yield return Expr("m.norm(p=3, dim=0, keepdim=True)", m => m.Norm(3, [0], keepDim: true));
        yield return Expr("torch.mm(m, m.t())", m => Torch.Mm(m, Torch.T(m)));
        yield return Expr("torch.matmul(m, m.T)", m => Torch.Matmul(m, m.T));
        yield return Expr("torch.matmul(m[0], m[1])", m => Torch.Matmul(m[0], m[1]));
        yield return Expr("torch.dot(m[0], m[1])", m => Torch.Dot(m[0], m[1]));
        yield return Expr("m.reshape(3, 2)", m => m.Reshape(3, 2));
        yield return Expr("m.reshape(-1)", m => m.Reshape(-1));
        yield return Expr("m.view(6)", m => m.View(6));
        yield return Expr("m.view(3, -1)", m => m.View(3, -1));
        yield return Expr("m.t()", m => Torch.T(m));
        yield return Expr("m.T", m => m.T);
        yield return Expr("m.reshape(1, 2, 3).T", m => m.Reshape(1, 2, 3).T);
        yield return Expr("m.transpose(0, 1)", m => m.Transpose(0, 1));
        yield return Expr("m[1]", m => m[1]);
        yield return Expr("m[-1]", m => m[-1]);
        yield return Expr("m[0, 2]", m => m[0, 2]);
        yield return Expr("m[:, 1]", m => m[.., 1]);
        yield return Expr("m[1:]", m => m[1..]);
        yield return Expr("m[:, 1:3]", m => m[.., 1..3]);
        yield return Expr("m[:, :-1]", m => m[.., ..^1]);
        yield return Expr("m[:, ::2]", m => m[.., TensorIndex.Slice(step: 2)]);
        yield return Expr("m[..., 0]", m => m[TensorIndex.Ellipsis, 0]);
        yield return Expr("m[None, 0]", m => m[TensorIndex.None, 0]);
        yield return Expr("m.reshape(1, 2, 3)[0, ..., 1]", m => m.Reshape(1, 2, 3)[0, TensorIndex.Ellipsis, 1]);
        yield return Expr("m[0][^1:]".Replace("^1", "-1"), m => m[0][^1..]);
        yield return Expr("m[m > 0]", m => m[m > 0]);
        yield return Expr("m[torch.tensor([1, 0, 1])]", m => m[Torch.Tensor(new long[] { 1, 0, 1 })]);
        yield return Expr("m[:, torch.tensor([2, 0])]", m => m[.., Torch.Tensor(new long[] { 2, 0 })]);
        yield return Expr("m[1, torch.tensor([True, False, True])]", m => m[1, Torch.Tensor(new[] { true, false, true })]);
        yield return Expr("m.unsqueeze(1)", m => m.Unsqueeze(1));
        yield return Expr("torch.cat([m, m * 2], 1)", m => Torch.Cat([m, m * 2], 1));
        yield return Expr("m.clone()", m => m.Clone());
        yield return Expr("m.t().contiguous()", m => Torch.T(m).Contiguous());
        yield return Expr("m.masked_select(m > 0)", m => m.MaskedSelect(m > 0));
    }

    private static IEnumerable<ParityCase> ErrorCases()
    {
        yield return new("mm shape mismatch", "torch.mm(torch.ones(2, 3), torch.ones(2, 3))",
            o => o.Try(() => Torch.Mm(Torch.Ones([2, 3]), Torch.Ones([2, 3]))));
        yield return new("dot of 2-D", "torch.dot(torch.ones(2, 2), torch.ones(2, 2))",
            o => o.Try(() => Torch.Dot(Torch.Ones([2, 2]), Torch.Ones([2, 2]))));
        yield return new("view on non-contiguous", "torch.ones(2, 3).t().view(6)",
            o => o.Try(() => Torch.Ones([2, 3]).T.View(6)));
        yield return new("reshape bad size", "torch.ones(2, 3).reshape(4, 2)",
            o => o.Try(() => Torch.Ones([2, 3]).Reshape(4, 2)));
        yield return new("sum dim out of range", "torch.ones(2, 3).sum(5)", o => o.Try(() => Torch.Ones([2, 3]).Sum(5)));
        yield return new("transpose of 3-D with t()", "torch.ones(2, 3, 4).t()", o => o.Try(() => _ = Torch.T(Torch.Ones([2, 3, 4]))));
        yield return new("index out of range", "torch.ones(3)[5]", o => o.Try(() => _ = Torch.Ones([3])[5]));
        yield return new("negative index out of range", "torch.ones(2, 3)[:, -4]", o => o.Try(() => _ = Torch.Ones([2, 3])[.., -4]));
        yield return new("index of 0-dim", "torch.tensor(3.)[0]", o => o.Try(() => _ = Torch.Tensor(3.0)[0]));
        yield return new("too many indices", "torch.ones(3)[0, 0]", o => o.Try(() => _ = Torch.Ones([3])[0, 0]));
        yield return new("negative slice step", "torch.ones(3)[::-1]", o => o.Try(() => _ = Torch.Ones([3])[TensorIndex.Slice(step: -1)]));
        yield return new("slice step zero", "torch.ones(3)[::0]", o => o.Try(() => _ = Torch.Ones([3])[TensorIndex.Slice(step: 0)]));
        yield return new("cat shape mismatch", "torch.cat([torch.ones(2, 3), torch.ones(2, 2)])",
            o => o.Try(() => Torch.Cat([Torch.Ones([2, 3]), Torch.Ones([2, 2])])));
        yield return new("mask assignment", "a = torch.arange(6.).reshape(2, 3)\na[a > 2] = torch.tensor(0.)\na[:, torch.tensor([0])] = torch.tensor([[7.], [8.]])\nprint(a)",
            o =>
            {
                var a = Torch.Arange(6.0).Reshape(2, 3);
                a[a > 2] = Torch.Tensor(0f);
                a[.., Torch.Tensor(new long[] { 0 })] = Torch.Tensor(new float[,] { { 7 }, { 8 } });
                o.Print(a);
            });
        yield return new("index out of range in a tensor index", "torch.ones(3)[torch.tensor([5])]",
            o => o.Try(() => _ = Torch.Ones([3])[Torch.Tensor(new long[] { 5 })]));
        yield return new("index assignment", "a = torch.zeros(2, 3)\na[1] = torch.ones(3)\na[0, 1:] = torch.tensor([5., 6.])\nprint(a)",
            o =>
            {
                var a = Torch.Zeros([2, 3]);
                a[1] = Torch.Ones([3]);
                a[0, 1..] = Torch.Tensor(new[] { 5f, 6f });
                o.Print(a);
            });
    }

    private static IEnumerable<ParityCase> TupleCases()
    {
        yield return new("max and min along a dimension",
            Setup + "v, i = m.max(1)\nprint(v, i, type(v.grad_fn).__name__)\nprint(m.min(0))\nprint(m.max(0, keepdim=True))\nprint(m.max(), m.min())\nv.sum().backward()\nprint(m.grad)",
            o =>
            {
                var m = M();
                var (v, i) = m.Max(1);
                o.Print(v, i, v.GradFn!.Name);
                o.Print(m.Min(0));
                o.Print(m.Max(0, keepDim: true));
                o.Print(m.Max(), m.Min());
                v.Sum().Backward();
                o.Print(m.Grad);
            });
        yield return new("AccumulateGrad's variable",
            "x = torch.ones(2, requires_grad=True)\nacc = (x * 2).grad_fn.next_functions[0][0]\nprint(acc.variable is x, acc.variable)\nprint((x * 2).grad_fn.variable if hasattr((x * 2).grad_fn, 'variable') else None)",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                var acc = (x * 2).GradFn!.NextFunctions[0].Function!;
                o.Print(acc.Variable!.Equal(x) && acc.Variable.IsLeaf, acc.Variable);
                o.Print((x * 2).GradFn!.Variable);
            });
    }

    [TestCaseSource(nameof(TupleCases))]
    public void TuplesAndNodesMatchPyTorch(ParityCase parityCase) => parityCase.Verify();

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [TestCaseSource(nameof(ErrorCases))]
    public void ErrorsMatchPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void FullSliceReturnsANewObjectForTheSameTensor()
    {
        using var m = Torch.Ones([2, 3], requiresGrad: true);
        using var all = m[..];
        Assert.That(all, Is.Not.SameAs(m));
        all.Dispose();
        Assert.That(m.IsDisposed, Is.False);
        Assert.That(m.Sum().Item<float>(), Is.EqualTo(6f));
    }
}
