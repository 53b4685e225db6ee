using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.linalg, torch.fft and torch.special under Python's names, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class LinalgFftSpecialTests
{
    [Test]
    public void NamespacesReachTheirOps() => Dialect.Verify(
        """
        torch.manual_seed(0)
        a = torch.randn(3, 3, requires_grad=True)
        x = torch.randn(8)
        print(torch.linalg.norm(a), torch.linalg.vector_norm(x, 3), torch.linalg.matrix_norm(a))
        print(torch.linalg.inv(a), torch.linalg.det(a))
        q, r = torch.linalg.qr(a)
        print(r.abs().sum())
        print(torch.fft.rfft(x).abs(), torch.fft.fftfreq(4), torch.fft.fft(x).abs().sum())
        print(torch.special.expit(x), torch.special.erf(x), torch.special.xlogy(x.abs(), 2.0))
        torch.linalg.det(a).backward()
        print(a.grad)
        """,
        () =>
        {
            torch.manual_seed(0);
            var a = torch.randn(3, 3, requires_grad: true);
            var x = torch.randn(8);
            print(torch.linalg.norm(a), torch.linalg.vector_norm(x, 3), torch.linalg.matrix_norm(a));
            print(torch.linalg.inv(a), torch.linalg.det(a));
            var (q, r) = torch.linalg.qr(a);
            print(r.abs().sum());
            print(torch.fft.rfft(x).abs(), torch.fft.fftfreq(4), torch.fft.fft(x).abs().sum());
            print(torch.special.expit(x), torch.special.erf(x), torch.special.xlogy(x.abs(), 2.0));
            torch.linalg.det(a).backward();
            print(a.grad);
        });
}
