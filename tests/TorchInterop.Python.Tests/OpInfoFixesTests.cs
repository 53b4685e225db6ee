using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// The Python spellings the OpInfo sweep found missing or wrong (einsum's operand forms, gradient's spacing and dim,
/// linalg.pinv's tensor tolerances, nonzero's as_tuple, the seeded normal and randn_like draws, embedding_bag's
/// arguments), against PyTorch: values, gradients, grad_fn names and messages.
/// </summary>
[TestFixture, NonParallelizable]
public class OpInfoFixesTests
{
    private static void PrintError(Action call)
    {
        try
        {
            call();
            print("no error");
        }
        catch (TorchException e)
        {
            print(e.PythonTypeName, e.Message);
        }
    }

    [Test]
    public void EinsumTakesOperandsListsAndSublists() => Dialect.Verify(
        """
        torch.manual_seed(0)
        a = torch.randn(2, 3, requires_grad=True)
        b = torch.randn(3, 4, requires_grad=True)
        c = torch.einsum("ij,jk->ik", a, b)
        print(c, torch.einsum("ij,jk->ik", [a, b]), torch.einsum("i j -> j i", a))
        d = torch.einsum(a, [0, 1], b, [1, 2], [0, 2])
        print(d, torch.einsum(a, [0, 1]), torch.einsum(a, [Ellipsis, 1], [Ellipsis]), torch.einsum(a, [True, 0], [0]))
        (c.sum() + d.sum()).backward()
        print(a.grad, b.grad)
        for call in (lambda: torch.einsum("i"), lambda: torch.einsum(a, [0, 60]), lambda: torch.einsum(a, [0, "x"]),
                     lambda: torch.einsum(a, [0, 1], 3, [1, 2]), lambda: torch.einsum("ij,jk", a)):
            try:
                call()
            except Exception as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var a = torch.randn(2, 3, requires_grad: true);
            var b = torch.randn(3, 4, requires_grad: true);
            var c = torch.einsum("ij,jk->ik", a, b);
            print(c, torch.einsum("ij,jk->ik", [a, b]), torch.einsum("i j -> j i", a));
            var d = torch.einsum(a, [0, 1], b, new[] { 1, 2 }, new[] { 0, 2 });
            print(d, torch.einsum(a, [0, 1]), torch.einsum(a, [Ellipsis, 1], new[] { Ellipsis }), torch.einsum(a, [true, 0], new[] { 0 }));
            (c.sum() + d.sum()).backward();
            print(a.grad, b.grad);
            PrintError(() => torch.einsum("i"));
            PrintError(() => torch.einsum(a, [0, 60]));
            PrintError(() => torch.einsum(a, [0, "x"]));
            PrintError(() => torch.einsum(a, [0, 1], 3, new[] { 1, 2 }));
            PrintError(() => torch.einsum("ij,jk", a));
        });

    [Test]
    public void GradientTakesEverySpacingAndDim() => Dialect.Verify(
        """
        torch.manual_seed(0)
        x = torch.randn(4, 5, requires_grad=True)
        print(*torch.gradient(x))
        print(*torch.gradient(x, dim=None), *torch.gradient(x, spacing=2.0, dim=None))
        print(*torch.gradient(x, spacing=[2.0, 0.5]), *torch.gradient(x, spacing=(3, 2), edge_order=2))
        print(*torch.gradient(x, dim=1), *torch.gradient(x, spacing=[0.5], dim=1), *torch.gradient(x, dim=[1, 0]))
        print(*torch.gradient(x, spacing=2.0, dim=[0]), *torch.gradient(x, spacing=[2.0, 3.0], dim=[1, 0]))
        coords = [torch.tensor([0.0, 1.0, 3.0, 4.0]), torch.tensor([0.0, 0.5, 1.0, 2.0, 4.0])]
        g = torch.gradient(x, spacing=coords)
        print(*g, *torch.gradient(x, spacing=coords[1:], dim=1), *torch.gradient(x, spacing=coords[::-1], dim=[1, 0]))
        (g[0].sum() + (g[1] ** 2).sum()).backward()
        print(x.grad)
        for call in (lambda: torch.gradient(x, spacing=[1.0, 2.0], dim=[0]), lambda: torch.gradient(x, spacing=[1.0, 2.0], dim=0),
                     lambda: torch.gradient(x, edge_order=3), lambda: torch.gradient(x, dim=[0, 0]),
                     lambda: torch.gradient(x.to(torch.uint8), spacing=[1.0, 1.0]), lambda: torch.gradient(x[:1]),
                     lambda: torch.gradient(x, spacing=[1.0, 2.0], dim=[0, 0])):
            try:
                call()
            except RuntimeError as e:
                print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn(4, 5, requires_grad: true);
            print(torch.gradient(x)[0], torch.gradient(x)[1]);
            var none = torch.gradient(x, dim: null);
            var scalar = torch.gradient(x, spacing: 2.0, dim: null);
            print(none[0], none[1], scalar[0], scalar[1]);
            var list = torch.gradient(x, spacing: [2.0, 0.5]);
            var ints = torch.gradient(x, spacing: [3, 2], edge_order: 2);
            print(list[0], list[1], ints[0], ints[1]);
            var dims = torch.gradient(x, dim: [1, 0]);
            print(torch.gradient(x, dim: 1)[0], torch.gradient(x, spacing: [0.5], dim: 1)[0], dims[0], dims[1]);
            var both = torch.gradient(x, spacing: [2.0, 3.0], dim: [1, 0]);
            print(torch.gradient(x, spacing: 2.0, dim: [0])[0], both[0], both[1]);
            Tensor[] coords = [torch.tensor(new[] { 0.0, 1.0, 3.0, 4.0 }), torch.tensor(new[] { 0.0, 0.5, 1.0, 2.0, 4.0 })];
            var g = torch.gradient(x, spacing: coords);
            var reversed = torch.gradient(x, spacing: [coords[1], coords[0]], dim: [1, 0]);
            print(g[0], g[1], torch.gradient(x, spacing: [coords[1]], dim: 1)[0], reversed[0], reversed[1]);
            (g[0].sum() + g[1].pow(2).sum()).backward();
            print(x.grad);
            PrintMessage(() => torch.gradient(x, spacing: [1.0, 2.0], dim: [0]));
            PrintMessage(() => torch.gradient(x, spacing: [1.0, 2.0], dim: 0));
            PrintMessage(() => torch.gradient(x, edge_order: 3));
            PrintMessage(() => torch.gradient(x, dim: [0, 0]));
            PrintMessage(() => torch.gradient(x.to(torch.uint8), spacing: [1.0, 1.0]));
            PrintMessage(() => torch.gradient(x[..1]));
            PrintMessage(() => torch.gradient(x, spacing: [1.0, 2.0], dim: [0, 0]));
        });

    private static void PrintMessage(Action call)
    {
        try
        {
            call();
        }
        catch (TorchException e)
        {
            print(e.Message);
        }
    }

    [Test]
    public void PinvTakesTensorTolerancesAlone() => Dialect.Verify(
        """
        torch.manual_seed(0)
        a = torch.randn(4, 3, requires_grad=True)
        p = torch.linalg.pinv(a, rtol=torch.tensor(0.5))
        print(p, torch.linalg.pinv(a, atol=torch.tensor(1.0)), torch.linalg.pinv(a, atol=torch.tensor(0.1), rtol=torch.tensor(0.2)))
        print(torch.linalg.pinv(a), torch.linalg.pinv(a, rtol=0.5), torch.linalg.pinv(a @ a.mT, hermitian=True, rtol=torch.tensor(0.1)))
        p.sum().backward()
        print(a.grad)
        """,
        () =>
        {
            torch.manual_seed(0);
            var a = torch.randn(4, 3, requires_grad: true);
            var p = torch.linalg.pinv(a, rtol: torch.tensor(0.5));
            print(p, torch.linalg.pinv(a, atol: torch.tensor(1.0)), torch.linalg.pinv(a, atol: torch.tensor(0.1), rtol: torch.tensor(0.2)));
            print(torch.linalg.pinv(a), torch.linalg.pinv(a, rtol: 0.5), torch.linalg.pinv(a.matmul(a.mT()), hermitian: true, rtol: torch.tensor(0.1)));
            p.sum().backward();
            print(a.grad);
        });

    [Test]
    public void NonzeroTakesAsTuple() => Dialect.Verify(
        """
        x = torch.tensor([[1.0, 0.0, 2.0], [0.0, 3.0, 0.0]])
        print(torch.nonzero(x), torch.nonzero(x, as_tuple=False), *torch.nonzero(x, as_tuple=True))
        print(*x.nonzero(as_tuple=True), x.nonzero(), *torch.nonzero(torch.tensor(2.0), as_tuple=True), torch.nonzero(torch.tensor(0.0)))
        out = torch.empty(0, dtype=torch.long)
        torch.nonzero(x, out=out)
        print(out)
        try:
            torch.nonzero(x, as_tuple=True, out=out)
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            var x = torch.tensor(new[,] { { 1.0f, 0.0f, 2.0f }, { 0.0f, 3.0f, 0.0f } });
            var rows = torch.nonzero(x, as_tuple: true);
            print(torch.nonzero(x), torch.nonzero(x, as_tuple: false)[0], rows[0], rows[1]);
            var method = x.nonzero(as_tuple: true);
            print(method[0], method[1], x.nonzero(), torch.nonzero(torch.tensor(2.0f), as_tuple: true)[0], torch.nonzero(torch.tensor(0.0f)));
            var @out = torch.empty([0], dtype: torch.int64);
            torch.nonzero(x, @out: @out);
            print(@out);
            PrintMessage(() => torch.nonzero(x, as_tuple: true, @out: @out));
        });

    [Test]
    public void SeededDrawsAndFillFollowPyTorch() => Dialect.Verify(
        """
        std = torch.tensor([[0.5, 1.0], [2.0, 4.0]], requires_grad=True)
        torch.manual_seed(42)
        n = torch.normal(0.3, std)
        print(n)
        n.sum().backward()
        print(std.grad)
        torch.manual_seed(42)
        print(torch.randn_like(std), torch.rand_like(std))
        f = torch.fill(std, 2.5)
        print(f, std.clone().fill_(1.5))
        """,
        () =>
        {
            var std = torch.tensor(new[,] { { 0.5f, 1.0f }, { 2.0f, 4.0f } }, requires_grad: true);
            torch.manual_seed(42);
            var n = torch.normal(0.3, std);
            print(n);
            n.sum().backward();
            print(std.grad);
            torch.manual_seed(42);
            print(torch.randn_like(std), torch.rand_like(std));
            var f = torch.fill(std, 2.5);
            print(f, std.clone().fill_(1.5));
        });

    [Test]
    public void EmbeddingBagTakesPythonsArguments() => Dialect.Verify(
        """
        import torch.nn.functional as F
        torch.manual_seed(0)
        w = torch.randn(10, 3, requires_grad=True)
        idx = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
        offsets = torch.tensor([0, 4])
        psw = torch.rand(8, requires_grad=True)
        s = F.embedding_bag(idx, w, offsets, mode="sum", per_sample_weights=psw)
        m = F.embedding_bag(idx.view(2, 4), w, mode="max")
        p = F.embedding_bag(idx.view(2, 4), w, padding_idx=2, mode="mean")
        l = F.embedding_bag(idx, w, torch.tensor([0, 3, 8]), mode="mean", include_last_offset=True)
        print(s, m, p, l)
        (s.sum() + m.sum() + p.sum() + l.sum()).backward()
        print(w.grad, psw.grad)
        for call in (lambda: F.embedding_bag(idx, w, offsets, mode="mean", per_sample_weights=psw),
                     lambda: F.embedding_bag(idx, w, offsets, mode="median"),
                     lambda: F.embedding_bag(idx.view(2, 4), w, offsets)):
            try:
                call()
            except Exception as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var w = torch.randn(10, 3, requires_grad: true);
            var idx = torch.tensor(new long[] { 1, 2, 4, 5, 4, 3, 2, 9 });
            var offsets = torch.tensor(new long[] { 0, 4 });
            var psw = torch.rand(8, requires_grad: true);
            var s = torch.nn.functional.embedding_bag(idx, w, offsets, mode: "sum", per_sample_weights: psw);
            var m = torch.nn.functional.embedding_bag(idx.view(2, 4), w, mode: "max");
            var p = torch.nn.functional.embedding_bag(idx.view(2, 4), w, padding_idx: 2, mode: "mean");
            var l = torch.nn.functional.embedding_bag(idx, w, torch.tensor(new long[] { 0, 3, 8 }), mode: "mean", include_last_offset: true);
            print(s, m, p, l);
            (s.sum() + m.sum() + p.sum() + l.sum()).backward();
            print(w.grad, psw.grad);
            PrintError(() => torch.nn.functional.embedding_bag(idx, w, offsets, mode: "mean", per_sample_weights: psw));
            PrintError(() => torch.nn.functional.embedding_bag(idx, w, offsets, mode: "median"));
            PrintError(() => torch.nn.functional.embedding_bag(idx.view(2, 4), w, offsets));
        });

