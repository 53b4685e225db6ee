using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// CyclicLR, OneCycleLR, CosineAnnealingWarmRestarts, SequentialLR and ChainedScheduler against PyTorch: the learning
/// rates and momenta over many steps, state dicts, messages and the epoch-argument warning.
/// </summary>
[TestFixture, NonParallelizable]
public class LrSchedulerCyclicTests
{
    [Test]
    public void CyclicLRModesAndMomentum() => Dialect.Verify(
        """
        w = torch.ones(2, requires_grad=True)
        b = torch.ones(1, requires_grad=True)
        makers = [lambda o: torch.optim.lr_scheduler.CyclicLR(o, 0.01, 0.1, step_size_up=3),
                  lambda o: torch.optim.lr_scheduler.CyclicLR(o, 0.01, 0.1, step_size_up=2, step_size_down=4, mode='triangular2'),
                  lambda o: torch.optim.lr_scheduler.CyclicLR(o, [0.01, 0.02], [0.1, 0.3], step_size_up=2, mode='exp_range', gamma=0.9,
                                                              base_momentum=[0.7, 0.8], max_momentum=[0.9, 0.95]),
                  lambda o: torch.optim.lr_scheduler.CyclicLR(o, 0.01, 0.1, step_size_up=2, scale_fn=lambda x: 1.0 / (x + 1), scale_mode='iterations'),
                  lambda o: torch.optim.lr_scheduler.CyclicLR(o, 0.01, 0.1, step_size_up=2, scale_fn=lambda x: 0.5 ** x, cycle_momentum=False)]
        for make in makers:
            optimizer = torch.optim.SGD([{'params': [w]}, {'params': [b]}], lr=0.5, momentum=0.9)
            scheduler = make(optimizer)
            lrs, momenta = [scheduler.get_last_lr()], [optimizer.param_groups[1]['momentum']]
            for step in range(13):
                optimizer.step()
                scheduler.step()
                lrs.append(scheduler.get_last_lr())
                momenta.append(optimizer.param_groups[1]['momentum'])
            print(lrs)
            print(momenta)
            state = scheduler.state_dict()
            print(state['max_lrs'], state['total_size'], state['step_ratio'], state['mode'], state['scale_mode'], state['base_lrs'], state['last_epoch'])
        adam = torch.optim.Adam([w], lr=0.5)
        try:
            scheduler = torch.optim.lr_scheduler.CyclicLR(adam, 0.01, 0.1, step_size_up=2)
            for step in range(3):
                adam.step()
                scheduler.step()
                print(scheduler.get_last_lr(), adam.param_groups[0]['betas'][0])
        except ValueError as e:
            print('ValueError:', e)
        optimizer = torch.optim.SGD([w], lr=0.5)
        for attempt in [lambda: torch.optim.lr_scheduler.CyclicLR(optimizer, 0.01, 0.1),
                        lambda: torch.optim.lr_scheduler.CyclicLR(optimizer, 0.01, 0.1, mode='square', cycle_momentum=False),
                        lambda: torch.optim.lr_scheduler.CyclicLR(optimizer, [0.01, 0.02], [0.1, 0.2], cycle_momentum=False)]:
            try:
                attempt()
            except ValueError as e:
                print('ValueError:', e)
        """,
        () =>
        {
            var w = torch.ones(2, requires_grad: true);
            var b = torch.ones(1, requires_grad: true);
            foreach (var make in new Func<Optim.Optimizer, Optim.Schedulers.CyclicLR>[]
            {
                o => torch.optim.lr_scheduler.CyclicLR(o, 0.01, 0.1, step_size_up: 3),
                o => torch.optim.lr_scheduler.CyclicLR(o, 0.01, 0.1, step_size_up: 2, step_size_down: 4, mode: "triangular2"),
                o => torch.optim.lr_scheduler.CyclicLR(o, [0.01, 0.02], [0.1, 0.3], step_size_up: 2, mode: "exp_range", gamma: 0.9,
                    base_momentum: [0.7, 0.8], max_momentum: [0.9, 0.95]),
                o => torch.optim.lr_scheduler.CyclicLR(o, 0.01, 0.1, step_size_up: 2, scale_fn: x => 1.0 / (x + 1), scale_mode: "iterations"),
                o => torch.optim.lr_scheduler.CyclicLR(o, 0.01, 0.1, step_size_up: 2, scale_fn: x => Math.Pow(0.5, x), cycle_momentum: false),
            })
            {
                var optimizer = torch.optim.SGD([dict(@params: new[] { w }), dict(@params: new[] { b })], lr: 0.5, momentum: 0.9);
                var scheduler = make(optimizer);
                var lrs = new List<object?> { scheduler.get_last_lr() };
                var momenta = new List<object?> { optimizer.param_groups[1]["momentum"] };
                for (int step = 0; step < 13; step++)
                {
                    optimizer.step();
                    scheduler.step();
                    lrs.Add(scheduler.get_last_lr());
                    momenta.Add(optimizer.param_groups[1]["momentum"]);
                }
                print(lrs);
                print(momenta);
                var state = scheduler.state_dict();
                print(state["max_lrs"], state["total_size"], state["step_ratio"], state["mode"], state["scale_mode"], state["base_lrs"], state["last_epoch"]);
            }
            var adam = torch.optim.Adam([w], lr: 0.5);
            try
            {
                var scheduler = torch.optim.lr_scheduler.CyclicLR(adam, 0.01, 0.1, step_size_up: 2);
                for (int step = 0; step < 3; step++)
                {
                    adam.step();
                    scheduler.step();
                    print(scheduler.get_last_lr(), adam.ParamGroups[0].Betas!.Value.Beta1);
                }
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
            {
                print("ValueError:", e.Message);
            }
            var sgd = torch.optim.SGD([w], lr: 0.5);
            PrintValueErrors(
                () => torch.optim.lr_scheduler.CyclicLR(sgd, 0.01, 0.1),
                () => torch.optim.lr_scheduler.CyclicLR(sgd, 0.01, 0.1, mode: "square", cycle_momentum: false),
                () => torch.optim.lr_scheduler.CyclicLR(sgd, [0.01, 0.02], [0.1, 0.2], cycle_momentum: false));
        });

    [Test]
    public void OneCycleLRPhasesAndMomentum() => Dialect.Verify(
        """
        w = torch.ones(2, requires_grad=True)
        makers = [lambda o: torch.optim.lr_scheduler.OneCycleLR(o, 0.1, total_steps=10),
                  lambda o: torch.optim.lr_scheduler.OneCycleLR(o, 0.1, epochs=2, steps_per_epoch=5, anneal_strategy='linear'),
                  lambda o: torch.optim.lr_scheduler.OneCycleLR(o, 0.2, total_steps=10, pct_start=0.25, three_phase=True, div_factor=10.0),
                  lambda o: torch.optim.lr_scheduler.OneCycleLR(o, 0.2, total_steps=10, cycle_momentum=False, final_div_factor=100.0)]
        for make in makers:
            for optimizer in [torch.optim.SGD([w], lr=0.5, momentum=0.9), torch.optim.Adam([w], lr=0.5)]:
                scheduler = make(optimizer)
                group = optimizer.param_groups[0]
                lrs, momenta = [scheduler.get_last_lr()], [group['betas'][0] if 'betas' in group else group['momentum']]
                for step in range(9):
                    optimizer.step()
                    scheduler.step()
                    lrs.append(scheduler.get_last_lr())
                    momenta.append(group['betas'][0] if 'betas' in group else group['momentum'])
                print(lrs)
                print(momenta)
                saved = optimizer.state_dict()['param_groups'][0]
                print(saved['initial_lr'], saved['max_lr'], saved['min_lr'], saved.get('max_momentum'), saved.get('base_momentum'))
                state = scheduler.state_dict()
                print(state['total_steps'], state['_schedule_phases'], state['cycle_momentum'], state['last_epoch'], state['_step_count'])
        optimizer = torch.optim.SGD([w], lr=0.5, momentum=0.9)
        scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, 0.1, total_steps=2)
        for attempt in [lambda: [scheduler.step() for _ in range(3)],
                        lambda: torch.optim.lr_scheduler.OneCycleLR(optimizer, 0.1),
                        lambda: torch.optim.lr_scheduler.OneCycleLR(optimizer, 0.1, total_steps=0),
                        lambda: torch.optim.lr_scheduler.OneCycleLR(optimizer, 0.1, epochs=0, steps_per_epoch=3),
                        lambda: torch.optim.lr_scheduler.OneCycleLR(optimizer, 0.1, epochs=2, steps_per_epoch=-1),
                        lambda: torch.optim.lr_scheduler.OneCycleLR(optimizer, 0.1, total_steps=5, pct_start=1.5),
                        lambda: torch.optim.lr_scheduler.OneCycleLR(optimizer, 0.1, total_steps=5, anneal_strategy='exp'),
                        lambda: torch.optim.lr_scheduler.OneCycleLR(optimizer, [0.1, 0.2], total_steps=5),
                        lambda: torch.optim.lr_scheduler.OneCycleLR(torch.optim.Adagrad([w]), 0.1, total_steps=5)]:
            try:
                attempt()
            except ValueError as e:
                print('ValueError:', e)
        """,
        () =>
        {
            var w = torch.ones(2, requires_grad: true);
            foreach (var make in new Func<Optim.Optimizer, Optim.Schedulers.OneCycleLR>[]
            {
                o => torch.optim.lr_scheduler.OneCycleLR(o, 0.1, total_steps: 10),
                o => torch.optim.lr_scheduler.OneCycleLR(o, 0.1, epochs: 2, steps_per_epoch: 5, anneal_strategy: "linear"),
                o => torch.optim.lr_scheduler.OneCycleLR(o, 0.2, total_steps: 10, pct_start: 0.25, three_phase: true, div_factor: 10.0),
                o => torch.optim.lr_scheduler.OneCycleLR(o, 0.2, total_steps: 10, cycle_momentum: false, final_div_factor: 100.0),
            })
            {
                foreach (var optimizer in new Optim.Optimizer[] { torch.optim.SGD([w], lr: 0.5, momentum: 0.9), torch.optim.Adam([w], lr: 0.5) })
                {
                    var scheduler = make(optimizer);
                    var group = optimizer.param_groups[0];
                    object? Momentum() => group.Betas is { } betas ? betas.Beta1 : group["momentum"];
                    var lrs = new List<object?> { scheduler.get_last_lr() };
                    var momenta = new List<object?> { Momentum() };
                    for (int step = 0; step < 9; step++)
                    {
                        optimizer.step();
                        scheduler.step();
                        lrs.Add(scheduler.get_last_lr());
                        momenta.Add(Momentum());
                    }
                    print(lrs);
                    print(momenta);
                    var saved = (Dictionary<string, object?>)((List<object?>)optimizer.state_dict()["param_groups"]!)[0]!;
                    print(saved["initial_lr"], saved["max_lr"], saved["min_lr"], saved.GetValueOrDefault("max_momentum"), saved.GetValueOrDefault("base_momentum"));
                    var state = scheduler.state_dict();
                    print(state["total_steps"], state["_schedule_phases"], state["cycle_momentum"], state["last_epoch"], state["_step_count"]);
                }
            }
            var sgd = torch.optim.SGD([w], lr: 0.5, momentum: 0.9);
            var short_ = torch.optim.lr_scheduler.OneCycleLR(sgd, 0.1, total_steps: 2);
            PrintValueErrors(
                () => { for (int i = 0; i < 3; i++) short_.step(); },
                () => torch.optim.lr_scheduler.OneCycleLR(sgd, 0.1),
                () => torch.optim.lr_scheduler.OneCycleLR(sgd, 0.1, total_steps: 0),
                () => torch.optim.lr_scheduler.OneCycleLR(sgd, 0.1, epochs: 0, steps_per_epoch: 3),
                () => torch.optim.lr_scheduler.OneCycleLR(sgd, 0.1, epochs: 2, steps_per_epoch: -1),
                () => torch.optim.lr_scheduler.OneCycleLR(sgd, 0.1, total_steps: 5, pct_start: 1.5),
                () => torch.optim.lr_scheduler.OneCycleLR(sgd, 0.1, total_steps: 5, anneal_strategy: "exp"),
                () => torch.optim.lr_scheduler.OneCycleLR(sgd, [0.1, 0.2], total_steps: 5),
                () => torch.optim.lr_scheduler.OneCycleLR(torch.optim.Adagrad([w]), 0.1, total_steps: 5));
        });

    [Test]
    public void WarmRestartsAndEpochJumps() => Dialect.Verify(
        """
        import warnings
        w = torch.ones(2, requires_grad=True)
        for kwargs in [dict(T_0=3), dict(T_0=2, T_mult=2, eta_min=0.01)]:
            optimizer = torch.optim.SGD([w], lr=0.1)
            scheduler = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(optimizer, **kwargs)
            lrs = [scheduler.get_last_lr()]
            for step in range(12):
                optimizer.step()
                scheduler.step()
                lrs.append(scheduler.get_last_lr())
            print(lrs)
            for epoch in [0, 1, 5, 9, 2]:
                scheduler.step(epoch)
                print(epoch, scheduler.get_last_lr(), scheduler.T_cur, scheduler.T_i, scheduler.last_epoch)
            state = scheduler.state_dict()
            print(state['T_0'], state['T_i'], state['T_mult'], state['T_cur'], state['last_epoch'], state['_step_count'], state['_last_lr'])
        optimizer = torch.optim.SGD([w], lr=0.1)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.5)
            optimizer.step()
            scheduler.step(3)
            print(scheduler.get_last_lr(), scheduler.last_epoch)
            for m in caught:
                print(m.category.__name__, m.message)
        for attempt in [lambda: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(optimizer, T_0=0),
                        lambda: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(optimizer, T_0=2, T_mult=0),
                        lambda: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(optimizer, T_0=2).step(-1)]:
            try:
                attempt()
            except ValueError as e:
                print('ValueError:', e)
        try:
            torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(torch.optim.SGD([torch.ones(1, requires_grad=True)], lr=0.1), 2, last_epoch=3)
        except KeyError as e:
            print('KeyError:', e)
        """,
        () =>
        {
            var w = torch.ones(2, requires_grad: true);
            foreach (var make in new Func<Optim.Optimizer, Optim.Schedulers.CosineAnnealingWarmRestarts>[]
            {
                o => torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0: 3),
                o => torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0: 2, T_mult: 2, eta_min: 0.01),
            })
            {
                var optimizer = torch.optim.SGD([w], lr: 0.1);
                var scheduler = make(optimizer);
                var lrs = new List<object?> { scheduler.get_last_lr() };
                for (int step = 0; step < 12; step++)
                {
                    optimizer.step();
                    scheduler.step();
                    lrs.Add(scheduler.get_last_lr());
                }
                print(lrs);
                foreach (int epoch in new[] { 0, 1, 5, 9, 2 })
                {
                    scheduler.step(epoch);
                    print(epoch, scheduler.get_last_lr(), scheduler.state_dict()["T_cur"], scheduler.T_i, scheduler.last_epoch);
                }
                var state = scheduler.state_dict();
                print(state["T_0"], state["T_i"], state["T_mult"], state["T_cur"], state["last_epoch"], state["_step_count"], state["_last_lr"]);
            }
            var sgd = torch.optim.SGD([w], lr: 0.1);
            using (var caught = warnings.catch_warnings(record: true))
            {
                var scheduler = torch.optim.lr_scheduler.ExponentialLR(sgd, gamma: 0.5);
                sgd.step();
                scheduler.step(3);
                print(scheduler.get_last_lr(), scheduler.last_epoch);
                foreach (var m in caught) print(m.category.__name__, m.message);
            }
            PrintValueErrors(
                () => torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(sgd, T_0: 0),
                () => torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(sgd, T_0: 2, T_mult: 0),
                () => torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(sgd, T_0: 2).step(-1));
            try
            {
                torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(torch.optim.SGD([torch.ones(1, requires_grad: true)], lr: 0.1), 2, last_epoch: 3);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.KeyError)
            {
                print("KeyError:", e.Message);
            }
        });

    [Test]
    public void SequentialAndChained() => Dialect.Verify(
        """
        import warnings
        w = torch.ones(2, requires_grad=True)
        b = torch.ones(1, requires_grad=True)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            optimizer = torch.optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.5}], lr=0.1)
            warmup = torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=0.1, total_iters=3)
            decay = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.8)
            steps = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
            scheduler = torch.optim.lr_scheduler.SequentialLR(optimizer, [warmup, decay, steps], milestones=[3, 6])
            lrs = [scheduler.get_last_lr()]
            for step in range(10):
                optimizer.step()
                scheduler.step()
                lrs.append(scheduler.get_last_lr())
            print(lrs)
            state = scheduler.state_dict()
            print(state['_milestones'], state['last_epoch'], state['_last_lr'], [s['last_epoch'] for s in state['_schedulers']])
            print(sum('epoch parameter' in str(m.message) for m in caught))
        optimizer = torch.optim.SGD([w], lr=1.0)
        scheduler = torch.optim.lr_scheduler.ChainedScheduler([torch.optim.lr_scheduler.ConstantLR(optimizer, factor=0.1, total_iters=2),
                                                               torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.9)])
        lrs = [scheduler.get_last_lr()]
        for step in range(5):
            optimizer.step()
            scheduler.step()
            lrs.append(scheduler.get_last_lr())
        print(lrs)
        state = scheduler.state_dict()
        print(list(state), state['_last_lr'], [s['last_epoch'] for s in state['_schedulers']])
        other_optimizer = torch.optim.SGD([w], lr=1.0)
        other = torch.optim.lr_scheduler.ChainedScheduler([torch.optim.lr_scheduler.ConstantLR(other_optimizer, factor=0.1, total_iters=2),
                                                           torch.optim.lr_scheduler.ExponentialLR(other_optimizer, gamma=0.9)])
        other.load_state_dict(state)
        print(other.get_last_lr(), [s.last_epoch for s in other._schedulers])
        optimizer = torch.optim.SGD([w], lr=1.0)
        first = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.9)
        try:
            torch.optim.lr_scheduler.SequentialLR(optimizer, [first], milestones=[2])
        except ValueError as e:
            print('ValueError:', e)
        """,
        () =>
        {
            var w = torch.ones(2, requires_grad: true);
            var b = torch.ones(1, requires_grad: true);
            using (var caught = warnings.catch_warnings(record: true))
            {
                var optimizer = torch.optim.SGD([dict(@params: new[] { w }), dict(@params: new[] { b }, lr: 0.5)], lr: 0.1);
                var warmup = torch.optim.lr_scheduler.LinearLR(optimizer, start_factor: 0.1, total_iters: 3);
                var decay = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma: 0.8);
                var steps = torch.optim.lr_scheduler.StepLR(optimizer, step_size: 2, gamma: 0.5);
                var scheduler = torch.optim.lr_scheduler.SequentialLR(optimizer, [warmup, decay, steps], milestones: [3, 6]);
                var lrs = new List<object?> { scheduler.get_last_lr() };
                for (int step = 0; step < 10; step++)
                {
                    optimizer.step();
                    scheduler.step();
                    lrs.Add(scheduler.get_last_lr());
                }
                print(lrs);
                var state = scheduler.state_dict();
                print(state["_milestones"], state["last_epoch"], state["_last_lr"],
                    ((List<object?>)state["_schedulers"]!).Select(s => ((Dictionary<string, object?>)s!)["last_epoch"]).ToList());
                print(caught.Count(m => m.Message.Contains("epoch parameter", StringComparison.Ordinal)));
            }
            var sgd = torch.optim.SGD([w], lr: 1.0);
            var chained = torch.optim.lr_scheduler.ChainedScheduler([torch.optim.lr_scheduler.ConstantLR(sgd, factor: 0.1, total_iters: 2),
                torch.optim.lr_scheduler.ExponentialLR(sgd, gamma: 0.9)]);
            var chainedLrs = new List<object?> { chained.get_last_lr() };
            for (int step = 0; step < 5; step++)
            {
                sgd.step();
                chained.step();
                chainedLrs.Add(chained.get_last_lr());
            }
            print(chainedLrs);
            var chainedState = chained.state_dict();
            print(chainedState.Keys.ToList(), chainedState["_last_lr"],
                ((List<object?>)chainedState["_schedulers"]!).Select(s => ((Dictionary<string, object?>)s!)["last_epoch"]).ToList());
            var otherOptimizer = torch.optim.SGD([w], lr: 1.0);
            var other = torch.optim.lr_scheduler.ChainedScheduler([torch.optim.lr_scheduler.ConstantLR(otherOptimizer, factor: 0.1, total_iters: 2),
                torch.optim.lr_scheduler.ExponentialLR(otherOptimizer, gamma: 0.9)]);
            other.load_state_dict(chainedState);
            print(other.get_last_lr(), other.Schedulers.Select(s => s.last_epoch).ToList());
            var single = torch.optim.SGD([w], lr: 1.0);
            var first = torch.optim.lr_scheduler.ExponentialLR(single, gamma: 0.9);
            PrintValueErrors(() => torch.optim.lr_scheduler.SequentialLR(single, [first], milestones: [2]));
        });

    private static void PrintValueErrors(params Action[] attempts)
    {
        foreach (var attempt in attempts)
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
    }
}
