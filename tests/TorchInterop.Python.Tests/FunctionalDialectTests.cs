using static TorchInterop.Python.Builtins;
using F = TorchInterop.Python.torch.nn.functional;

namespace TorchInterop.Python.Tests;

/// <summary><c>torch.nn.functional</c> under its Python names.</summary>
[TestFixture, NonParallelizable]
public class FunctionalDialectTests
{
    [Test]
    public void Losses() => Dialect.Verify(
        """
        import torch.nn.functional as F
        torch.manual_seed(0)
        x = torch.randn(3, 5, requires_grad=True)
        y = torch.randn(3, 5)
        p = torch.rand(3, 5)
        c = torch.tensor([1, 0, 4])
        ce = F.cross_entropy(x, c, weight=p[0], ignore_index=0, label_smoothing=0.1)
        nll = F.nll_loss(F.log_softmax(x, dim=1), c, reduction='sum')
        mse = F.mse_loss(x, y, reduction='none')
        print(ce, nll, mse, ce.grad_fn, nll.grad_fn)
        print(F.l1_loss(x, y), F.smooth_l1_loss(x, y, beta=0.5), F.huber_loss(x, y, delta=2.0))
        print(F.binary_cross_entropy(torch.sigmoid(x), p, weight=p), F.binary_cross_entropy_with_logits(x, p, pos_weight=p[1]))
        print(F.kl_div(F.log_softmax(x, dim=1), F.softmax(y, dim=1), reduction='batchmean'))
        print(F.kl_div(F.log_softmax(x, dim=1), F.log_softmax(y, dim=1), reduction='sum', log_target=True))
        print(F.relu(x), F.softmax(x, dim=0, dtype=torch.float64))
        (ce + nll + mse.sum()).backward()
        print(x.grad)
        F.mse_loss(x, y, reduction='avg')
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn(3, 5, requires_grad: true);
            var y = torch.randn(3, 5);
            var p = torch.rand(3, 5);
            var c = torch.tensor(new long[] { 1, 0, 4 });
            var ce = F.cross_entropy(x, c, weight: p[0], ignore_index: 0, label_smoothing: 0.1);
            var nll = F.nll_loss(F.log_softmax(x, dim: 1), c, reduction: "sum");
            var mse = F.mse_loss(x, y, reduction: "none");
            print(ce, nll, mse, ce.grad_fn, nll.grad_fn);
            print(F.l1_loss(x, y), F.smooth_l1_loss(x, y, beta: 0.5), F.huber_loss(x, y, delta: 2.0));
            print(F.binary_cross_entropy(torch.sigmoid(x), p, weight: p), F.binary_cross_entropy_with_logits(x, p, pos_weight: p[1]));
            print(F.kl_div(F.log_softmax(x, dim: 1), F.softmax(y, dim: 1), reduction: "batchmean"));
            print(F.kl_div(F.log_softmax(x, dim: 1), F.log_softmax(y, dim: 1), reduction: "sum", log_target: true));
            print(F.relu(x), F.softmax(x, dim: 0, dtype: torch.float64));
            (ce + nll + mse.sum()).backward();
            print(x.grad);
            F.mse_loss(x, y, reduction: "avg");
        });
}
