using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// Adadelta, Adamax, ASGD, NAdam, RAdam, Rprop and SparseAdam in the dialect against PyTorch: parameters after
/// several steps, the state PyTorch keeps, group options, and the argument checks' messages.
/// </summary>
[TestFixture, NonParallelizable]
public class OptimMoreOptimizersTests
{
    [Test]
    public void TrajectoriesAndState() => Dialect.Verify(
        """
        torch.manual_seed(0)
        w = torch.randn(3, requires_grad=True)
        b = torch.zeros(1, requires_grad=True)
        x = torch.arange(3.0)
        makers = [lambda: torch.optim.Adadelta([w, b], lr=1.0, rho=0.8, weight_decay=0.1),
                  lambda: torch.optim.Adadelta([w, b], maximize=True),
                  lambda: torch.optim.Adamax([w, b], lr=0.1, betas=(0.8, 0.9), weight_decay=0.01),
                  lambda: torch.optim.Adamax([w, b], maximize=True),
                  lambda: torch.optim.ASGD([w, b], lr=0.05, t0=2.0, weight_decay=0.01),
                  lambda: torch.optim.ASGD([w, b], lr=0.05, lambd=0.01, alpha=0.5, maximize=True),
                  lambda: torch.optim.NAdam([w, b], lr=0.1, weight_decay=0.1, momentum_decay=0.01),
                  lambda: torch.optim.RAdam([w, b], lr=0.1, betas=(0.5, 0.6)),
                  lambda: torch.optim.RAdam([w, b], lr=0.1, weight_decay=0.1),
                  lambda: torch.optim.Rprop([w, b], lr=0.1),
                  lambda: torch.optim.Rprop([w, b], lr=0.1, etas=(0.3, 1.5), step_sizes=(0.01, 0.2), maximize=True)]
        for make in makers:
            optimizer = make()
            for step in range(7):
                optimizer.zero_grad()
                loss = ((w * x).sum() + b - 1).pow(2).sum() + w.pow(4).sum()
                loss.backward()
                optimizer.step()
            state = optimizer.state_dict()['state']
            print(type(optimizer).__name__, w, b)
            print(list(state[0].keys()), [state[0][k] for k in state[0] if k != 'step' and k != 'ax'], state[1]['step'])
            # weight_decay's default is Python's int 0, which C# keeps as the double 0.0
            print([(k, v) for k, v in optimizer.state_dict()['param_groups'][0].items() if not isinstance(v, tuple) and k != 'weight_decay'])
        """,
        () =>
        {
            torch.manual_seed(0);
            var w = torch.randn(3, requires_grad: true);
            var b = torch.zeros(1, requires_grad: true);
            var x = torch.arange(3.0);
            foreach (var make in new Func<Optim.Optimizer>[]
            {
                () => torch.optim.Adadelta([w, b], lr: 1.0, rho: 0.8, weight_decay: 0.1),
                () => torch.optim.Adadelta([w, b], maximize: true),
                () => torch.optim.Adamax([w, b], lr: 0.1, betas: (0.8, 0.9), weight_decay: 0.01),
                () => torch.optim.Adamax([w, b], maximize: true),
                () => torch.optim.ASGD([w, b], lr: 0.05, t0: 2.0, weight_decay: 0.01),
                () => torch.optim.ASGD([w, b], lr: 0.05, lambd: 0.01, alpha: 0.5, maximize: true),
                () => torch.optim.NAdam([w, b], lr: 0.1, weight_decay: 0.1, momentum_decay: 0.01),
                () => torch.optim.RAdam([w, b], lr: 0.1, betas: (0.5, 0.6)),
                () => torch.optim.RAdam([w, b], lr: 0.1, weight_decay: 0.1),
                () => torch.optim.Rprop([w, b], lr: 0.1),
                () => torch.optim.Rprop([w, b], lr: 0.1, etas: (0.3, 1.5), step_sizes: (0.01, 0.2), maximize: true),
            })
            {
                var optimizer = make();
                for (int step = 0; step < 7; step++)
                {
                    optimizer.zero_grad();
                    var loss = ((w * x).sum() + b - 1).pow(2).sum() + w.pow(4).sum();
                    loss.backward();
                    optimizer.step();
                }
                var state = (Dictionary<long, object?>)optimizer.state_dict()["state"]!;
                var first = (Dictionary<string, object?>)state[0]!;
                print(optimizer.GetType().Name, w, b);
                print(first.Keys.ToList(), first.Where(kv => kv.Key != "step" && kv.Key != "ax").Select(kv => kv.Value).ToList(),
                    ((Dictionary<string, object?>)state[1]!)["step"]);
                var group = (Dictionary<string, object?>)((List<object?>)optimizer.state_dict()["param_groups"]!)[0]!;
                print(group.Where(kv => kv.Value is not object?[] && kv.Key != "weight_decay").Select(kv => (kv.Key, kv.Value)).ToList());
            }
        });