#if LIBTORCH_2
    [Test]
    public void SignalWindowsFollowPyTorch() => Dialect.Verify(
        """
        w = torch.signal.windows
        print(w.exponential(5, tau=2.78), w.exponential(6, center=1.5, sym=False, dtype=torch.float64), w.exponential(0))
        print(w.cosine(5), w.cosine(4, sym=False), w.gaussian(7, std=0.8), w.gaussian(6, sym=False))
        print(w.kaiser(6, beta=4.0), w.kaiser(5, sym=False), w.kaiser(1), w.hamming(5), w.hann(6, sym=False))
        print(w.blackman(5), w.bartlett(5), w.bartlett(6, sym=False), w.general_cosine(5, a=[0.5, 0.3, 0.2]))
        print(w.general_hamming(5, alpha=0.6), w.nuttall(6), w.hann(4, requires_grad=True))
        for call in (lambda: w.exponential(-1), lambda: w.exponential(3, tau=-1.0), lambda: w.exponential(3, center=1.0),
                     lambda: w.gaussian(3, std=0.0), lambda: w.kaiser(3, beta=-2.0), lambda: w.cosine(3, dtype=torch.int64),
                     lambda: w.general_cosine(3, a=[])):
            try:
                call()
            except ValueError as e:
                print(e)
        """,
        () =>
        {
            print(torch.signal.windows.exponential(5, tau: 2.78), torch.signal.windows.exponential(6, center: 1.5, sym: false, dtype: torch.float64),
                torch.signal.windows.exponential(0));
            print(torch.signal.windows.cosine(5), torch.signal.windows.cosine(4, sym: false), torch.signal.windows.gaussian(7, std: 0.8),
                torch.signal.windows.gaussian(6, sym: false));
            print(torch.signal.windows.kaiser(6, beta: 4.0), torch.signal.windows.kaiser(5, sym: false), torch.signal.windows.kaiser(1),
                torch.signal.windows.hamming(5), torch.signal.windows.hann(6, sym: false));
            print(torch.signal.windows.blackman(5), torch.signal.windows.bartlett(5), torch.signal.windows.bartlett(6, sym: false),
                torch.signal.windows.general_cosine(5, a: [0.5, 0.3, 0.2]));
            print(torch.signal.windows.general_hamming(5, alpha: 0.6), torch.signal.windows.nuttall(6), torch.signal.windows.hann(4, requires_grad: true));
            PrintMessage(() => torch.signal.windows.exponential(-1));
            PrintMessage(() => torch.signal.windows.exponential(3, tau: -1.0));
            PrintMessage(() => torch.signal.windows.exponential(3, center: 1.0));
            PrintMessage(() => torch.signal.windows.gaussian(3, std: 0.0));
            PrintMessage(() => torch.signal.windows.kaiser(3, beta: -2.0));
            PrintMessage(() => torch.signal.windows.cosine(3, dtype: torch.int64));
            PrintMessage(() => torch.signal.windows.general_cosine(3, a: []));
        });
#endif
}
