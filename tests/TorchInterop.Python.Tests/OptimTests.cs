using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary><c>torch.optim.SGD</c> in the dialect, step for step against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class OptimTests
{
    [Test]
    public void SgdStepAndZeroGrad() => Dialect.Verify(
        """
        torch.manual_seed(0)
        w = torch.randn(3, requires_grad=True)
        b = torch.zeros(1, requires_grad=True)
        for kwargs in [dict(lr=0.1), dict(lr=0.1, momentum=0.9), dict(lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.01),
                       dict(lr=0.05, momentum=0.5, dampening=0.3)]:
            optimizer = torch.optim.SGD([w, b], **kwargs)
            for step in range(5):
                optimizer.zero_grad()
                loss = ((w * torch.arange(3.0)).sum() + b - 1).pow(2).sum()
                loss.backward()
                optimizer.step()
            print(w, b, b.grad)
        optimizer.zero_grad()
        print(w.grad, b.grad)
        torch.optim.SGD([w], lr=0.1, momentum=0.9, nesterov=True, dampening=0.5)
        """,
        () =>
        {
            torch.manual_seed(0);
            var w = torch.randn(3, requires_grad: true);
            var b = torch.zeros(1, requires_grad: true);
            foreach (var make in new Func<Optim.SGD>[]
            {
                () => torch.optim.SGD([w, b], lr: 0.1),
                () => torch.optim.SGD([w, b], lr: 0.1, momentum: 0.9),
                () => torch.optim.SGD([w, b], lr: 0.05, momentum: 0.9, nesterov: true, weight_decay: 0.01),
                () => torch.optim.SGD([w, b], lr: 0.05, momentum: 0.5, dampening: 0.3),
            })
            {
                var optimizer = make();
                for (int step = 0; step < 5; step++)
                {
                    optimizer.zero_grad();
                    var loss = ((w * torch.arange(3.0)).sum() + b - 1).pow(2).sum();
                    loss.backward();
                    optimizer.step();
                }
                print(w, b, b.grad);
            }
            torch.optim.SGD([w, b], lr: 0.1).zero_grad();
            print(w.grad, b.grad);
            torch.optim.SGD([w], lr: 0.1, momentum: 0.9, nesterov: true, dampening: 0.5);
        });
}