    [Test]
    public void VersionFlagsGroupsAndStateDictRoundTrip() => Dialect.Verify(
        """
        torch.manual_seed(0)
        model = torch.nn.Linear(3, 2)
        x = torch.randn(4, 3)
        opt = torch.optim.NAdam([{'params': [model.weight]}, {'params': [model.bias], 'lr': 0.01, 'momentum_decay': 0.1}], lr=0.05)
        for step in range(3):
            opt.zero_grad()
            model(x).pow(2).sum().backward()
            opt.step()
        print(model.weight, model.bias, opt.param_groups[1]['momentum_decay'], opt.param_groups[0]['momentum_decay'])
        saved = opt.state_dict()
        again = torch.optim.NAdam(model.parameters(), lr=0.05)
        again = torch.optim.NAdam([{'params': [model.weight]}, {'params': [model.bias]}], lr=0.5)
        again.load_state_dict(saved)
        print(again.param_groups[1]['lr'], again.param_groups[1]['momentum_decay'], again.state_dict()['state'][1]['mu_product'])
        for step in range(2):
            again.zero_grad()
            model(x).pow(2).sum().backward()
            again.step()
        print(model.weight, model.bias)
        rprop = torch.optim.Rprop(model.parameters())
        print(rprop.param_groups[0]['etas'], rprop.param_groups[0]['step_sizes'], rprop.param_groups[0]['foreach'])
        rprop.add_param_group({'params': torch.ones(2, requires_grad=True), 'etas': (0.4, 1.1)})
        print(rprop.param_groups[1]['etas'], rprop.param_groups[1]['lr'])
        asgd = torch.optim.ASGD(model.parameters(), foreach=True)
        print(asgd.param_groups[0]['foreach'], asgd.param_groups[0]['t0'], asgd.param_groups[0]['lambd'])
        """,
        () =>
        {
            torch.manual_seed(0);
            var model = torch.nn.Linear(3, 2);
            var x = torch.randn(4, 3);
            var opt = torch.optim.NAdam([dict(@params: new[] { model.weight }), dict(@params: new[] { model.bias! }, lr: 0.01, momentum_decay: 0.1)], lr: 0.05);
            for (int step = 0; step < 3; step++)
            {
                opt.zero_grad();
                model.forward(x).pow(2).sum().backward();
                opt.step();
            }
            print(model.weight, model.bias, opt.param_groups[1]["momentum_decay"], opt.param_groups[0]["momentum_decay"]);
            var saved = opt.state_dict();
            var again = torch.optim.NAdam([dict(@params: new[] { model.weight }), dict(@params: new[] { model.bias! })], lr: 0.5);
            again.load_state_dict(saved);
            var state = (Dictionary<long, object?>)again.state_dict()["state"]!;
            print(again.param_groups[1]["lr"], again.param_groups[1]["momentum_decay"], ((Dictionary<string, object?>)state[1]!)["mu_product"]);
            for (int step = 0; step < 2; step++)
            {
                again.zero_grad();
                model.forward(x).pow(2).sum().backward();
                again.step();
            }
            print(model.weight, model.bias);
            var rprop = torch.optim.Rprop(model.parameters());
            print(rprop.param_groups[0]["etas"], rprop.param_groups[0]["step_sizes"], rprop.param_groups[0]["foreach"]);
            rprop.add_param_group(dict(@params: torch.ones(2, requires_grad: true), etas: (0.4, 1.1)));
            print(rprop.param_groups[1]["etas"], rprop.param_groups[1]["lr"]);
            var asgd = torch.optim.ASGD(model.parameters(), @foreach: true);
            print(asgd.param_groups[0]["foreach"], asgd.param_groups[0]["t0"], asgd.param_groups[0]["lambd"]);
        });

