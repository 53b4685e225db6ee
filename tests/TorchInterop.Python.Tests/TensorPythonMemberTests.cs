using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>Tensor members PyTorch writes in Python or its C bindings: unique, lu, apply_/map_/map2_, H.</summary>
[TestFixture, NonParallelizable]
public class TensorPythonMemberTests
{
    [Test]
    public void UniqueResultsFollowTheFlags() => Dialect.Verify(
        """
        x = torch.tensor([3, 1, 2, 3, 1, 1, 5])
        print(torch.unique(x), x.unique(sorted=True))
        out, inverse = torch.unique(x, return_inverse=True)
        print(out, inverse)
        out, counts = torch.unique(x, return_counts=True)
        print(out, counts)
        print(torch.unique(x, return_inverse=True, return_counts=True))
        m = torch.tensor([[1, 2], [1, 2], [3, 4]])
        print(torch.unique(m, dim=0), m.unique(dim=0, return_counts=True))
        print(torch.unique_consecutive(x), x.unique_consecutive(return_counts=True), torch.unique_consecutive(x, return_inverse=True))
        print(x.unique(return_inverse=True, return_counts=True))
        """,
        () =>
        {
            var x = torch.tensor([3, 1, 2, 3, 1, 1, 5]);
            print(torch.unique(x), x.unique(sorted: true));
            var (@out, inverse) = torch.unique(x, return_inverse: true);
            print(@out, inverse);
            var (out2, counts) = torch.unique(x, return_counts: true);
            print(out2, counts);
            print(torch.unique(x, return_inverse: true, return_counts: true));
            var m = torch.tensor(new long[,] { { 1, 2 }, { 1, 2 }, { 3, 4 } });
            print(torch.unique(m, dim: 0), m.unique(dim: 0, return_counts: true));
            print(torch.unique_consecutive(x), x.unique_consecutive(return_counts: true), torch.unique_consecutive(x, return_inverse: true));
            print(x.unique(return_inverse: true, return_counts: true));
        });

    [Test]
    public void ElementwiseCallablesAndConjugateTranspose() => Dialect.Verify(
        """
        x = torch.arange(6).reshape(2, 3)
        print(x.apply_(lambda v: v * 2 + 0.7))
        print(torch.tensor([1.5, 2.5]).map_(torch.tensor([1., 2.]), lambda u, v: u * v))
        print(torch.zeros(2, 2).map2_(torch.tensor([1., 2.]), torch.tensor([[3.], [4.]]), lambda a, b, c: a + b * c))
        a = torch.ones(2, requires_grad=True)
        b = torch.ones(2)
        for f in [lambda: a.apply_(lambda v: v), lambda: b.map_(a, lambda u, v: u), lambda: b.map2_(a, b, lambda u, v, w: u)]:
            try:
                f()
            except RuntimeError as e:
                print(e)
        print(x.H, torch.tensor(3.).H, torch.tensor([[1 + 2j, 3j]]).H)
        for bad in [lambda: b.H, lambda: torch.ones(2, 3, 4).H]:
            try:
                bad()
            except RuntimeError as e:
                print(e)
        print(x.is_nested, x.to_sparse_coo().layout)
        A = torch.tensor([[4., 3.], [6., 3.]])
        LU, pivots = A.lu()
        print(LU, pivots)
        LU, pivots, infos = torch.lu(A, get_infos=True)
        print(LU, pivots, infos)
        """,
        () =>
        {
            var x = torch.arange(6).reshape(2, 3);
            print(x.apply_(v => v * 2 + 0.7));
            print(torch.tensor([1.5, 2.5]).map_(torch.tensor([1.0, 2.0]), (u, v) => u * v));
            print(torch.zeros(2, 2).map2_(torch.tensor([1.0, 2.0]), torch.tensor(new double[,] { { 3 }, { 4 } }), (a, b, c) => a + b * c));
            var a = torch.ones(2, requires_grad: true);
            var b = torch.ones(2);
            foreach (var f in new Action[] { () => a.apply_(v => v), () => b.map_(a, (u, v) => u), () => b.map2_(a, b, (u, v, w) => u) })
            {
                try { f(); }
                catch (TorchException e) { print(e.Message); }
            }
            var complexRow = torch.tensor(new double[,] { { 1, 0 } }).to(torch.complex64) + torch.tensor(new double[,] { { 2, 3 } }).to(torch.complex64) * Imaginary();
            print(x.H, torch.tensor(3.0).H, complexRow.H);
            foreach (var bad in new Func<Tensor>[] { () => b.H, () => torch.ones(2, 3, 4).H })
            {
                try { bad(); }
                catch (TorchException e) { print(e.Message); }
            }
            print(x.is_nested, x.to_sparse_coo().layout);
            var A = torch.tensor(new double[,] { { 4, 3 }, { 6, 3 } });
            var (LU, pivots) = A.lu();
            print(LU, pivots);
            var (LU3, pivots3, infos) = torch.lu(A, get_infos: true);
            print(LU3, pivots3, infos);
        });

    private static Tensor Imaginary() => torch.complex(torch.tensor(0.0), torch.tensor(1.0));

    [Test]
    public void HistogramddAndTheSparseAliases() => Dialect.Verify(
        """
        torch.manual_seed(0)
        x = torch.rand(5, 2)
        print(torch.histogramdd(x, bins=3))
        print(torch.histogramdd(x, bins=[2, 3], range=[0., 1., 0., 1.], density=True).hist)
        print(torch.histogramdd(x, bins=[torch.tensor([0., 0.5, 1.]), torch.tensor([0., 1.])]))
        h, e = torch.histogramdd(x, 2)
        print(h, e)
        s = torch.sparse_coo_tensor(torch.tensor([[0, 1], [1, 0]]), torch.tensor([1., 2.]), (2, 2))
        d = torch.ones(2, 2)
        print(torch.dsmm(s, d), torch.spmm(s, d), torch.hsmm(s, d).to_dense(), torch.saddmm(s, s, d).to_dense())
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.rand(5, 2);
            print(torch.histogramdd(x, bins: 3));
            print(torch.histogramdd(x, bins: [2, 3], range: [0.0, 1.0, 0.0, 1.0], density: true).hist);
            print(torch.histogramdd(x, bins: [torch.tensor([0.0, 0.5, 1.0]), torch.tensor([0.0, 1.0])]));
            var (h, e) = torch.histogramdd(x, 2);
            print(h, e);
            var s = torch.sparse_coo_tensor(torch.tensor(new long[,] { { 0, 1 }, { 1, 0 } }), torch.tensor([1.0, 2.0]), [2, 2]);
            var d = torch.ones(2, 2);
            print(torch.dsmm(s, d), torch.spmm(s, d), torch.hsmm(s, d).to_dense(), torch.saddmm(s, s, d).to_dense());
        });
}
