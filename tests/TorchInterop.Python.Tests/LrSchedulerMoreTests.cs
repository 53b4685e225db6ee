using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// The learning rate schedulers beyond StepLR, CosineAnnealingLR and LambdaLR, against PyTorch: the rates over
/// several epochs, state dicts, messages; and an optimizer written on <c>torch.optim.Optimizer</c>.
/// </summary>
[TestFixture, NonParallelizable]
public class LrSchedulerMoreTests
{
    [Test]
    public void LearningRateSequences() => Dialect.Verify(
        """
        w = torch.ones(2, requires_grad=True)
        b = torch.ones(1, requires_grad=True)
        makers = [lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.7),
                  lambda o: torch.optim.lr_scheduler.MultiplicativeLR(o, lambda epoch: 0.9 ** epoch),
                  lambda o: torch.optim.lr_scheduler.MultiplicativeLR(o, [lambda e: 0.5, lambda e: 1.0 + e]),
                  lambda o: torch.optim.lr_scheduler.LambdaLR(o, [lambda e: 0.5 * e, lambda e: 1.0 / (e + 1)]),
                  lambda o: torch.optim.lr_scheduler.MultiStepLR(o, milestones=[2, 4, 4], gamma=0.3),
                  lambda o: torch.optim.lr_scheduler.ConstantLR(o),
                  lambda o: torch.optim.lr_scheduler.ConstantLR(o, factor=0.25, total_iters=3),
                  lambda o: torch.optim.lr_scheduler.LinearLR(o),
                  lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=0.1, end_factor=0.9, total_iters=4),
                  lambda o: torch.optim.lr_scheduler.PolynomialLR(o),
                  lambda o: torch.optim.lr_scheduler.PolynomialLR(o, total_iters=4, power=2.0)]
        for make in makers:
            optimizer = torch.optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.5}], lr=0.1)
            scheduler = make(optimizer)
            lrs = [scheduler.get_last_lr()]
            for epoch in range(7):
                optimizer.step()
                scheduler.step()
                lrs.append(scheduler.get_last_lr())
            print(type(scheduler).__name__, lrs)
            state = scheduler.state_dict()
            print(state['last_epoch'], state['_step_count'], state['base_lrs'], state['_last_lr'])
        optimizer = torch.optim.SGD([w], lr=0.1)
        scheduler = torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=0.2, total_iters=4)
        for epoch in range(2):
            optimizer.step()
            scheduler.step()
        saved = scheduler.state_dict()
        other = torch.optim.lr_scheduler.LinearLR(torch.optim.SGD([b], lr=0.1), start_factor=0.5, total_iters=10)
        other.load_state_dict(saved)
        print(other.start_factor, other.total_iters, other.last_epoch, other.get_last_lr())
        for attempt in [lambda: torch.optim.lr_scheduler.ConstantLR(optimizer, factor=1.5),
                        lambda: torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=-0.5),
                        lambda: torch.optim.lr_scheduler.LinearLR(optimizer, end_factor=2.0),
                        lambda: torch.optim.lr_scheduler.MultiplicativeLR(optimizer, [lambda e: 1.0, lambda e: 2.0])]:
            try:
                attempt()
            except ValueError as e:
                print('ValueError:', e)
        """,
        () =>
        {
            var w = torch.ones(2, requires_grad: true);
            var b = torch.ones(1, requires_grad: true);
            foreach (var make in new Func<Optim.Optimizer, Optim.Schedulers.LRScheduler>[]
            {
                o => torch.optim.lr_scheduler.ExponentialLR(o, gamma: 0.7),
                o => torch.optim.lr_scheduler.MultiplicativeLR(o, epoch => Math.Pow(0.9, epoch)),
                o => torch.optim.lr_scheduler.MultiplicativeLR(o, [e => 0.5, e => 1.0 + e]),
                o => torch.optim.lr_scheduler.LambdaLR(o, [e => 0.5 * e, e => 1.0 / (e + 1)]),
                o => torch.optim.lr_scheduler.MultiStepLR(o, milestones: [2, 4, 4], gamma: 0.3),
                o => torch.optim.lr_scheduler.ConstantLR(o),
                o => torch.optim.lr_scheduler.ConstantLR(o, factor: 0.25, total_iters: 3),
                o => torch.optim.lr_scheduler.LinearLR(o),
                o => torch.optim.lr_scheduler.LinearLR(o, start_factor: 0.1, end_factor: 0.9, total_iters: 4),
                o => torch.optim.lr_scheduler.PolynomialLR(o),
                o => torch.optim.lr_scheduler.PolynomialLR(o, total_iters: 4, power: 2.0),
            })
            {
                var optimizer = torch.optim.SGD([dict(@params: new[] { w }), dict(@params: new[] { b }, lr: 0.5)], lr: 0.1);
                var scheduler = make(optimizer);
                var lrs = new List<object?> { scheduler.get_last_lr() };
                for (int epoch = 0; epoch < 7; epoch++)
                {
                    optimizer.step();
                    scheduler.step();
                    lrs.Add(scheduler.get_last_lr());
                }
                print(scheduler.GetType().Name, lrs);
                var state = scheduler.state_dict();
                print(state["last_epoch"], state["_step_count"], state["base_lrs"], state["_last_lr"]);
            }
            var sgd = torch.optim.SGD([w], lr: 0.1);
            var linear = torch.optim.lr_scheduler.LinearLR(sgd, start_factor: 0.2, total_iters: 4);
            for (int epoch = 0; epoch < 2; epoch++)
            {
                sgd.step();
                linear.step();
            }
            var saved = linear.state_dict();
            var other = torch.optim.lr_scheduler.LinearLR(torch.optim.SGD([b], lr: 0.1), start_factor: 0.5, total_iters: 10);
            other.load_state_dict(saved);
            print(other.StartFactor, other.TotalIters, other.last_epoch, other.get_last_lr());
            foreach (var attempt in new Action[]
            {
                () => torch.optim.lr_scheduler.ConstantLR(sgd, factor: 1.5),
                () => torch.optim.lr_scheduler.LinearLR(sgd, start_factor: -0.5),
                () => torch.optim.lr_scheduler.LinearLR(sgd, end_factor: 2.0),
                () => torch.optim.lr_scheduler.MultiplicativeLR(sgd, [e => 1.0, e => 2.0]),
            })
            {
                try
                {
                    attempt();
                }
                catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
                {
                    print("ValueError:", e.Message);
                }
            }
        });

