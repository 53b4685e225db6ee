using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>The generated ops under their Python names.</summary>
[TestFixture, NonParallelizable]
public class GeneratedOpsDialectTests
{
    [Test]
    public void FunctionsAndMethods() => Dialect.Verify(
        """
        torch.manual_seed(0)
        a = torch.randn(3, 4, requires_grad=True)
        b = torch.randn(4, 2)
        y = torch.addmm(torch.zeros(3, 2), a, b, alpha=2)
        print(y, a.index_select(1, torch.tensor([0, 2])), torch.log_softmax(a, dim=1))
        print(torch.stack([a, a]).shape, a.unfold(1, 2, 2), torch.einsum('ij,jk->ik', a, b))
        print(torch.where(a > 0, a, torch.zeros(3, 4)), a.detach().clone().masked_fill_(a > 0, 0.5))
        values, indices = torch.sort(a, dim=1, descending=True)
        print(values, indices, torch.cumsum(a, 1).sum(), a.clamp(min=-0.5, max=0.5))
        (y.sum() + torch.log_softmax(a, dim=1).sum()).backward()
        print(a.grad)
        """,
        () =>
        {
            torch.manual_seed(0);
            var a = torch.randn(3, 4, requires_grad: true);
            var b = torch.randn(4, 2);
            var y = torch.addmm(torch.zeros(3, 2), a, b, alpha: 2);
            print(y, a.index_select(1, torch.tensor(new[] { 0, 2 })), torch.log_softmax(a, dim: 1));
            print(torch.stack([a, a]).shape, a.unfold(1, 2, 2), torch.einsum("ij,jk->ik", [a, b]));
            print(torch.where(a > 0, a, torch.zeros(3, 4)), a.detach().clone().masked_fill_(a > 0, 0.5));
            var (values, indices) = torch.sort(a, dim: 1, descending: true);
            print(values, indices, torch.cumsum(a, 1).sum(), a.clamp(min: -0.5, max: 0.5));
            (y.sum() + torch.log_softmax(a, dim: 1).sum()).backward();
            print(a.grad);
        });
}