    [Test]
    public void ArgumentChecks() => Dialect.Verify(
        """
        w = torch.ones(2, requires_grad=True)
        attempts = [lambda: torch.optim.Adadelta([w], lr=-1.0), lambda: torch.optim.Adadelta([w], rho=1.5),
                    lambda: torch.optim.Adadelta([w], eps=-0.5), lambda: torch.optim.Adadelta([w], weight_decay=-0.1),
                    lambda: torch.optim.Adamax([w], betas=(1.0, 0.9)), lambda: torch.optim.Adamax([w], betas=(0.9, -0.1)),
                    lambda: torch.optim.ASGD([w], lr=-0.01), lambda: torch.optim.ASGD([w], weight_decay=-2.0),
                    lambda: torch.optim.NAdam([w], momentum_decay=-0.5), lambda: torch.optim.NAdam([w], eps=-1e-9),
                    lambda: torch.optim.RAdam([w], betas=(0.5, 1.5)), lambda: torch.optim.Rprop([w], etas=(1.5, 2.0)),
                    lambda: torch.optim.Rprop([w], etas=(0.5, 0.9)), lambda: torch.optim.SparseAdam([w], lr=0.0),
                    lambda: torch.optim.SparseAdam([w], eps=0.0), lambda: torch.optim.Adamax([]), lambda: torch.optim.SparseAdam([])]
        for attempt in attempts:
            try:
                attempt()
            except ValueError as e:
                print('ValueError:', e)
        sparse = torch.optim.SparseAdam([w])
        print(sparse.param_groups[0]['lr'], sparse.param_groups[0]['betas'], sparse.param_groups[0]['maximize'])
        w.sum().backward()
        sparse.step()
        """,
        () =>
        {
            var w = torch.ones(2, requires_grad: true);
            foreach (var attempt in new Action[]
            {
                () => torch.optim.Adadelta([w], lr: -1.0), () => torch.optim.Adadelta([w], rho: 1.5),
                () => torch.optim.Adadelta([w], eps: -0.5), () => torch.optim.Adadelta([w], weight_decay: -0.1),
                () => torch.optim.Adamax([w], betas: (1.0, 0.9)), () => torch.optim.Adamax([w], betas: (0.9, -0.1)),
                () => torch.optim.ASGD([w], lr: -0.01), () => torch.optim.ASGD([w], weight_decay: -2.0),
                () => torch.optim.NAdam([w], momentum_decay: -0.5), () => torch.optim.NAdam([w], eps: -1e-9),
                () => torch.optim.RAdam([w], betas: (0.5, 1.5)), () => torch.optim.Rprop([w], etas: (1.5, 2.0)),
                () => torch.optim.Rprop([w], etas: (0.5, 0.9)), () => torch.optim.SparseAdam([w], lr: 0.0),
                () => torch.optim.SparseAdam([w], eps: 0.0), () => torch.optim.Adamax([]), () => torch.optim.SparseAdam([]),
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
            var sparse = torch.optim.SparseAdam([w]);
            print(sparse.param_groups[0]["lr"], sparse.param_groups[0]["betas"], sparse.param_groups[0]["maximize"]);
            w.sum().backward();
            sparse.step();
        });
}