    [Test]
    public void ReduceOnPlateau() => Dialect.Verify(
        """
        w = torch.ones(2, requires_grad=True)
        b = torch.ones(1, requires_grad=True)
        metrics = [1.0, 0.9, 0.95, 0.95, 0.95, 0.8, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85]
        for kwargs in [dict(patience=1), dict(mode='max', factor=0.5, patience=0, threshold=0.1),
                       dict(threshold_mode='abs', threshold=0.06, cooldown=2, patience=0, min_lr=0.02),
                       dict(patience=0, factor=0.2, min_lr=[0.05, 0.3])]:
            optimizer = torch.optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.5}], lr=0.1)
            scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, **kwargs)
            lrs = []
            for metric in metrics:
                optimizer.step()
                scheduler.step(metric)
                lrs.append([group['lr'] for group in optimizer.param_groups])
            print(lrs, scheduler.best, scheduler.num_bad_epochs, scheduler.last_epoch)
            print(scheduler.state_dict())
        scheduler.step(torch.tensor(0.25))
        print(scheduler.best)
        for attempt in [lambda: torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, factor=1.0),
                        lambda: torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode='avg'),
                        lambda: torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, threshold_mode='pct'),
                        lambda: torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, min_lr=[0.1])]:
            try:
                attempt()
            except ValueError as e:
                print('ValueError:', e)
        """,
        () =>
        {
            var w = torch.ones(2, requires_grad: true);
            var b = torch.ones(1, requires_grad: true);
            double[] metrics = [1.0, 0.9, 0.95, 0.95, 0.95, 0.8, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85];
            Optim.SGD optimizer = null!;
            Optim.Schedulers.ReduceLROnPlateau scheduler = null!;
            foreach (var make in new Func<Optim.Optimizer, Optim.Schedulers.ReduceLROnPlateau>[]
            {
                o => torch.optim.lr_scheduler.ReduceLROnPlateau(o, patience: 1),
                o => torch.optim.lr_scheduler.ReduceLROnPlateau(o, mode: "max", factor: 0.5, patience: 0, threshold: 0.1),
                o => torch.optim.lr_scheduler.ReduceLROnPlateau(o, threshold_mode: "abs", threshold: 0.06, cooldown: 2, patience: 0, min_lr: 0.02),
                o => torch.optim.lr_scheduler.ReduceLROnPlateau(o, patience: 0, factor: 0.2, min_lr: [0.05, 0.3]),
            })
            {
                optimizer = torch.optim.SGD([dict(@params: new[] { w }), dict(@params: new[] { b }, lr: 0.5)], lr: 0.1);
                scheduler = make(optimizer);
                var lrs = new List<object?>();
                foreach (var metric in metrics)
                {
                    optimizer.step();
                    scheduler.step(metric);
                    lrs.Add(optimizer.param_groups.Select(group => group["lr"]).ToList());
                }
                print(lrs, scheduler.best, scheduler.num_bad_epochs, scheduler.last_epoch);
                print(scheduler.state_dict());
            }
            scheduler.step(torch.tensor(0.25));
            print(scheduler.best);
            foreach (var attempt in new Action[]
            {
                () => torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, factor: 1.0),
                () => torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode: "avg"),
                () => torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, threshold_mode: "pct"),
                () => torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, min_lr: [0.1]),
            })
            {
                try
                {
                    attempt();
                }
                catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
                {
                    print("ValueError:", e.Message);
                }
            }
        });

    private sealed class SignSGD(IEnumerable<Tensor> parameters, double lr, double decay) : torch.optim.Optimizer(parameters, dict(lr: lr, weight_decay: decay))
    {
        public override void step()
        {
            using var noGrad = torch.no_grad();
            foreach (var group in param_groups)
            {
                foreach (var p in (IEnumerable<Tensor>)group["params"]!)
                {
                    if (p.grad is null) continue;
                    var state = this.state[p];
                    state["step"] = (long)(state.GetValueOrDefault("step") ?? 0L) + 1;
                    p.mul_(1 - (double)group["weight_decay"]!).add_(p.grad!.sign() * -(double)group["lr"]!);
                }
            }
        }
    }

    [Test]
    public void OptimizerWrittenByHand() => Dialect.Verify(
        """
        class SignSGD(torch.optim.Optimizer):
            def __init__(self, params, lr, decay):
                super().__init__(params, dict(lr=lr, weight_decay=decay))
            @torch.no_grad()
            def step(self):
                for group in self.param_groups:
                    for p in group['params']:
                        if p.grad is None:
                            continue
                        state = self.state[p]
                        state['step'] = state.get('step', 0) + 1
                        p.mul_(1 - group['weight_decay']).add_(p.grad.sign() * -group['lr'])
        torch.manual_seed(0)
        w = torch.randn(3, requires_grad=True)
        optimizer = SignSGD([w], lr=0.1, decay=0.01)
        scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.5)
        for step in range(4):
            optimizer.zero_grad()
            (w * torch.arange(3.0) - 1).pow(2).sum().backward()
            optimizer.step()
            scheduler.step()
        print(w, optimizer.state_dict(), optimizer.defaults)
        """,
        () =>
        {
            torch.manual_seed(0);
            var w = torch.randn(3, requires_grad: true);
            var optimizer = new SignSGD([w], lr: 0.1, decay: 0.01);
            var scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma: 0.5);
            for (int step = 0; step < 4; step++)
            {
                optimizer.zero_grad();
                (w * torch.arange(3.0) - 1).pow(2).sum().backward();
                optimizer.step();
                scheduler.step();
            }
            print(w, optimizer.state_dict(), optimizer.defaults);
        });
}
