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
}
