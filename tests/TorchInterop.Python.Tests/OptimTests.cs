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

    [Test]
    public void AdaptiveOptimizersAndSchedulers() => Dialect.Verify(
        """
        torch.manual_seed(0)
        w = torch.randn(3, requires_grad=True)
        b = torch.zeros(1, requires_grad=True)
        for optimizer in [torch.optim.Adam([w, b], lr=0.1, betas=(0.8, 0.99), amsgrad=True),
                          torch.optim.AdamW([w, b], lr=0.1, weight_decay=0.1, maximize=True),
                          torch.optim.RMSprop([w, b], lr=0.01, momentum=0.9, centered=True),
                          torch.optim.Adagrad([w, b], lr=0.1, lr_decay=0.01, initial_accumulator_value=0.1)]:
            scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=3, eta_min=0.001)
            for step in range(5):
                optimizer.zero_grad(set_to_none=True)
                loss = ((w * torch.arange(3.0)).sum() + b - 1).pow(2).sum()
                loss.backward()
                optimizer.step()
                scheduler.step()
            print(w, b, scheduler.get_last_lr(), list(optimizer.state_dict()['state'][1].keys()))
        optimizer.zero_grad(set_to_none=True)
        print(w.grad, b.grad)
        optimizer = torch.optim.SGD([w], lr=1.0)
        for scheduler in [torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5),
                          torch.optim.lr_scheduler.LambdaLR(optimizer, lambda epoch: 1 / (epoch + 1))]:
            for step in range(4):
                scheduler.step()
                print(scheduler.get_last_lr())
        torch.optim.Adam([w], betas=(0.9, 1.0))
        """,
        () =>
        {
            torch.manual_seed(0);
            var w = torch.randn(3, requires_grad: true);
            var b = torch.zeros(1, requires_grad: true);
            Optim.Optimizer optimizer = null!;
            foreach (var make in new Func<Optim.Optimizer>[]
            {
                () => torch.optim.Adam([w, b], lr: 0.1, betas: (0.8, 0.99), amsgrad: true),
                () => torch.optim.AdamW([w, b], lr: 0.1, weight_decay: 0.1, maximize: true),
                () => torch.optim.RMSprop([w, b], lr: 0.01, momentum: 0.9, centered: true),
                () => torch.optim.Adagrad([w, b], lr: 0.1, lr_decay: 0.01, initial_accumulator_value: 0.1),
            })
            {
                optimizer = make();
                var scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max: 3, eta_min: 0.001);
                for (int step = 0; step < 5; step++)
                {
                    optimizer.zero_grad(set_to_none: true);
                    var loss = ((w * torch.arange(3.0)).sum() + b - 1).pow(2).sum();
                    loss.backward();
                    optimizer.step();
                    scheduler.step();
                }
                var state = (System.Collections.IDictionary)optimizer.state_dict()["state"]!;
                print(w, b, scheduler.get_last_lr(), ((Dictionary<string, object?>)state[1L]!).Keys.ToList());
            }
            optimizer.zero_grad(set_to_none: true);
            print(w.grad, b.grad);
            var sgd = torch.optim.SGD([w], lr: 1.0);
            foreach (var scheduler in new Optim.Schedulers.LRScheduler[]
            {
                torch.optim.lr_scheduler.StepLR(sgd, step_size: 2, gamma: 0.5),
                torch.optim.lr_scheduler.LambdaLR(sgd, epoch => 1.0 / (epoch + 1)),
            })
            {
                for (int step = 0; step < 4; step++)
                {
                    scheduler.step();
                    print(scheduler.get_last_lr());
                }
            }
            torch.optim.Adam([w], betas: (0.9, 1.0));
        });
}
