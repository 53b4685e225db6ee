using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.optim.swa_utils against PyTorch: SWALR's rates over the epochs, its state dict and messages.</summary>
[TestFixture, NonParallelizable]
public class SwaUtilsTests
{
    [Test]
    public void SwaLearningRates() => Dialect.Verify(
        """
        from torch.optim.swa_utils import SWALR
        w = torch.ones(2, requires_grad=True)
        b = torch.ones(1, requires_grad=True)
        makers = [lambda o: SWALR(o, swa_lr=0.05), lambda o: SWALR(o, swa_lr=[0.05, 0.2], anneal_epochs=3, anneal_strategy='linear'),
                  lambda o: SWALR(o, 0.01, anneal_epochs=0)]
        for make in makers:
            optimizer = torch.optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.5}], lr=0.1)
            scheduler = make(optimizer)
            lrs = [scheduler.get_last_lr()]
            for epoch in range(6):
                optimizer.step()
                scheduler.step()
                lrs.append(scheduler.get_last_lr())
            print(lrs)
            state = scheduler.state_dict()
            print(state['anneal_epochs'], state['base_lrs'], state['last_epoch'], state['_step_count'])
        for attempt in [lambda: SWALR(optimizer, 0.1, anneal_strategy='exp'), lambda: SWALR(optimizer, 0.1, anneal_epochs=-1),
                        lambda: SWALR(optimizer, [0.1, 0.2, 0.3])]:
            try:
                attempt()
            except ValueError as e:
                print('ValueError:', e)
        """,
        () =>
        {
            var w = torch.ones(2, requires_grad: true);
            var b = torch.ones(1, requires_grad: true);
            Optim.Optimizer? optimizer = null;
            foreach (var make in new Func<Optim.Optimizer, Optim.SwaUtils.SWALR>[]
            {
                o => torch.optim.swa_utils.SWALR(o, swa_lr: 0.05),
                o => torch.optim.swa_utils.SWALR(o, swa_lr: [0.05, 0.2], anneal_epochs: 3, anneal_strategy: "linear"),
                o => torch.optim.swa_utils.SWALR(o, 0.01, anneal_epochs: 0),
            })
            {
                optimizer = torch.optim.SGD([dict(@params: new[] { w }), dict(@params: new[] { b }, lr: 0.5)], lr: 0.1);
                var scheduler = make(optimizer);
                var lrs = new List<object?> { scheduler.get_last_lr() };
                for (int epoch = 0; epoch < 6; epoch++)
                {
                    optimizer.step();
                    scheduler.step();
                    lrs.Add(scheduler.get_last_lr());
                }
                print(lrs);
                var state = scheduler.state_dict();
                print(state["anneal_epochs"], state["base_lrs"], state["last_epoch"], state["_step_count"]);
            }
            foreach (var attempt in new Action[]
            {
                () => torch.optim.swa_utils.SWALR(optimizer!, 0.1, anneal_strategy: "exp"),
                () => torch.optim.swa_utils.SWALR(optimizer!, 0.1, anneal_epochs: -1),
                () => torch.optim.swa_utils.SWALR(optimizer!, [0.1, 0.2, 0.3]),
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
    public void AveragedModelAndUpdateBn() => Dialect.Verify(
        """
        import warnings
        torch.manual_seed(0)
        model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4))
        swa = torch.optim.swa_utils.AveragedModel(model)
        ema = torch.optim.swa_utils.AveragedModel(model, avg_fn=lambda a, m, n: 0.9 * a + 0.1 * m, use_buffers=True)
        print(swa)
        print([name for name, _ in swa.named_buffers()], swa.n_averaged)
        x = torch.randn(8, 3)
        for step in range(3):
            with torch.no_grad():
                for p in model.parameters():
                    p.mul_(1.5).add_(0.25)
            model(x)
            swa.update_parameters(model)
            ema.update_parameters(model)
            print(step, swa.n_averaged, ema.n_averaged)
        print(list(swa.parameters()), list(swa.buffers()))
        print(list(ema.parameters()), list(ema.buffers()))
        swa.eval()
        print(swa(x))
        loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x), batch_size=3)
        torch.optim.swa_utils.update_bn(loader, swa)
        print(swa.training, swa.module[1].momentum, swa.module[1].running_mean, swa.module[1].running_var, swa.module[1].num_batches_tracked)
        w = torch.ones(2, requires_grad=True)
        optimizer = torch.optim.SGD([w], lr=0.1)
        scheduler = torch.optim.swa_utils.SWALR(optimizer, swa_lr=0.05)
        group = optimizer.state_dict()['param_groups'][0]
        print(list(group), group['swa_lr'], group['initial_lr'])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            scheduler.step()
            scheduler.step()
            for m in caught:
                print(m.category.__name__, m.message)
        """,
        () =>
        {
            torch.manual_seed(0);
            var model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4));
            var swa = torch.optim.swa_utils.AveragedModel(model);
            var ema = torch.optim.swa_utils.AveragedModel(model, avg_fn: (a, m, n) => 0.9 * a + 0.1 * m, use_buffers: true);
            print(swa);
            print(swa.named_buffers().Select(b => b.Item1).ToList(), swa.n_averaged);
            var x = torch.randn(8, 3);
            for (int step = 0; step < 3; step++)
            {
                using (torch.no_grad())
                {
                    foreach (var p in model.parameters()) p.mul_(1.5).add_(0.25);
                }
                model.forward(x);
                swa.update_parameters(model);
                ema.update_parameters(model);
                print(step, swa.n_averaged, ema.n_averaged);
            }
            print(list(swa.parameters()), list(swa.buffers()));
            print(list(ema.parameters()), list(ema.buffers()));
            swa.eval();
            print(swa.forward(x));
            var loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x), batch_size: 3);
            torch.optim.swa_utils.update_bn(loader, swa);
            var bn = (NN.BatchNorm1d)((NN.Sequential)swa.module)[1];
            print(swa.training, bn.Momentum, bn.running_mean, bn.running_var, bn.num_batches_tracked);
            var w = torch.ones(2, requires_grad: true);
            var optimizer = torch.optim.SGD([w], lr: 0.1);
            var scheduler = torch.optim.swa_utils.SWALR(optimizer, swa_lr: 0.05);
            var group = (Dictionary<string, object?>)((List<object?>)optimizer.state_dict()["param_groups"]!)[0]!;
            print(list(group.Keys), group["swa_lr"], group["initial_lr"]);
            using (var caught = warnings.catch_warnings(record: true))
            {
                scheduler.step();
                scheduler.step();
                foreach (var m in caught) print(m.category.__name__, m.message);
            }
        });
}
