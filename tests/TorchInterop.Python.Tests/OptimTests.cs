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

    [Test]
    public void ParameterGroupsAsDictionaries() => Dialect.Verify(
        """
        torch.manual_seed(0)
        model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
        optimizer = torch.optim.SGD([{'params': model[0].parameters()}, {'params': model[2].parameters(), 'lr': 1e-3}], lr=1e-2, momentum=0.9)
        x = torch.randn(5, 3)
        for step in range(3):
            optimizer.zero_grad()
            model(x).pow(2).sum().backward()
            optimizer.step()
        optimizer.param_groups[0]['lr'] = 0.5
        print(optimizer.param_groups[1]['lr'], optimizer.param_groups[0]['lr'], optimizer.param_groups[1]['momentum'])
        optimizer.step()
        print(model[0].weight, model[2].bias)
        extra = torch.ones(2, requires_grad=True)
        optimizer.add_param_group({'params': extra, 'lr': 0.1})
        print(len(optimizer.param_groups), optimizer.param_groups[2]['momentum'], optimizer.param_groups[2]['nesterov'])
        adam = torch.optim.Adam([{'params': model[0].parameters(), 'betas': (0.8, 0.9)}, {'params': model[2].parameters()}], lr=0.01)
        scheduler = torch.optim.lr_scheduler.StepLR(adam, step_size=2, gamma=0.5)
        for step in range(3):
            adam.zero_grad()
            model(x).pow(2).sum().backward()
            adam.step()
            scheduler.step()
        print(model[0].bias, adam.param_groups[0]['betas'], scheduler.state_dict()['_last_lr'])
        """,
        () =>
        {
            torch.manual_seed(0);
            var model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2));
            var optimizer = torch.optim.SGD([dict(@params: model[0].parameters()), dict(@params: model[2].parameters(), lr: 1e-3)], lr: 1e-2, momentum: 0.9);
            var x = torch.randn(5, 3);
            for (int step = 0; step < 3; step++)
            {
                optimizer.zero_grad();
                model.forward(x).pow(2).sum().backward();
                optimizer.step();
            }
            optimizer.param_groups[0]["lr"] = 0.5;
            print(optimizer.param_groups[1]["lr"], optimizer.param_groups[0]["lr"], optimizer.param_groups[1]["momentum"]);
            optimizer.step();
            print(model[0].weight, model[2].bias);
            var extra = torch.ones(2, requires_grad: true);
            optimizer.add_param_group(dict(@params: extra, lr: 0.1));
            print(len(optimizer.param_groups), optimizer.param_groups[2]["momentum"], optimizer.param_groups[2]["nesterov"]);
            var adam = torch.optim.Adam([dict(@params: model[0].parameters(), betas: (0.8, 0.9)), dict(@params: model[2].parameters())], lr: 0.01);
            var scheduler = torch.optim.lr_scheduler.StepLR(adam, step_size: 2, gamma: 0.5);
            for (int step = 0; step < 3; step++)
            {
                adam.zero_grad();
                model.forward(x).pow(2).sum().backward();
                adam.step();
                scheduler.step();
            }
            print(model[0].bias, adam.param_groups[0]["betas"], scheduler.state_dict()["_last_lr"]);
        });
}
